//! Entering one representative's ballot fast: type need numbers (with
//! completion, "gr3" is GR-03) separated by space, or move in the list and
//! press space. A pick that is one too many, a duplicate or a number not on
//! the list is refused on the spot. In the rank stage the order is the
//! ranking, and items move up and down.

use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Clear, Paragraph, Widget, Wrap};

use crate::domain::Round;
use crate::domain::need::{completions, token_names};
use crate::domain::priority::Stage;
use crate::tui::theme::Theme;
use crate::tui::widgets::{fit, safe};

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

    fn limit(&self) -> usize {
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

pub struct BallotEditorView<'a> {
    pub editor: &'a BallotEditor,
    pub round: &'a Round,
    pub theme: &'a Theme,
}

impl Widget for &BallotEditorView<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let t = self.theme;
        let e = self.editor;
        Clear.render(area, buf);
        let title = match e.stage {
            Stage::Pick => format!(
                " Val för {} ({} av högst {}) ",
                safe(&e.representative),
                e.chosen.len(),
                e.limit()
            ),
            Stage::Rank => format!(
                " Rangordning för {} ({} av {}) ",
                safe(&e.representative),
                e.chosen.len(),
                e.list.len()
            ),
        };
        let block = Block::default()
            .borders(Borders::ALL)
            .title(Span::styled(title, t.title()))
            .border_style(t.accent())
            .style(t.base());
        let inner = block.inner(area);
        block.render(area, buf);
        let [top, list, bottom] = Layout::vertical([
            Constraint::Length(3),
            Constraint::Min(3),
            Constraint::Length(2),
        ])
        .areas(inner);

        let chosen = if e.chosen.is_empty() {
            "inga ännu".to_string()
        } else {
            e.chosen.join(", ")
        };
        let options = completions(&e.list, &e.input);
        let hint = if e.input.is_empty() {
            String::new()
        } else {
            format!("  → {}", fit(&options.join(" "), 40))
        };
        Paragraph::new(vec![
            Line::from(vec![
                Span::styled("Valda: ", t.muted()),
                Span::styled(safe(&chosen), t.accent()),
            ]),
            Line::from(vec![
                Span::styled("Nummer: ", t.muted()),
                Span::styled(format!("{}▏", safe(&e.input)), t.warn()),
                Span::styled(hint, t.muted()),
            ]),
        ])
        .render(top, buf);

        let shown = e.shown();
        let height = list.height as usize;
        let start = e.cursor.saturating_sub(height.saturating_sub(1));
        let title_w = (list.width as usize).saturating_sub(16);
        let lines: Vec<Line> = shown
            .iter()
            .enumerate()
            .skip(start)
            .take(height)
            .map(|(i, number)| {
                let mark = match (e.stage, e.chosen.iter().position(|c| c == number)) {
                    (Stage::Pick, Some(_)) => "[x]".to_string(),
                    (Stage::Pick, None) => "[ ]".to_string(),
                    (Stage::Rank, Some(p)) => format!("{:>3}", p + 1),
                    (Stage::Rank, None) => "  ·".to_string(),
                };
                let title = self
                    .round
                    .need(number)
                    .map(|n| safe(&n.title))
                    .unwrap_or_default();
                let style = if i == e.cursor {
                    t.selected()
                } else {
                    t.base()
                };
                Line::from(Span::styled(
                    format!("{mark} {:<8} {}", safe(number), fit(&title, title_w)),
                    style,
                ))
            })
            .collect();
        Paragraph::new(lines).render(list, buf);

        let msg = match &e.error {
            Some(err) => Line::from(Span::styled(err.clone(), t.error())),
            None => Line::from(Span::styled(
                match e.stage {
                    Stage::Pick => {
                        "Skriv nummer + mellanslag (gr3 = GR-03), eller ↑/↓ och mellanslag. Backsteg tar bort. Enter sparar."
                    }
                    Stage::Rank => {
                        "Skriv nummer i ordning, eller ↑/↓ + mellanslag; < > flyttar. Enter sparar (topp R räcker)."
                    }
                },
                t.muted(),
            )),
        };
        Paragraph::new(msg)
            .wrap(Wrap { trim: true })
            .render(bottom, buf);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn editor(stage: Stage, max: Option<usize>) -> BallotEditor {
        BallotEditor {
            stage,
            representative: "Anna".into(),
            list: ["GR-01", "GR-02", "GÄV-01", "HAL-01"]
                .iter()
                .map(|s| s.to_string())
                .collect(),
            chosen: vec![],
            input: String::new(),
            cursor: 0,
            max,
            original: vec![],
            error: None,
        }
    }

    fn typed(e: &mut BallotEditor, s: &str) {
        s.chars().for_each(|c| e.type_char(c));
    }

    #[test]
    fn typed_numbers_are_taken_in_and_refusals_keep_the_typing() {
        let mut e = editor(Stage::Pick, Some(2));
        typed(&mut e, "gr1 gäv1 ");
        assert_eq!(e.chosen, vec!["GR-01", "GÄV-01"]);
        typed(&mut e, "hal1 ");
        assert!(e.error.as_deref().unwrap().contains("Högst 2"));
        assert_eq!(e.input, "hal1", "the refused number stays typed");
        e.input.clear();
        e.backspace();
        typed(&mut e, "gr-01 ");
        assert!(e.error.as_deref().unwrap().contains("redan vald"));
        e.input = "xx9".into();
        e.commit();
        assert!(e.error.as_deref().unwrap().contains("finns inte"));
        assert_eq!(e.chosen, vec!["GR-01"]);
    }

    #[test]
    fn space_with_nothing_typed_toggles_the_row_under_the_cursor() {
        let mut e = editor(Stage::Pick, Some(3));
        e.move_cursor(true);
        e.type_char(' ');
        assert_eq!(e.chosen, vec!["GR-02"]);
        e.type_char(' ');
        assert!(e.chosen.is_empty());
    }

    #[test]
    fn tab_completes_the_one_match_or_the_shared_beginning() {
        let mut e = editor(Stage::Pick, Some(3));
        e.input = "h".into();
        e.complete();
        assert_eq!(e.input, "HAL-01");
        e.input = "gr".into();
        e.complete();
        assert_eq!(e.input, "GR-0");
    }

    #[test]
    fn a_ranking_keeps_order_and_items_move() {
        let mut e = editor(Stage::Rank, None);
        typed(&mut e, "hal1 gr2 gr1");
        assert_eq!(e.finish().unwrap(), vec!["HAL-01", "GR-02", "GR-01"]);
        assert_eq!(e.shown(), vec!["HAL-01", "GR-02", "GR-01", "GÄV-01"]);
        e.cursor = 2;
        e.move_item(true);
        assert_eq!(e.chosen, vec!["HAL-01", "GR-01", "GR-02"]);
        assert_eq!(e.cursor, 1);
        e.cursor = 3;
        e.move_item(true);
        assert!(e.error.is_some(), "an unranked row does not move");
    }

    #[test]
    fn finish_refuses_when_the_last_typed_number_is_wrong() {
        let mut e = editor(Stage::Pick, Some(3));
        typed(&mut e, "gr1 nej");
        assert_eq!(e.finish(), None);
        assert_eq!(e.chosen, vec!["GR-01"]);
    }
}
