//! Simple lists as documents: the candidate areas to send before the NSK-S
//! meeting, and the kick-off list of earlier rounds' knowledge gaps. Each as
//! Markdown and as an xlsx table ready to print.

use std::fmt::Write as _;

use rust_xlsxwriter::{Format, FormatAlign, Table, TableColumn, Workbook, XlsxError};

use crate::documents::{cell_text, doc_text};
use crate::domain::Round;
use crate::meeting::moment2::PastGap;

/// A titled table: the shape both lists share.
pub struct Listing {
    pub title: String,
    pub intro: String,
    pub header: Vec<&'static str>,
    pub widths: Vec<f64>,
    pub rows: Vec<Vec<String>>,
}

pub fn candidates(round: &Round) -> Listing {
    // The NSK-S meeting's date, when the timeline has it.
    let date = round
        .moment_record(crate::domain::Moment::ValAvOmrade)
        .and_then(|m| m.planned.or(m.started))
        .map(|d| format!(" den {d}"))
        .unwrap_or_default();
    Listing {
        title: "Kandidatområden inför val av verksamhetsområde".into(),
        intro: format!(
            "Lokala representanter i NSK-S väljer ett av områdena vid mötet{date} (moment 1)."
        ),
        header: vec!["Verksamhetsområde", "Beskrivning"],
        widths: vec![36.0, 90.0],
        rows: round
            .area_choice
            .candidates
            .iter()
            .map(|c| vec![c.name.clone(), c.description.clone()])
            .collect(),
    }
}

pub fn kickoff(gaps: &[PastGap]) -> Listing {
    Listing {
        title: "Kunskapsluckor som tidigare omgångar prioriterat".into(),
        intro: "Till uppstartsmötet för moment 2: vad tidigare omgångar lyfte och vad som återkopplades.".into(),
        header: vec!["Omgång", "Plats", "Nr", "Kunskapslucka", "Återkoppling", "Framtagen kunskap"],
        widths: vec![24.0, 16.0, 9.0, 50.0, 50.0, 40.0],
        rows: gaps
            .iter()
            .map(|g| {
                vec![
                    g.round_area.clone(),
                    g.place.clone(),
                    g.number.clone(),
                    g.title.clone(),
                    g.feedback.clone(),
                    g.produced.join("; "),
                ]
            })
            .collect(),
    }
}

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

/// Writes `<dir>/<stem>.md` and `.xlsx`; returns the paths.
pub fn write(
    l: &Listing,
    dir: &std::path::Path,
    stem: &str,
) -> Result<Vec<std::path::PathBuf>, String> {
    std::fs::create_dir_all(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
    let md = dir.join(format!("{stem}.md"));
    let xl = dir.join(format!("{stem}.xlsx"));
    crate::documents::write_export(&md, markdown(l))?;
    crate::documents::write_export(&xl, xlsx(l)?)?;
    Ok(vec![md, xl])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_candidate_list_names_the_meetings_date_when_it_is_planned() {
        let mut r = Round::new("X", crate::domain::ModelVariant::V2, 2026);
        let date: jiff::civil::Date = "2026-03-10".parse().unwrap();
        r.plan_moment(
            crate::domain::Moment::ValAvOmrade,
            date,
            jiff::Timestamp::UNIX_EPOCH,
        )
        .unwrap();
        assert!(candidates(&r).intro.contains("vid mötet den 2026-03-10"));
    }
}
