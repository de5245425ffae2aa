//! Moment 2's view: the counts line, the filter line, the needs list (only
//! the rows that show are built) and the detail pane.

use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{
    Block, Borders, Paragraph, Row, StatefulWidget, Table, TableState, Widget, Wrap,
};

use crate::domain::text_safety::clean_lines;
use crate::domain::{Need, Round};
use crate::tui::theme::Theme;
use crate::tui::view::View;
use crate::tui::widgets::columns::{Col, fit_columns};
use crate::tui::widgets::{ListLook, safe};

/// The list with its counts and filter line, and the selected need's
/// details (or its RSS's dot vote).
pub fn render(look: &ListLook, dot_view: bool, v: &View, area: Rect, buf: &mut Buffer) {
    let t = v.theme;
    let Some(round) = v.round else { return };
    let visible = v.derived.needs();
    let [info, counts, body] = Layout::vertical([
        Constraint::Length(1),
        Constraint::Length(1),
        Constraint::Min(3),
    ])
    .areas(area);
    let sel_need = (!visible.is_empty())
        .then(|| &round.needs[visible[look.selected.min(visible.len().saturating_sub(1))]]);
    if let Some(n) = sel_need {
        let c = crate::meeting::moment2::rss_counts(round, &n.rss);
        let name = round
            .rss_by_code(&n.rss)
            .map(|r| r.name.as_str())
            .unwrap_or("");
        Paragraph::new(Span::styled(
            format!(" {} ({}): {}", safe(name), safe(&n.rss), c.line()),
            t.muted(),
        ))
        .render(counts, buf);
    }
    let filter = look.filter_spans(t, "inget filter (/ för att filtrera)");
    let mut spans = vec![Span::styled(
        format!(
            " {} behov, {} visas · sortering: {} · ",
            round.needs.len(),
            visible.len(),
            look.sort
        ),
        t.base(),
    )];
    spans.extend(filter);
    Paragraph::new(Line::from(spans)).render(info, buf);

    let list_share = if body.width < 110 { 62 } else { 58 };
    let [list, detail] = Layout::horizontal([
        Constraint::Percentage(list_share),
        Constraint::Percentage(100 - list_share),
    ])
    .areas(body);
    let selected =
        (!visible.is_empty()).then_some(look.selected.min(visible.len().saturating_sub(1)));
    // Only the rows that show are built: a round may hold thousands.
    let height = list.height.saturating_sub(3) as usize;
    let start = crate::tui::widgets::window_start(selected.unwrap_or(0), height);
    let shown: Vec<&Need> = visible
        .iter()
        .skip(start)
        .take(height)
        .map(|i| &round.needs[*i])
        .collect();
    let widest = |f: &dyn Fn(&Need) -> usize, least: usize| {
        shown.iter().map(|n| f(n)).max().unwrap_or(0).max(least) as u16
    };
    // The number, the RSS, the level and the dots are key facts; the title
    // gives way first, then the status (down to its short form, which keeps
    // a merge's target).
    let cols = [
        Col::fixed(widest(&|n| n.number.chars().count(), 2)),
        Col::fixed(widest(&|n| n.rss.chars().count(), 3)),
        Col::text(60, 16, 2),
        Col::fixed(4),
        Col::fixed(3),
        Col::text(
            widest(&|n| n.status.list_label().chars().count(), 6),
            widest(&|n| n.status.short_label().chars().count(), 6),
            1,
        ),
    ];
    let widths = fit_columns(list.width.saturating_sub(2), &cols);
    let status_w = widths[5] as usize;
    let rows: Vec<Row> = shown
        .iter()
        .map(|n| {
            Row::new(vec![
                safe(&n.number),
                safe(&n.rss),
                safe(&n.title),
                level_mark(n),
                n.dots.map(|d| d.to_string()).unwrap_or_default(),
                safe(&n.status.label_within(status_w)),
            ])
        })
        .collect();
    let table = Table::new(rows, widths.into_iter().map(Constraint::Length))
        .header(Row::new(vec!["Nr", "RSS", "Titel", "Niv", "•", "Status"]).style(t.accent()))
        .row_highlight_style(t.selected())
        .block(
            Block::default()
                .borders(Borders::ALL)
                .title(" Kunskapsbehov ")
                .border_style(t.border(true)),
        )
        .style(t.base());
    let mut st = TableState::default().with_selected(selected.map(|s| s - start));
    StatefulWidget::render(table, list, buf, &mut st);

    let current = selected.map(|s| &round.needs[visible[s]]);
    if dot_view && let Some(n) = current {
        (&super::m2_extra::DotPane {
            theme: t,
            round,
            rss: &n.rss,
        })
            .render(detail, buf);
        return;
    }
    let block = Block::default()
        .borders(Borders::ALL)
        .title(" Detaljer ")
        .border_style(t.border(false));
    let lines = match selected.map(|s| &round.needs[visible[s]]) {
        None => vec![Line::from(Span::styled(
            "Inga behov visas. Tryck n för att lägga till ett.",
            t.muted(),
        ))],
        Some(n) => detail_lines(round, n, t),
    };
    Paragraph::new(lines)
        .wrap(Wrap { trim: false })
        .block(block)
        .style(t.base())
        .render(detail, buf);
}

