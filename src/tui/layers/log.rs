//! The round's change log, newest at the bottom: what the minutes can say
//! happened, and when.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Clear, Paragraph, Widget};

use crate::tui::action::Action;
use crate::tui::cx::{Cx, Flow};
use crate::tui::view::View;
use crate::tui::widgets::moved;
use crate::tui::widgets::{centered, safe};

#[derive(Debug, Default)]
pub struct LogLayer {
    /// The last entry shown (the newest when the log opens).
    pub scroll: usize,
}

impl LogLayer {
    pub fn update(&mut self, action: Action, cx: &mut Cx) -> Flow {
        let entries = cx.round().map_or(0, |r| r.log.len());
        if let Some(s) = moved(self.scroll, action, entries + 1) {
            self.scroll = s;
            return Flow::Handled;
        }
        match action {
            Action::Cancel => Flow::Close,
            _ => Flow::Bubble,
        }
    }

    pub fn render(&self, v: &View, area: Rect, buf: &mut Buffer) {
        let t = v.theme;
        let Some(round) = v.round else { return };
        let popup = centered(area, area.width.saturating_sub(4), area.height);
        Clear.render(popup, buf);
        let block = Block::default()
            .borders(Borders::ALL)
            .title(format!(
                " Ändringslogg · {} poster (↑/↓ bläddrar, Esc stänger) ",
                round.log.len()
            ))
            .border_style(t.accent())
            .style(t.base());
        let inner = block.inner(popup);
        block.render(popup, buf);
        let log = &round.log;
        let h = inner.height as usize;
        let end = self.scroll.clamp(h.min(log.len()), log.len());
        let lines: Vec<Line> = log[end.saturating_sub(h)..end]
            .iter()
            .map(|e| {
                let when =
                    e.at.in_tz("Europe/Stockholm")
                        .map(|z| z.strftime("%Y-%m-%d %H:%M").to_string())
                        .unwrap_or_default();
                Line::from(vec![
                    Span::styled(format!("{when} "), t.muted()),
                    Span::styled(safe(&e.what), t.base()),
                ])
            })
            .collect();
        Paragraph::new(lines).render(inner, buf);
    }
}
