//! Word documents (.docx) for what people read, written with docx-rs
//! (chosen: maintained, pure Rust, writes tables, headers, footers and page
//! fields that Word and LibreOffice Writer both render; its image support
//! is left out). A4, the round in the page header, "sida x av y" in the
//! footer, a heading, the introduction, and a real table whose header row
//! is bold; a line break in a cell is a line break.

use docx_rs::{
    AlignmentType, BreakType, Docx, Footer, Header, LineSpacing, NumPages, PageNum, Paragraph, Run,
    RunFonts, SpecialIndentType, Style, StyleType, Table, TableCell, TableRow, WidthType,
};

use super::lists::Listing;

/// A4 in twentieths of a point.
const A4: (u32, u32) = (11_906, 16_838);
/// Margins of 2 cm.
const MARGIN: i32 = 1_134;

/// Runs for a text that may hold line breaks.
fn runs(text: &str, bold: bool, size: Option<usize>) -> Paragraph {
    let clean = super::doc_text(text);
    let mut p = Paragraph::new();
    for (i, line) in clean.split('\n').enumerate() {
        let mut r = Run::new();
        if i > 0 {
            r = r.add_break(BreakType::TextWrapping);
        }
        r = r.add_text(line);
        if bold {
            r = r.bold();
        }
        if let Some(s) = size {
            r = r.size(s);
        }
        p = p.add_run(r);
    }
    p
}

/// A listing as a Word document; `header` names the round in the page header.
pub fn listing_docx(l: &Listing, header: &str) -> Result<Vec<u8>, String> {
    let total: f64 = l.widths.iter().sum::<f64>().max(1.0);
    let landscape = total > 100.0;
    let (w, h) = if landscape { (A4.1, A4.0) } else { A4 };
    let usable = (w as i32 - 2 * MARGIN) as f64;
    let widths = fit(&l.widths, usable, 1_100.0);
    let head_row = TableRow::new(
        l.header
            .iter()
            .enumerate()
            .map(|(i, t)| {
                TableCell::new()
                    .add_paragraph(runs(t, true, None))
                    .width(widths.get(i).copied().unwrap_or(1_000), WidthType::Dxa)
            })
            .collect(),
    );
    let mut rows = vec![head_row];
    for r in &l.rows {
        rows.push(TableRow::new(
            r.iter()
                .enumerate()
                .map(|(i, t)| {
                    TableCell::new()
                        .add_paragraph(runs(t, false, None))
                        .width(widths.get(i).copied().unwrap_or(1_000), WidthType::Dxa)
                })
                .collect(),
        ));
    }
    let table = Table::new(rows).set_grid(widths.clone());
    let mut doc = page(styled(Docx::new()).page_size(w, h), header)
        .add_paragraph(heading(&l.title, 1))
        .add_paragraph(runs(&l.intro, false, None));
    if landscape {
        doc = doc.page_orient(docx_rs::PageOrientationType::Landscape);
    }
    let doc = if l.rows.is_empty() {
        doc.add_paragraph(runs("(Inga rader.)", false, None))
    } else {
        doc.add_table(table)
    };
    pack(doc)
}

/// Column widths in twentieths of a point: shares of the page, none
/// narrower than `min` (so "DAL-01" does not break) and all together no
/// wider than the page (the widest give up what the narrow ones need).
pub fn fit(shares: &[f64], usable: f64, min: f64) -> Vec<usize> {
    let n = shares.len().max(1);
    let min = min.min(usable / n as f64);
    let mut narrow = vec![false; shares.len()];
    loop {
        let free = usable - min * narrow.iter().filter(|x| **x).count() as f64;
        let share: f64 = (0..shares.len())
            .filter(|i| !narrow[*i])
            .map(|i| shares[i])
            .sum::<f64>()
            .max(f64::MIN_POSITIVE);
        let more: Vec<usize> = (0..shares.len())
            .filter(|i| !narrow[*i] && shares[*i] / share * free < min)
            .collect();
        if more.is_empty() {
            return (0..shares.len())
                .map(|i| {
                    if narrow[i] {
                        min as usize
                    } else {
                        (shares[i] / share * free) as usize
                    }
                })
                .collect();
        }
        for i in more {
            narrow[i] = true;
        }
    }
}

