//! The empty ballot sheet to fill in (`lbk ballots template`): for the
//! picks a column per pick with dropdowns of the final compilation, for the
//! ranking one cell per person and the list to rank beside it. What comes
//! back is read by `imports::ballots`.

use rust_xlsxwriter::{DataValidation, Format, FormatAlign, Formula, Workbook, XlsxError};

use super::cell_text;
use crate::domain::Round;
use crate::domain::priority::Stage;

fn header_word(stage: Stage) -> &'static str {
    match stage {
        Stage::Pick => "Val",
        Stage::Rank => "Plats",
    }
}

/// The empty sheet: present representatives' names and, for the picks, one
/// column per pick with dropdowns of the valid needs; for the ranking one
/// cell each (see [`rank_template`]).
pub fn template(round: &Round, stage: Stage) -> Result<Vec<u8>, String> {
    build_template(round, stage).map_err(|e| format!("Mallen kunde inte skapas: {e}"))
}

/// The ranking's sheet: one cell per representative for the whole ranking
/// (rows of the final compilation or need numbers, best first, `;` between),
/// and the list to rank beside it with each need's row. A column per place
/// would be as many columns as the list is long.
fn rank_template(round: &Round) -> Result<Vec<u8>, XlsxError> {
    let p = &round.prioritization;
    let rows = round.final_compilation();
    let mut wb = Workbook::new();
    let bold = Format::new()
        .set_bold()
        .set_text_wrap()
        .set_align(FormatAlign::Top);
    let wrap = Format::new().set_text_wrap();
    let ws = wb.add_worksheet();
    ws.set_name("Valsedlar")?;
    ws.write_string_with_format(0, 0, "Representant", &bold)?;
    ws.write_string_with_format(0, 1, RANK_HEADER, &bold)?;
    for (r, name) in p.present.iter().enumerate() {
        ws.write_string(r as u32 + 1, 0, cell_text(name))?;
    }
    ws.set_column_width(0, 28)?;
    ws.set_column_width(1, 70)?;
    ws.set_row_height(0, 32)?;
    ws.set_freeze_panes(1, 1)?;
    ws.set_column_format(1, &wrap)?;
    super::formats::xlsx_style::page_setup(ws, "Rangordning", false)?;
    ws.set_repeat_rows(0, 0)?;
    let list = wb.add_worksheet();
    list.set_name("Listan")?;
    // "Rad" is the row on the final compilation everyone has in front of
    // them, the same number typed in the app or a chat; "i
    // sammanställningen" says why the list to rank does not run 1, 2, 3.
    for (c, h) in ["Rad i sammanställningen", "Nr", "Kunskapsbehov"]
        .iter()
        .enumerate()
    {
        list.write_string_with_format(0, c as u16, *h, &bold)?;
    }
    // In the order of the rows people are told to write.
    let mut listed: Vec<(usize, String)> = round
        .rank_candidates()
        .into_iter()
        .map(|number| {
            let row = rows
                .iter()
                .position(|n| n.number == number)
                .map_or(0, |i| i + 1);
            (row, number)
        })
        .collect();
    listed.sort();
    for (r, (row, number)) in listed.iter().enumerate() {
        let title = round
            .need(number)
            .map(|x| cell_text(&x.title))
            .unwrap_or_default();
        list.write_number(r as u32 + 1, 0, *row as f64)?;
        list.write_string(r as u32 + 1, 1, number)?;
        list.write_string(r as u32 + 1, 2, &title)?;
    }
    list.set_column_width(0, 14)?;
    list.set_row_height(0, 32)?;
    list.set_column_width(2, 70)?;
    super::formats::xlsx_style::page_setup(list, "Listan att rangordna", false)?;
    wb.save_to_buffer()
}

/// Which stage's sheet a header row is, as `template` writes it: None for
/// any other sheet. `lbk import` reads a ballot sheet by it.
pub fn stage_of_header(header: &[String]) -> Option<Stage> {
    let cell = |i: usize| header.get(i).map(|c| c.trim()).unwrap_or("");
    if !cell(0).eq_ignore_ascii_case("Representant") {
        return None;
    }
    if cell(1) == RANK_HEADER {
        Some(Stage::Rank)
    } else if cell(1).eq_ignore_ascii_case("Val 1") {
        Some(Stage::Pick)
    } else {
        None
    }
}

/// The ranking sheet's answer column: what to write and how.
pub const RANK_HEADER: &str =
    "Rangordning, bäst först (rad på bladet Listan eller nummer; semikolon emellan)";

fn build_template(round: &Round, stage: Stage) -> Result<Vec<u8>, XlsxError> {
    if stage == Stage::Rank {
        return rank_template(round);
    }
    let p = &round.prioritization;
    let columns = p.max_picks;
    let numbers: Vec<String> = round
        .final_compilation()
        .iter()
        .map(|n| n.number.clone())
        .collect();
    let mut wb = Workbook::new();
    let bold = Format::new().set_bold();
    let ws = wb.add_worksheet();
    ws.set_name("Valsedlar")?;
    ws.write_string_with_format(0, 0, "Representant", &bold)?;
    for c in 1..=columns {
        ws.write_string_with_format(0, c as u16, format!("{} {c}", header_word(stage)), &bold)?;
    }
    for (r, name) in p.present.iter().enumerate() {
        ws.write_string(r as u32 + 1, 0, cell_text(name))?;
    }
    ws.set_column_width(0, 28)?;
    ws.set_freeze_panes(1, 1)?;
    let last_row = p.present.len().max(1) as u32;
    if columns > 0 && !numbers.is_empty() {
        // The dropdown shows "GR-01 – title"; the import reads the number
        // and checks that the title agrees.
        let list_ref = format!("=Behov!$C$2:$C${}", numbers.len() + 1);
        let dv = DataValidation::new()
            .allow_list_formula(Formula::new(list_ref))
            .set_error_title("Okänt behov")?
            .set_error_message("Välj ett behov ur listan.")?;
        ws.add_data_validation(1, 1, last_row, columns as u16, &dv)?;
    }
    let list = wb.add_worksheet();
    list.set_name("Behov")?;
    list.write_string_with_format(0, 0, "Nr", &bold)?;
    list.write_string_with_format(0, 1, "Behov", &bold)?;
    list.write_string_with_format(0, 2, "I listan", &bold)?;
    for (r, n) in numbers.iter().enumerate() {
        let title = round
            .need(n)
            .map(|x| cell_text(&x.title))
            .unwrap_or_default();
        list.write_string(r as u32 + 1, 0, n)?;
        list.write_string(r as u32 + 1, 1, &title)?;
        list.write_string(r as u32 + 1, 2, format!("{n} – {title}"))?;
    }
    list.set_column_width(1, 70)?;
    list.set_column_width(2, 80)?;
    list.set_hidden(true);
    wb.save_to_buffer()
}
