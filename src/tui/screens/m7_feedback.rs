//! Moment 7: what became of each prioritised need.

use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Rect};
use ratatui::widgets::{Block, Borders, Row, StatefulWidget, Table, TableState, Widget};

use crate::domain::Round;
use crate::domain::followup::Outcome;
use crate::tui::theme::Theme;
use crate::tui::widgets::{fit, safe};

pub struct FeedbackView<'a> {
    pub theme: &'a Theme,
    pub round: &'a Round,
    pub selected: usize,
}

impl Widget for &FeedbackView<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let t = self.theme;
        let r = self.round;
        let rows: Vec<Row> = r
            .feedback
            .iter()
            .map(|f| {
                let title = r.need(&f.need).map(|n| safe(&n.title)).unwrap_or_default();
                let produced = f
                    .produced
                    .iter()
                    .map(|p| safe(&p.title))
                    .collect::<Vec<_>>()
                    .join("; ");
                let style = match f.outcome {
                    Outcome::Obesvarat => t.warn(),
                    Outcome::Tas { .. } => t.base(),
                    Outcome::TasInte { .. } => t.muted(),
                };
                Row::new(vec![
                    safe(&f.need),
                    fit(&title, 36),
                    fit(&safe(&f.outcome.text()), 44),
                    fit(&produced, 30),
                ])
                .style(style)
            })
            .collect();
        let table = Table::new(
            rows,
            [
                Constraint::Length(8),
                Constraint::Min(16),
                Constraint::Min(20),
                Constraint::Min(12),
            ],
        )
        .header(
            Row::new(vec!["Nr", "Behov", "Återkoppling", "Framtagen kunskap"]).style(t.accent()),
        )
        .row_highlight_style(t.selected())
        .block(
            Block::default()
                .borders(Borders::ALL)
                .title(format!(" Återkoppling · {} behov ", r.feedback.len()))
                .border_style(t.border(true)),
        );
        let sel = (!r.feedback.is_empty())
            .then_some(self.selected.min(r.feedback.len().saturating_sub(1)));
        StatefulWidget::render(
            table,
            area,
            buf,
            &mut TableState::default().with_selected(sel),
        );
    }
}
