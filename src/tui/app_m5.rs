//! The moment-5 screen's part of the update: choosing a representative,
//! entering ballots, attendance, the stages, presentation, export, log.

use crossterm::event::{KeyCode, KeyEvent};

use super::action::Action;
use super::app::{App, Effect, Overlay, Question};
use super::prompt::{LinePrompt, PromptKind};
use super::widgets::ballot_editor::BallotEditor;
use crate::domain::Round;
use crate::domain::collate::contains_folded;
use crate::domain::priority::{JointRule, Stage};

#[derive(Debug, Clone, PartialEq, Default)]
pub enum M5Mode {
    #[default]
    Normal,
    ChooseRep {
        query: String,
        selected: usize,
    },
    Ballot(Box<BallotEditor>),
    Attendance {
        selected: usize,
    },
    Log {
        scroll: usize,
    },
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct M5State {
    pub mode: M5Mode,
    /// Show who picked what (for the secretariat, not the shared screen).
    pub per_rep: bool,
    pub presentation: bool,
}

/// Present representatives whose name contains every typed word.
pub fn rep_matches(round: &Round, query: &str) -> Vec<String> {
    round
        .prioritization
        .present
        .iter()
        .filter(|n| query.split_whitespace().all(|w| contains_folded(n, w)))
        .cloned()
        .collect()
}

/// All representatives (present or not) whose name contains every typed word.
pub fn all_rep_matches(round: &Round, query: &str) -> Vec<String> {
    round
        .representatives
        .iter()
        .map(|r| r.name.clone())
        .filter(|n| query.split_whitespace().all(|w| contains_folded(n, w)))
        .collect()
}

/// Parses "alla", "topp 10" / "top 10", "minst 2".
pub fn parse_joint_rule(s: &str) -> Result<JointRule, String> {
    let words: Vec<String> = s.split_whitespace().map(str::to_lowercase).collect();
    let number = |w: Option<&String>| w.and_then(|x| x.parse::<usize>().ok()).filter(|n| *n > 0);
    match words.first().map(String::as_str) {
        Some("alla") => Ok(JointRule::AllPicked),
        Some("topp" | "top") => number(words.get(1))
            .map(JointRule::TopK)
            .ok_or_else(|| "Skriv t.ex. \"topp 10\".".into()),
        Some("minst") => number(words.get(1))
            .map(|m| JointRule::AtLeast(m as u32))
            .ok_or_else(|| "Skriv t.ex. \"minst 2\".".into()),
        _ => Err("Skriv \"alla\", \"topp K\" eller \"minst M\".".into()),
    }
}

impl App {
    pub(crate) fn update_m5(&mut self, action: Action) -> Vec<Effect> {
        let Some(round) = self.round() else {
            return vec![];
        };
        let stage = round.prioritization.stage();
        // The mode is taken out while it is handled and put back after, so
        // the round can be changed meanwhile.
        let mode = std::mem::take(&mut self.m5.mode);
        let (mode, effects) = self.update_m5_mode(mode, action, stage);
        // A question may have been asked; the mode it is about stays.
        self.m5.mode = mode;
        effects
    }

