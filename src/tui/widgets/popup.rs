//! Overlays: the help generated from the keymap, and yes/no questions.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Clear, Paragraph, Widget, Wrap};

use super::centered;
use crate::tui::keymap::help_sections;
use crate::tui::theme::Theme;

pub struct HelpView<'a> {
    pub theme: &'a Theme,
    pub scroll: u16,
    pub keymap: &'a [crate::tui::keymap::Binding],
}

impl Widget for &HelpView<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let t = self.theme;
        let popup = centered(area, 76, area.height.saturating_sub(2));
        Clear.render(popup, buf);
        let mut lines: Vec<Line> = vec![];
        for (title, rows) in help_sections(self.keymap) {
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
            "Varje ändring sparas direkt i omgångsfilen; det finns inget att spara vid avslut.",
            t.muted(),
        )));
        Paragraph::new(lines)
            .scroll((self.scroll, 0))
            .block(
                Block::default()
                    .borders(Borders::ALL)
                    .title(" Tangenter (↑/↓ bläddrar, Esc stänger) ")
                    .border_style(t.accent()),
            )
            .style(t.base())
            .render(popup, buf);
    }
}

pub struct ConfirmView<'a> {
    pub theme: &'a Theme,
    pub question: &'a str,
    /// The answers' keys, from the keymap.
    pub keys: Vec<(String, &'static str)>,
}

impl Widget for &ConfirmView<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let t = self.theme;
        // Lines as wrapped inside the frame, so the answers always show.
        let width = 76u16.min(area.width).saturating_sub(2).max(1) as usize;
        let lines: usize = self
            .question
            .lines()
            .map(|l| l.chars().count().div_ceil(width).max(1))
            .sum();
        let popup = centered(area, 76, (lines as u16 + 5).min(area.height));
        Clear.render(popup, buf);
        let mut text: Vec<Line> = self
            .question
            .lines()
            .map(|l| Line::from(Span::styled(crate::tui::widgets::safe(l), t.base())))
            .collect();
        text.push(Line::default());
        let mut answers = vec![];
        for (key, what) in &self.keys {
            answers.push(Span::styled(key.clone(), t.key_hint()));
            answers.push(Span::raw(format!(" {what}   ")));
        }
        text.push(Line::from(answers));
        Paragraph::new(text)
            .wrap(Wrap { trim: true })
            .block(
                Block::default()
                    .borders(Borders::ALL)
                    .title(" Fråga ")
                    .border_style(t.warn()),
            )
            .style(t.base())
            .render(popup, buf);
    }
}
