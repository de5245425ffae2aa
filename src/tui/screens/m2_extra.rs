//! Moment 2's extra panes: the dot vote of an RSS as bars, and the kick-off
//! list of the gaps earlier rounds prioritised.

use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Clear, Paragraph, Row, Table, Widget};

use crate::domain::Round;
use crate::tui::app_m12::KickOffState;
use crate::tui::theme::Theme;
use crate::tui::widgets::{fit, safe};

pub struct DotPane<'a> {
    pub theme: &'a Theme,
    pub round: &'a Round,
    pub rss: &'a str,
}

impl Widget for &DotPane<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let t = self.theme;
        let rows = self.round.dot_rows(self.rss);
        let total: u32 = rows.iter().map(|r| r.dots).sum();
        let block = Block::default()
            .borders(Borders::ALL)
            .title(format!(
                " Prickövning {} · {total} prickar (+/- per behov, . per deltagare) ",
                safe(self.rss)
            ))
            .border_style(t.border(false));
        let inner = block.inner(area);
        block.render(area, buf);
        let max = rows.iter().map(|r| r.dots).max().unwrap_or(0).max(1);
        let bar_w = (inner.width as usize).saturating_sub(16).max(3);
        let lines: Vec<Line> = rows
            .iter()
            .take(inner.height as usize)
            .map(|r| {
                let len = (r.dots as usize * bar_w).div_ceil(max as usize);
                Line::from(vec![
                    Span::styled(
                        format!(
                            "{:>3} ",
                            if r.place.shared {
                                format!("{}=", r.place.place)
                            } else {
                                r.place.place.to_string()
                            }
                        ),
                        t.muted(),
                    ),
                    Span::styled(format!("{:<8}", safe(&r.number)), t.accent()),
                    Span::styled(
                        "█".repeat(len),
                        t.tally_bar(r.place.place == 1 && r.dots > 0),
                    ),
                    Span::styled(format!(" {}", r.dots), t.base()),
                ])
            })
            .collect();
        Paragraph::new(lines).render(inner, buf);
    }
}

pub struct KickOffView<'a> {
    pub theme: &'a Theme,
    pub state: &'a KickOffState,
}

impl Widget for &KickOffView<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let t = self.theme;
        Clear.render(area, buf);
        let shown = self.state.shown();
        let rows: Vec<Row> = shown
            .iter()
            .skip(self.state.scroll)
            .map(|g| {
                Row::new(vec![
                    fit(&safe(&g.round_area), 16),
                    g.place.clone(),
                    safe(&g.number),
                    fit(&safe(&g.title), 34),
                    fit(&safe(&g.feedback), 40),
                ])
            })
            .collect();
        let empty = shown.is_empty();
        let table = Table::new(
            rows,
            [
                Constraint::Length(17),
                Constraint::Length(16),
                Constraint::Length(8),
                Constraint::Min(20),
                Constraint::Min(20),
            ],
        )
        .header(
            Row::new(vec![
                "Omgång",
                "Plats",
                "Nr",
                "Kunskapslucka",
                "Återkoppling",
            ])
            .style(t.accent()),
        )
        .block(
            Block::default()
                .borders(Borders::ALL)
                .title(format!(
                    " Prioriterade kunskapsluckor · {} av {}{} · / sök, e exportera, Esc stäng ",
                    shown.len(),
                    self.state.gaps.len(),
                    if self.state.searching || !self.state.query.is_empty() {
                        format!(
                            " · sök: {}{}",
                            safe(&self.state.query),
                            if self.state.searching { "▏" } else { "" }
                        )
                    } else {
                        String::new()
                    }
                ))
                .border_style(t.accent()),
        )
        .style(t.base());
        Widget::render(table, area, buf);
        if empty {
            let inner = Rect {
                x: area.x + 2,
                y: area.y + 2,
                width: area.width.saturating_sub(4),
                height: 1,
            };
            Paragraph::new(Span::styled(
                "Inga prioriterade kunskapsluckor att visa.",
                t.muted(),
            ))
            .render(inner, buf);
        }
    }
}
