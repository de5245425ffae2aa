//! Word documents (.docx) for what people read, written with docx-rs
//! (chosen: maintained, pure Rust, writes tables, headers, footers and page
//! fields that Word and LibreOffice Writer both render; its image support
//! is left out). A4, the round in the page header, "sida x av y" in the
//! footer, a heading, the introduction, and a real table whose header row
//! is bold; a line break in a cell is a line break.

use docx_rs::{
    AlignmentType, BreakType, Docx, Footer, Header, NumPages, PageNum, Paragraph, Run, Table,
    TableCell, TableRow, WidthType,
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
    // Shares of the page, but never so narrow that "DAL-01" breaks.
    let widths: Vec<usize> = l
        .widths
        .iter()
        .map(|c| ((c / total * usable) as usize).max(1_100))
        .collect();
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
    let mut doc = page(Docx::new().page_size(w, h), header)
        .add_paragraph(runs(&l.title, true, Some(32)))
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

/// A document of headings, paragraphs and tables as Word (the moment-5
/// minutes); A4 portrait, the same page header and footer as a listing.
pub fn blocks_docx(blocks: &[super::blocks::Block], header: &str) -> Result<Vec<u8>, String> {
    use super::blocks::Block;
    let (w, h) = A4;
    let usable = (w as i32 - 2 * MARGIN) as usize;
    let mut doc = page(Docx::new().page_size(w, h), header);
    for (i, b) in blocks.iter().enumerate() {
        doc = match b {
            Block::Heading(t) => {
                doc.add_paragraph(runs(t, true, Some(if i == 0 { 32 } else { 26 })))
            }
            Block::Para(t) => doc.add_paragraph(runs(t, false, None)),
            Block::Item(t) => doc.add_paragraph(item(&format!("• {t}"), 360)),
            Block::SubItem(t) => doc.add_paragraph(item(&format!("– {t}"), 720)),
            Block::Table(head, rows) => {
                let n = head.len().max(1);
                // The widest column (the need's title) gets what the others leave.
                let narrow = (usable / (n + 2)).max(1_100);
                let widest = (0..n)
                    .max_by_key(|c| {
                        rows.iter()
                            .map(|r| r.get(*c).map_or(0, |t| t.chars().count()))
                            .sum::<usize>()
                    })
                    .unwrap_or(0);
                let widths: Vec<usize> = (0..n)
                    .map(|c| {
                        if c == widest {
                            usable.saturating_sub(narrow * (n - 1)).max(1_100)
                        } else {
                            narrow
                        }
                    })
                    .collect();
                let cell = |t: &str, c: usize, bold: bool| {
                    TableCell::new()
                        .add_paragraph(runs(t, bold, None))
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

/// A list item's paragraph, indented `left` twentieths of a point.
fn item(text: &str, left: i32) -> Paragraph {
    runs(text, false, None).indent(Some(left), None, None, None)
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
