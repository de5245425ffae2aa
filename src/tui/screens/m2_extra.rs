//! Moment 2's dot pane: the dot vote of an RSS as bars.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Paragraph, Widget};

use crate::domain::Round;
use crate::tui::theme::Theme;
use crate::tui::widgets::safe;

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
