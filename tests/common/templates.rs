//! Templates as an RSS's office program returns them, for the import tests.

#![allow(dead_code)]

use std::path::Path;

use lbk::documents::needs_template::COLUMNS;

/// A returned template as an RSS's office program saves it: the heading
/// and the defined name naming the RSS, the header on row 4, the rows.
pub fn filled_at(
    path: &Path,
    code: &str,
    name: &str,
    header: &[&str],
    rows: &[Vec<&str>],
    written: Option<&str>,
) {
    let mut wb = rust_xlsxwriter::Workbook::new();
    let ws = wb.add_worksheet();
    ws.set_name("Behov").unwrap();
    ws.write_string(0, 0, format!("Kunskapsbehov från {name} ({code})"))
        .unwrap();
    for (c, h) in header.iter().enumerate() {
        ws.write_string(3, c as u16, *h).unwrap();
    }
    for (r, row) in rows.iter().enumerate() {
        for (c, v) in row.iter().enumerate() {
            ws.write_string(4 + r as u32, c as u16, *v).unwrap();
        }
    }
    wb.define_name("lbk_rss", &format!("=\"{code}\"")).unwrap();
    if let Some(t) = written {
        wb.define_name("lbk_skriven", &format!("=\"{t}\"")).unwrap();
    }
    wb.save(path).unwrap();
}

pub fn filled(path: &Path, code: &str, name: &str, header: &[&str], rows: &[Vec<&str>]) {
    filled_at(path, code, name, header, rows, None)
}

pub fn headers() -> Vec<&'static str> {
    COLUMNS.iter().map(|c| c.header).collect()
}

/// A full row: number, title, description, level; the rest as the template's defaults.
pub fn need<'a>(number: &'a str, title: &'a str, level: &'a str) -> Vec<&'a str> {
    vec![
        number,
        title,
        "Beskrivning.",
        "",
        "",
        "",
        level,
        "",
        "Kunskapsbehov",
        "Nätverksmöte",
        "Nej",
        "",
    ]
}

/// A 1.6 KB xlsx with cells only in A1 and XFD1048576.
pub fn sparse(path: &Path) {
    let mut wb = rust_xlsxwriter::Workbook::new();
    let ws = wb.add_worksheet();
    ws.write_string(0, 0, "Kort titel").unwrap();
    ws.write_string(1_048_575, 16_383, "x").unwrap();
    wb.save(path).unwrap();
}
