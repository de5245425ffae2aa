//! The returned template's sheet: its table found by name, else by its
//! header row, the RSS it was written for, the encoding a CSV was in.

use std::path::Path;

use crate::documents::needs_template::{COLUMNS, TABLE_NAME, TITLE};
use crate::imports::sheet_reader::{Book, read_book};

/// The cells of a sheet from its header row on, with where they came from.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct NeedsSheet {
    /// 1-based sheet row of each entry in `rows`; the first is the header.
    pub row_numbers: Vec<usize>,
    pub rows: Vec<Vec<String>>,
    /// "tabellen Kunskapsbehov" or "bladet Behov".
    pub found_in: String,
    /// The RSS code the file says it is for, if it says.
    pub rss: Option<String>,
    /// Cells holding an error value (`#VALUE!`): 1-based row, 0-based column.
    pub errors: Vec<(usize, usize)>,
    /// How a CSV file was encoded, for the report.
    pub encoding: Option<&'static str>,
    /// When lbk wrote the template the file was made from, if it says.
    pub written: Option<jiff::Timestamp>,
}

pub(crate) fn normalise(h: &str) -> String {
    h.trim().to_lowercase()
}

pub(crate) fn header_index(header: &str) -> Option<usize> {
    COLUMNS
        .iter()
        .position(|c| normalise(c.header) == normalise(header))
}

/// Where the header row is: the first row with the title column, or
/// naming at least three of the template's columns.
fn find_header(rows: &[Vec<String>]) -> Option<usize> {
    rows.iter().position(|r| {
        r.iter().any(|c| header_index(c) == Some(TITLE))
            || r.iter().filter(|c| header_index(c).is_some()).count() >= 3
    })
}

/// The RSS code in a heading like "Kunskapsbehov från RSS Värmland (VRM)".
fn code_in_heading(cell: &str) -> Option<String> {
    let t = cell.trim();
    if !t.to_lowercase().starts_with("kunskapsbehov från") {
        return None;
    }
    let open = t.rfind('(')?;
    let code = t[open + 1..].trim_end_matches(')').trim();
    (!code.is_empty() && code.chars().count() <= 10).then(|| code.to_string())
}

/// The needs table of a read book.
pub fn sheet_from_book(book: &Book, label: &str) -> Result<NeedsSheet, String> {
    let table = book.tables.iter().find(|t| t.name == TABLE_NAME);
    let (grid, h, found_in) = match table.and_then(|t| {
        let g = book.sheets.iter().find(|g| g.name == t.sheet)?;
        Some((g, t.header_row))
    }) {
        Some((g, h)) => (g, h, format!("tabellen {TABLE_NAME}")),
        None => book
            .sheets
            .iter()
            .find_map(|g| find_header(&g.rows).map(|h| (g, h, format!("bladet {}", g.name))))
            .ok_or_else(|| no_header(label))?,
    };
    // A defined name some programs cannot give back as text ("Unsupported
    // ptg" from an xls) is passed over for the heading.
    let plausible = |c: &String| {
        !c.is_empty()
            && c.chars().count() <= 10
            && c.chars().all(|ch| ch.is_alphanumeric() || ch == '-')
    };
    let rss = book.defined("lbk_rss").filter(plausible).or_else(|| {
        grid.rows
            .iter()
            .take(h)
            .flat_map(|r| r.iter())
            .find_map(|c| code_in_heading(c))
    });
    let rows: Vec<Vec<String>> = grid.rows.get(h..).map(<[_]>::to_vec).unwrap_or_default();
    Ok(NeedsSheet {
        row_numbers: (h + 1..h + 1 + rows.len()).collect(),
        rows,
        found_in,
        rss,
        errors: grid
            .errors
            .iter()
            .filter(|(r, _)| *r > h)
            .map(|(r, c)| (r + 1, *c))
            .collect(),
        encoding: book.encoding,
        written: book.defined("lbk_skriven").and_then(|t| t.parse().ok()),
    })
}

/// Reads a needs sheet from a file.
pub fn read_needs_sheet(path: &Path) -> Result<NeedsSheet, String> {
    let book = read_book(path)?;
    sheet_from_book(&book, &path.display().to_string())
}

fn no_header(label: &str) -> String {
    format!(
        "{label}: hittar ingen tabell {TABLE_NAME} och ingen rubrikrad med kolumnerna (t.ex. \"Kort titel\", \"Beskrivning\", \"Nivå\"). Använd mallen från lbk template."
    )
}
