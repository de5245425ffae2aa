//! Nothing typed is lost when saving fails, and a second screen on the same
//! round shows the truth: quitting or leaving with unsaved changes asks and
//! offers another file first; the status line says whether the next change
//! will be saved; a read-only view follows the file and can take over when
//! the writer leaves; a long paste is capped, not frozen; closing from
//! outside saves or rescues what memory holds.

mod common;

use common::*;
use crossterm::event::KeyCode;
use lbk::store::{OpenRound, load};

/// The sample at moment 2 with its file changed behind lbk's back, and one
/// change made that could not be saved.
fn app_with_a_refused_save(dir: &std::path::Path) -> (lbk::tui::app::App, std::path::PathBuf) {
    let mut app = app_in(dir);
    open_sample(&mut app, 1);
    let path = app.round_path().unwrap().to_path_buf();
    app.press(key(KeyCode::Char('2')));
    // Another program (a colleague's editor on the shared drive) saves.
    let theirs = std::fs::read_to_string(&path)
        .unwrap()
        .replacen("area: \"", "area: \"Deras ", 1);
    std::fs::write(&path, theirs).unwrap();
    type_text(&mut app, "+");
    (app, path)
}

#[test]
fn quitting_with_changes_that_could_not_be_saved_asks_and_offers_another_file() {
    let dir = tempfile::tempdir().unwrap();
    let (mut app, path) = app_with_a_refused_save(dir.path());
    let s = flat(&screen(&app, dir.path(), 120, 30));
    assert!(s.contains("har ändrats på disken"), "{s}");
    assert!(
        s.contains("kan inte sparas i den filen") && !s.contains("sparas vid nästa"),
        "the status line tells the truth: the next change will not be saved either: {s}"
    );
    let dots = app.round().unwrap().needs[0].dots;

    app.press(key(KeyCode::Char('q')));
    assert!(!app.has_quit(), "q does not throw the change away");
    let s = flat(&screen(&app, dir.path(), 120, 30));
    assert!(s.contains("finns bara i minnet"), "{s}");
    let first_answer = s.find("spara i en annan fil").expect("offered");
    assert!(
        s.find("kasta ändringarna")
            .is_some_and(|k| k > first_answer),
        "another file is the first answer: {s}"
    );
    // Esc stays; Esc again (to the home screen) asks the same.
    app.press(key(KeyCode::Esc));
    assert!(!app.has_quit() && app.round().is_some());
    app.press(key(KeyCode::Esc));
    assert!(
        app.round().is_some(),
        "Esc does not leave the round unasked"
    );
    assert!(flat(&screen(&app, dir.path(), 120, 30)).contains("finns bara i minnet"));
    // s: save in another file, then quitting is free.
    app.press(key(KeyCode::Char('s')));
    let copy = dir.path().join("min-kopia.ron");
    type_text(&mut app, &format!("{}\n", copy.display()));
    assert_eq!(
        load(&copy).unwrap().0.needs[0].dots,
        dots,
        "the change is in the copy"
    );
    assert!(
        load(&path).unwrap().0.area.starts_with("Deras"),
        "their file is untouched"
    );
    app.press(key(KeyCode::Char('q')));
    assert!(app.has_quit());
}

#[test]
fn the_unsaved_question_can_retry_or_let_go_when_the_user_says_so() {
    let dir = tempfile::tempdir().unwrap();
    let (mut app, _path) = app_with_a_refused_save(dir.path());
    app.press(key(KeyCode::Esc));
    app.press(key(KeyCode::Char('f')));
    let s = flat(&screen(&app, dir.path(), 120, 30));
    assert!(
        s.contains("har ändrats på disken"),
        "retried and refused: {s}"
    );
    assert!(app.round().is_some());
    app.press(key(KeyCode::Esc));
    app.press(key(KeyCode::Char('k')));
    assert!(app.round().is_none(), "k lets the changes go and leaves");
}

