//! Moment 3: the digital dialogue sessions and what the actors said.

use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::widgets::{Block, Borders, Row, StatefulWidget, Table, TableState, Widget};

use crate::domain::Round;
use crate::tui::theme::Theme;
use crate::tui::widgets::{fit, safe};

pub struct DialogueView<'a> {
    pub theme: &'a Theme,
    pub round: &'a Round,
    pub selected: usize,
}

impl Widget for &DialogueView<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let t = self.theme;
        let r = self.round;
        let [top, bottom] =
            Layout::vertical([Constraint::Length(7), Constraint::Min(4)]).areas(area);
        let sel = (!r.dialogues.is_empty())
            .then_some(self.selected.min(r.dialogues.len().saturating_sub(1)));
        let rows: Vec<Row> = r
            .dialogues
            .iter()
            .map(|s| {
                let actors = s
                    .actors
                    .iter()
                    .map(|a| safe(&a.actor))
                    .collect::<Vec<_>>()
                    .join(", ");
                Row::new(vec![
                    s.starts.strftime("%Y-%m-%d %H:%M").to_string(),
                    safe(&s.rss.join(", ")),
                    actors,
                    s.assessments.len().to_string(),
                ])
            })
            .collect();
        let table = Table::new(
            rows,
            [
                Constraint::Length(17),
                Constraint::Min(20),
                Constraint::Length(24),
                Constraint::Length(8),
            ],
        )
        .header(Row::new(vec!["Tid", "RSS", "Aktörer", "Svar"]).style(t.accent()))
        .row_highlight_style(t.selected())
        .block(
            Block::default()
                .borders(Borders::ALL)
                .title(format!(" Dialogmöten · {} ", r.dialogues.len()))
                .border_style(t.border(true)),
        )
        .style(t.base());
        StatefulWidget::render(
            table,
            top,
            buf,
            &mut TableState::default().with_selected(sel),
        );

        let assessments: Vec<Row> = sel
            .map(|i| &r.dialogues[i])
            .into_iter()
            .flat_map(|s| s.assessments.iter())
            .map(|a| {
                let title = r.need(&a.need).map(|n| safe(&n.title)).unwrap_or_default();
                Row::new(vec![
                    safe(&a.need),
                    fit(&title, 40),
                    safe(&a.actor),
                    fit(&safe(&a.response.label()), 40),
                ])
            })
            .collect();
        Widget::render(
            Table::new(
                assessments,
                [
                    Constraint::Length(8),
                    Constraint::Min(20),
                    Constraint::Length(6),
                    Constraint::Min(20),
                ],
            )
            .header(Row::new(vec!["Nr", "Behov", "Aktör", "Bedömning"]).style(t.accent()))
            .block(
                Block::default()
                    .borders(Borders::ALL)
                    .title(" Aktörernas bedömningar i valt möte ")
                    .border_style(t.border(false)),
            )
            .style(t.base()),
            bottom,
            buf,
        );
    }
}
