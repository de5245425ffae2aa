//! What makes a workbook read well in both Excel and LibreOffice: A4 with a
//! header (the document) and a footer ("sida x av y"), header cells bold by
//! their own format (LibreOffice does not draw table styles), row heights
//! set from the wrapped text (LibreOffice does not grow rows on opening),
//! and counts, places, means and shares stored as numbers with Swedish
//! display formats.

use rust_xlsxwriter::{Format, FormatAlign, Worksheet, XlsxError};

/// A4, fit to the page width, the title at the top and the page at the foot.
pub fn page_setup(ws: &mut Worksheet, title: &str, landscape: bool) -> Result<(), XlsxError> {
    ws.set_paper_size(9);
    if landscape {
        ws.set_landscape();
    }
    ws.set_print_fit_to_pages(1, 0);
    // '&' starts a code in a header; a title's own is doubled.
    let title: String = crate::documents::cell_text(title)
        .replace('&', "&&")
        .chars()
        .take(200)
        .collect();
    ws.set_header(format!("&L{title}&R&D"));
    ws.set_footer("&Csida &P av &N");
    Ok(())
}

/// Bold header cells with a bottom border, wrapped.
pub fn header_format() -> Format {
    Format::new()
        .set_bold()
        .set_text_wrap()
        .set_align(FormatAlign::Top)
        .set_border_bottom(rust_xlsxwriter::FormatBorder::Thin)
}

/// The height a row needs so its wrapped cells show whole: 15 points a
/// line, lines counted from each cell's text and its column's width.
pub fn row_height<'a>(cells: impl IntoIterator<Item = (&'a str, f64)>) -> f64 {
    let lines = cells
        .into_iter()
        .map(|(text, width)| {
            // A column's width counts digits; LibreOffice's fallback fonts
            // are wider than Excel's, so a line holds no more than that.
            let per_line = width.max(4.0) as usize;
            text.split('\n')
                .map(|l| wrapped_lines(l, per_line))
                .sum::<usize>()
        })
        .max()
        .unwrap_or(1);
    (lines as f64 * 15.5).clamp(15.0, 409.0)
}

/// Lines a paragraph takes when wrapped at word breaks, `per_line`
/// characters a line; a word longer than a line is broken.
fn wrapped_lines(text: &str, per_line: usize) -> usize {
    let mut lines = 1;
    let mut used = 0;
    for word in text.split_whitespace() {
        let len = word.chars().count();
        if used > 0 && used + 1 + len <= per_line {
            used += 1 + len;
        } else if used == 0 && len <= per_line {
            used = len;
        } else {
            if used > 0 {
                lines += 1;
            }
            lines += (len.saturating_sub(1)) / per_line;
            used = match len % per_line {
                0 => per_line,
                rest => rest,
            };
        }
    }
    lines
}

/// A cell that is a number, and the format it is shown in: whole numbers
/// (places, counts) as they are, "1.62" with two decimals (shown with the
/// reader's decimal comma), "57 %" as a share.
pub fn number(header: &str, cell: &str) -> Option<(f64, &'static str)> {
    let numeric_column = matches!(
        header,
        "Plats" | "Poäng" | "Förstaplatser" | "Val" | "Prickar" | "Antal" | "Medelplats" | "Andel"
    );
    if !numeric_column {
        return None;
    }
    let t = cell.trim();
    if let Some(p) = t.strip_suffix('%') {
        let v: f64 = p.trim().replace(',', ".").parse().ok()?;
        return Some((v / 100.0, "0 %"));
    }
    if !t.is_empty() && t.chars().all(|c| c.is_ascii_digit()) {
        return Some((t.parse().ok()?, "0"));
    }
    let v: f64 = t.replace(',', ".").parse().ok()?;
    v.is_finite().then_some((v, "0.00"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_by_column_and_heights_by_text() {
        assert_eq!(number("Poäng", "91"), Some((91.0, "0")));
        assert_eq!(number("Medelplats", "1.62"), Some((1.62, "0.00")));
        assert_eq!(number("Medelplats", "1,62"), Some((1.62, "0.00")));
        assert_eq!(number("Andel", "57 %"), Some((0.57, "0 %")));
        assert_eq!(number("Plats", "delad 4:e plats"), None);
        assert_eq!(
            number("Titel", "42"),
            None,
            "a title that is a number stays text"
        );
        assert_eq!(row_height([("kort", 10.0)]), 15.5);
        assert_eq!(row_height([("a\nb\nc", 40.0)]), 15.5 * 3.0);
        // 10 characters a line at width 10: 100 characters take 10 lines.
        assert_eq!(row_height([(&*"x".repeat(100), 10.0)]), 15.5 * 10.0);
        // Words wrap whole: 38 characters at width 20 take three lines, not two.
        assert_eq!(
            row_height([("Personer med kommunikationssvårigheter", 20.0)]),
            15.5 * 3.0
        );
        assert_eq!(row_height([("ett två tre", 20.0)]), 15.5);
    }
}
