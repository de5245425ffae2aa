//! Model 1.0's own moments 3 and 4 by keys: the RSSs' check with their
//! networks (avstämning) and SKR's sorting with the actors' marks.

mod common;

use common::*;
use crossterm::event::KeyCode;

#[test]
fn avstamning_and_the_actors_marks_by_keys_in_a_1_0_round() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = app_in(dir.path());
    open_sample(&mut app, 0);
    let path = app.round_path().unwrap().to_path_buf();
    assert_eq!(app.round().unwrap().model, lbk::domain::ModelVariant::V1);
    app.press(key(KeyCode::Char('3')));
    let s = screen(&app, dir.path(), 100, 30);
    assert!(s.contains("Avstämning med RSS:ernas nätverk"), "{s}");
    assert!(
        !s.contains("Dialogmöten"),
        "no 2.0 dialogue in a 1.0 round: {s}"
    );
    type_text(&mut app, "v4 februari\n");
    assert!(app.input_error().unwrap().contains("ÅÅÅÅ-MM-DD"));
    app.press(key(KeyCode::Esc));
    type_text(&mut app, "v\nxNätverket lade till ett behov om äldre\n");
    let saved = lbk::store::load(&path).unwrap().0;
    let first = saved
        .rss
        .iter()
        .find(|r| r.participates)
        .unwrap()
        .code
        .clone();
    let c = saved
        .network_checks
        .iter()
        .find(|c| c.rss == first)
        .unwrap();
    assert_eq!(c.date, Some(jiff::civil::date(2025, 9, 16)));
    assert!(c.note.contains("lade till"));

    app.press(key(KeyCode::Char('4')));
    let s = screen(&app, dir.path(), 100, 30);
    assert!(
        s.contains("Aktörernas markeringar") && s.contains("r aktörs markering"),
        "{s}"
    );
    assert!(!s.contains("Verifiering per RSS"), "{s}");
    type_text(
        &mut app,
        "rsos täckt: Vägledning om LSS | https://sos.example/lss\n",
    );
    type_text(&mut app, "rnågon lucka\n");
    assert!(app.input_error().unwrap().contains("finns inte"));
    app.press(key(KeyCode::Esc));
    let saved = lbk::store::load(&path).unwrap().0;
    assert_eq!(saved.actor_marks.len(), 1);
    assert_eq!(saved.actor_marks[0].actor, "SoS");
    // The trace carries both.
    let t = lbk::meeting::trace::trace(&saved, &saved.actor_marks[0].need).unwrap();
    assert!(
        t.history
            .iter()
            .any(|s| s.what.contains("Aktörernas markeringar: SoS")),
        "{t:?}"
    );
}
