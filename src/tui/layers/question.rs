//! Yes/no questions, and the question before leaving changes that could not
//! be saved. Their answers are routed by the app to whoever asked.
//!
//! A question is answered only by its own keys, and typing that goes on
//! after it popped up never answers it: a stray key (or a paste) is
//! swallowed and said in the box, and an answer key right after a stray one
//! is taken as more typing, so the `n` of a name typed next is not "nej".
//! Esc is always "nej".

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Clear, Paragraph, Widget, Wrap};

use crossterm::event::{KeyCode, KeyEvent};

use crate::tui::action::Action;
use crate::tui::ask::Ask;
use crate::tui::cx::Leave;
use crate::tui::keymap::Context;
use crate::tui::keymap_help::footer_hints;
use crate::tui::view::View;
use crate::tui::widgets::{centered, safe};

pub struct QuestionLayer {
    pub ask: Ask,
    pub text: String,
    /// The last key was not one of the question's own.
    pub after_stray: bool,
    /// Said in the box when typing went into the question.
    pub note: Option<String>,
}

pub struct UnsavedLayer {
    pub leave: Leave,
    pub text: String,
}

impl QuestionLayer {
    pub fn new(ask: Ask, text: String) -> QuestionLayer {
        QuestionLayer {
            ask,
            text,
            after_stray: false,
            note: None,
        }
    }

    /// Should this key reach the question's answers? Esc always does; a
    /// j/n/y/Enter only when the key before it was not a stray one.
    pub fn takes(&mut self, key: KeyEvent, action: Option<Action>) -> bool {
        let answer = match action {
            Some(Action::Yes | Action::No) => true,
            Some(a) => self.ask.also_answered_by(a),
            _ => false,
        };
        if key.code == KeyCode::Esc {
            return true;
        }
        if !answer {
            self.typed_over();
            return false;
        }
        if std::mem::take(&mut self.after_stray) {
            self.note = Some(
                "Du skrev medan frågan väntade; det togs inte som svar. Svara nu: j (ja) eller n (nej)."
                    .into(),
            );
            return false;
        }
        true
    }

    /// Typing (or a paste) that went into the question: swallowed, said.
    pub fn typed_over(&mut self) {
        self.after_stray = true;
        self.note = Some(
            "Frågan väntar på svar (j ja, n nej, Esc nej); det du skrev togs inte emot.".into(),
        );
    }

    pub fn render(&self, v: &View, area: Rect, buf: &mut Buffer) {
        let text = match &self.note {
            Some(n) => format!("{}\n\n{n}", self.text),
            None => self.text.clone(),
        };
        draw(v, area, buf, &text, Context::Confirm, false);
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
