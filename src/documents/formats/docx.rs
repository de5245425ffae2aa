//! Word documents (.docx) for what people read, written with docx-rs
//! (chosen: maintained, pure Rust, writes tables, headers, footers and page
//! fields that Word and LibreOffice Writer both render; its image support
//! is left out). A4, the round in the page header, "sida x av y" in the
//! footer, a heading, the introduction, and a real table whose bold
//! header row repeats on every page and whose rows never split across a
//! page; a line break in a cell is a line break. The page, styles, lists
//! and package are `docx_page`'s.

use docx_rs::{Docx, LineSpacing, Paragraph, Table, TableCell, TableRow, WidthType};

use crate::documents::blocks::Listing;
use crate::documents::formats::docx_page::{
    MARGIN, Page, heading, list_item, pack, page, runs, styled,
};

/// A4 in twentieths of a point.
const A4: (u32, u32) = (11_906, 16_838);

/// A listing as a Word document; `p` names the round in the page header
/// and gives the document its title and author.
pub fn listing_docx(l: &Listing, p: &Page) -> Result<Vec<u8>, String> {
    let total: f64 = l.widths.iter().sum::<f64>().max(1.0);
    let landscape = total > 100.0;
    let (w, h) = if landscape { (A4.1, A4.0) } else { A4 };
    let usable = (w as i32 - 2 * MARGIN) as f64;
    // Each column as wide as its longest word at 11 pt in the widest
    // fallback font, DejaVu Sans where Calibri is missing (so no word breaks
    // inside, "kokainberoende" in a narrow column included), the rest of
    // the page shared as the listing's widths say.
    let need = word_widths(&l.header, &l.rows, 11.0);
    let widths = fit_each(&l.widths, &need, usable);
    // The header row is kept with the first row below it: no page ends on
    // a header alone.
    let head_row = TableRow::new(
        l.header
            .iter()
            .enumerate()
            .map(|(i, t)| {
                TableCell::new()
                    .add_paragraph(runs(t, true, None).keep_next(true))
                    .width(widths.get(i).copied().unwrap_or(1_000), WidthType::Dxa)
            })
            .collect(),
    )
    .cant_split();
    let mut rows = vec![head_row];
    for r in &l.rows {
        rows.push(
            TableRow::new(
                r.iter()
                    .enumerate()
                    .map(|(i, t)| {
                        TableCell::new()
                            .add_paragraph(runs(t, false, None))
                            .width(widths.get(i).copied().unwrap_or(1_000), WidthType::Dxa)
                    })
                    .collect(),
            )
            .cant_split(),
        );
    }
    let table = Table::new(rows).set_grid(widths.clone());
    let mut doc = page(styled(Docx::new()).page_size(w, h), &p.header)
        .add_paragraph(heading(&l.title, 1))
        .add_paragraph(runs(&l.intro, false, None).keep_next(true));
    if landscape {
        doc = doc.page_orient(docx_rs::PageOrientationType::Landscape);
    }
    let doc = if l.rows.is_empty() {
        doc.add_paragraph(runs("(Inga rader.)", false, None))
    } else {
        doc.add_table(table)
    };
    pack(doc, p, &l.title)
}

/// A word's width in twentieths of a point at `pt` in DejaVu Sans, the
/// widest of the fonts LibreOffice falls back to where Calibri is missing
/// (advance widths in ems, rounded up; bold about 10 % wider).
fn word_twips(word: &str, pt: f64, bold: bool) -> f64 {
    let ems: f64 = word
        .chars()
        .map(|c| match c {
            'i' | 'j' | 'l' | '.' | ',' | ':' | ';' | '\'' | '!' | '|' => 0.30,
            'f' | 't' | 'r' | '(' | ')' | '-' | '–' | ' ' => 0.42,
            'm' | 'w' | 'M' | 'W' => 1.0,
            c if c.is_uppercase() => 0.76,
            _ => 0.64,
        })
        .sum();
    ems * pt * 20.0 * if bold { 1.1 } else { 1.0 }
}

/// Each column's longest word (the bold header's or a cell's) in twentieths
/// of a point at `pt`, with the cell's margins.
fn word_widths(head: &[&str], rows: &[Vec<String>], pt: f64) -> Vec<f64> {
    let longest = |t: &str, bold: bool| {
        t.split_whitespace()
            .map(|w| word_twips(w, pt, bold))
            .fold(0.0, f64::max)
    };
    (0..head.len().max(1))
        .map(|c| {
            let head_word = longest(head.get(c).copied().unwrap_or(""), true);
            let cells = rows
                .iter()
                .map(|r| r.get(c).map_or(0.0, |t| longest(t, false)))
                .fold(0.0, f64::max);
            head_word.max(cells) + 230.0
        })
        .collect()
}

/// Widths that give each column at least its `need` (while the page has
/// room) and share what is left by `text`.
fn fit_each(text: &[f64], need: &[f64], usable: f64) -> Vec<usize> {
    let needed: f64 = need.iter().sum();
    if needed >= usable {
        // Not every longest word fits: the narrow columns (numbers, codes)
        // keep theirs whole and the widest give up what is missing, down to
        // one common cap (found by halving).
        let (mut lo, mut hi) = (0.0_f64, usable);
        for _ in 0..50 {
            let cap = (lo + hi) / 2.0;
            if need.iter().map(|w| w.min(cap)).sum::<f64>() > usable {
                hi = cap;
            } else {
                lo = cap;
            }
        }
        return need.iter().map(|w| w.min(lo) as usize).collect();
    }
    let rest = usable - needed;
    let total: f64 = text.iter().sum::<f64>().max(1.0);
    need.iter()
        .zip(text)
        .map(|(w, t)| (w + t / total * rest) as usize)
        .collect()
}