/// The level in three letters, "LK" added for local knowledge.
fn level_mark(n: &Need) -> String {
    let l = match n.level {
        crate::domain::Level::Lokal => "Lok",
        crate::domain::Level::Regional => "Reg",
        crate::domain::Level::Nationell => "Nat",
        crate::domain::Level::Osaker => "Osä",
    };
    if n.kind == crate::domain::NeedKind::LokalKunskap {
        format!("{l}*")
    } else {
        l.to_string()
    }
}

fn detail_lines<'a>(round: &Round, n: &Need, t: &Theme) -> Vec<Line<'a>> {
    let mut lines = vec![Line::from(Span::styled(
        format!("{} {}", safe(&n.number), safe(&n.title)),
        t.title(),
    ))];
    let rss = round
        .rss_by_code(&n.rss)
        .map(|r| format!("{} ({})", safe(&r.name), safe(&r.county)))
        .unwrap_or_else(|| safe(&n.rss));
    let raised = round.raised_by(&n.number);
    lines.push(Line::from(Span::styled(format!("RSS: {rss}"), t.muted())));
    if raised.len() > 1 {
        lines.push(Line::from(Span::styled(
            format!("Lyft av {} RSS: {}", raised.len(), safe(&raised.join(", "))),
            t.accent(),
        )));
    }
    lines.push(Line::from(Span::styled(
        format!(
            "{} · {} · {} · prickar {}{}",
            n.level.label(),
            n.kind.label(),
            n.source.label(),
            n.dots.map(|d| d.to_string()).unwrap_or_else(|| "–".into()),
            if n.health_care {
                " · kommunal hälso- och sjukvård"
            } else {
                ""
            }
        ),
        t.muted(),
    )));
    lines.push(Line::from(Span::styled(
        format!("Status: {}", safe(&n.status.label())),
        t.accent(),
    )));
    if let crate::domain::NeedStatus::Undanlagt { reason, note, .. } = &n.status {
        lines.push(Line::from(format!("Skäl: {}", safe(&reason.label()))));
        if !note.is_empty() {
            lines.push(Line::from(safe(note)));
        }
    }
    for (label, text) in [
        ("Beskrivning", &n.description),
        ("Utmaningen i praktiken", &n.challenge),
        ("Målgrupp", &n.target_group),
        ("Kända stöd som inte räcker", &n.known_support),
        ("Anteckningar", &n.notes),
    ] {
        if text.is_empty() {
            continue;
        }
        lines.push(Line::default());
        lines.push(Line::from(Span::styled(label, t.accent())));
        lines.extend(
            clean_lines(text)
                .into_iter()
                .map(|l| Line::from(l.into_owned())),
        );
    }
    lines
}
