//! Moments 1 and 2 by keys: candidate areas, the vote and the decision, RSS
//! enrolment with dialogue dates and a contact; dots per need and per
//! participant; templates out, a returned template in (report, then yes or
//! no); the kick-off list of earlier rounds' gaps.

mod common;

use common::*;
use crossterm::event::KeyCode;
use lbk::domain::people::Representative;
use lbk::domain::{ModelVariant, Round};
use lbk::store::load;

fn new_round(dir: &std::path::Path) -> (App, std::path::PathBuf) {
    let mut round = Round::new("Ännu inte valt", ModelVariant::V2, 2027);
    for (n, c) in [
        ("Anna Lindqvist", "Stockholm"),
        ("Björn Ekström", "Uppsala"),
        ("Cecilia Åberg", "Södermanland"),
    ] {
        round.representatives.push(Representative {
            name: n.into(),
            county: c.into(),
            organisation: String::new(),
            ..Representative::default()
        });
    }
    let path = dir.join("data").join("ny.ron");
    std::fs::create_dir_all(path.parent().unwrap()).unwrap();
    lbk::store::save(&path, &mut round, None).unwrap();
    let mut app = app_in(dir);
    app.open_file(path.clone());
    (app, path)
}

#[test]
fn area_choice_and_enrolment_by_keys() {
    let dir = tempfile::tempdir().unwrap();
    let (mut app, path) = new_round(dir.path());
    // The new round opens at moment 1.
    type_text(&mut app, "nÄldreomsorg: stöd till äldre\n");
    type_text(&mut app, "nBarn och unga\n");
    type_text(&mut app, "nÄldreomsorg\n");
    assert!(app.input_error().unwrap().contains("finns redan"));
    assert_eq!(
        app.input_text().unwrap(),
        "Äldreomsorg",
        "the refused text stays"
    );
    app.press(key(KeyCode::Esc));

    // Votes: two for Äldreomsorg, one for Barn och unga; one corrected.
    type_text(&mut app, "vann: äldre\n");
    type_text(&mut app, "vbjö: barn\n");
    type_text(&mut app, "vcec: barn\n");
    assert!(screen(&app, dir.path(), 100, 30).contains("Leder: Barn och unga"));
    type_text(&mut app, "vcec: äldre\n");
    let s = screen(&app, dir.path(), 100, 30);
    assert!(s.contains("Leder: Äldreomsorg"), "{s}");
    assert!(s.contains("3 av 3 har röstat"), "{s}");

    // The decision takes the leader, with a note.
    type_text(&mut app, "b: beslut vid NSK-S\n");
    let saved = load(&path).unwrap().0;
    let d = saved.area_choice.decision.clone().unwrap();
    assert_eq!(
        (d.area.as_str(), d.note.as_str()),
        ("Äldreomsorg", "beslut vid NSK-S")
    );
    assert_eq!(
        d.date,
        jiff::civil::date(2025, 9, 16),
        "today by the app's clock"
    );
    assert_eq!(saved.area, "Äldreomsorg");
    assert!(
        saved
            .log
            .iter()
            .any(|e| e.what.contains("tidigare: Barn och unga"))
    );

    // Dialogue dates, then GR (12th in the list) joins, picks a date and gets a contact.
    type_text(&mut app, "+2027-02-04 1\n");
    type_text(&mut app, "+2027-02-11 3\n");
    type_text(&mut app, "+4 februari\n");
    assert!(app.input_error().unwrap().contains("ÅÅÅÅ-MM-DD"));
    app.press(key(KeyCode::Esc));
    for _ in 0..11 {
        app.press(key(KeyCode::Down));
    }
    type_text(&mut app, " d");
    type_text(
        &mut app,
        "kSara Berg, sara.berg@goteborgsregionen.example\n",
    );
    // FYR (next) joins and takes the same date: over capacity.
    app.press(key(KeyCode::Down));
    type_text(&mut app, " d");
    let s = screen(&app, dir.path(), 100, 30);
    assert!(s.contains("2/1 RSS  över kapacitet!"), "{s}");
    app.press(key(KeyCode::Char('d'))); // FYR moves to the second date
    let saved = load(&path).unwrap().0;
    let gr = saved.rss_by_code("GR").unwrap();
    assert!(gr.participates);
    assert_eq!(gr.dialogue_date, Some(0));
    assert_eq!(gr.contacts[0].name, "Sara Berg");
    assert_eq!(saved.rss_by_code("FYR").unwrap().dialogue_date, Some(1));
    let poll = lbk::meeting::moment1::date_poll(&saved);
    assert!(poll.dates.iter().all(|d| !d.over));

    // The candidate list for the meeting.
    app.press(key(KeyCode::Char('e')));
    let export = dir.path().join("data").join("export").join("ny");
    let md = std::fs::read_to_string(export.join("kandidatomraden.md")).unwrap();
    assert!(md.contains("| Äldreomsorg | stöd till äldre |"), "{md}");
    assert!(export.join("kandidatomraden.xlsx").exists());
}

fn at_moment_2_of_sample_b(dir: &std::path::Path) -> App {
    let mut app = app_in(dir);
    open_sample(&mut app, 1);
    app.press(key(KeyCode::Char('2')));
    app
}

