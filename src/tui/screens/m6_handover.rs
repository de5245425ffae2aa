//! Moment 6: the prioritised needs handed over, and each actor's receipt.

use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::Line;
use ratatui::widgets::{Block, Borders, Paragraph, Row, StatefulWidget, Table, TableState, Widget};

use crate::domain::Round;
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
            Layout::vertical([Constraint::Min(4), Constraint::Length(4)]).areas(area);
        let rows: Vec<Row> = r
            .handovers
            .iter()
            .map(|h| {
                let title = r.need(&h.need).map(|n| safe(&n.title)).unwrap_or_default();
                let receipts = h
                    .receipts
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
                    .join("; ");
                Row::new(vec![safe(&h.need), fit(&title, 44), fit(&receipts, 40)])
            })
            .collect();
        let table = Table::new(
            rows,
            [
                Constraint::Length(8),
                Constraint::Min(20),
                Constraint::Min(20),
            ],
        )
        .header(Row::new(vec!["Nr", "Behov", "Mottaget av"]).style(t.accent()))
        .row_highlight_style(t.selected())
        .block(
            Block::default()
                .borders(Borders::ALL)
                .title(format!(" Överlämnade behov · {} ", r.handovers.len()))
                .border_style(t.border(true)),
        )
        .style(t.base());
        let sel = (!r.handovers.is_empty())
            .then_some(self.selected.min(r.handovers.len().saturating_sub(1)));
        StatefulWidget::render(
            table,
            list,
            buf,
            &mut TableState::default().with_selected(sel),
        );
        let lines: Vec<Line> = if r.coordination.is_empty() {
            vec![Line::styled(
                "Inga samordningsmöten registrerade.",
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
