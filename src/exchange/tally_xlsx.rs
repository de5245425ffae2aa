//! The tally as an xlsx workbook for the minutes: one sheet per stage with a
//! formatted table, print setup (landscape, fit to width, header row
//! repeated on every page) and a bar chart of the result.

use rust_xlsxwriter::{Chart, ChartType, Format, Table, TableColumn, Workbook, XlsxError};

use super::cell_text;
use super::tally_out::{CONTESTED_NOTE, TallyReport, rows};
use crate::domain::priority::Stage;

/// How many needs the chart shows (the table has them all).
const CHART_TOP: usize = 15;

/// The workbook's bytes. `None`: both stages when both exist.
pub fn xlsx(report: &TallyReport, stage: Option<Stage>) -> Result<Vec<u8>, String> {
    let stages = match stage {
        Some(s) => vec![s],
        None if report.rank.is_some() => vec![Stage::Pick, Stage::Rank],
        None => vec![Stage::Pick],
    };
    let mut wb = Workbook::new();
    for s in stages {
        sheet(&mut wb, report, s).map_err(|e| format!("xlsx kunde inte skapas: {e}"))?;
    }
    wb.save_to_buffer()
        .map_err(|e| format!("xlsx kunde inte skapas: {e}"))
}

fn sheet(wb: &mut Workbook, report: &TallyReport, stage: Stage) -> Result<(), XlsxError> {
    let (header, body) = rows(report, stage, false).map_err(XlsxError::ParameterError)?;
    let name = if stage == Stage::Pick {
        "Val"
    } else {
        "Rangordning"
    };
    let ws = wb.add_worksheet();
    ws.set_name(name)?;
    let bold = Format::new().set_bold().set_font_size(14);
    ws.write_string_with_format(
        0,
        0,
        format!(
            "Prioritering – {}: {}",
            cell_text(&report.area),
            if stage == Stage::Pick {
                "val"
            } else {
                "rangordning"
            }
        ),
        &bold,
    )?;
    if stage == Stage::Rank {
        ws.write_string(1, 0, CONTESTED_NOTE)?;
    }
    let first = 3u32;
    let wrap = Format::new()
        .set_text_wrap()
        .set_align(rust_xlsxwriter::FormatAlign::Top);
    for (r, row) in body.iter().enumerate() {
        let r = first + 1 + r as u32;
        for (c, cell) in row.iter().enumerate() {
            let c = c as u16;
            // Counts are numbers (for the chart); everything else is text, never a formula.
            let numeric = matches!(header[c as usize], "Val" | "Poäng" | "Förstaplatser");
            match cell.parse::<f64>() {
                Ok(v) if numeric => ws.write_number(r, c, v)?,
                _ => ws.write_string_with_format(r, c, cell_text(cell), &wrap)?,
            };
        }
    }
    let last = first + body.len().max(1) as u32;
    let columns: Vec<TableColumn> = header
        .iter()
        .map(|h| TableColumn::new().set_header(*h))
        .collect();
    ws.add_table(
        first,
        0,
        last,
        header.len() as u16 - 1,
        &Table::new().set_columns(&columns),
    )?;
    let widths = [16.0, 9.0, 60.0, 9.0, 12.0, 14.0, 8.0, 11.0];
    for (c, w) in widths.iter().take(header.len()).enumerate() {
        ws.set_column_width(c as u16, *w)?;
    }
    ws.set_landscape();
    ws.set_print_fit_to_pages(1, 0);
    ws.set_repeat_rows(first, first)?;
    ws.set_freeze_panes(first + 1, 0)?;

    if !body.is_empty() {
        let value_col = 3;
        let shown = body.len().min(CHART_TOP) as u32;
        let mut chart = Chart::new(ChartType::Bar);
        chart
            .add_series()
            .set_categories((name, first + 1, 1, first + shown, 1))
            .set_values((name, first + 1, value_col, first + shown, value_col))
            .set_name(if stage == Stage::Pick {
                "Val"
            } else {
                "Poäng"
            });
        chart.title().set_name(if stage == Stage::Pick {
            "Val per behov"
        } else {
            "Poäng per behov (Borda)"
        });
        chart.y_axis().set_reverse();
        chart.legend().set_hidden();
        ws.insert_chart(first, header.len() as u16 + 1, &chart)?;
    }
    Ok(())
}
