//! The register (R) by keys: what it refuses keeps what was typed and
//! changes nothing; a paste where nothing takes text is said and ignored;
//! a read-only round cannot be changed from it.

mod common;

use common::*;
use crossterm::event::KeyCode;

#[test]
fn the_register_refuses_with_the_reason_and_keeps_the_typing() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = app_in(dir.path());
    open_sample(&mut app, 1);
    let path = app.round_path().unwrap().to_path_buf();
    app.press(key(KeyCode::Char('R')));
    assert!(on_top(&app, LayerKind::Register));
    let before = std::fs::read(&path).unwrap();
    let first = app.round().unwrap().representatives[0].name.clone();
    // A name that is there already: refused under the line, text kept.
    type_text(&mut app, &format!("n{first}\n"));
    assert!(app.input_error().unwrap().contains("finns redan"));
    assert_eq!(app.input_text().unwrap(), first);
    app.press(key(KeyCode::Esc));
    // Someone who has voted is not removed; the reason says what to do.
    app.press(key(KeyCode::Home));
    app.press(key(KeyCode::Delete));
    assert!(
        app.status_text().unwrap().contains("Mellanslag"),
        "{:?}",
        app.status_text()
    );
    assert!(on_top(&app, LayerKind::Register));
    // A paste here has no field to go to.
    app.paste("Eva Ek, GR");
    assert!(
        app.status_text()
            .unwrap()
            .contains("inklistrade togs inte emot")
    );
    assert_eq!(std::fs::read(&path).unwrap(), before, "nothing was saved");
    // Space: no longer taking part, and back; u undoes the last.
    app.press(key(KeyCode::Char(' ')));
    assert!(!app.round().unwrap().representatives[0].participates);
    app.press(key(KeyCode::Char(' ')));
    assert!(app.round().unwrap().representatives[0].participates);
    // Someone added by mistake goes, asked first.
    type_text(&mut app, "nFel Person\n");
    app.press(key(KeyCode::End));
    app.press(key(KeyCode::Delete));
    assert!(on_top(&app, LayerKind::Question));
    app.press(key(KeyCode::Char('j')));
    assert!(
        app.round()
            .unwrap()
            .representatives
            .iter()
            .all(|r| r.name != "Fel Person")
    );
    // The actors' list: a code of two words is refused.
    app.press(key(KeyCode::Tab));
    type_text(&mut app, "nIVO\n");
    assert!(app.input_error().unwrap().contains("kortnamn och namn"));
    app.press(key(KeyCode::Esc));
    app.press(key(KeyCode::Esc));
    assert!(!on_top(&app, LayerKind::Register));
}

#[test]
fn people_are_not_moment_work_but_a_candidate_area_starts_moment_1() {
    use lbk::domain::MomentStatus;
    let dir = tempfile::tempdir().unwrap();
    let folders = lbk::store::Folders::under(dir.path());
    let path = lbk::cli::new::run(
        std::path::Path::new("ny"),
        "Äldreomsorg",
        "2.0",
        Some(2025),
        None,
        &folders,
    )
    .unwrap();
    let mut app = app_in(dir.path());
    app.open_file(path);
    type_text(&mut app, "RnAnna Ek, GR\n");
    app.press(key(KeyCode::Esc));
    let r = app.round().unwrap();
    assert_eq!(r.representatives.len(), 1);
    assert_eq!(r.timeline[0].status, MomentStatus::EjPaborjad);
    type_text(&mut app, "nÄldreomsorg\n");
    let m1 = &app.round().unwrap().timeline[0];
    assert_eq!(
        (m1.status, m1.started),
        (MomentStatus::Pagaende, Some(jiff::civil::date(2025, 9, 16)))
    );
}

#[test]
fn the_kick_off_finds_the_round_a_new_one_was_carried_over_from() {
    let dir = tempfile::tempdir().unwrap();
    let elsewhere = dir.path().join("arkiv");
    std::fs::create_dir_all(&elsewhere).unwrap();
    let earlier = elsewhere.join("funktionshinder-2022.ron");
    std::fs::write(&earlier, lbk::store::samples::SAMPLES[0].text).unwrap();
    let folders = lbk::store::Folders::under(dir.path());
    let path = lbk::cli::new::run(
        std::path::Path::new("ny"),
        "Äldreomsorg",
        "2.0",
        Some(2025),
        Some(&earlier),
        &folders,
    )
    .unwrap();
    let mut app = app_in(dir.path());
    app.open_file(path);
    app.press(key(KeyCode::Char('2')));
    app.press(key(KeyCode::Char('k')));
    assert!(on_top(&app, LayerKind::History));
    let s = screen(&app, dir.path(), 120, 30);
    assert!(s.contains("Funktionshinder"), "{s}");
    assert!(
        !s.contains("Skadligt bruk"),
        "only the round it came from: {s}"
    );
}
