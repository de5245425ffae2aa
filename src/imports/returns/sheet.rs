//! A returned form's sheet, as read: what the file says it is, and its
//! table.

use std::path::Path;

use jiff::Timestamp;

use crate::documents::returns::form::{ID_PREFIX, ReturnKind, TABLE_NAME, parse_id_line};
use crate::imports::sheet_reader::{Book, read_book};

/// A returned form as read, before the round is asked.
#[derive(Debug, Clone, PartialEq)]
pub struct ReturnSheet {
    pub kind: ReturnKind,
    /// The party the form was written for.
    pub party: String,
    /// The round it was written from (`Round::key`).
    pub round: String,
    /// When lbk wrote it.
    pub written: Option<Timestamp>,
    /// The sheet it was found on.
    pub sheet: String,
    /// The header's cells.
    pub header: Vec<String>,
    /// Each row below the header with its 1-based sheet row number.
    pub rows: Vec<(usize, Vec<String>)>,
    /// Cells holding an error value: (1-based row, 0-based column).
    pub errors: Vec<(usize, usize)>,
    pub encoding: Option<&'static str>,
}

/// Reads a returned form from a file (xlsx, xlsm, xls, ods, CSV).
pub fn read_return(path: &Path) -> Result<ReturnSheet, String> {
    let book = read_book(path)?;
    from_book(&book, &path.display().to_string())
}

/// The form in a read book; Err when the book is no form lbk wrote.
pub fn from_book(book: &Book, label: &str) -> Result<ReturnSheet, String> {
    // The id line finds the sheet and the header (the row below it).
    let mut found = None;
    for g in &book.sheets {
        if let Some(r) = g
            .rows
            .iter()
            .take(50)
            .position(|row| row.first().is_some_and(|c| c.trim().starts_with(ID_PREFIX)))
        {
            found = Some((g, r));
            break;
        }
    }
    let table = book.tables.iter().find(|t| t.name == TABLE_NAME);
    let (grid, header_at, line) = match (found, table) {
        (Some((g, r)), _) => (g, r + 1, parse_id_line(&g.rows[r][0])),
        (None, Some(t)) => {
            let g = book
                .sheets
                .iter()
                .find(|g| g.name == t.sheet)
                .ok_or_else(|| not_a_form(label))?;
            (g, t.header_row, None)
        }
        (None, None) => return Err(not_a_form(label)),
    };
    // A defined name some programs cannot give back as text ("Unsupported
    // ptg" from an xls) is passed over for the id line.
    let plausible =
        |c: &String| !c.is_empty() && c.chars().count() <= 200 && !c.starts_with("Unsupported ptg");
    let kind = book
        .defined("lbk_svar")
        .filter(plausible)
        .and_then(|k| ReturnKind::from_code(&k))
        .or(line.as_ref().map(|l| l.0))
        .ok_or_else(|| not_a_form(label))?;
    let party = book
        .defined("lbk_part")
        .filter(plausible)
        .or(line.as_ref().map(|l| l.1.clone()))
        .unwrap_or_default();
    let round = book
        .defined("lbk_omgang")
        .filter(plausible)
        .or(line.as_ref().map(|l| l.2.clone()))
        .unwrap_or_default();
    let written = book
        .defined("lbk_skriven")
        .filter(plausible)
        .and_then(|t| t.parse().ok())
        .or(line.as_ref().and_then(|l| l.3));
    let header = grid.rows.get(header_at).cloned().unwrap_or_default();
    let rows = grid
        .rows
        .iter()
        .enumerate()
        .skip(header_at + 1)
        .map(|(i, r)| (i + 1, r.clone()))
        .collect();
    Ok(ReturnSheet {
        kind,
        party,
        round,
        written,
        sheet: grid.name.clone(),
        header,
        rows,
        errors: grid
            .errors
            .iter()
            .filter(|(r, _)| *r > header_at)
            .map(|(r, c)| (r + 1, *c))
            .collect(),
        encoding: book.encoding,
    })
}

fn not_a_form(label: &str) -> String {
    format!(
        "{label}: filen är inget svarsformulär från lbk (raden \"{ID_PREFIX} …\" ovanför tabellen och tabellen {TABLE_NAME} saknas). Skicka formuläret som lbk skrev (lbk template OMGÅNG --for KOD --moment N) och läs in det ifyllt."
    )
}
