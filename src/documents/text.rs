//! Text as it enters a document: a cell cut to what a spreadsheet holds and
//! made safe to show, Markdown's own characters escaped, a formula shown as
//! text; and the one way a document reaches the disk.

use crate::domain::text_safety::clean_line;

/// The most characters a document cell holds: a spreadsheet cell takes
/// 32 767, and a round written before the fields had limits may hold more.
pub const MAX_CELL: usize = 32_000;

/// Text for a document cell: control characters made visible, and text past
/// [`MAX_CELL`] cut with a note (the whole text stays in the round file).
pub fn cell_text(s: &str) -> String {
    let clean = clean_line(s);
    match clean.char_indices().nth(MAX_CELL) {
        None => clean.into_owned(),
        Some((end, _)) => format!(
            "{} … (avkortad: hela texten finns i omgångsfilen)",
            &clean[..end]
        ),
    }
}

/// Text for a document cell that may span lines (a description, minutes):
/// line breaks stay line breaks, every other control character is made
/// visible, and text past [`MAX_CELL`] is cut with a note.
pub fn doc_text(s: &str) -> String {
    let lines: Vec<String> = crate::domain::text_safety::clean_lines(s)
        .into_iter()
        .map(|l| l.into_owned())
        .collect();
    let joined = lines.join("\n");
    match joined.char_indices().nth(MAX_CELL) {
        None => joined,
        Some((end, _)) => format!(
            "{} … (avkortad: hela texten finns i omgångsfilen)",
            &joined[..end]
        ),
    }
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

/// Data text for Markdown, so that it renders as the text it is: HTML,
/// links, images and emphasis in a need's title stay visible characters.
/// Markdown's own characters get a backslash (CommonMark lets any ASCII
/// punctuation be escaped), and one that would start a list or a heading at
/// the beginning of the text is escaped too.
pub fn md_text(s: &str) -> String {
    let clean = doc_text(s);
    let mut out = String::with_capacity(clean.len() + 8);
    for c in clean.chars() {
        if matches!(
            c,
            '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '&' | '|' | '!' | '~' | '#'
        ) {
            out.push('\\');
        }
        out.push(c);
    }
    // A line break inside a paragraph or a table cell stays a line break.
    let out = out.replace('\n', "<br>");
    let mut out = out;
    // "- text", "+ text", "= text" and "1. text" would become a list or a heading.
    if out.starts_with(['-', '+', '=']) {
        out.insert(0, '\\');
    } else if let Some(i) = out.find(|c: char| !c.is_ascii_digit())
        && i > 0
        && out[i..].starts_with(['.', ')'])
    {
        out.insert(i, '\\');
    }
    out
}

/// Writes a document readable by its owner only (it may carry names),
/// atomically. A text document (`.txt`, `.md`, `.csv`) is cleaned of every
/// character that must not reach a terminal, as the screens are. Refused,
/// with nothing written, when the target is a round file or belongs to one.
pub fn write_export(path: &std::path::Path, bytes: impl AsRef<[u8]>) -> Result<(), String> {
    crate::store::guard::refuse_round_target(path).map_err(|e| e.to_string())?;
    let bytes = bytes.as_ref();
    let is_text = path
        .extension()
        .and_then(|e| e.to_str())
        .is_some_and(|e| ["txt", "md", "csv"].contains(&e.to_ascii_lowercase().as_str()));
    if is_text {
        let text = String::from_utf8_lossy(bytes);
        // A leading byte-order mark (CSV for Swedish Excel) is kept as one.
        let (bom, body) = match text.strip_prefix('\u{FEFF}') {
            Some(rest) => ("\u{FEFF}", rest),
            None => ("", text.as_ref()),
        };
        let clean = format!("{bom}{}", crate::domain::text_safety::clean_text(body));
        crate::store::file::write_atomic(path, clean.as_bytes()).map_err(|e| e.to_string())
    } else {
        crate::store::file::write_atomic(path, bytes).map_err(|e| e.to_string())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_cell_never_passes_a_spreadsheets_limit() {
        let long = "å".repeat(50_000);
        let cell = cell_text(&long);
        assert!(cell.chars().count() < 32_767);
        assert!(cell.ends_with("finns i omgångsfilen)"));
        assert_eq!(cell_text("kort"), "kort");
    }

    #[test]
    fn markdown_data_text_is_escaped() {
        assert_eq!(md_text("<img src=x>"), "\\<img src=x\\>");
        assert_eq!(
            md_text("[klick](javascript:x)"),
            "\\[klick\\](javascript:x)"
        );
        assert_eq!(md_text("- inte en lista"), "\\- inte en lista");
        assert_eq!(md_text("12. inte heller"), "12\\. inte heller");
        assert_eq!(md_text("GR-01 Äldre på boende"), "GR-01 Äldre på boende");
    }
}
