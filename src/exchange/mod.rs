//! Documents in and out: tally reports for the minutes, ballot sheets.

pub mod ballot_sheet;
pub mod export;
pub mod lists;
pub mod minutes;
pub mod needs_import;
pub mod needs_template;
pub mod reports;
pub mod tally_out;
pub mod tally_xlsx;

use crate::domain::text_safety::clean_line;

/// Text for a document cell: control characters made visible.
pub fn cell_text(s: &str) -> String {
    clean_line(s).into_owned()
}

/// A cell a spreadsheet would run as a formula (`=`, `+`, `-`, `@`) gets a
/// leading apostrophe so it is shown as text.
pub fn neutralise_formula(s: &str) -> String {
    if s.starts_with(['=', '+', '-', '@']) {
        format!("'{s}")
    } else {
        s.to_string()
    }
}

/// Writes a document readable by its owner only (it may carry names):
/// atomically, mode 0600. The error names the file.
pub fn write_private(path: &std::path::Path, bytes: impl AsRef<[u8]>) -> Result<(), String> {
    crate::store::file::write_atomic(path, bytes.as_ref()).map_err(|e| e.to_string())
}
