//! Yes/no questions, and the question before leaving changes that could not
//! be saved. Their answers are routed by the app to whoever asked.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Clear, Paragraph, Widget, Wrap};

use crate::tui::ask::Ask;
use crate::tui::cx::Leave;
use crate::tui::keymap::Context;
use crate::tui::keymap_help::footer_hints;
use crate::tui::view::View;
use crate::tui::widgets::{centered, safe};

pub struct QuestionLayer {
    pub ask: Ask,
    pub text: String,
}

pub struct UnsavedLayer {
    pub leave: Leave,
    pub text: String,
}

impl QuestionLayer {
    pub fn render(&self, v: &View, area: Rect, buf: &mut Buffer) {
        draw(v, area, buf, &self.text, Context::Confirm, false);
    }
}

impl UnsavedLayer {
    pub fn render(&self, v: &View, area: Rect, buf: &mut Buffer) {
        draw(v, area, buf, &self.text, Context::Unsaved, true);
    }
}

/// A question box sized to its wrapped text, the answers' keys under it.
fn draw(v: &View, area: Rect, buf: &mut Buffer, question: &str, ctx: Context, grave: bool) {
    let t = v.theme;
    let width = 76u16.min(area.width).saturating_sub(2).max(1) as usize;
    let lines: usize = question
        .lines()
        .map(|l| l.chars().count().div_ceil(width).max(1))
        .sum();
    let popup = centered(area, 76, (lines as u16 + 6).min(area.height));
    Clear.render(popup, buf);
    let mut text: Vec<Line> = question
        .lines()
        .map(|l| Line::from(Span::styled(safe(l), t.base())))
        .collect();
    text.push(Line::default());
    let mut answers = vec![];
    for (key, what) in footer_hints(v.keymap, &[ctx]) {
        answers.push(Span::styled(key, t.key_hint()));
        answers.push(Span::raw(format!(" {what}   ")));
    }
    text.push(Line::from(answers));
    Paragraph::new(text)
        .wrap(Wrap { trim: true })
        .block(
            Block::default()
                .borders(Borders::ALL)
                .title(if grave {
                    " Osparade ändringar "
                } else {
                    " Fråga "
                })
                .border_style(if grave { t.error() } else { t.warn() }),
        )
        .style(t.base())
        .render(popup, buf);
}
