//! A `Listing` as Markdown and as an xlsx table ready to print: the
//! header row repeated on every page, numbers as numbers, rows as high as
//! their wrapped text.

use std::fmt::Write as _;

use rust_xlsxwriter::{Format, FormatAlign, Table, TableColumn, Workbook, XlsxError};

use crate::documents::blocks::Listing;
use crate::documents::{cell_text, doc_text};

pub fn markdown(l: &Listing) -> String {
    let esc = crate::documents::md_text;
    let mut out = format!(
        "# {}\n\n{}\n\n| {} |\n|{}|\n",
        esc(&l.title),
        esc(&l.intro),
        l.header.join(" | "),
        l.header.iter().map(|_| "---").collect::<Vec<_>>().join("|")
    );
    for r in &l.rows {
        let _ = writeln!(
            out,
            "| {} |",
            r.iter().map(|c| esc(c)).collect::<Vec<_>>().join(" | ")
        );
    }
    if l.rows.is_empty() {
        out.push_str("\n(Inga rader.)\n");
    }
    out
}

pub fn xlsx(l: &Listing) -> Result<Vec<u8>, String> {
    build(l).map_err(|e| format!("xlsx kunde inte skapas: {e}"))
}

fn build(l: &Listing) -> Result<Vec<u8>, XlsxError> {
    use crate::documents::formats::xlsx_style::{header_format, number, page_setup, row_height};
    let mut wb = Workbook::new();
    let ws = wb.add_worksheet();
    ws.set_name("Lista")?;
    ws.write_string_with_format(
        0,
        0,
        cell_text(&l.title),
        &Format::new().set_bold().set_font_size(14),
    )?;
    ws.write_string(1, 0, cell_text(&l.intro))?;
    let wrap = Format::new().set_text_wrap().set_align(FormatAlign::Top);
    let first = 3u32;
    let width = |c: usize| l.widths.get(c).copied().unwrap_or(12.0);
    for (r, row) in l.rows.iter().enumerate() {
        let at = first + 1 + r as u32;
        let mut texts: Vec<(String, f64)> = vec![];
        for (c, cell) in row.iter().enumerate() {
            let header = l.header.get(c).copied().unwrap_or("");
            match number(header, cell) {
                Some((v, fmt)) => {
                    let f = Format::new()
                        .set_num_format(fmt)
                        .set_align(FormatAlign::Top);
                    ws.write_number_with_format(at, c as u16, v, &f)?;
                }
                None => {
                    let text = doc_text(cell);
                    ws.write_string_with_format(at, c as u16, &text, &wrap)?;
                    texts.push((text, width(c)));
                }
            }
        }
        let h = row_height(texts.iter().map(|(t, w)| (t.as_str(), *w)));
        if h > 15.0 {
            ws.set_row_height(at, h)?;
        }
    }
    let bold = header_format();
    let cols: Vec<TableColumn> = l
        .header
        .iter()
        .map(|h| TableColumn::new().set_header(*h).set_header_format(&bold))
        .collect();
    ws.add_table(
        first,
        0,
        first + l.rows.len().max(1) as u32,
        l.header.len() as u16 - 1,
        &Table::new().set_columns(&cols),
    )?;
    for (c, w) in l.widths.iter().enumerate() {
        ws.set_column_width(c as u16, *w)?;
    }
    let wide = l.widths.iter().sum::<f64>() > 100.0;
    page_setup(ws, &l.title, wide)?;
    ws.set_repeat_rows(first, first)?;
    wb.save_to_buffer()
}
