//! The help overlay: every key from the keymap, the keys of where the user
//! is first; ↑/↓, PgUp/PgDn, Home/End scroll to the last section.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Clear, Paragraph, Widget};

use crate::tui::action::Action;
use crate::tui::cx::Flow;
use crate::tui::keymap::Context;
use crate::tui::keymap_help::help_sections;
use crate::tui::view::View;
use crate::tui::widgets::centered;

pub struct HelpLayer {
    pub scroll: u16,
    /// The contexts of what lay under the help when it was opened.
    pub current: Vec<Context>,
}

impl HelpLayer {
    pub fn update(&mut self, action: Action) -> Flow {
        self.scroll = match action {
            Action::Up => self.scroll.saturating_sub(1),
            Action::Down => self.scroll.saturating_add(1),
            Action::PageUp => self.scroll.saturating_sub(10),
            Action::PageDown => self.scroll.saturating_add(10),
            Action::Top => 0,
            Action::Bottom => u16::MAX,
            Action::Cancel | Action::Help => return Flow::Close,
            _ => return Flow::Bubble,
        };
        Flow::Handled
    }

    fn lines(&self, v: &View) -> Vec<Line<'static>> {
        let t = v.theme;
        let mut lines: Vec<Line> = vec![];
        for (title, rows) in help_sections(v.keymap, &self.current) {
            lines.push(Line::from(Span::styled(title, t.title())));
            for (keys, text) in rows {
                lines.push(Line::from(vec![
                    Span::styled(format!("  {keys:<18}"), t.key_hint()),
                    Span::styled(text, t.base()),
                ]));
            }
            lines.push(Line::default());
        }
        lines.push(Line::from(Span::styled(
            "Varje ändring sparas direkt i omgångsfilen; går det inte frågar lbk innan du lämnar.",
            t.muted(),
        )));
        lines
    }

    pub fn render(&self, v: &View, area: Rect, buf: &mut Buffer) {
        let t = v.theme;
        let popup = centered(area, 76, area.height.saturating_sub(2));
        Clear.render(popup, buf);
        let lines = self.lines(v);
        // Scrolled no further than to show the last line at the bottom.
        let inner_h = popup.height.saturating_sub(2);
        let last = (lines.len() as u16).saturating_sub(inner_h);
        let scroll = self.scroll.min(last);
        Paragraph::new(lines)
            .scroll((scroll, 0))
            .block(
                Block::default()
                    .borders(Borders::ALL)
                    .title(format!(
                        " Tangenter (↑/↓ PgUp/PgDn bläddrar, Esc stänger) {}/{} ",
                        scroll + inner_h.min(last + inner_h),
                        last + inner_h
                    ))
                    .border_style(t.accent()),
            )
            .style(t.base())
            .render(popup, buf);
    }
}
