//! Moment 6's returns in the app: `F` writes a receipt form per actor into
//! the round's export folder, `i` reads one back (the report first, "j"
//! writes), a wrong file is refused with its cells and changes nothing, a
//! form for another round is asked about, and the screen says who has
//! answered.

mod common;

use std::path::Path;

use common::{app_in, flat, key, open_sample, screen, type_text};
use crossterm::event::KeyCode;
use lbk::tui::app::App;

fn fixture(name: &str) -> String {
    common::returns::fixture(name).display().to_string()
}

fn on_moment_6(root: &Path) -> App {
    let mut app = app_in(root);
    open_sample(&mut app, 0);
    app.press(key(KeyCode::Char('6')));
    app
}

fn sos_receipt(app: &App, need: &str) -> lbk::domain::followup::Receipt {
    app.round()
        .unwrap()
        .handovers
        .iter()
        .find(|h| h.need == need)
        .and_then(|h| h.receipts.iter().find(|x| x.actor == "SoS"))
        .cloned()
        .unwrap()
}

#[test]
fn forms_go_out_with_f_and_a_filled_one_comes_back_with_i_after_its_report() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = on_moment_6(dir.path());
    let shown = flat(&screen(&app, dir.path(), 120, 40));
    assert!(
        shown.contains("SoS väntas") || shown.contains("Svarsformulär"),
        "{shown}"
    );
    app.press(key(KeyCode::Char('F')));
    let round = app.round_path().unwrap().to_path_buf();
    let forms = lbk::documents::export::export_dir(&round).join("svarsformular");
    let written: Vec<String> = std::fs::read_dir(&forms)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    assert!(
        written.contains(&"mottagande-SoS.xlsx".to_string()),
        "{written:?}"
    );
    assert!(
        app.status_text().unwrap().contains("svarsformular"),
        "{:?}",
        app.status_text()
    );
    // The filled form, saved by LibreOffice as ods.
    let before = std::fs::read(&round).unwrap();
    app.press(key(KeyCode::Char('i')));
    type_text(
        &mut app,
        &format!("{}\n", fixture("mottagande-SoS-ifylld.ods")),
    );
    let asked = flat(&screen(&app, dir.path(), 120, 40));
    assert!(
        asked.contains("2 ändras") && asked.contains("Åsa Öberg"),
        "{asked}"
    );
    assert_eq!(std::fs::read(&round).unwrap(), before, "nothing before j");
    app.press(key(KeyCode::Char('j')));
    assert_eq!(sos_receipt(&app, "SÖD-02").planned, "2027 kv 3");
    // SÖD-02, second on the list, in full with where it came from.
    app.press(key(KeyCode::Down));
    let after = flat(&screen(&app, dir.path(), 160, 40));
    assert!(after.contains("SoS ✓ 2025-09-16"), "{after}");
    assert!(after.contains("ansvarig Åsa Öberg"), "{after}");
    assert!(after.contains("från mottagande-SoS-ifylld.ods"), "{after}");
    // u takes it back in one step.
    app.press(key(KeyCode::Char('u')));
    assert_eq!(sos_receipt(&app, "SÖD-02").planned, "");
}

#[test]
fn a_wrong_form_is_refused_with_its_cells_and_another_rounds_is_asked_about() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = on_moment_6(dir.path());
    let before = app.round().unwrap().clone();
    // A form with a word outside the dropdown.
    let r = app.round().unwrap().clone();
    let mut form =
        lbk::documents::returns::receipt_form::receipt_form(&r, "SoS", jiff::Timestamp::now())
            .unwrap();
    form.rows[0][lbk::documents::returns::receipt_form::WAY] = "webbinarium".into();
    let bad = dir.path().join("fel.xlsx");
    std::fs::write(
        &bad,
        lbk::documents::formats::return_xlsx::return_xlsx(&form).unwrap(),
    )
    .unwrap();
    app.press(key(KeyCode::Char('i')));
    type_text(&mut app, &format!("{}\n", bad.display()));
    let said = flat(&screen(&app, dir.path(), 120, 40));
    assert!(
        said.contains("rad 7, kolumn G") && said.contains("webbinarium"),
        "{said}"
    );
    app.press(key(KeyCode::Char('n')));
    assert_eq!(app.round().unwrap(), &before);
    // A form from a round of another name: asked, and n leaves it out.
    form.rows[0][lbk::documents::returns::receipt_form::WAY] = "forskning".into();
    form.round = "Annat område 2030".into();
    let other = dir.path().join("annan.xlsx");
    std::fs::write(
        &other,
        lbk::documents::formats::return_xlsx::return_xlsx(&form).unwrap(),
    )
    .unwrap();
    app.press(key(KeyCode::Char('i')));
    type_text(&mut app, &format!("{}\n", other.display()));
    let asked = flat(&screen(&app, dir.path(), 120, 40));
    assert!(
        asked.contains("Annat område 2030") && asked.contains("ändå"),
        "{asked}"
    );
    app.press(key(KeyCode::Char('n')));
    assert_eq!(app.round().unwrap(), &before);
    // Asked again and answered j: the report, then j writes.
    app.press(key(KeyCode::Char('i')));
    type_text(&mut app, &format!("{}\n", other.display()));
    app.press(key(KeyCode::Char('j')));
    app.press(key(KeyCode::Char('j')));
    assert_eq!(
        sos_receipt(&app, "SÖD-02").way,
        Some(lbk::domain::followup::Way::Forskning)
    );
    // A path to nothing stays on the line with why.
    app.press(key(KeyCode::Char('i')));
    type_text(&mut app, "/finns/inte.xlsx\n");
    assert!(app.input_error().is_some(), "{:?}", app.status_text());
    assert_eq!(app.input_text().unwrap(), "/finns/inte.xlsx");
}

#[test]
fn i_reads_an_actors_feedback_form_too_through_the_same_plan_as_lbk_import() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = on_moment_6(dir.path());
    let r = app.round().unwrap().clone();
    let mut form =
        lbk::documents::returns::feedback_form::feedback_form(&r, "SoS", jiff::Timestamp::now())
            .unwrap();
    form.rows[0][lbk::documents::returns::feedback_form::WHEN] = "kvartal 3 2025".into();
    let file = dir.path().join("aterkoppling-SoS.xlsx");
    std::fs::write(
        &file,
        lbk::documents::formats::return_xlsx::return_xlsx(&form).unwrap(),
    )
    .unwrap();
    app.press(key(KeyCode::Char('i')));
    type_text(&mut app, &format!("{}\n", file.display()));
    let asked = flat(&screen(&app, dir.path(), 120, 40));
    assert!(
        asked.contains("Återkoppling från Socialstyrelsen (SoS): 1 ändras"),
        "{asked}"
    );
    app.press(key(KeyCode::Char('j')));
    let f = app
        .round()
        .unwrap()
        .feedback
        .iter()
        .find(|f| f.need == "SÖD-02")
        .cloned()
        .unwrap();
    assert!(
        f.outcome.text().contains("kvartal 3 2025"),
        "{:?}",
        f.outcome
    );
    assert_eq!(f.returned.len(), 1);
}
