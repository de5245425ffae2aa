//! The tally as an xlsx workbook for the minutes: one sheet per stage with a
//! formatted table, print setup (landscape, fit to width, header row
//! repeated on every page) and a bar chart of the result.

use rust_xlsxwriter::{Chart, ChartType, Format, Table, TableColumn, Workbook, XlsxError};

use crate::documents::cell_text;
use crate::documents::tally_out::{CONTESTED_NOTE, TallyReport, rows};
use crate::domain::priority::Stage;

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
    let (ballots, eligible) = match stage {
        Stage::Pick => (report.pick.ballots, report.pick.eligible),
        Stage::Rank => (
            report.rank.as_ref().map_or(0, |r| r.ballots),
            report.present.len(),
        ),
    };
    ws.write_string(
        1,
        0,
        format!(
            "{} av {eligible} närvarande.{}",
            crate::domain::swedish::count(ballots, "valsedel", "valsedlar"),
            if stage == Stage::Rank {
                format!(" {CONTESTED_NOTE}")
            } else {
                String::new()
            }
        ),
    )?;
    let first = 3u32;
    let wrap = Format::new()
        .set_text_wrap()
        .set_align(rust_xlsxwriter::FormatAlign::Top);
    let widths = [16.0, 9.0, 60.0, 9.0, 12.0, 14.0, 8.0, 11.0];
    for (r, row) in body.iter().enumerate() {
        let r = first + 1 + r as u32;
        let mut texts: Vec<(String, f64)> = vec![];
        for (c, cell) in row.iter().enumerate() {
            // Counts, places, means and shares are numbers (for sorting and
            // the chart); everything else is text, never a formula.
            match crate::documents::formats::xlsx_style::number(header[c], cell) {
                Some((v, fmt)) => {
                    let f = Format::new()
                        .set_num_format(fmt)
                        .set_align(rust_xlsxwriter::FormatAlign::Top);
                    ws.write_number_with_format(r, c as u16, v, &f)?;
                }
                None => {
                    let text = crate::documents::doc_text(cell);
                    ws.write_string_with_format(r, c as u16, &text, &wrap)?;
                    texts.push((text, widths.get(c).copied().unwrap_or(12.0)));
                }
            }
        }
        let h = crate::documents::formats::xlsx_style::row_height(
            texts.iter().map(|(t, w)| (t.as_str(), *w)),
        );
        if h > 15.0 {
            ws.set_row_height(r, h)?;
        }
    }
    let last = first + body.len().max(1) as u32;
    let bold = crate::documents::formats::xlsx_style::header_format();
    let columns: Vec<TableColumn> = header
        .iter()
        .map(|h| TableColumn::new().set_header(*h).set_header_format(&bold))
        .collect();
    ws.add_table(
        first,
        0,
        last,
        header.len() as u16 - 1,
        &Table::new().set_columns(&columns),
    )?;
    for (c, w) in widths.iter().take(header.len()).enumerate() {
        ws.set_column_width(c as u16, *w)?;
    }
    crate::documents::formats::xlsx_style::page_setup(
        ws,
        &format!("Prioritering – {}", report.area),
        true,
    )?;
    ws.set_repeat_rows(first, first)?;
    ws.set_freeze_panes(first + 1, 0)?;

    let value_col = 3;
    // The rows are in order of their value: the chart shows those with a
    // value; the needs without are named once under the table instead.
    let value = |row: &Vec<String>| {
        row.get(value_col as usize)
            .and_then(|v| v.trim().parse::<f64>().ok())
            .unwrap_or(0.0)
    };
    let shown = body.iter().take_while(|row| value(row) > 0.0).count() as u32;
    let without: Vec<&str> = body
        .iter()
        .skip(shown as usize)
        .filter(|row| value(row) <= 0.0)
        .filter_map(|row| row.get(1).map(String::as_str))
        .collect();
    let shown = if shown as usize + without.len() == body.len() {
        shown
    } else {
        body.len() as u32
    };
    if !without.is_empty() && shown as usize + without.len() == body.len() {
        ws.write_string(
            last + 2,
            0,
            format!(
                "{} (inte med i diagrammet): {}",
                if stage == Stage::Pick {
                    "Utan val"
                } else {
                    "Utan poäng"
                },
                crate::documents::doc_text(&without.join(", "))
            ),
        )?;
    }
    if shown > 0 {
        // The bars as high as they need.
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
        if stage == Stage::Pick {
            // Counts: whole-number steps.
            chart.x_axis().set_major_unit(1.0);
        }
        chart.legend().set_hidden();
        chart.set_height((120 + 18 * shown).min(4000));
        ws.insert_chart(first, header.len() as u16 + 1, &chart)?;
    }
    Ok(())
}
