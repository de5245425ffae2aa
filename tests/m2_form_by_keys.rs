//! Moment 2 driven by keys as a secretariat member would: add a need with
//! å ä ö through the form, find it in the saved file; refusals keep what
//! was typed; undo; filter.

mod common;

use common::*;
use crossterm::event::KeyCode;
use lbk::domain::{Level, NeedStatus};
use lbk::store::load;

fn at_moment_2() -> (tempfile::TempDir, lbk::tui::app::App) {
    let dir = tempfile::tempdir().unwrap();
    let mut app = app_in(dir.path());
    open_sample(&mut app, 1);
    app.press(key(KeyCode::Char('2')));
    (dir, app)
}

#[test]
fn a_need_typed_with_swedish_letters_is_in_the_saved_file() {
    let (_dir, mut app) = at_moment_2();
    let path = app.round_path().unwrap().to_path_buf();
    let before = load(&path).unwrap().0.needs.len();

    app.press(key(KeyCode::Char('n')));
    // Focus starts on the title.
    type_text(&mut app, "Äldres ensamhet på särskilt boende\n"); // Enter moves on
    type_text(
        &mut app,
        "Personal på SÄBO saknar kunskap om ensamhet.\nÖver 80 år särskilt.",
    );
    app.press(key(KeyCode::Tab)); // challenge
    type_text(&mut app, "Vi vet inte vad som fungerar.");
    app.press(key(KeyCode::Tab)); // target group
    type_text(&mut app, "Äldre på särskilt boende");
    app.press(key(KeyCode::Tab)); // known support
    app.press(key(KeyCode::Tab)); // level
    app.press(key(KeyCode::Right)); // Nationell -> Osäker
    app.press(key(KeyCode::Tab)); // dots
    type_text(&mut app, "7");
    app.press(ctrl('s'));

    assert!(
        !on_top(&app, LayerKind::Form),
        "formuläret ska stängas efter sparande: {:?}",
        app.status_text()
    );
    let (saved, _) = load(&path).unwrap();
    assert_eq!(saved.needs.len(), before + 1);
    let need = saved
        .needs
        .iter()
        .find(|n| n.title == "Äldres ensamhet på särskilt boende")
        .expect("behovet finns i filen");
    assert_eq!(
        need.description,
        "Personal på SÄBO saknar kunskap om ensamhet.\nÖver 80 år särskilt."
    );
    assert_eq!(need.challenge, "Vi vet inte vad som fungerar.");
    assert_eq!(need.target_group, "Äldre på särskilt boende");
    assert_eq!(need.level, Level::Osaker);
    assert_eq!(need.dots, Some(7));
    assert_eq!(need.status, NeedStatus::Inskickat);
    assert!(
        saved
            .log
            .iter()
            .any(|e| e.what.contains(&need.number) && e.at == fixed_now())
    );
}

#[test]
fn a_refused_save_keeps_the_form_and_everything_typed() {
    let (_dir, mut app) = at_moment_2();
    let path = app.round_path().unwrap().to_path_buf();
    let bytes_before = std::fs::read(&path).unwrap();
    app.press(key(KeyCode::Char('n')));
    // No title: go to the description and type there.
    app.press(key(KeyCode::Tab));
    type_text(&mut app, "Beskrivning som inte får försvinna");
    app.press(ctrl('s'));
    assert!(on_top(&app, LayerKind::Form), "formuläret är kvar");
    assert!(
        app.input_error().unwrap().contains("titel"),
        "{:?}",
        app.input_error()
    );
    assert!(
        screen(&app, _dir.path(), 120, 40).contains("Beskrivning som inte får försvinna"),
        "what was typed is still there"
    );
    assert_eq!(
        std::fs::read(&path).unwrap(),
        bytes_before,
        "inget sparas vid en vägran"
    );

    // A number already in use is refused the same way.
    app.press(key(KeyCode::BackTab));
    type_text(&mut app, "Titel");
    for _ in 0..2 {
        app.press(key(KeyCode::BackTab));
    }
    for _ in 0..10 {
        app.press(key(KeyCode::Backspace));
    }
    type_text(&mut app, "GR-01");
    app.press(ctrl('s'));
    assert!(on_top(&app, LayerKind::Form), "formuläret är kvar");
    assert!(
        app.input_error().unwrap().contains("GR-01 finns redan"),
        "{:?}",
        app.input_error()
    );
    assert_eq!(std::fs::read(&path).unwrap(), bytes_before);
}

#[test]
fn escape_on_a_filled_form_asks_before_dropping_it() {
    let (_dir, mut app) = at_moment_2();
    app.press(key(KeyCode::Char('n')));
    type_text(&mut app, "Något");
    app.press(key(KeyCode::Esc));
    assert!(on_top(&app, LayerKind::Question));
    app.press(key(KeyCode::Char('n')));
    assert!(on_top(&app, LayerKind::Form), "nej behåller formuläret");
    // q is text in a form, and Ctrl+c asks too.
    type_text(&mut app, "q");
    assert!(!app.has_quit());
    app.press(ctrl('c'));
    assert!(on_top(&app, LayerKind::Question));
    app.press(key(KeyCode::Char('j')));
    assert!(app.has_quit());
}

