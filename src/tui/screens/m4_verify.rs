//! Moment 4: each RSS's verification of the minutes, where the needs stand,
//! and the final compilation that moment 5 reads.

use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Paragraph, Row, StatefulWidget, Table, TableState, Widget};

use crate::domain::{NeedStatus, Round};
use crate::tui::theme::Theme;
use crate::tui::widgets::{date_or_dash, fit, safe};

pub struct VerifyView<'a> {
    pub theme: &'a Theme,
    pub round: &'a Round,
    pub selected: usize,
}

impl Widget for &VerifyView<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let t = self.theme;
        let r = self.round;
        let [left, right] =
            Layout::horizontal([Constraint::Percentage(45), Constraint::Percentage(55)])
                .areas(area);
        let [counts, verif] =
            Layout::vertical([Constraint::Length(5), Constraint::Min(3)]).areas(left);
        let count =
            |f: &dyn Fn(&NeedStatus) -> bool| r.needs.iter().filter(|n| f(&n.status)).count();
        let gaps = r.final_compilation();
        Paragraph::new(vec![
            Line::from(vec![
                Span::styled(format!("{} behov", r.needs.len()), t.base()),
                Span::styled(format!(" · {} kunskapsluckor", gaps.len()), t.ok()),
            ]),
            Line::from(Span::styled(
                format!(
                    "{} sammanslagna · {} undanlagda med skäl",
                    count(&|s| matches!(s, NeedStatus::Sammanslaget { .. })),
                    count(&|s| matches!(s, NeedStatus::Undanlagt { .. })),
                ),
                t.muted(),
            )),
            Line::from(Span::styled(
                format!(
                    "{} ännu inte sorterade",
                    count(&|s| matches!(
                        s,
                        NeedStatus::Inskickat | NeedStatus::Diskuterat | NeedStatus::Verifierat
                    )),
                ),
                t.muted(),
            )),
        ])
        .block(
            Block::default()
                .borders(Borders::ALL)
                .title(" Sortering ")
                .border_style(t.border(false)),
        )
        .render(counts, buf);

        let rows: Vec<Row> = r
            .verifications
            .iter()
            .map(|v| {
                Row::new(vec![
                    safe(&v.rss),
                    date_or_dash(v.minutes_sent),
                    date_or_dash(v.verified),
                    fit(&safe(&v.corrections), 30),
                ])
                .style(if v.verified.is_some() {
                    t.base()
                } else {
                    t.warn()
                })
            })
            .collect();
        let table = Table::new(
            rows,
            [
                Constraint::Length(5),
                Constraint::Length(11),
                Constraint::Length(11),
                Constraint::Min(8),
            ],
        )
        .header(Row::new(vec!["RSS", "Skickat", "Verifierat", "Rättelser"]).style(t.accent()))
        .row_highlight_style(t.selected())
        .block(
            Block::default()
                .borders(Borders::ALL)
                .title(" Verifiering per RSS ")
                .border_style(t.border(true)),
        );
        let sel = (!r.verifications.is_empty())
            .then_some(self.selected.min(r.verifications.len().saturating_sub(1)));
        StatefulWidget::render(
            table,
            verif,
            buf,
            &mut TableState::default().with_selected(sel),
        );

        let gap_rows: Vec<Row> = gaps
            .iter()
            .map(|n| {
                let raised = r.raised_by(&n.number).len();
                Row::new(vec![
                    safe(&n.number),
                    fit(&safe(&n.title), 60),
                    if raised > 1 {
                        format!("{raised} RSS")
                    } else {
                        String::new()
                    },
                ])
            })
            .collect();
        Widget::render(
            Table::new(
                gap_rows,
                [
                    Constraint::Length(8),
                    Constraint::Min(20),
                    Constraint::Length(7),
                ],
            )
            .header(Row::new(vec!["Nr", "Kunskapslucka", "Lyft av"]).style(t.accent()))
            .block(
                Block::default()
                    .borders(Borders::ALL)
                    .title(format!(" Slutlig sammanställning · {} ", gaps.len()))
                    .border_style(t.border(false)),
            )
            .style(t.base()),
            right,
            buf,
        );
    }
}
