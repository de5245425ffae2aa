//! The one line editor: every prompt, filter, name search and the ballot
//! line use it. Characters go in at the cursor; ← → Home End move it;
//! Backspace and Delete remove one character, Ctrl+W the word before the
//! cursor, Ctrl+U everything before it. A paste goes in as text with its
//! control characters and line breaks made spaces. The text never grows
//! past its limit; a key that would is refused and says so.

use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use ratatui::style::Style;
use ratatui::text::{Line, Span};

use crate::domain::text_safety::clean_line;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LineEditor {
    text: String,
    /// The cursor as a character index into `text`.
    cursor: usize,
    max: usize,
}

/// What a key did to the line.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Edit {
    /// The text changed.
    Changed,
    /// Only the cursor moved (or nothing happened).
    Moved,
    /// The key is not an editing key: the caller may use it.
    Ignored,
    /// The text is at its limit; the key was refused.
    Full,
}

impl LineEditor {
    pub fn new(max: usize) -> LineEditor {
        LineEditor {
            text: String::new(),
            cursor: 0,
            max,
        }
    }

    pub fn with_text(text: &str, max: usize) -> LineEditor {
        let mut e = LineEditor::new(max);
        e.insert_str(text);
        e
    }

    pub fn text(&self) -> &str {
        &self.text
    }

    pub fn max(&self) -> usize {
        self.max
    }

    pub fn is_empty(&self) -> bool {
        self.text.is_empty()
    }

    pub fn clear(&mut self) {
        self.text.clear();
        self.cursor = 0;
    }

    pub fn set(&mut self, text: &str) {
        self.clear();
        self.insert_str(text);
    }

    fn len(&self) -> usize {
        self.text.chars().count()
    }

    fn byte_at(&self, char_index: usize) -> usize {
        self.text
            .char_indices()
            .nth(char_index)
            .map_or(self.text.len(), |(b, _)| b)
    }

    /// Inserts one character at the cursor; false when the line is full.
    pub fn insert(&mut self, c: char) -> bool {
        if self.len() >= self.max {
            return false;
        }
        let at = self.byte_at(self.cursor);
        self.text.insert(at, c);
        self.cursor += 1;
        true
    }

    /// Inserts pasted text: control characters, tabs and line breaks become
    /// single spaces. Returns how many characters did not fit.
    pub fn insert_str(&mut self, s: &str) -> usize {
        let mut left_out = 0;
        let mut last_space = false;
        for c in s.chars() {
            let c = if c.is_control() || crate::domain::text_safety::is_unsafe(c) {
                ' '
            } else {
                c
            };
            if c == ' ' && last_space {
                continue;
            }
            last_space = c == ' ';
            if !self.insert(c) {
                left_out += 1;
            }
        }
        left_out
    }

    /// Removes the word before the cursor (and the spaces after it).
    pub fn delete_word(&mut self) {
        let chars: Vec<char> = self.text.chars().collect();
        let mut start = self.cursor;
        while start > 0 && chars[start - 1].is_whitespace() {
            start -= 1;
        }
        while start > 0 && !chars[start - 1].is_whitespace() {
            start -= 1;
        }
        let (a, b) = (self.byte_at(start), self.byte_at(self.cursor));
        self.text.replace_range(a..b, "");
        self.cursor = start;
    }

