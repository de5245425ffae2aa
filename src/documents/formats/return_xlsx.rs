//! A return form as a workbook an office program fills: the title and
//! what to do above a table named `Svar`, the party's columns shaded and
//! with dropdowns (lists on a hidden sheet), the form's identity as defined
//! names (`lbk_svar`, `lbk_part`, `lbk_omgang`, `lbk_skriven`) and as a
//! small line above the table, print set-up as every workbook lbk writes.

use rust_xlsxwriter::{
    DataValidation, Format, FormatAlign, Formula, Table, TableColumn, Workbook, XlsxError,
};

use crate::documents::cell_text;
use crate::documents::formats::xlsx_style::{header_format, page_setup, row_height};
use crate::documents::returns::form::{ReturnForm, SHEET_NAME, TABLE_NAME};

/// Row of the table's header (0-based): title, three lines, the id line.
pub const HEADER_ROW: u32 = 5;
/// Empty rows the table keeps below the given ones, for a row added.
const SPARE_ROWS: u32 = 20;

pub fn return_xlsx(form: &ReturnForm) -> Result<Vec<u8>, String> {
    build(form).map_err(|e| format!("xlsx kunde inte skapas: {e}"))
}

fn build(form: &ReturnForm) -> Result<Vec<u8>, XlsxError> {
    let mut wb = Workbook::new();
    let ws = wb.add_worksheet();
    ws.set_name(SHEET_NAME)?;
    ws.write_string_with_format(
        0,
        0,
        cell_text(&form.title),
        &Format::new().set_bold().set_font_size(14),
    )?;
    for (i, line) in form.intro.iter().take(3).enumerate() {
        ws.write_string(1 + i as u32, 0, cell_text(line))?;
    }
    ws.write_string_with_format(
        4,
        0,
        cell_text(&form.id_line()),
        &Format::new().set_font_size(8).set_font_color("#666666"),
    )?;
    let wrap = Format::new().set_text_wrap().set_align(FormatAlign::Top);
    let fill = Format::new()
        .set_text_wrap()
        .set_align(FormatAlign::Top)
        .set_background_color("#FFF6D5");
    let first = HEADER_ROW + 1;
    for (r, row) in form.rows.iter().enumerate() {
        let at = first + r as u32;
        for (c, col) in form.columns.iter().enumerate() {
            let v = row.get(c).map(String::as_str).unwrap_or("");
            let f = if col.answer { &fill } else { &wrap };
            ws.write_string_with_format(at, c as u16, cell_text(v), f)?;
        }
        let h = row_height(
            row.iter()
                .zip(&form.columns)
                .map(|(v, col)| (v.as_str(), col.width)),
        );
        if h > 15.0 {
            ws.set_row_height(at, h)?;
        }
    }
    let last = first + form.rows.len() as u32 + SPARE_ROWS - 1;
    for r in first + form.rows.len() as u32..=last {
        for (c, col) in form.columns.iter().enumerate() {
            if col.answer {
                ws.write_blank(r, c as u16, &fill)?;
            }
        }
    }
    let bold = header_format();
    let cols: Vec<TableColumn> = form
        .columns
        .iter()
        .map(|c| {
            TableColumn::new()
                .set_header(c.header)
                .set_header_format(&bold)
        })
        .collect();
    let table = Table::new().set_name(TABLE_NAME).set_columns(&cols);
    ws.add_table(HEADER_ROW, 0, last, form.columns.len() as u16 - 1, &table)?;
    for (c, col) in form.columns.iter().enumerate() {
        ws.set_column_width(c as u16, col.width)?;
    }
    ws.set_freeze_panes(first, 0)?;
    page_setup(ws, &form.title, true)?;
    ws.set_repeat_rows(HEADER_ROW, HEADER_ROW)?;

    let lists: Vec<(usize, &Vec<&str>)> = form
        .columns
        .iter()
        .enumerate()
        .filter(|(_, c)| !c.words.is_empty())
        .map(|(i, c)| (i, &c.words))
        .collect();
    for (k, (col, words)) in lists.iter().enumerate() {
        let letter = char::from(b'A' + k as u8);
        let formula = format!("=Listor!${letter}$2:${letter}${}", words.len() + 1);
        let dv = DataValidation::new()
            .allow_list_formula(Formula::new(formula))
            .set_error_title("Välj i listan")?
            .set_error_message(format!(
                "Välj ett av orden i listan för {}: {}.",
                form.columns[*col].header,
                words.join(", ")
            ))?;
        ws.add_data_validation(first, *col as u16, last, *col as u16, &dv)?;
    }
    if !lists.is_empty() {
        let hidden = wb.add_worksheet();
        hidden.set_name("Listor")?;
        for (k, (col, words)) in lists.iter().enumerate() {
            hidden.write_string(0, k as u16, form.columns[*col].header)?;
            for (r, w) in words.iter().enumerate() {
                hidden.write_string(r as u32 + 1, k as u16, *w)?;
            }
        }
        hidden.set_hidden(true);
    }
    let quoted = |s: &str| format!("=\"{}\"", cell_text(s).replace('"', ""));
    wb.define_name("lbk_svar", &quoted(form.kind.code()))?;
    wb.define_name("lbk_part", &quoted(&form.party))?;
    wb.define_name("lbk_omgang", &quoted(&form.round))?;
    wb.define_name("lbk_skriven", &quoted(&form.written.to_string()))?;
    wb.save_to_buffer()
}
