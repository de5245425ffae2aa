//! Writes the sources of the import test fixtures (a filled needs template
//! for VRM, one whose title cell is a failing formula) and a sparse sheet
//! for measuring. LibreOffice then
//! saves them as the files in tests/fixtures (see tests/fixtures/README.md).
//!
//! cargo run --example make_import_fixtures -- DIR

use lbk::documents::needs_template::COLUMNS;

fn book(path: &std::path::Path, rows: &[[&str; 12]], formula_title: bool) {
    let mut wb = rust_xlsxwriter::Workbook::new();
    let ws = wb.add_worksheet();
    ws.set_name("Behov").unwrap();
    ws.write_string(0, 0, "Kunskapsbehov från RSS Värmland (VRM)")
        .unwrap();
    for (c, col) in COLUMNS.iter().enumerate() {
        ws.write_string(3, c as u16, col.header).unwrap();
    }
    for (r, row) in rows.iter().enumerate() {
        for (c, v) in row.iter().enumerate() {
            ws.write_string(4 + r as u32, c as u16, *v).unwrap();
        }
    }
    if formula_title {
        ws.write_formula(4, 1, "=1/0").unwrap();
    }
    wb.define_name("lbk_rss", "=\"VRM\"").unwrap();
    wb.save(path).unwrap();
}

fn main() {
    let dir = std::path::PathBuf::from(std::env::args().nth(1).unwrap_or_else(|| ".".into()));
    std::fs::create_dir_all(&dir).unwrap();
    let rows = [
        [
            "",
            "Äldre och spel om pengar",
            "Hur upptäcker vi spelproblem\nhos personer över 65?",
            "",
            "Äldre",
            "",
            "Osäker",
            "3",
            "Kunskapsbehov",
            "Nätverksmöte",
            "Nej",
            "",
        ],
        [
            "",
            "Digitalt stöd i hemtjänsten",
            "Vad vet vi om trygghetslarm – och vad saknas?",
            "",
            "",
            "",
            "Regional",
            "",
            "Kunskapsbehov",
            "Nätverksmöte",
            "Ja",
            "\"citat\" och 'fnuttar'",
        ],
    ];
    book(&dir.join("mall-VRM-ifylld.xlsx"), &rows, false);
    book(&dir.join("mall-VRM-felvarde-kalla.xlsx"), &rows[..1], true);
    // For measuring: 1.6 KB that declares a sheet of 17 billion cells.
    let mut wb = rust_xlsxwriter::Workbook::new();
    let ws = wb.add_worksheet();
    ws.write_string(0, 0, "Kort titel").unwrap();
    ws.write_string(1_048_575, 16_383, "x").unwrap();
    wb.save(dir.join("gles.xlsx")).unwrap();
}
