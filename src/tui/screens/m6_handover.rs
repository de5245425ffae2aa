//! Moment 6: the prioritised needs handed over, each actor's receipt, and
//! the actors' coordination of who takes what.

use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::Line;
use ratatui::widgets::{Block, Borders, Paragraph, Row, StatefulWidget, Table, TableState, Widget};

use crate::domain::Round;
use crate::meeting::moment67::prioritised;
use crate::tally::place_label;
use crate::tui::theme::Theme;
use crate::tui::widgets::{date_or_dash, fit, safe};

pub struct HandoverView<'a> {
    pub theme: &'a Theme,
    pub round: &'a Round,
    pub selected: usize,
}

impl Widget for &HandoverView<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let t = self.theme;
        let r = self.round;
        let [list, notes] =
            Layout::vertical([Constraint::Min(4), Constraint::Length(5)]).areas(area);
        let ranked = prioritised(r);
        let rows: Vec<Row> = ranked
            .iter()
            .map(|row| {
                let title = r
                    .need(&row.number)
                    .map(|n| safe(&n.title))
                    .unwrap_or_default();
                let receipts = r
                    .handovers
                    .iter()
                    .find(|h| h.need == row.number)
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
                    .unwrap_or_else(|| "ännu inte mottaget".into());
                Row::new(vec![
                    place_label(row.place),
                    safe(&row.number),
                    fit(&title, 34),
                    fit(&receipts, 40),
                ])
            })
            .collect();
        let empty = ranked.is_empty();
        let table = Table::new(
            rows,
            [
                Constraint::Length(16),
                Constraint::Length(8),
                Constraint::Min(16),
                Constraint::Min(20),
            ],
        )
        .header(Row::new(vec!["Plats", "Nr", "Behov", "Mottaget av"]).style(t.accent()))
        .row_highlight_style(t.selected())
        .block(
            Block::default()
                .borders(Borders::ALL)
                .title(format!(
                    " Prioriterade behov · {} (r mottagande, e exportera) ",
                    ranked.len()
                ))
                .border_style(t.border(true)),
        )
        .style(t.base());
        let sel = (!empty).then_some(self.selected.min(ranked.len().saturating_sub(1)));
        StatefulWidget::render(
            table,
            list,
            buf,
            &mut TableState::default().with_selected(sel),
        );
        if empty {
            let inner = Rect {
                x: list.x + 2,
                y: list.y + 2,
                width: list.width.saturating_sub(4),
                height: 1,
            };
            Paragraph::new(Line::styled(
                "Inga prioriterade behov ännu: de kommer från rangordningen i moment 5.",
                t.muted(),
            ))
            .render(inner, buf);
        }
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
}
