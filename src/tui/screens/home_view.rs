//! The home screen's view: the intro and the table of rounds.

use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Paragraph, Row, StatefulWidget, Table, TableState, Widget};

use crate::tui::home_list::{HomeEntry, Origin, Summary};
use crate::tui::view::View;
use crate::tui::widgets::columns::{Col, constraints};
use crate::tui::widgets::{date_or_dash, safe};

/// The list of rounds with the intro above it.
pub fn render(
    entries: &[HomeEntry],
    selected: usize,
    data_dir: &str,
    v: &View,
    area: Rect,
    buf: &mut Buffer,
) {
    let t = v.theme;
    let [intro, list] = Layout::vertical([Constraint::Length(4), Constraint::Min(3)]).areas(area);
    let own = entries
        .iter()
        .filter(|e| matches!(e.origin, Origin::File(_)))
        .count();
    let first = if own == 0 {
        "Du har inga egna omgångar ännu. Öppna en exempelomgång för att prova, eller skapa en med `lbk new`."
            .to_string()
    } else {
        format!(
            "{} i datamappen.",
            crate::domain::swedish::count(own, "egen omgång", "egna omgångar")
        )
    };
    Paragraph::new(vec![
        Line::from(Span::styled(
            "Lokala behov av kunskap – kansliets verktyg",
            t.title(),
        )),
        Line::from(Span::styled(first, t.base())),
        Line::from(Span::styled(
            format!("Datamapp: {}", safe(data_dir)),
            t.muted(),
        )),
    ])
    .render(intro, buf);
    let warning = |e: &HomeEntry| match &e.summary {
        Ok(s) if !s.overdue.is_empty() => format!(
            "försenat: moment {}",
            s.overdue
                .iter()
                .map(|m| m.to_string())
                .collect::<Vec<_>>()
                .join(", ")
        ),
        _ => String::new(),
    };
    let widest = |f: &dyn Fn(&HomeEntry) -> String, at_least: usize| {
        entries
            .iter()
            .map(|e| f(e).chars().count())
            .max()
            .unwrap_or(0)
            .max(at_least) as u16
    };
    let summary =
        |e: &HomeEntry, f: fn(&Summary) -> String| e.summary.as_ref().map(f).unwrap_or_default();
    // The warning and the dates are key facts; the file name gives way
    // first, then the area's name, then the moment's.
    let cols = [
        Col::text(widest(&|e| summary(e, |s| s.area.clone()), 17), 16, 3),
        Col::fixed(6),
        Col::text(widest(&|e| summary(e, |s| s.moment.clone()), 15), 10, 2),
        Col::fixed(11),
        Col::fixed(widest(&warning, 7)),
        Col::text(widest(&|e| e.name.clone(), 3), 7, 4),
    ];
    let widths = constraints(list.width.saturating_sub(2), &cols);
    let rows: Vec<Row> = entries
        .iter()
        .map(|e| match &e.summary {
            Ok(s) => Row::new(vec![
                safe(&s.area),
                s.model.to_string(),
                safe(&s.moment),
                date_or_dash(s.next_planned),
                warning(e),
                safe(&e.name),
            ])
            .style(if s.overdue.is_empty() {
                t.base()
            } else {
                t.warn()
            }),
            Err(msg) => Row::new(vec![
                "kan inte läsas".to_string(),
                String::new(),
                safe(msg),
                String::new(),
                String::new(),
                safe(&e.name),
            ])
            .style(t.error()),
        })
        .collect();
    let table = Table::new(rows, widths)
        .header(
            Row::new(vec![
                "Verksamhetsområde",
                "Modell",
                "Aktuellt moment",
                "Nästa datum",
                "Varning",
                "Fil",
            ])
            .style(t.accent()),
        )
        .row_highlight_style(t.selected())
        .block(
            Block::default()
                .borders(Borders::ALL)
                .title(" Omgångar ")
                .border_style(t.border(true)),
        );
    let mut st = TableState::default().with_selected(Some(selected));
    StatefulWidget::render(table, list, buf, &mut st);
}
