//! Imports in the app and from files LibreOffice saved: ods and xls read
//! as the xlsx is, a cached error value refused with its place, a huge
//! declared sheet refused under the line (the app goes on), and a file for
//! another RSS asked about before the report.

mod common;

use std::path::Path;
use std::process::{Command, Output};

use common::cli::{round_copy, text};
use common::templates::{filled, headers, need, sparse};
use lbk::store::load;

fn import(round: &Path, rss: &str, file: &Path) -> Output {
    Command::new(env!("CARGO_BIN_EXE_lbk"))
        .args([
            "needs",
            "import",
            round.to_str().unwrap(),
            "--rss",
            rss,
            file.to_str().unwrap(),
            "--yes",
        ])
        .output()
        .unwrap()
}

#[test]
fn ods_and_xls_saved_by_libreoffice_import_as_the_xlsx_does() {
    let dir = tempfile::tempdir().unwrap();
    for ext in ["ods", "xls"] {
        let round = round_copy(dir.path());
        let fixture = Path::new(env!("CARGO_MANIFEST_DIR"))
            .join(format!("tests/fixtures/mall-VRM-ifylld.{ext}"));
        let out = import(&round, "VRM", &fixture);
        let t = text(&out);
        assert!(out.status.success(), "{ext}: {t}");
        assert!(t.contains("2 nya behov"), "{ext}: {t}");
        let r = load(&round).unwrap().0;
        let n = r
            .needs
            .iter()
            .find(|n| n.title == "Äldre och spel om pengar")
            .expect(ext);
        assert_eq!(n.level, lbk::domain::Level::Osaker, "{ext}");
        assert!(n.description.contains('\n'), "{ext}: line breaks kept");
    }
    // A formula error saved by LibreOffice (cached as an error value).
    let round = round_copy(dir.path());
    let fixture =
        Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/mall-VRM-felvarde.xlsx");
    let bytes = std::fs::read(&round).unwrap();
    let out = import(&round, "VRM", &fixture);
    assert!(!out.status.success());
    let t = text(&out);
    assert!(t.contains("kolumn B") && t.contains("felvärde"), "{t}");
    assert_eq!(std::fs::read(&round).unwrap(), bytes);
}

#[test]
fn in_the_app_the_huge_sheet_is_refused_under_the_line_and_the_app_goes_on() {
    use common::*;
    use crossterm::event::KeyCode;
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("gles.xlsx");
    sparse(&file);
    let mut app = app_in(dir.path());
    open_sample(&mut app, 1);
    app.press(key(KeyCode::Char('2')));
    type_text(&mut app, &format!("iVRM {}\n", file.display()));
    let err = app.input_error().unwrap_or_default().to_string();
    let status = app.status_text().unwrap_or_default().to_string();
    assert!(
        err.contains("lbk läser högst") || status.contains("lbk läser högst"),
        "{err} / {status}"
    );
    // Moment 5: the same file as ballots.
    app.press(key(KeyCode::Esc));
    app.press(key(KeyCode::Char('5')));
    type_text(&mut app, &format!("i{}\n", file.display()));
    assert!(app.input_error().unwrap_or_default().contains("XFD1048576"));
}

#[test]
fn in_the_app_a_file_for_another_rss_is_asked_about_and_imported_on_yes() {
    use common::*;
    use crossterm::event::KeyCode;
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("vrm.xlsx");
    filled(
        &file,
        "VRM",
        "RSS Värmland",
        &headers(),
        &[need("", "Helt nytt behov i appen", "Lokal")],
    );
    let mut app = app_in(dir.path());
    open_sample(&mut app, 1);
    app.press(key(KeyCode::Char('2')));
    type_text(&mut app, &format!("iGR {}\n", file.display()));
    assert!(on_top(&app, LayerKind::Question), "{:?}", app.status_text());
    let s = flat(&screen(&app, dir.path(), 120, 40));
    assert!(
        s.contains("mallen för") && s.contains("Importera ändå"),
        "{s}"
    );
    app.press(key(KeyCode::Char('j')));
    let s = flat(&screen(&app, dir.path(), 120, 40));
    assert!(s.contains("1 nya behov"), "the report comes next: {s}");
    app.press(key(KeyCode::Char('j')));
    let r = app.round().unwrap();
    let n = r
        .needs
        .iter()
        .find(|n| n.title == "Helt nytt behov i appen")
        .unwrap();
    assert_eq!(n.rss, "GR");
}
