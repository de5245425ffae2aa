//! Moment 6's view: the prioritised needs (the derived ranking) with each
//! actor's receipt, the selected need in full, and the coordination notes.

use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{
    Block, Borders, Paragraph, Row, StatefulWidget, Table, TableState, Widget, Wrap,
};

use super::m5_panes::place_text;
use crate::domain::Round;
use crate::meeting::assign::{Source, handed_to};
use crate::tui::view::View;
use crate::tui::widgets::columns::{Col, constraints};
use crate::tui::widgets::{date_or_dash, need_title, safe, window_start};

/// Who has received the need, and how far they have come.
fn receipts(r: &Round, number: &str) -> String {
    r.handovers
        .iter()
        .find(|h| h.need == number)
        .map(|h| {
            h.receipts
                .iter()
                .map(|x| {
                    format!(
                        "{}: {} {}",
                        safe(&x.actor),
                        x.state.label(),
                        date_or_dash(x.date)
                    )
                })
                .collect::<Vec<_>>()
                .join("; ")
        })
        .filter(|s| !s.is_empty())
        .unwrap_or_else(|| "ännu inte mottaget".into())
}

/// Each receipt in full: state, who is responsible, how and when, and the
/// returned file it was read from.
fn receipt_detail(r: &Round, number: &str) -> String {
    let Some(h) = r.handovers.iter().find(|h| h.need == number) else {
        return "ännu inte mottaget".into();
    };
    let all: Vec<String> = h
        .receipts
        .iter()
        .map(|x| {
            let mut parts = vec![format!("{} {}", x.state.label(), date_or_dash(x.date))];
            if !x.responsible.is_empty() {
                parts.push(format!("ansvarig {}", x.responsible));
            }
            if let Some(w) = x.way {
                parts.push(w.label().into());
            }
            if !x.planned.is_empty() {
                parts.push(x.planned.clone());
            }
            if let Some(f) = &x.returned {
                parts.push(format!("från {}", f.file));
            }
            safe(&format!("{}: {}", x.actor, parts.join(", ")))
        })
        .collect();
    if all.is_empty() {
        "ännu inte mottaget".into()
    } else {
        all.join("; ")
    }
}

/// The actors by code, short enough for one line, and where they came from.
fn handed(r: &Round, number: &str) -> String {
    let (codes, source) = handed_to(r, number);
    let codes = safe(&codes.join(", "));
    match source {
        Source::Assigned => format!("{codes} (l ändrar)"),
        Source::Proposed => format!("{codes} (förslag utifrån aktörernas svar; l väljer)"),
        Source::None => "ingen aktör ännu (l väljer)".into(),
    }
}

pub fn render(selected: usize, v: &View, area: Rect, buf: &mut Buffer) {
    let t = v.theme;
    let Some(r) = v.round else { return };
    let [list, detail, notes] = Layout::vertical([
        Constraint::Min(4),
        Constraint::Length(6),
        Constraint::Length(4),
    ])
    .areas(area);
    let ranked = v.derived.prioritised();
    let sel = (!ranked.is_empty()).then_some(selected.min(ranked.len().saturating_sub(1)));
    let height = list.height.saturating_sub(3) as usize;
    let start = window_start(sel.unwrap_or(0), height);
    let wide = list.width >= 110;
    let num_w = ranked
        .iter()
        .map(|x| x.number.chars().count())
        .max()
        .unwrap_or(0)
        .max(2) as u16;
    // The place and the number are key facts; the title gives way first.
    let cols = [
        Col::fixed(if wide { 16 } else { 5 }),
        Col::fixed(num_w),
        Col::text(50, 12, 2),
        Col::text(34, 12, 1),
    ];
    let rows: Vec<Row> = ranked
        .iter()
        .skip(start)
        .take(height)
        .map(|row| {
            Row::new(vec![
                place_text(row.place, wide),
                safe(&row.number),
                need_title(r, &row.number),
                receipts(r, &row.number),
            ])
        })
        .collect();
    let table = Table::new(rows, constraints(list.width.saturating_sub(2), &cols))
        .header(Row::new(vec!["Plats", "Nr", "Behov", "Mottaget av"]).style(t.accent()))
        .row_highlight_style(t.selected())
        .block(
            Block::default()
                .borders(Borders::ALL)
                .title(format!(
                    " Prioriterade behov · {} (l lämnas till, r mottagande, e exportera) ",
                    ranked.len()
                ))
                .border_style(t.border(true)),
        )
        .style(t.base());
    StatefulWidget::render(
        table,
        list,
        buf,
        &mut TableState::default().with_selected(sel.map(|s| s - start)),
    );
    let lines = match sel.map(|s| &ranked[s]) {
        Some(row) => vec![
            Line::from(vec![
                Span::styled(format!("{} ", safe(&row.number)), t.accent()),
                Span::styled(need_title(r, &row.number), t.title()),
            ]),
            Line::styled(format!("Lämnas till: {}", handed(r, &row.number)), t.base()),
            Line::styled(
                format!("Mottaget av: {}", receipt_detail(r, &row.number)),
                t.base(),
            ),
            Line::styled(
                super::returns_line::returns_line(
                    r,
                    crate::domain::return_kind::ReturnKind::Receipt,
                    v.today,
                ),
                t.muted(),
            ),
        ],
        None => vec![Line::styled(
            "Inga prioriterade behov ännu: de kommer från rangordningen i moment 5.",
            t.muted(),
        )],
    };
    Paragraph::new(lines)
        .wrap(Wrap { trim: true })
        .block(
            Block::default()
                .borders(Borders::ALL)
                .title(" Markerat behov ")
                .border_style(t.border(false)),
        )
        .render(detail, buf);
    let lines: Vec<Line> = if r.coordination.is_empty() {
        vec![Line::styled(
            "Inga samordningsmöten antecknade (k lägger till).",
            t.muted(),
        )]
    } else {
        r.coordination
            .iter()
            .map(|m| Line::styled(format!("{}: {}", m.date, safe(&m.notes)), t.base()))
            .collect()
    };
    Paragraph::new(lines)
        .block(
            Block::default()
                .borders(Borders::ALL)
                .title(" Aktörernas samordning ")
                .border_style(t.border(false)),
        )
        .render(notes, buf);
}