    /// An editing key; anything else is `Ignored` for the caller.
    pub fn input(&mut self, key: KeyEvent) -> Edit {
        let ctrl = key.modifiers.contains(KeyModifiers::CONTROL);
        match key.code {
            KeyCode::Char('u') if ctrl => {
                let b = self.byte_at(self.cursor);
                self.text.replace_range(..b, "");
                self.cursor = 0;
                Edit::Changed
            }
            KeyCode::Char('w') if ctrl => {
                self.delete_word();
                Edit::Changed
            }
            KeyCode::Char('a') if ctrl => {
                self.cursor = 0;
                Edit::Moved
            }
            KeyCode::Char('e') if ctrl => {
                self.cursor = self.len();
                Edit::Moved
            }
            _ if ctrl || key.modifiers.contains(KeyModifiers::ALT) => Edit::Ignored,
            KeyCode::Char(c) => {
                if self.insert(c) {
                    Edit::Changed
                } else {
                    Edit::Full
                }
            }
            KeyCode::Backspace if self.cursor > 0 => {
                let (a, b) = (self.byte_at(self.cursor - 1), self.byte_at(self.cursor));
                self.text.replace_range(a..b, "");
                self.cursor -= 1;
                Edit::Changed
            }
            KeyCode::Delete if self.cursor < self.len() => {
                let (a, b) = (self.byte_at(self.cursor), self.byte_at(self.cursor + 1));
                self.text.replace_range(a..b, "");
                Edit::Changed
            }
            KeyCode::Backspace | KeyCode::Delete => Edit::Moved,
            KeyCode::Left => {
                self.cursor = self.cursor.saturating_sub(1);
                Edit::Moved
            }
            KeyCode::Right => {
                self.cursor = (self.cursor + 1).min(self.len());
                Edit::Moved
            }
            KeyCode::Home => {
                self.cursor = 0;
                Edit::Moved
            }
            KeyCode::End => {
                self.cursor = self.len();
                Edit::Moved
            }
            _ => Edit::Ignored,
        }
    }

    /// The refusal for a full line, in Swedish.
    pub fn full_message(&self) -> String {
        format!(
            "Raden får vara högst {} tecken; det du skrivit finns kvar.",
            super::thousands(self.max)
        )
    }

    /// The line as shown, cleaned, with a cursor mark; at most `width`
    /// characters, scrolled so the cursor shows.
    pub fn line(&self, style: Style, cursor: Style, width: usize) -> Line<'static> {
        let clean: Vec<char> = clean_line(&self.text).chars().collect();
        let width = width.max(2);
        let start = self.cursor.saturating_sub(width - 1);
        let before: String = clean[start..self.cursor].iter().collect();
        let at = clean.get(self.cursor).copied().unwrap_or(' ');
        let after: String = clean
            .iter()
            .skip(self.cursor + 1)
            .take(width.saturating_sub(self.cursor - start + 1))
            .collect();
        Line::from(vec![
            Span::styled(before, style),
            Span::styled(at.to_string(), cursor),
            Span::styled(after, style),
        ])
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn k(code: KeyCode) -> KeyEvent {
        KeyEvent::new(code, KeyModifiers::NONE)
    }

    fn ctrl(c: char) -> KeyEvent {
        KeyEvent::new(KeyCode::Char(c), KeyModifiers::CONTROL)
    }

    #[test]
    fn typing_moving_and_deleting_at_the_cursor() {
        let mut e = LineEditor::new(100);
        for c in "gr1 hal2".chars() {
            e.input(k(KeyCode::Char(c)));
        }
        e.input(k(KeyCode::Left));
        e.input(k(KeyCode::Left));
        e.input(k(KeyCode::Backspace));
        assert_eq!(e.text(), "gr1 hl2");
        e.input(k(KeyCode::Char('å')));
        assert_eq!(e.text(), "gr1 hål2");
        e.input(k(KeyCode::End));
        e.input(ctrl('w'));
        assert_eq!(e.text(), "gr1 ");
        e.input(ctrl('u'));
        assert_eq!(e.text(), "");
    }

    #[test]
    fn a_paste_is_text_with_line_breaks_as_spaces_and_a_limit() {
        let mut e = LineEditor::new(10);
        let left = e.insert_str("GR-01\r\nDAL-01\u{1b}[2J");
        assert_eq!(e.text(), "GR-01 DAL-");
        assert_eq!(left, 6);
        assert_eq!(e.input(k(KeyCode::Char('x'))), Edit::Full);
        assert!(e.full_message().contains("högst 10"));
    }

    #[test]
    fn keys_that_are_not_editing_are_left_to_the_caller() {
        let mut e = LineEditor::new(10);
        assert_eq!(e.input(k(KeyCode::Enter)), Edit::Ignored);
        assert_eq!(e.input(k(KeyCode::Up)), Edit::Ignored);
        assert_eq!(e.input(ctrl('s')), Edit::Ignored);
    }
}