/// Widths that give each column at least its `need` (while the page has
/// room) and share what is left by `text`.
fn fit_each(text: &[f64], need: &[f64], usable: f64) -> Vec<usize> {
    let needed: f64 = need.iter().sum();
    if needed >= usable {
        return need
            .iter()
            .map(|w| (w / needed * usable) as usize)
            .collect();
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
pub fn blocks_docx(blocks: &[super::blocks::Block], header: &str) -> Result<Vec<u8>, String> {
    use super::blocks::Block;
    let (w, h) = A4;
    let usable = (w as i32 - 2 * MARGIN) as usize;
    let mut doc = page(styled(Docx::new()).page_size(w, h), header);
    for (i, b) in blocks.iter().enumerate() {
        doc = match b {
            Block::Heading(t) => doc.add_paragraph(heading(t, if i == 0 { 1 } else { 2 })),
            Block::Para(t) => {
                doc.add_paragraph(runs(t, false, None).line_spacing(LineSpacing::new().after(120)))
            }
            Block::Item(t) => doc.add_paragraph(item(&format!("• {t}"), 360)),
            Block::SubItem(t) => doc.add_paragraph(item(&format!("– {t}"), 720)),
            Block::Table(head, rows) => {
                let n = head.len().max(1);
                // Each column as wide as its longest word (a header never
                // breaks inside "Förstaplatser"), the rest shared by how
                // much text a column holds: the need's title gets the most.
                let longest_word = |t: &str| {
                    t.split_whitespace()
                        .map(|w| w.chars().count())
                        .max()
                        .unwrap_or(0)
                };
                let need: Vec<f64> = (0..n)
                    .map(|c| {
                        let head_word = longest_word(head.get(c).copied().unwrap_or(""));
                        let cells = rows
                            .iter()
                            .map(|r| r.get(c).map_or(0, |t| longest_word(t)))
                            .max()
                            .unwrap_or(0);
                        // 10 pt, bold, in the widest fallback font.
                        (head_word.max(cells) * 140 + 230) as f64
                    })
                    .collect();
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
                        .add_paragraph(runs(t, bold, Some(20)))
                        .width(widths[c], WidthType::Dxa)
                };
                let mut trs = vec![TableRow::new(
                    head.iter()
                        .enumerate()
                        .map(|(c, t)| cell(t, c, true))
                        .collect(),
                )];
                for r in rows {
                    trs.push(TableRow::new(
                        r.iter()
                            .enumerate()
                            .take(n)
                            .map(|(c, t)| cell(t, c, false))
                            .collect(),
                    ));
                }
                doc.add_table(Table::new(trs).set_grid(widths.clone()))
                    .add_paragraph(Paragraph::new())
            }
        };
    }
    pack(doc)
}

/// A list item's paragraph, indented `left` twentieths of a point; its
/// wrapped lines hang under the text, not under the bullet.
fn item(text: &str, left: i32) -> Paragraph {
    runs(text, false, None)
        .indent(
            Some(left),
            Some(SpecialIndentType::Hanging(240)),
            None,
            None,
        )
        .line_spacing(LineSpacing::new().after(60))
}

/// A heading in Word's own heading styles (the navigation pane and a table
/// of contents find them): level 1 the document's title, 2 its sections.
fn heading(text: &str, level: usize) -> Paragraph {
    runs(text, false, None).style(&format!("Heading{level}"))
}

/// The document's font and the two heading styles.
fn styled(doc: Docx) -> Docx {
    let font = RunFonts::new()
        .ascii("Calibri")
        .hi_ansi("Calibri")
        .cs("Calibri");
    let h = |level: usize, size: usize| {
        Style::new(format!("Heading{level}"), StyleType::Paragraph)
            .name(format!("heading {level}"))
            .based_on("Normal")
            .next("Normal")
            .size(size)
            .bold()
            .color("1F4E79")
            .outline_lvl(level - 1)
            .line_spacing(LineSpacing::new().before(240).after(120))
    };
    doc.default_fonts(font)
        .default_size(22)
        .add_style(h(1, 32))
        .add_style(h(2, 26))
}

/// Margins, the page header and the "sida x av y" footer.
fn page(doc: Docx, header: &str) -> Docx {
    doc.page_margin(
        docx_rs::PageMargin::new()
            .top(MARGIN)
            .bottom(MARGIN)
            .left(MARGIN)
            .right(MARGIN),
    )
    .header(Header::new().add_paragraph(runs(header, false, Some(18))))
    .footer(
        Footer::new().add_paragraph(
            Paragraph::new()
                .align(AlignmentType::Center)
                .add_run(Run::new().add_text("sida ").size(18))
                .add_page_num(PageNum::new())
                .add_run(Run::new().add_text(" av ").size(18))
                .add_num_pages(NumPages::new()),
        ),
    )
}

fn pack(doc: Docx) -> Result<Vec<u8>, String> {
    let mut buf = std::io::Cursor::new(vec![]);
    doc.build()
        .pack(&mut buf)
        .map_err(|e| format!("Word-dokumentet kunde inte skapas: {e}"))?;
    Ok(buf.into_inner())
}

#[cfg(test)]
mod tests {
    use super::{fit, fit_each};

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
        // Too many long words for the page: shares of it.
        let w = fit_each(&[1.0; 3], &[6_000.0; 3], 9_000.0);
        assert!(
            w.iter().sum::<usize>() <= 9_000 && w.iter().all(|c| *c == 3_000),
            "{w:?}"
        );
    }

    #[test]
    fn columns_fit_the_page_and_none_is_too_narrow() {
        // The hand-over's twelve columns on A4 landscape.
        let shares = [
            16.0, 9.0, 30.0, 60.0, 20.0, 30.0, 36.0, 16.0, 16.0, 8.0, 12.0, 6.0,
        ];
        let w = fit(&shares, 14_570.0, 1_100.0);
        assert!(w.iter().sum::<usize>() <= 14_570, "{w:?}");
        assert!(w.iter().all(|c| *c >= 1_100), "{w:?}");
        assert!(w[3] > w[2] && w[2] > w[0], "wider shares stay wider: {w:?}");
        // More columns than the page holds at the minimum: equal parts.
        let w = fit(&[1.0; 20], 10_000.0, 1_100.0);
        assert!(w.iter().sum::<usize>() <= 10_000 && w.iter().all(|c| *c == 500));
    }
}