/// A document of headings, paragraphs and tables as Word (the moment-5
/// minutes); A4 portrait, the same page header and footer as a listing.
/// A paragraph just before a table or list stays on the page of its start.
pub fn blocks_docx(
    blocks: &[crate::documents::blocks::Block],
    p: &Page,
) -> Result<Vec<u8>, String> {
    use crate::documents::blocks::Block;
    let (w, h) = A4;
    let usable = (w as i32 - 2 * MARGIN) as usize;
    let mut doc = page(styled(Docx::new()).page_size(w, h), &p.header);
    for (i, b) in blocks.iter().enumerate() {
        let leads_in = matches!(
            blocks.get(i + 1),
            Some(Block::Table(..) | Block::Item(_) | Block::SubItem(_))
        );
        doc = match b {
            Block::Heading(t) => doc.add_paragraph(heading(t, if i == 0 { 1 } else { 2 })),
            Block::Para(t) => doc.add_paragraph(
                runs(t, false, None)
                    .line_spacing(LineSpacing::new().after(120))
                    .keep_next(leads_in),
            ),
            Block::Item(t) => doc.add_paragraph(list_item(t, 0)),
            Block::SubItem(t) => doc.add_paragraph(list_item(t, 1)),
            Block::Table(head, rows) => {
                let n = head.len().max(1);
                // Each column as wide as its longest word (a header never
                // breaks inside "Förstaplatser"), the rest shared by how
                // much text a column holds: the need's title gets the most.
                // 10 pt, bold, in the widest fallback font.
                let need = word_widths(head, rows, 10.0);
                let text: Vec<f64> = (0..n)
                    .map(|c| {
                        let total: usize = rows
                            .iter()
                            .map(|r| r.get(c).map_or(0, |t| t.chars().count()))
                            .sum();
                        (total as f64 / rows.len().max(1) as f64).max(1.0)
                    })
                    .collect();
                let widths = fit_each(&text, &need, usable as f64);
                let cell = |t: &str, c: usize, bold: bool| {
                    TableCell::new()
                        .add_paragraph(runs(t, bold, Some(20)).keep_next(bold))
                        .width(widths[c], WidthType::Dxa)
                };
                let mut trs = vec![
                    TableRow::new(
                        head.iter()
                            .enumerate()
                            .map(|(c, t)| cell(t, c, true))
                            .collect(),
                    )
                    .cant_split(),
                ];
                for r in rows {
                    trs.push(
                        TableRow::new(
                            r.iter()
                                .enumerate()
                                .take(n)
                                .map(|(c, t)| cell(t, c, false))
                                .collect(),
                        )
                        .cant_split(),
                    );
                }
                doc.add_table(Table::new(trs).set_grid(widths.clone()))
                    .add_paragraph(Paragraph::new())
            }
        };
    }
    let title = blocks.iter().find_map(|b| match b {
        Block::Heading(t) => Some(t.as_str()),
        _ => None,
    });
    pack(doc, p, title.unwrap_or(&p.header))
}

#[cfg(test)]
mod tests {
    use super::fit_each;

    #[test]
    fn each_column_gets_its_longest_word_and_text_shares_the_rest() {
        // Plats, Nr, Kunskapsbehov, Poäng, Förstaplatser on A4 portrait.
        let need = [1_230.0, 1_105.0, 2_105.0, 855.0, 1_855.0];
        let text = [2.0, 6.0, 40.0, 2.0, 1.0];
        let w = fit_each(&text, &need, 9_638.0);
        assert!(w.iter().sum::<usize>() <= 9_638, "{w:?}");
        assert!(
            w.iter().zip(need).all(|(w, n)| *w as f64 >= n - 1.0),
            "{w:?}"
        );
        assert!(w[2] > 3 * w[0], "the title takes what is left: {w:?}");
        // Too many long words for the page: equal parts of it.
        let w = fit_each(&[1.0; 3], &[6_000.0; 3], 9_000.0);
        assert!(
            w.iter().sum::<usize>() <= 9_000 && w.iter().all(|c| c.abs_diff(3_000) <= 1),
            "{w:?}"
        );
        // A narrow column keeps its word whole; the wide ones give way.
        let w = fit_each(&[1.0; 3], &[1_000.0, 6_000.0, 6_000.0], 9_000.0);
        assert_eq!(w[0], 1_000, "{w:?}");
        assert!(
            w[1].abs_diff(4_000) <= 1 && w.iter().sum::<usize>() <= 9_000,
            "{w:?}"
        );
    }

    #[test]
    fn a_column_is_as_wide_as_its_longest_word() {
        let rows = vec![vec![
            "HAL-03".to_string(),
            "Vuxna med kokainberoende".to_string(),
        ]];
        let w = super::word_widths(&["Nr", "Målgrupp"], &rows, 11.0);
        // "kokainberoende" is wider than the bold "Målgrupp", "HAL-03"
        // than "Nr"; capitals are wider than small letters.
        assert!(
            w[1] > super::word_twips("Målgrupp", 11.0, true) + 230.0,
            "{w:?}"
        );
        assert_eq!(
            w[1],
            super::word_twips("kokainberoende", 11.0, false) + 230.0
        );
        assert_eq!(w[0], super::word_twips("HAL-03", 11.0, false) + 230.0);
        assert!(super::word_twips("SKÅ", 10.0, false) > super::word_twips("ska", 10.0, false));
    }
}
