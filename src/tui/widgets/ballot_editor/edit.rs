//! The ballot line's editing keys: Tab (complete, or take the code
//! offered for a typo), Backspace, Ctrl+Z, Ctrl+U and Ctrl+W. Nothing they
//! take is lost: Ctrl+Z puts it back.

use super::{BallotEditor, Refused, Undo};
use crate::meeting::need_tokens::completions;
use crate::tui::widgets::safe;

impl BallotEditor {
    /// Tab: completes the typed token, or with nothing typed takes the
    /// code offered for the last refused token.
    pub fn complete(&mut self) {
        self.clear_messages();
        if self.input.is_empty() {
            match self.refused.last().cloned() {
                Some(Refused {
                    suggestion: Some(s),
                    at,
                    ..
                }) => {
                    self.refused.pop();
                    self.clear_messages();
                    self.add(s.clone(), &s, Some(at));
                }
                _ => self.info = Some("Inget förslag att ta: skriv ett nummer.".into()),
            }
            return;
        }
        let options = completions(&self.list, &self.input);
        match options.as_slice() {
            [] => self.error = Some(format!("Inget nummer börjar med {}.", safe(&self.input))),
            [one] => self.input = one.to_string(),
            many => self.info = Some(format!("Flera passar: {}", many.join(" "))),
        }
    }

    /// Backspace: a typed character; on an empty line the last refused
    /// token comes back to be edited, else the last pick is taken off (said,
    /// and Ctrl+Z puts it back).
    pub fn backspace(&mut self) {
        self.clear_messages();
        if self.input.pop().is_some() {
            return;
        }
        if let Some(r) = self.refused.pop() {
            self.input = r.token;
            self.clear_messages();
            return;
        }
        if let Some(number) = self.chosen.pop() {
            self.info = Some(format!(
                "{number} togs bort ur valsedeln. Ctrl+Z lägger tillbaka."
            ));
            self.taken_off.push(Undo::Pick(self.chosen.len(), number));
        }
    }

    /// Ctrl+Z: what Backspace, Ctrl+U or Ctrl+W took last, back in its place.
    pub fn undo(&mut self) {
        self.clear_messages();
        match self.taken_off.pop() {
            Some(Undo::Pick(at, number)) if !self.chosen.contains(&number) => {
                self.chosen
                    .insert(at.min(self.chosen.len()), number.clone());
                self.info = Some(format!("{number} tillbaka i valsedeln."));
            }
            Some(Undo::Line(input, refused)) => {
                self.refused.extend(refused);
                if self.input.is_empty() {
                    self.input = input;
                }
                self.clear_messages();
                self.info = Some("Det strukna är tillbaka på raden.".into());
            }
            Some(Undo::Pick(..)) | None => {
                self.info = Some("Inget borttaget att lägga tillbaka.".into())
            }
        }
    }

    /// Ctrl+U: the typed token and every refused one off the line.
    pub fn clear_line(&mut self) {
        let input = std::mem::take(&mut self.input);
        let refused = std::mem::take(&mut self.refused);
        if !input.is_empty() || !refused.is_empty() {
            self.taken_off.push(Undo::Line(input, refused));
        }
        self.clear_messages();
    }

    /// Ctrl+W: the last marked token (the one the message speaks of), else
    /// the token being typed.
    pub fn clear_token(&mut self) {
        match self.refused.pop() {
            Some(r) => self.taken_off.push(Undo::Line(String::new(), vec![r])),
            None if !self.input.is_empty() => {
                let input = std::mem::take(&mut self.input);
                self.taken_off.push(Undo::Line(input, vec![]));
            }
            None => {}
        }
        self.clear_messages();
    }
}
