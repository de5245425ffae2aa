//! A line to type an answer in: the question above, the line editor, and
//! a refusal under it with what was typed kept. Enter hands the text to
//! the app, which gives it to whoever asked.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Clear, Paragraph, Widget, Wrap};

use crate::domain::need::MAX_TEXT;
use crate::tui::action::Action;
use crate::tui::ask::Ask;
use crate::tui::cx::{Cx, Flow};
use crate::tui::view::View;
use crate::tui::widgets::line_editor::{Edit, LineEditor};
use crate::tui::widgets::{centered, safe};

pub struct PromptLayer {
    pub ask: Ask,
    pub editor: LineEditor,
    pub error: Option<String>,
}

impl PromptLayer {
    pub fn new(ask: Ask) -> PromptLayer {
        PromptLayer {
            ask,
            editor: LineEditor::new(MAX_TEXT),
            error: None,
        }
    }

    pub fn update(&mut self, action: Action, _cx: &mut Cx) -> Flow {
        match action {
            Action::Input(key) => {
                match self.editor.input(key) {
                    Edit::Full => self.error = Some(self.editor.full_message()),
                    Edit::Changed => self.error = None,
                    Edit::Moved | Edit::Ignored => {}
                }
                Flow::Handled
            }
            Action::Cancel => Flow::Close,
            _ => Flow::Bubble,
        }
    }

    pub fn paste(&mut self, text: &str, _cx: &mut Cx) -> bool {
        self.error = (self.editor.insert_str(text) > 0).then(|| self.editor.full_message());
        true
    }

    pub fn render(&self, v: &View, area: Rect, buf: &mut Buffer) {
        let t = v.theme;
        let popup = centered(area, 90, 7);
        Clear.render(popup, buf);
        let width = popup.width.saturating_sub(2) as usize;
        let mut lines = vec![
            Line::from(Span::styled(self.ask.question(), t.base())),
            self.editor.line(t.warn(), t.selected(), width),
        ];
        if let Some(e) = &self.error {
            lines.push(Line::from(Span::styled(safe(e), t.error())));
        }
        Paragraph::new(lines)
            .wrap(Wrap { trim: false })
            .block(
                Block::default()
                    .borders(Borders::ALL)
                    .border_style(t.accent()),
            )
            .style(t.base())
            .render(popup, buf);
    }
}
