//! The needs template out and back in: every field and dropdown in the
//! written workbook; a template filled by another program (columns
//! reordered, table renamed) imported; each refusal with row and column and
//! the round file unchanged; a re-import updates without duplicates.

use std::io::{Read as _, Write as _};
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

use calamine::{Reader, Xlsx, open_workbook};
use lbk::documents::needs_template::{COLUMNS, TABLE_NAME};
use lbk::store::load;

fn round_copy(dir: &Path) -> PathBuf {
    let path = dir.join("r.ron");
    std::fs::write(&path, lbk::store::samples::SAMPLES[1].text).unwrap();
    path
}

fn lbk(args: &[&str], stdin: &str) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_lbk"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    child
        .stdin
        .take()
        .unwrap()
        .write_all(stdin.as_bytes())
        .unwrap();
    child.wait_with_output().unwrap()
}

fn s(p: &Path) -> &str {
    p.to_str().unwrap()
}

fn part(path: &Path, name: &str) -> String {
    let mut zip = zip::ZipArchive::new(std::fs::File::open(path).unwrap()).unwrap();
    let mut out = String::new();
    zip.by_name(name).unwrap().read_to_string(&mut out).unwrap();
    out
}

#[test]
fn the_template_has_every_field_the_dropdowns_and_the_version() {
    let dir = tempfile::tempdir().unwrap();
    let round = round_copy(dir.path());
    let out_path = dir.path().join("mall.xlsx");
    let out = lbk(
        &["template", s(&round), "--rss", "GR", "-o", s(&out_path)],
        "",
    );
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );

    let mut wb: Xlsx<_> = open_workbook(&out_path).unwrap();
    assert_eq!(wb.sheet_names(), vec!["Instruktion", "Behov", "Listor"]);
    let instructions = wb.worksheet_range("Instruktion").unwrap();
    let text: String = instructions
        .rows()
        .map(|r| r[0].to_string())
        .collect::<Vec<_>>()
        .join("\n");
    assert!(text.contains("Göteborgsregionen (GR)"));
    assert!(
        text.contains("behöver inte kontrollera"),
        "the model's tip on not checking existing support"
    );
    assert!(text.contains("inte ett kunskapsbehov"));
    wb.load_tables().unwrap();
    let table = wb.table_by_name(TABLE_NAME).unwrap();
    let headers: Vec<&str> = COLUMNS.iter().map(|c| c.header).collect();
    assert_eq!(
        table.columns(),
        headers.iter().map(|h| h.to_string()).collect::<Vec<_>>()
    );
    let example = table.data().rows().next().unwrap();
    assert_eq!(example[0].to_string(), "EXEMPEL");
    assert!(
        !example[2].to_string().is_empty(),
        "the example has a description"
    );
    let behov = wb.worksheet_range("Behov").unwrap();
    assert!(
        behov.rows().next().unwrap()[0]
            .to_string()
            .contains("Göteborgsregionen (GR)")
    );

    let sheet = part(&out_path, "xl/worksheets/sheet2.xml");
    assert_eq!(
        sheet.matches("<dataValidation ").count(),
        5,
        "level, kind, source, health care, dots"
    );
    assert!(
        sheet.contains("Listor!$A$2:$A$5"),
        "levels from the hidden sheet"
    );
    assert!(sheet.contains(r#"orientation="landscape""#));
    assert!(sheet.contains("<pane ") && sheet.contains(r#"state="frozen""#));
    let workbook = part(&out_path, "xl/workbook.xml");
    assert!(workbook.contains(r#"name="lbk_mallversion""#));
    assert!(workbook.contains(r#"state="hidden""#));
    assert!(workbook.contains("_xlnm.Print_Titles"));
}

/// A filled template as another program would write it: columns in another
/// order and the table renamed.
fn filled(path: &Path, rows: &[[&str; 5]]) {
    let mut wb = rust_xlsxwriter::Workbook::new();
    let ws = wb.add_worksheet();
    ws.set_name("Blad1").unwrap();
    let header = ["Nivå", "Kort titel", "Nummer", "Beskrivning", "Prickar"];
    for (c, h) in header.iter().enumerate() {
        ws.write_string(0, c as u16, *h).unwrap();
    }
    for (r, row) in rows.iter().enumerate() {
        for (c, v) in row.iter().enumerate() {
            ws.write_string(r as u32 + 1, c as u16, *v).unwrap();
        }
    }
    let cols: Vec<_> = header
        .iter()
        .map(|h| rust_xlsxwriter::TableColumn::new().set_header(*h))
        .collect();
    ws.add_table(
        0,
        0,
        rows.len() as u32,
        4,
        &rust_xlsxwriter::Table::new()
            .set_name("MinaBehov")
            .set_columns(&cols),
    )
    .unwrap();
    wb.save(path).unwrap();
}

#[test]
fn a_template_filled_elsewhere_imports_and_a_second_import_updates() {
    let dir = tempfile::tempdir().unwrap();
    let round = round_copy(dir.path());
    let sheet = dir.path().join("ifylld.xlsx");
    filled(
        &sheet,
        &[
            [
                "Nationell",
                "Ensamhet bland äldre",
                "",
                "Äldre på SÄBO saknar\nsocial kontakt.",
                "5",
            ],
            ["osäker", "Digitalt våld", "", "Unga utsätts via nätet.", ""],
            [
                "Regional",
                "Digitala behandlingsinsatser i glesbygd (rättad)",
                "GR-01",
                "Ny text.",
                "7",
            ],
        ],
    );
    let before = load(&round).unwrap().0;
    let out = lbk(
        &["needs", "import", s(&round), "--rss", "GR", s(&sheet)],
        "j\n",
    );
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(stdout.contains("2 nya behov, 1 ändrade"), "{stdout}");
    assert!(
        stdout.contains("GR-02, GR-03, GR-04"),
        "rows not in the file are reported: {stdout}"
    );
    let after = load(&round).unwrap().0;
    assert_eq!(after.needs.len(), before.needs.len() + 2);
    let new = after
        .needs
        .iter()
        .find(|n| n.title == "Ensamhet bland äldre")
        .unwrap();
    assert_eq!(new.number, "GR-05");
    assert_eq!(new.description, "Äldre på SÄBO saknar\nsocial kontakt.");
    assert_eq!(new.dots, Some(5));
    assert_eq!(
        after
            .needs
            .iter()
            .find(|n| n.title == "Digitalt våld")
            .unwrap()
            .level,
        lbk::domain::Level::Osaker
    );
    let updated = after.need("GR-01").unwrap();
    assert_eq!(updated.level, lbk::domain::Level::Regional);
    assert_eq!(
        updated.status,
        before.need("GR-01").unwrap().status,
        "the status is kept"
    );
    assert!(
        after.need("GR-02").is_some(),
        "a need missing from the file is not deleted"
    );

    // The same file again, now with the new needs' numbers: nothing duplicated.
    filled(
        &sheet,
        &[
            [
                "Nationell",
                "Ensamhet bland äldre",
                "GR-05",
                "Äldre på SÄBO saknar\nsocial kontakt.",
                "6",
            ],
            [
                "Osäker",
                "Digitalt våld",
                "GR-06",
                "Unga utsätts via nätet.",
                "",
            ],
        ],
    );
    let out = lbk(
        &[
            "needs",
            "import",
            s(&round),
            "--rss",
            "GR",
            s(&sheet),
            "--yes",
        ],
        "",
    );
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(String::from_utf8_lossy(&out.stdout).contains("0 nya behov, 1 ändrade, 1 oförändrade"));
    let again = load(&round).unwrap().0;
    assert_eq!(again.needs.len(), after.needs.len());
    assert_eq!(again.need("GR-05").unwrap().dots, Some(6));
}

fn refused(rows: &[[&str; 5]], expect: &[&str]) {
    let dir = tempfile::tempdir().unwrap();
    let round = round_copy(dir.path());
    let sheet = dir.path().join("fel.xlsx");
    filled(&sheet, rows);
    let bytes = std::fs::read(&round).unwrap();
    let out = lbk(
        &[
            "needs",
            "import",
            s(&round),
            "--rss",
            "GR",
            s(&sheet),
            "--yes",
        ],
        "",
    );
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(!out.status.success(), "skulle vägras");
    for e in expect {
        assert!(err.contains(e), "saknar {e:?} i:\n{err}");
    }
    assert_eq!(std::fs::read(&round).unwrap(), bytes);
}

#[test]
fn each_bad_cell_is_refused_with_row_and_column() {
    refused(
        &[["Nationell", "", "", "Beskrivning utan titel", ""]],
        &["rad 2, kolumn B", "Kort titel saknas"],
    );
    refused(
        &[["Nationellt", "T", "", "", ""]],
        &["rad 2, kolumn A", "okänd nivå"],
    );
    refused(
        &[["Nationell", "T", "", "", "många"]],
        &["rad 2, kolumn E", "heltal"],
    );
    refused(
        &[["Nationell", "42", "", "", ""]],
        &["rad 2, kolumn B", "bara ett tal"],
    );
    refused(
        &[["Nationell", "T", "STH-01", "", ""]],
        &["rad 2, kolumn C", "hör inte till GR"],
    );
    refused(
        &[
            ["Nationell", "T", "GR-09", "", ""],
            ["Nationell", "U", "gr-09", "", ""],
        ],
        &["rad 3, kolumn C", "står också på rad 2"],
    );
    let long = "x".repeat(300);
    refused(
        &[["Nationell", &long, "", "", ""]],
        &["rad 2, kolumn B", "för lång"],
    );
    // One good row does not let the bad one through.
    refused(
        &[["Nationell", "Bra", "", "", ""], ["Fel", "T", "", "", ""]],
        &["rad 3, kolumn A"],
    );
}

#[test]
fn a_cancelled_import_writes_nothing_and_control_characters_are_removed_with_a_warning() {
    let dir = tempfile::tempdir().unwrap();
    let round = round_copy(dir.path());
    let sheet = dir.path().join("ifylld.xlsx");
    filled(
        &sheet,
        &[[
            "Nationell",
            "Titel\u{1b}[31m med\u{7} styrtecken",
            "",
            "Text",
            "",
        ]],
    );
    let bytes = std::fs::read(&round).unwrap();
    let out = lbk(
        &["needs", "import", s(&round), "--rss", "GR", s(&sheet)],
        "n\n",
    );
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(out.status.success());
    assert!(stdout.contains("Avbrutet"), "{stdout}");
    assert!(
        stdout.contains("rad 2, kolumn B: styrtecken borttagna"),
        "{stdout}"
    );
    assert!(!stdout.contains('\u{1b}'));
    assert_eq!(std::fs::read(&round).unwrap(), bytes);

    let out = lbk(
        &["needs", "import", s(&round), "--rss", "GR", s(&sheet)],
        "j\n",
    );
    assert!(out.status.success());
    let r = load(&round).unwrap().0;
    assert!(
        r.needs
            .iter()
            .any(|n| n.title == "Titel[31m med styrtecken")
    );
}

#[test]
fn semicolon_csv_is_imported_too_and_needs_list_json_has_the_fields() {
    let dir = tempfile::tempdir().unwrap();
    let round = round_copy(dir.path());
    let csv = dir.path().join("mall.csv");
    std::fs::write(&csv, "\u{feff}Kort titel;Nivå;Typ;Källa\r\nFoU-rapport om hemlöshet;Regional;Lokal kunskap;FoU-rapport\r\n").unwrap();
    let out = lbk(
        &[
            "needs",
            "import",
            s(&round),
            "--rss",
            "GR",
            s(&csv),
            "--yes",
        ],
        "",
    );
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let out = lbk(
        &[
            "needs",
            "list",
            s(&round),
            "--rss",
            "gr",
            "--format",
            "json",
        ],
        "",
    );
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let list = v.as_array().unwrap();
    assert!(list.iter().all(|n| n["rss"] == "GR"));
    let fou = list
        .iter()
        .find(|n| n["title"] == "FoU-rapport om hemlöshet")
        .unwrap();
    assert_eq!(fou["kind"], "Lokal kunskap");
    assert_eq!(fou["level"], "Regional");
    assert_eq!(fou["status"], "inskickat");
    for key in ["number", "rss", "title", "level", "kind", "dots", "status"] {
        assert!(fou.get(key).is_some(), "{key}");
    }
    let out = lbk(
        &[
            "needs",
            "list",
            s(&round),
            "--status",
            "kunskapslucka",
            "--format",
            "json",
        ],
        "",
    );
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(
        v.as_array().unwrap().len(),
        load(&round).unwrap().0.final_compilation().len()
    );
}
