//! Ballots from every channel, during the meeting: lbk's own sheet, a form
//! tool's export (xlsx or CSV) and a meeting chat (pasted or saved as
//! text). Reading gives the ballots as written; planning checks every one
//! against the round and either refuses the whole import (with a message
//! per row and column, and the names it did not know, to be asked once) or
//! gives the plan whose report is shown before anything is written.

mod answers;
pub mod chat;
mod plan;
mod report;
mod source;
pub mod table;

use std::path::Path;

pub use plan::{ImportPlan, Refusal, apply, plan};
use source::problem;
pub use source::{Answer, Incoming, Source, SourceKind};

use crate::imports::sheet_reader::read_sheet;

/// Reads table rows, plans and applies in one step (for tests and tools
/// that already hold the rows); the round is untouched on refusal.
pub fn import_rows(
    round: &mut crate::domain::Round,
    stage: crate::domain::priority::Stage,
    rows: &[Vec<String>],
    at: jiff::Timestamp,
) -> Result<ImportPlan, Refusal> {
    let planned = plan(round, stage, &table::read(rows), &[])?;
    apply(round, &planned, at).map_err(|e| Refusal {
        problems: vec![problem(1, None, e)],
        unknown: vec![],
    })?;
    Ok(planned)
}

/// The most a ballot file may be: far above any meeting's sheet or chat.
pub const MAX_BALLOT_FILE: u64 = 16 * 1024 * 1024;

/// Pasted text: a table copied from a spreadsheet (tabs) or a chat. Line
/// ends may be CR LF, LF or a lone CR (as a terminal pastes them).
pub fn read_text(text: &str) -> Source {
    let text = &text.replace("\r\n", "\n").replace('\r', "\n");
    let first = text.lines().find(|l| !l.trim().is_empty()).unwrap_or("");
    if first.contains('\t') {
        let rows: Vec<Vec<String>> = text
            .lines()
            .map(|l| l.split('\t').map(String::from).collect())
            .collect();
        let s = table::read(&rows);
        if s.problems.is_empty() {
            return s;
        }
    }
    chat::read(text)
}

/// Reads a ballot file: a spreadsheet (xlsx, xls, ods, CSV) or chat text.
pub fn read_file(path: &Path) -> Result<Source, String> {
    let ext = path
        .extension()
        .map(|e| e.to_string_lossy().to_lowercase())
        .unwrap_or_default();
    let size = std::fs::metadata(path)
        .map_err(|e| crate::imports::cells::unreadable(path, &e))?
        .len();
    if size > MAX_BALLOT_FILE {
        return Err(format!(
            "{} är {} MB; en fil med valsedlar är högst {} MB. Kontrollera att det är rätt fil.",
            path.display(),
            size / 1024 / 1024,
            MAX_BALLOT_FILE / 1024 / 1024
        ));
    }
    match ext.as_str() {
        // Spreadsheets and CSV through the shared bounded reader.
        "xlsx" | "xlsm" | "xls" | "ods" | "csv" => Ok(table::read(&read_sheet(path)?)),
        _ => {
            let bytes =
                std::fs::read(path).map_err(|e| crate::imports::cells::unreadable(path, &e))?;
            Ok(read_text(
                &crate::imports::sheet_reader::decode_csv(&bytes).0,
            ))
        }
    }
}
