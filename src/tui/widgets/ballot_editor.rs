//! Entering one representative's ballot fast, as dictated: need numbers
//! typed as codes (`gr3`, `gav1`, `GÄV-01`) or as their row on the final
//! compilation as sent out (`3 12 17`), separated by spaces, commas or
//! semicolons; or ↑/↓ in the list and space. A number that is refused stays
//! on the line as its own marked token and typing goes on after it; a near
//! miss with one closest code is offered (Tab takes it), never taken. In the
//! rank stage the order typed is the ranking, and items move up and down.

use crate::domain::Round;
use crate::domain::priority::Stage;
use crate::meeting::need_tokens::resolve;
use crate::tui::widgets::safe;

/// A typed token that was refused, kept on the line to be put right.
#[derive(Debug, Clone, PartialEq)]
pub struct Refused {
    pub token: String,
    /// The one code it may have meant (on the list), taken with Tab.
    pub suggestion: Option<String>,
    /// Where in the ballot it was typed: Tab puts the code there, so a
    /// ranking keeps the order dictated.
    pub at: usize,
}

/// What Ctrl+Z puts back: a pick taken off with Backspace, or what Ctrl+U
/// or Ctrl+W struck from the line.
#[derive(Debug, Clone, PartialEq)]
pub enum Undo {
    Pick(usize, String),
    Line(String, Vec<Refused>),
}

#[derive(Debug, Clone, PartialEq)]
pub struct BallotEditor {
    pub stage: Stage,
    pub representative: String,
    /// The final compilation as sent out: a row number names its need.
    pub rows: Vec<String>,
    /// What may be chosen: the final compilation, or the list to rank.
    pub list: Vec<String>,
    /// Chosen so far; for a ranking, in order.
    pub chosen: Vec<String>,
    /// Refused tokens, in the order typed, still on the line.
    pub refused: Vec<Refused>,
    /// The token being typed.
    pub input: String,
    /// The row under the cursor in the shown list.
    pub cursor: usize,
    /// Space toggles the row under the cursor only right after ↑/↓ (or a
    /// toggle): a space after typing is always a separator.
    pub in_list: bool,
    /// N for picks; None for a ranking (at most the whole list).
    pub max: Option<usize>,
    pub original: Vec<String>,
    /// What Backspace, Ctrl+U and Ctrl+W took, newest last, for Ctrl+Z.
    pub taken_off: Vec<Undo>,
    /// A refusal, in red.
    pub error: Option<String>,
    /// What the last key did, when it is worth saying.
    pub info: Option<String>,
}

impl BallotEditor {
    pub fn new(round: &Round, stage: Stage, representative: &str) -> BallotEditor {
        let p = &round.prioritization;
        let rows: Vec<String> = round
            .final_compilation()
            .iter()
            .map(|n| n.number.clone())
            .collect();
        let (list, original, max) = match stage {
            Stage::Pick => (
                rows.clone(),
                p.pick_ballot(representative)
                    .map(|b| b.needs.clone())
                    .unwrap_or_default(),
                Some(p.max_picks),
            ),
            Stage::Rank => (
                round.rank_list_for(representative),
                p.rank_ballots
                    .iter()
                    .find(|b| b.representative == representative)
                    .map(|b| b.order.to_vec())
                    .unwrap_or_default(),
                None,
            ),
        };
        BallotEditor::with(stage, representative, rows, list, original, max)
    }

    pub fn with(
        stage: Stage,
        representative: &str,
        rows: Vec<String>,
        list: Vec<String>,
        original: Vec<String>,
        max: Option<usize>,
    ) -> BallotEditor {
        BallotEditor {
            stage,
            representative: representative.to_string(),
            rows,
            list,
            chosen: original.clone(),
            refused: vec![],
            input: String::new(),
            cursor: 0,
            in_list: false,
            max,
            original,
            taken_off: vec![],
            error: None,
            info: None,
        }
    }

    /// The list as shown: for picks the list's own order; for a ranking the
    /// ranked needs first in order, then the rest.
    pub fn shown(&self) -> Vec<&str> {
        match self.stage {
            Stage::Pick => self.list.iter().map(String::as_str).collect(),
            Stage::Rank => self
                .chosen
                .iter()
                .map(String::as_str)
                .chain(
                    self.list
                        .iter()
                        .filter(|n| !self.chosen.contains(n))
                        .map(String::as_str),
                )
                .collect(),
        }
    }

    /// A need's row on the final compilation as sent out (1…L).
    pub fn row_of(&self, number: &str) -> Option<usize> {
        self.rows.iter().position(|n| n == number).map(|i| i + 1)
    }

    pub fn is_dirty(&self) -> bool {
        self.chosen != self.original || !self.input.trim().is_empty() || !self.refused.is_empty()
    }

    pub fn limit(&self) -> usize {
        self.max.unwrap_or(self.list.len())
    }

    /// Messages of the last key go; what is still marked on the line is
    /// said again, so the offer for a typo stays in view.
    fn clear_messages(&mut self) {
        self.info = None;
        self.error = self.marked_note();
    }

    fn marked_note(&self) -> Option<String> {
        let last = self.refused.last()?;
        let offer = match &last.suggestion {
            Some(s) => format!(" Menade du {s}? Tab tar det."),
            None => String::new(),
        };
        Some(format!(
            "Markerat: {}.{offer} Backsteg rättar, Ctrl+W stryker.",
            self.refused
                .iter()
                .map(|r| r.token.as_str())
                .collect::<Vec<_>>()
                .join(", ")
        ))
    }