#[test]
fn dots_per_need_and_per_participant_by_keys() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = at_moment_2_of_sample_b(dir.path());
    let path = app.round_path().unwrap().to_path_buf();
    // The first row is FYR-01 (sorted by RSS name: Fyrbodal first).
    let before = load(&path).unwrap().0;
    let first = before.need("FYR-01").unwrap().dots;
    type_text(&mut app, "+++-");
    assert_eq!(
        load(&path).unwrap().0.need("FYR-01").unwrap().dots,
        Some(first.unwrap_or(0) + 2)
    );

    type_text(&mut app, ".fyr2 fyr2 fyr1\n");
    let after = load(&path).unwrap().0;
    assert_eq!(
        after.need("FYR-02").unwrap().dots,
        Some(before.need("FYR-02").unwrap().dots.unwrap_or(0) + 2)
    );
    assert_eq!(
        after.need("FYR-01").unwrap().dots,
        Some(first.unwrap_or(0) + 3)
    );
    // A number of another RSS adds nothing and keeps the typing.
    type_text(&mut app, ".fyr1 gr1\n");
    assert!(app.input_error().unwrap().contains("gr1"));
    assert_eq!(app.input_text().unwrap(), "fyr1 gr1");
    app.press(key(KeyCode::Esc));
    assert_eq!(
        load(&path).unwrap().0.need("FYR-01").unwrap().dots,
        Some(first.unwrap_or(0) + 3)
    );

    // The dot view shows the RSS's needs as bars, most dots first.
    app.press(key(KeyCode::Char('p')));
    let s = screen(&app, dir.path(), 100, 30);
    assert!(s.contains("Prickövning FYR"), "{s}");
    insta::assert_snapshot!("m2_dot_view", s);
}

#[test]
fn templates_out_and_a_returned_template_in_with_yes_and_no() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = at_moment_2_of_sample_b(dir.path());
    let path = app.round_path().unwrap().to_path_buf();
    app.press(key(KeyCode::Char('m')));
    let mallar = dir
        .path()
        .join("data")
        .join("exempel")
        .join("export")
        .join("skadligt-bruk-2024")
        .join("mallar");
    let count = std::fs::read_dir(&mallar).unwrap().count();
    assert_eq!(
        count,
        app.round()
            .unwrap()
            .rss
            .iter()
            .filter(|r| r.participates)
            .count()
    );

    // Fill GR's template as a person would: write the table back with one row.
    let filled = dir.path().join("ifylld.csv");
    std::fs::write(
        &filled,
        "Kort titel;Beskrivning;Nivå\nStöd vid hedersrelaterat våld;Vi saknar kunskap.;Nationell\n",
    )
    .unwrap();
    let bytes = std::fs::read(&path).unwrap();
    type_text(&mut app, &format!("iGR {}\n", filled.display()));
    assert!(on_top(&app, LayerKind::Question));
    let s = screen(&app, dir.path(), 100, 30);
    assert!(s.contains("1 nya behov"), "{s}");
    // No: nothing written.
    app.press(key(KeyCode::Char('n')));
    assert_eq!(std::fs::read(&path).unwrap(), bytes);
    // Again, yes.
    type_text(&mut app, &format!("iGR {}\n", filled.display()));
    app.press(key(KeyCode::Char('j')));
    let saved = load(&path).unwrap().0;
    assert!(
        saved
            .needs
            .iter()
            .any(|n| n.title == "Stöd vid hedersrelaterat våld" && n.rss == "GR")
    );

    // A file that is refused keeps the typed line, with the reason.
    let bad = dir.path().join("fel.csv");
    std::fs::write(&bad, "Kort titel;Nivå\nT;Kanske\n").unwrap();
    let typed = format!("GR {}", bad.display());
    type_text(&mut app, &format!("i{typed}\n"));
    assert!(on_top(&app, LayerKind::Prompt), "the question stays open");
    assert_eq!(app.input_text().unwrap(), typed);
    assert!(
        app.input_error().unwrap().contains("rad 2, kolumn B"),
        "{:?}",
        app.input_error()
    );
}

#[test]
fn the_kick_off_lists_what_earlier_rounds_prioritised() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = at_moment_2_of_sample_b(dir.path());
    app.press(key(KeyCode::Char('k')));
    let s = screen(&app, dir.path(), 100, 30);
    assert!(s.contains("Prioriterade kunskapsluckor"), "{s}");
    assert!(s.contains("Funktionshinder"), "{s}");
    app.press(key(KeyCode::Char('e')));
    let export = dir
        .path()
        .join("data")
        .join("exempel")
        .join("export")
        .join("skadligt-bruk-2024");
    let md = std::fs::read_to_string(export.join("tidigare-kunskapsluckor.md")).unwrap();
    assert!(md.contains("Funktionshinder"));
    app.press(key(KeyCode::Esc));
    assert_eq!(
        app.focus(),
        Focus::Screen(lbk::tui::screens::ScreenId::Moment(
            lbk::domain::Moment::Identifiering
        ))
    );
}
