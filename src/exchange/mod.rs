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