    fn update_m5_mode(
        &mut self,
        mode: M5Mode,
        action: Action,
        stage: Stage,
    ) -> (M5Mode, Vec<Effect>) {
        use M5Mode as M;
        let none = |m: M5Mode| (m, vec![]);
        match (mode, action) {
            (m, Action::Presentation) => {
                self.m5.presentation = !self.m5.presentation;
                none(m)
            }
            (m, Action::TogglePerRep) => {
                self.m5.per_rep = !self.m5.per_rep;
                none(m)
            }
            (M::Normal, Action::StartBallot) => {
                let rank_closed = self.round().is_some_and(|r| r.prioritization.rank_closed);
                if stage == Stage::Rank && rank_closed {
                    self.fail("Rangordningssteget är stängt. Öppna det igen (o) för att ändra.");
                } else if let Some(reason) = self.read_only_reason() {
                    self.fail(format!("Omgången är skrivskyddad: {reason}"));
                } else {
                    return none(M::ChooseRep {
                        query: String::new(),
                        selected: 0,
                    });
                }
                none(M::Normal)
            }
            (M::Normal, Action::Attendance) => none(M::Attendance { selected: 0 }),
            (M::Normal, Action::ShowLog) => {
                let last = self.round().map_or(0, |r| r.log.len());
                none(M::Log { scroll: last })
            }
            (M::Normal, Action::MorePicks | Action::FewerPicks) => {
                let n = self.round().map_or(0, |r| r.prioritization.max_picks);
                let to = if action == Action::MorePicks {
                    n + 1
                } else {
                    n.saturating_sub(1)
                };
                (
                    M::Normal,
                    self.change_m5(&format!("Antal val satt till {to}."), move |r, at| {
                        r.set_max_picks(to, at)
                    }),
                )
            }
            (M::Normal, Action::JointRule) => {
                self.prompt = Some(LinePrompt::new(PromptKind::JointRule));
                none(M::Normal)
            }
            (M::Normal, Action::CloseStage) => {
                self.overlay = Overlay::Confirm(Question::CloseStage);
                none(M::Normal)
            }
            (M::Normal, Action::ReopenStage) => {
                let which = if self.round().is_some_and(|r| r.prioritization.rank_closed) {
                    Stage::Rank
                } else {
                    Stage::Pick
                };
                self.prompt = Some(LinePrompt::new(PromptKind::ReopenReason(which)));
                none(M::Normal)
            }
            (M::Normal, Action::Export) => (M::Normal, vec![Effect::ExportTally]),
            (M::Normal, other) => (M::Normal, self.update_round_level(other)),

            (M::ChooseRep { query, selected }, Action::Up) => none(M::ChooseRep {
                query,
                selected: selected.saturating_sub(1),
            }),
            (M::ChooseRep { query, selected }, Action::Down) => none(M::ChooseRep {
                query,
                selected: selected + 1,
            }),
            (M::ChooseRep { query, selected }, Action::Accept) => {
                let Some(round) = self.round() else {
                    return none(M::Normal);
                };
                let matches = rep_matches(round, &query);
                let Some(name) = matches
                    .get(selected.min(matches.len().saturating_sub(1)))
                    .cloned()
                else {
                    self.fail("Ingen närvarande representant matchar. Markera närvaro med a.");
                    return none(M::ChooseRep { query, selected });
                };
                let editor = BallotEditor::new(round, stage, &name);
                if editor.list.is_empty() {
                    self.fail(format!("{name} har inget att rangordna (inga egna val)."));
                    return none(M::ChooseRep { query, selected });
                }
                none(M::Ballot(Box::new(editor)))
            }
            (M::Ballot(mut e), Action::Up | Action::Down) => {
                e.move_cursor(action == Action::Down);
                none(M::Ballot(e))
            }
            (M::Ballot(mut e), Action::MoveItemUp | Action::MoveItemDown) => {
                e.move_item(action == Action::MoveItemUp);
                none(M::Ballot(e))
            }
            (M::Ballot(mut e), Action::Complete) => {
                e.complete();
                none(M::Ballot(e))
            }
            (M::Ballot(mut e), Action::Accept) => {
                let Some(chosen) = e.finish() else {
                    return none(M::Ballot(e));
                };
                let (name, stage) = (e.representative.clone(), e.stage);
                let what = format!("Valsedel för {name} sparad.");
                let result = self.change_round(&what, move |r, at| match stage {
                    Stage::Pick => r.cast_picks(&name, &chosen, at).map_err(|e| e.to_string()),
                    Stage::Rank => r
                        .cast_ranking(&name, &chosen, at)
                        .map_err(|e| e.to_string()),
                });
                match result {
                    Ok(effects) => (M::Normal, effects),
                    Err(msg) => {
                        e.error = Some(msg);
                        none(M::Ballot(e))
                    }
                }
            }
            (M::Ballot(e), Action::Withdraw) => {
                self.overlay = Overlay::Confirm(Question::WithdrawBallot);
                none(M::Ballot(e))
            }
            (M::Ballot(e), Action::Cancel) => {
                if e.is_dirty() {
                    self.overlay = Overlay::Confirm(Question::DiscardBallot);
                    none(M::Ballot(e))
                } else {
                    none(M::Normal)
                }
            }
            (M::Attendance { selected }, Action::Up) => none(M::Attendance {
                selected: selected.saturating_sub(1),
            }),
            (M::Attendance { selected }, Action::Down) => {
                let last = self
                    .round()
                    .map_or(0, |r| r.representatives.len().saturating_sub(1));
                none(M::Attendance {
                    selected: (selected + 1).min(last),
                })
            }
            (M::Attendance { selected }, Action::Toggle) => {
                let Some(round) = self.round() else {
                    return none(M::Normal);
                };
                let Some(name) = round.representatives.get(selected).map(|r| r.name.clone()) else {
                    return none(M::Attendance { selected });
                };
                let now_present = !round.prioritization.present.contains(&name);
                let what = format!(
                    "{name} {}.",
                    if now_present {
                        "närvarande"
                    } else {
                        "frånvarande"
                    }
                );
                (
                    M::Attendance { selected },
                    self.change_m5(&what, move |r, at| r.set_present(&name, now_present, at)),
                )
            }
            (M::Log { scroll }, Action::Up) => none(M::Log {
                scroll: scroll.saturating_sub(1),
            }),
            (M::Log { scroll }, Action::Down) => none(M::Log { scroll: scroll + 1 }),
            (M::Log { scroll }, Action::PageUp) => none(M::Log {
                scroll: scroll.saturating_sub(10),
            }),
            (M::Log { scroll }, Action::PageDown) => none(M::Log {
                scroll: scroll + 10,
            }),
            (_, Action::Cancel) => none(M::Normal),
            (mut m, Action::Input(key)) => {
                input_m5(&mut m, key);
                none(m)
            }
            (m, other) => {
                let effects = self.update_round_level(other);
                (m, effects)
            }
        }
    }

