//! Moment 1: the candidate areas and the choice at the NSK-S meeting, the
//! RSSs' enrolment and the dialogue-date poll.

use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Paragraph, Row, StatefulWidget, Table, TableState, Widget};

use crate::domain::Round;
use crate::tui::theme::Theme;
use crate::tui::widgets::{fit, safe};

pub struct AreaView<'a> {
    pub theme: &'a Theme,
    pub round: &'a Round,
    pub selected: usize,
}

impl Widget for &AreaView<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let t = self.theme;
        let r = self.round;
        let ac = &r.area_choice;
        let [top, bottom] =
            Layout::vertical([Constraint::Length(8), Constraint::Min(4)]).areas(area);
        let [cands, dates] =
            Layout::horizontal([Constraint::Percentage(60), Constraint::Percentage(40)]).areas(top);

        let mut lines: Vec<Line> = ac
            .candidates
            .iter()
            .map(|c| {
                let votes = ac
                    .ballots
                    .iter()
                    .filter(|b| b.areas.contains(&c.name))
                    .count();
                let chosen = ac.decision.as_ref().is_some_and(|d| d.area == c.name);
                let style = if chosen { t.ok() } else { t.base() };
                Line::from(vec![
                    Span::styled(format!("{:>3} ", votes), t.accent()),
                    Span::styled(safe(&c.name), style),
                    Span::styled(if chosen { "  ✓ valt" } else { "" }, t.ok()),
                ])
            })
            .collect();
        if let Some(d) = &ac.decision {
            lines.push(Line::from(Span::styled(
                format!("Beslut {}: {} {}", d.date, safe(&d.area), safe(&d.note)),
                t.muted(),
            )));
        }
        if lines.is_empty() {
            lines.push(Line::from(Span::styled(
                "Inga kandidatområden ännu.",
                t.muted(),
            )));
        }
        Paragraph::new(lines)
            .block(
                Block::default()
                    .borders(Borders::ALL)
                    .title(format!(" Kandidatområden · {} röster ", ac.ballots.len()))
                    .border_style(t.border(false)),
            )
            .render(cands, buf);

        let date_lines: Vec<Line> = ac
            .dialogue_dates
            .iter()
            .enumerate()
            .map(|(i, d)| {
                let chosen = r
                    .rss
                    .iter()
                    .filter(|x| x.participates && x.dialogue_date == Some(i))
                    .count();
                let over = chosen as u32 > d.capacity;
                let style = if over { t.error() } else { t.base() };
                Line::from(Span::styled(
                    format!(
                        "{}  {chosen}/{} RSS{}",
                        d.date,
                        d.capacity,
                        if over { "  över kapacitet!" } else { "" }
                    ),
                    style,
                ))
            })
            .chain(
                r.rss
                    .iter()
                    .filter(|x| x.participates && x.dialogue_date.is_none())
                    .map(|x| {
                        Line::from(Span::styled(
                            format!("{} har inget datum", safe(&x.code)),
                            t.warn(),
                        ))
                    }),
            )
            .collect();
        Paragraph::new(date_lines)
            .block(
                Block::default()
                    .borders(Borders::ALL)
                    .title(" Datum för dialog (moment 3) ")
                    .border_style(t.border(false)),
            )
            .render(dates, buf);

        let rows: Vec<Row> = r
            .rss
            .iter()
            .map(|x| {
                let date = x
                    .dialogue_date
                    .and_then(|i| ac.dialogue_dates.get(i))
                    .map(|d| d.date.to_string())
                    .unwrap_or_default();
                let contact = x
                    .contacts
                    .iter()
                    .map(|p| safe(&p.name))
                    .collect::<Vec<_>>()
                    .join(", ");
                Row::new(vec![
                    safe(&x.code),
                    fit(&safe(&x.name), 24),
                    safe(&x.county),
                    if x.participates {
                        "deltar".into()
                    } else {
                        "–".into()
                    },
                    fit(&contact, 24),
                    date,
                ])
                .style(if x.participates { t.base() } else { t.muted() })
            })
            .collect();
        let joined = r.rss.iter().filter(|x| x.participates).count();
        let table = Table::new(
            rows,
            [
                Constraint::Length(5),
                Constraint::Length(25),
                Constraint::Length(16),
                Constraint::Length(7),
                Constraint::Min(12),
                Constraint::Length(11),
            ],
        )
        .header(
            Row::new(vec!["Kod", "RSS", "Län", "", "Processledare", "Dialog"]).style(t.accent()),
        )
        .row_highlight_style(t.selected())
        .block(
            Block::default()
                .borders(Borders::ALL)
                .title(format!(" RSS · {joined} av {} deltar ", r.rss.len()))
                .border_style(t.border(true)),
        );
        let mut st = TableState::default().with_selected(
            (!r.rss.is_empty()).then_some(self.selected.min(r.rss.len().saturating_sub(1))),
        );
        StatefulWidget::render(table, bottom, buf, &mut st);
    }
}