    /// Adds a need (at `at`, else last), refusing one too many; a
    /// duplicate is only said.
    fn add(&mut self, number: String, token: &str, at: Option<usize>) {
        if !self.list.contains(&number) {
            self.refuse(token, None);
            self.error = Some(format!("{number} finns inte på listan som rangordnas."));
        } else if self.chosen.contains(&number) {
            self.info = Some(format!("{number} är redan vald (inget ändrat)."));
        } else if self.chosen.len() >= self.limit() {
            self.refuse(token, None);
            self.error = Some(match self.stage {
                Stage::Pick => format!(
                    "Högst {} val: {} kom inte med. Ta bort ett val (Backsteg) eller det markerade (Ctrl+W).",
                    self.limit(),
                    safe(token)
                ),
                Stage::Rank => "Alla behov på listan är redan rangordnade.".into(),
            });
        } else {
            let at = at.unwrap_or(self.chosen.len()).min(self.chosen.len());
            self.chosen.insert(at, number);
        }
    }

    fn refuse(&mut self, token: &str, suggestion: Option<String>) {
        self.refused.push(Refused {
            token: safe(token),
            suggestion,
            at: self.chosen.len(),
        });
    }

    /// Takes the typed token in: the need it names, or a marked refusal.
    /// Either way the line is free for the next token.
    fn take_token(&mut self) {
        let token = std::mem::take(&mut self.input);
        let token = token.trim();
        if token.is_empty() {
            return;
        }
        match resolve(&self.rows, token).or_else(|_| resolve(&self.list, token)) {
            Ok(number) if self.list.contains(&number) => self.add(number, token, None),
            Ok(number) => {
                self.refuse(token, None);
                self.error = Some(format!(
                    "{number} ({}) finns inte på listan som rangordnas.",
                    safe(token)
                ));
            }
            Err(_) => {
                // A near miss is offered only among the needs that may be chosen.
                let miss = resolve(&self.list, token).unwrap_err();
                let what = match self.stage {
                    Stage::Pick => "den slutliga sammanställningen",
                    Stage::Rank => "listan som rangordnas",
                };
                self.error = Some(match &miss.suggestion {
                    Some(s) => format!(
                        "{} finns inte i {what}. Menade du {s}? Tab tar det, Ctrl+W stryker.",
                        safe(token)
                    ),
                    None => format!(
                        "{} finns inte i {what} (1–{} eller ett nummer som GR-01). Ctrl+W stryker.",
                        safe(token),
                        self.rows.len()
                    ),
                });
                self.refuse(token, miss.suggestion);
            }
        }
    }

    /// A typed character: a separator takes the token in (space with
    /// nothing typed, right after ↑/↓, toggles the row under the cursor).
    pub fn type_char(&mut self, c: char) {
        if c == ' ' && self.input.is_empty() && self.in_list {
            self.toggle();
        } else if c.is_whitespace() || c == ',' || c == ';' {
            self.clear_messages();
            self.in_list = false;
            self.take_token();
        } else if !c.is_control() {
            self.in_list = false;
            self.input.push(c);
        }
    }

    /// Space in the list: the row under the cursor in or out.
    fn toggle(&mut self) {
        self.clear_messages();
        let Some(number) = self.shown().get(self.cursor).map(|s| s.to_string()) else {
            return;
        };
        if let Some(pos) = self.chosen.iter().position(|c| *c == number) {
            self.chosen.remove(pos);
        } else {
            self.add(number.clone(), &number, None);
        }
    }

    /// Pasted text: each token taken as if typed and ended (the last one
    /// too); control characters are separators, never keys.
    pub fn paste(&mut self, text: &str) {
        self.in_list = false;
        self.clear_messages();
        for c in text.chars() {
            if c.is_whitespace() || c.is_control() || c == ',' || c == ';' {
                self.take_token();
            } else {
                self.input.push(c);
            }
        }
        self.take_token();
    }

    pub fn move_cursor(&mut self, down: bool) {
        let len = self.shown().len();
        self.in_list = true;
        if down {
            self.cursor = (self.cursor + 1).min(len.saturating_sub(1));
        } else {
            self.cursor = self.cursor.saturating_sub(1);
        }
    }

    /// Moves the ranked need under the cursor one place up or down.
    pub fn move_item(&mut self, up: bool) {
        if self.stage != Stage::Rank || self.cursor >= self.chosen.len() {
            self.error =
                Some("Flytta gäller rangordnade behov: markera ett av de numrerade.".into());
            return;
        }
        let to = if up {
            self.cursor.checked_sub(1)
        } else {
            Some(self.cursor + 1).filter(|t| *t < self.chosen.len())
        };
        if let Some(to) = to {
            self.chosen.swap(self.cursor, to);
            self.cursor = to;
        }
    }

    /// What to save: the typed token taken in first. None, with every
    /// marked token named, while one is still on the line.
    pub fn finish(&mut self) -> Option<Vec<String>> {
        self.take_token();
        if self.refused.is_empty() {
            return Some(self.chosen.clone());
        }
        let why = self.error.take();
        let note = self.marked_note().unwrap_or_default();
        self.error = Some(match why {
            Some(w) if !note.contains(&w) => format!("Inte sparad. {w} {note}"),
            _ => format!("Inte sparad. {note}"),
        });
        None
    }
}

mod edit;

#[cfg(test)]
mod tests;