    /// Takes a typed moment-5 answer; a refusal comes back as the message.
    pub(crate) fn accept_m5_prompt(
        &mut self,
        kind: PromptKind,
        text: &str,
    ) -> Result<Vec<Effect>, String> {
        match kind {
            PromptKind::JointRule => {
                let rule = parse_joint_rule(text)?;
                self.change_round("Regel för gemensam lista ändrad.", move |r, at| {
                    r.set_joint_rule(rule, at).map_err(|e| e.to_string())
                })
            }
            PromptKind::ReopenReason(s) => {
                let reason = text.to_string();
                self.change_round("Steget öppnat igen.", move |r, at| {
                    match s {
                        Stage::Pick => r.reopen_picks(&reason, at),
                        Stage::Rank => r.reopen_ranking(&reason, at),
                    }
                    .map_err(|e| e.to_string())
                })
            }
            _ => Ok(vec![]),
        }
    }

    /// Answers to the moment-5 questions.
    pub(crate) fn answer_m5(&mut self, q: Question) -> Vec<Effect> {
        match q {
            Question::CloseStage => {
                let stage = self
                    .round()
                    .map(|r| r.prioritization.stage())
                    .unwrap_or_default();
                match stage {
                    Stage::Pick => {
                        let mut note: Option<String> = None;
                        let result = self.change_round("Valsteget stängt.", |r, at| {
                            note = r.close_picks(at).map_err(|e| e.to_string())?;
                            Ok(())
                        });
                        match result {
                            Ok(effects) => {
                                let text = match note {
                                    Some(n) => format!("Gemensam lista bildad. {n}"),
                                    None => "Valsteget stängt; gemensam lista bildad.".to_string(),
                                };
                                self.note(text);
                                effects
                            }
                            Err(e) => {
                                self.fail(e);
                                vec![]
                            }
                        }
                    }
                    Stage::Rank => {
                        self.change_m5("Rangordningssteget stängt.", |r, at| r.close_ranking(at))
                    }
                }
            }
            Question::WithdrawBallot => {
                let M5Mode::Ballot(e) = &self.m5.mode else {
                    return vec![];
                };
                let (name, stage) = (e.representative.clone(), e.stage);
                let effects = self.change_m5(
                    &format!("Valsedeln för {name} tillbakadragen."),
                    move |r, at| match stage {
                        Stage::Pick => r.withdraw_picks(&name, at),
                        Stage::Rank => r.withdraw_ranking(&name, at),
                    },
                );
                self.m5.mode = M5Mode::Normal;
                effects
            }
            Question::DiscardBallot => {
                self.m5.mode = M5Mode::Normal;
                vec![]
            }
            _ => vec![],
        }
    }

    /// A moment-5 change whose refusal goes to the status line.
    fn change_m5(
        &mut self,
        what: &str,
        change: impl FnOnce(&mut Round, jiff::Timestamp) -> Result<(), crate::domain::BallotError>,
    ) -> Vec<Effect> {
        match self.change_round(what, |r, at| change(r, at).map_err(|e| e.to_string())) {
            Ok(effects) => effects,
            Err(msg) => {
                self.fail(msg);
                vec![]
            }
        }
    }
}

/// A typed key in a text mode of the moment-5 screen.
fn input_m5(mode: &mut M5Mode, key: KeyEvent) {
    match mode {
        M5Mode::ChooseRep { query, selected } => {
            match key.code {
                KeyCode::Char(c) => query.push(c),
                KeyCode::Backspace => {
                    query.pop();
                }
                _ => {}
            }
            *selected = 0;
        }
        M5Mode::Ballot(e) => match key.code {
            KeyCode::Char(c) => e.type_char(c),
            KeyCode::Backspace => e.backspace(),
            _ => {}
        },
        _ => {}
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn joint_rules_parse_in_swedish() {
        assert_eq!(parse_joint_rule("alla"), Ok(JointRule::AllPicked));
        assert_eq!(parse_joint_rule(" Topp 10 "), Ok(JointRule::TopK(10)));
        assert_eq!(parse_joint_rule("minst 2"), Ok(JointRule::AtLeast(2)));
        assert!(parse_joint_rule("topp").is_err());
        assert!(parse_joint_rule("topp 0").is_err());
        assert!(parse_joint_rule("flest").is_err());
    }
}
