//! Entering one representative's ballot fast: type need numbers (with
//! completion, "gr3" is GR-03) separated by space, or move in the list and
//! press space. A pick that is one too many, a duplicate or a number not on
//! the list is refused on the spot. In the rank stage the order is the
//! ranking, and items move up and down.

use crate::domain::Round;
use crate::domain::need::{completions, token_names};
use crate::domain::priority::Stage;
use crate::tui::widgets::safe;

#[derive(Debug, Clone, PartialEq)]
pub struct BallotEditor {
    pub stage: Stage,
    pub representative: String,
    /// What may be chosen: the final compilation, or the list to rank.
    pub list: Vec<String>,
    /// Chosen so far; for a ranking, in order.
    pub chosen: Vec<String>,
    /// The number being typed.
    pub input: String,
    /// The row under the cursor in the shown list.
    pub cursor: usize,
    /// N for picks; None for a ranking (at most the whole list).
    pub max: Option<usize>,
    pub original: Vec<String>,
    pub error: Option<String>,
}

impl BallotEditor {
    pub fn new(round: &Round, stage: Stage, representative: &str) -> BallotEditor {
        let p = &round.prioritization;
        let (list, original, max) = match stage {
            Stage::Pick => (
                round
                    .final_compilation()
                    .iter()
                    .map(|n| n.number.clone())
                    .collect(),
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
                    .map(|b| b.order.clone())
                    .unwrap_or_default(),
                None,
            ),
        };
        BallotEditor {
            stage,
            representative: representative.to_string(),
            list,
            chosen: original.clone(),
            input: String::new(),
            cursor: 0,
            max,
            original,
            error: None,
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

    pub fn is_dirty(&self) -> bool {
        self.chosen != self.original || !self.input.trim().is_empty()
    }

    pub fn limit(&self) -> usize {
        self.max.unwrap_or(self.list.len())
    }

    /// Adds a need, refusing a duplicate or one too many.
    fn add(&mut self, number: String) -> Result<(), String> {
        if self.chosen.contains(&number) {
            return Err(format!("{number} är redan vald."));
        }
        if self.chosen.len() >= self.limit() {
            return Err(match self.stage {
                Stage::Pick => format!(
                    "Högst {} val: ta bort ett (Backsteg) innan du lägger till {number}.",
                    self.limit()
                ),
                Stage::Rank => "Alla behov på listan är redan rangordnade.".into(),
            });
        }
        self.chosen.push(number);
        Ok(())
    }

    /// Takes the typed number into the ballot, or (with nothing typed)
    /// toggles the row under the cursor.
    pub fn commit(&mut self) {
        self.error = None;
        let token = self.input.trim().to_string();
        if token.is_empty() {
            let Some(number) = self.shown().get(self.cursor).map(|s| s.to_string()) else {
                return;
            };
            if let Some(pos) = self.chosen.iter().position(|c| *c == number) {
                self.chosen.remove(pos);
            } else if let Err(e) = self.add(number) {
                self.error = Some(e);
            }
            return;
        }
        match self.list.iter().find(|n| token_names(n, &token)).cloned() {
            Some(number) => match self.add(number) {
                Ok(()) => self.input.clear(),
                Err(e) => self.error = Some(e),
            },
            None => {
                let what = match self.stage {
                    Stage::Pick => "den slutliga sammanställningen",
                    Stage::Rank => "listan som rangordnas",
                };
                self.error = Some(format!(
                    "{} finns inte i {what}. Tab visar förslag.",
                    safe(&token)
                ));
            }
        }
    }

    /// Completes the typed number: the one match, or the shared beginning.
    pub fn complete(&mut self) {
        let options = completions(&self.list, &self.input);
        match options.as_slice() {
            [] => self.error = Some(format!("Inget nummer börjar med {}.", safe(&self.input))),
            [one] => {
                self.input = one.to_string();
                self.error = None;
            }
            many => {
                let first = many[0];
                let common = first
                    .char_indices()
                    .map(|(i, c)| i + c.len_utf8())
                    .take_while(|end| {
                        many.iter().all(|m| {
                            m.len() >= *end
                                && m.is_char_boundary(*end)
                                && m[..*end].eq_ignore_ascii_case(&first[..*end])
                        })
                    })
                    .last()
                    .unwrap_or(0);
                if common > self.input.len() {
                    self.input = first[..common].to_string();
                }
            }
        }
    }

    pub fn type_char(&mut self, c: char) {
        if c == ' ' || c == ',' || c == ';' {
            self.commit();
        } else if !c.is_control() {
            self.input.push(c);
        }
    }

    /// Backspace: a typed character, else the last chosen need.
    pub fn backspace(&mut self) {
        self.error = None;
        if self.input.pop().is_none() {
            self.chosen.pop();
        }
    }

    pub fn move_cursor(&mut self, down: bool) {
        let len = self.shown().len();
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

    /// What to save: the typed number taken in first. None if it was refused.
    pub fn finish(&mut self) -> Option<Vec<String>> {
        if !self.input.trim().is_empty() {
            self.commit();
            if self.error.is_some() {
                return None;
            }
        }
        Some(self.chosen.clone())
    }
}

#[cfg(test)]
mod tests;