#[test]
fn editing_a_need_then_undo_restores_it_and_the_log_keeps_both() {
    let (_dir, mut app) = at_moment_2();
    let path = app.round_path().unwrap().to_path_buf();
    let first = app
        .round()
        .unwrap()
        .needs
        .iter()
        .map(|n| n.number.clone())
        .collect::<Vec<_>>();
    app.press(key(KeyCode::Enter));
    let s = screen(&app, _dir.path(), 120, 40);
    let editing = s
        .split("Redigera behov ")
        .nth(1)
        .and_then(|rest| rest.split_whitespace().next())
        .expect("the form names the need")
        .to_string();
    assert!(first.contains(&editing));
    type_text(&mut app, " (ändrad)");
    app.press(ctrl('s'));
    let changed = load(&path).unwrap().0;
    assert!(changed.need(&editing).unwrap().title.ends_with(" (ändrad)"));

    app.press(key(KeyCode::Char('u')));
    let restored = load(&path).unwrap().0;
    assert!(
        !restored
            .need(&editing)
            .unwrap()
            .title
            .ends_with(" (ändrad)")
    );
    let log: Vec<_> = restored
        .log
        .iter()
        .rev()
        .take(2)
        .map(|e| e.what.clone())
        .collect();
    assert!(log[0].starts_with("Ångrat:"), "{log:?}");
    assert!(log[1].contains(&editing), "{log:?}");
}

#[test]
fn typing_a_filter_narrows_the_list_and_escape_clears_it() {
    let (dir, mut app) = at_moment_2();
    app.press(key(KeyCode::Char('/')));
    type_text(&mut app, "kokain");
    let s = screen(&app, dir.path(), 100, 30);
    assert!(s.contains("64 behov, 1 visas"), "{s}");
    assert!(s.contains("Behandling av kokainberoende"));
    app.press(key(KeyCode::Enter));
    // After Enter the filter stays and keys are commands again.
    app.press(key(KeyCode::Char('s')));
    assert!(screen(&app, dir.path(), 100, 30).contains("1 visas · sortering: nummer"));
    app.press(key(KeyCode::Esc));
    assert!(screen(&app, dir.path(), 100, 30).contains("64 visas"));
}

#[test]
fn the_theme_choice_is_remembered() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = app_in(dir.path());
    app.press(key(KeyCode::Char('t')));
    assert_eq!(app.theme_name(), "hogkontrast");
    let (settings, msg) = lbk::store::load_settings(&lbk::store::Folders::under(dir.path()));
    assert_eq!(msg, None);
    assert_eq!(settings.theme.as_deref(), Some("hogkontrast"));
    let again = lbk::tui::app::App::new(
        lbk::store::Folders::under(dir.path()),
        settings,
        false,
        fixed_now,
    );
    assert_eq!(again.theme_name(), "hogkontrast");
}

#[test]
fn a_broken_user_theme_falls_back_without_a_crash() {
    let dir = tempfile::tempdir().unwrap();
    let folders = lbk::store::Folders::under(dir.path());
    std::fs::create_dir_all(folders.themes()).unwrap();
    std::fs::write(folders.themes().join("trasig.ron"), "(accent: \"blå\"").unwrap();
    let settings = lbk::store::Settings {
        theme: Some("trasig".into()),
    };
    let app = lbk::tui::app::App::new(folders, settings, false, fixed_now);
    assert_eq!(app.theme_name(), lbk::tui::theme::Theme::default().name);
    let s = screen(&app, dir.path(), 100, 30);
    assert!(s.contains("trasig.ron"), "{s}");
    assert!(s.contains("standardtemat används"), "{s}");
}

#[test]
fn a_read_only_round_refuses_new_needs_with_a_message_and_writes_nothing() {
    let (dir, mut app) = at_moment_2();
    let path = app.round_path().unwrap().to_path_buf();
    // A second app on the same round: the first holds the lock.
    let mut second = app_in(dir.path());
    second.open_file(path.clone());
    second.press(key(KeyCode::Char('2')));
    let before = std::fs::read(&path).unwrap();
    second.press(key(KeyCode::Char('n')));
    assert!(!on_top(&second, LayerKind::Form));
    let s = screen(&second, dir.path(), 100, 30);
    assert!(s.contains("SKRIVSKYDDAD"), "{s}");
    assert!(s.contains("skrivskyddad och kan inte ändras"), "{s}");
    second.press(key(KeyCode::Char('u')));
    assert_eq!(std::fs::read(&path).unwrap(), before);
    // The first can still write.
    app.press(key(KeyCode::Char('n')));
    type_text(&mut app, "Från den som har låset");
    app.press(ctrl('s'));
    // Saved: in the journal beside the file at once, in the file itself at
    // the next quiet moment.
    let saved = lbk::store::load(&path).unwrap().0;
    assert!(
        saved
            .needs
            .iter()
            .any(|n| n.title.contains("Från den som har låset"))
    );
}