#[test]
fn a_read_only_view_follows_the_writer_and_takes_over_when_it_leaves() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("data").join("r.ron");
    std::fs::create_dir_all(path.parent().unwrap()).unwrap();
    std::fs::write(&path, lbk::store::samples::SAMPLES[1].text).unwrap();
    let mut writer = OpenRound::open(&path).unwrap();
    let mut viewer = app_in(dir.path());
    viewer.open_file(path.clone());
    assert!(screen(&viewer, dir.path(), 120, 30).contains("SKRIVSKYDDAD"));
    let ballots = viewer.round().unwrap().prioritization.pick_ballots.len();

    // The writer takes away a ballot and saves; the viewer follows.
    let name = writer.round.prioritization.pick_ballots[0]
        .representative
        .clone();
    writer
        .round
        .withdraw_picks(&name, common::fixed_now())
        .unwrap();
    writer.save().unwrap();
    viewer.tick();
    assert_eq!(
        viewer.round().unwrap().prioritization.pick_ballots.len(),
        ballots - 1,
        "the view shows what the writer saved"
    );
    assert!(flat(&screen(&viewer, dir.path(), 120, 30)).contains("lästes in på nytt"));
    let report = lbk::documents::tally_out::TallyReport::of(viewer.round().unwrap());
    let text = lbk::documents::tally_out::text(&report, None).unwrap();
    assert!(
        text.contains(&format!("{} valsedlar", ballots - 1)),
        "an export from the view says the same: {text}"
    );

    // The writer quits: the view says so, and W takes over.
    drop(writer);
    viewer.tick();
    let s = flat(&screen(&viewer, dir.path(), 140, 30));
    assert!(s.contains("Tryck W för att ta över"), "{s}");
    viewer.press(key(KeyCode::Char('W')));
    assert!(viewer.read_only().is_none());
    viewer.press(key(KeyCode::Char('2')));
    type_text(&mut viewer, "+");
    assert_eq!(
        load(&path).unwrap().0.needs[0].dots,
        viewer.round().unwrap().needs[0].dots,
        "after taking over, changes are saved"
    );
}

#[test]
fn a_fifty_kilobyte_paste_into_the_form_is_capped_with_a_message() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = app_in(dir.path());
    open_sample(&mut app, 1);
    app.press(key(KeyCode::Char('2')));
    app.press(key(KeyCode::Char('n')));
    app.press(key(KeyCode::Tab)); // Beskrivning
    // Without bracketed paste a paste arrives as keys.
    for _ in 0..50_000 {
        app.press(key(KeyCode::Char('x')));
    }
    let s = screen(&app, dir.path(), 120, 30);
    assert!(s.contains("högst 5"), "{s}");
    app.press(key(KeyCode::BackTab));
    type_text(&mut app, "Lång text");
    app.press(ctrl('s'));
    let saved = app
        .round()
        .unwrap()
        .needs
        .iter()
        .find(|n| n.title == "Lång text")
        .expect("saved")
        .clone();
    assert_eq!(
        saved.description.chars().count(),
        lbk::domain::need::MAX_TEXT
    );
}

#[test]
fn closed_from_outside_with_unsaved_changes_a_rescue_copy_holds_them() {
    let dir = tempfile::tempdir().unwrap();
    let (mut app, path) = app_with_a_refused_save(dir.path());
    let dots = app.round().unwrap().needs[0].dots;
    let note = app.shutdown().unwrap();
    let rescued: Vec<_> = std::fs::read_dir(path.parent().unwrap())
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.to_string_lossy().contains("-osparad-"))
        .collect();
    assert_eq!(rescued.len(), 1, "{note}");
    assert!(note.contains(&rescued[0].display().to_string()), "{note}");
    assert_eq!(load(&rescued[0]).unwrap().0.needs[0].dots, dots);
}

#[test]
fn lbk_open_shows_a_broken_theme_or_keymap_too() {
    let dir = tempfile::tempdir().unwrap();
    let folders = lbk::store::Folders::under(dir.path());
    std::fs::create_dir_all(folders.themes()).unwrap();
    std::fs::write(folders.keymap_file(), "[(context: \"Nowhere\"").unwrap();
    let path = dir.path().join("r.ron");
    std::fs::write(&path, lbk::store::samples::SAMPLES[1].text).unwrap();
    let open = OpenRound::open(&path).unwrap();
    let app = lbk::tui::app::App::opening(
        folders,
        lbk::store::Settings::default(),
        false,
        fixed_now,
        open,
    );
    let s = screen(&app, dir.path(), 140, 30);
    assert!(s.contains("Kortkommandona"), "{s}");
}
