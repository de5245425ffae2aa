//! Answers that came back in a returned form, as changes to the round:
//! each one like a typed change (checked, logged), with where it came
//! from kept beside it for the trace.

use jiff::Timestamp;

use crate::domain::Round;
use crate::domain::followup::{Handover, Receipt, ReceiptState, Returned, Way};

/// One row of an actor's returned receipt form.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReceiptAnswer {
    pub need: String,
    /// The row of the sheet it stood on.
    pub row: usize,
    pub responsible: String,
    pub way: Option<Way>,
    pub planned: String,
}

impl ReceiptAnswer {
    /// The receipt already says this.
    pub fn same_as(&self, r: &Receipt) -> bool {
        r.responsible == self.responsible && r.way == self.way && r.planned == self.planned
    }

    /// "mottaget; ansvarig Eva Ek; kunskapsöversikt; 2027 kv 3".
    pub fn text(&self) -> String {
        let mut parts = vec!["mottaget".to_string()];
        if !self.responsible.is_empty() {
            parts.push(format!("ansvarig {}", self.responsible));
        }
        if let Some(w) = self.way {
            parts.push(w.label().to_string());
        }
        if !self.planned.is_empty() {
            parts.push(self.planned.clone());
        }
        parts.join("; ")
    }
}

impl Round {
    /// The actor's code, once it and every need it answers are checked:
    /// nothing is recorded from a form unless all of it can be.
    fn returning<'a>(
        &self,
        actor: &str,
        needs: impl Iterator<Item = &'a str>,
    ) -> Result<String, String> {
        let actor = self.actor_code(actor)?;
        for n in needs {
            self.check_prioritised(n)?;
        }
        Ok(actor)
    }

    /// Records what `actor` answered in its returned receipt form. A
    /// receipt already there keeps its state and decision; a new one is
    /// "mottagen" on the day the file was read.
    pub fn set_returned_receipts(
        &mut self,
        actor: &str,
        answers: &[ReceiptAnswer],
        origin: &Returned,
        at: Timestamp,
    ) -> Result<(), String> {
        let actor = self.returning(actor, answers.iter().map(|a| a.need.as_str()))?;
        let day = at
            .in_tz("Europe/Stockholm")
            .map(|z| z.date())
            .unwrap_or_else(|_| jiff::tz::TimeZone::UTC.to_datetime(at).date());
        for a in answers {
            if !self.handovers.iter().any(|h| h.need == a.need) {
                self.handovers.push(Handover {
                    need: a.need.clone(),
                    receipts: vec![],
                    assigned: vec![],
                });
            }
            let h = self
                .handovers
                .iter_mut()
                .find(|h| h.need == a.need)
                .ok_or("Överlämningen saknas.")?;
            let r = match h.receipts.iter().position(|x| x.actor == actor) {
                Some(i) => &mut h.receipts[i],
                None => {
                    h.receipts.push(Receipt {
                        actor: actor.clone(),
                        state: ReceiptState::Mottagen,
                        date: Some(day),
                        ..Receipt::default()
                    });
                    h.receipts.last_mut().ok_or("Mottagandet saknas.")?
                }
            };
            r.responsible = a.responsible.clone();
            r.way = a.way;
            r.planned = a.planned.clone();
            r.returned = Some(Returned {
                read: at,
                ..origin.clone()
            });
            r.changed = Some(at);
            let line = format!(
                "{}: {actor} {} (svarsfil {})",
                a.need,
                a.text(),
                crate::domain::text_safety::clean_line(&origin.file)
            );
            self.record(at, line);
        }
        Ok(())
    }
}

/// One row of an actor's returned feedback form.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FeedbackAnswer {
    pub need: String,
    pub row: usize,
    pub outcome: crate::domain::followup::Outcome,
    pub produced: Vec<crate::domain::followup::Produced>,
}

impl FeedbackAnswer {
    /// The feedback already says this.
    pub fn same_as(&self, f: &crate::domain::followup::Feedback) -> bool {
        f.outcome == self.outcome && f.produced == self.produced
    }
}

impl Round {
    /// Records what `actor` answered in its returned feedback form. When
    /// another actor's form answered the same need before, both are kept
    /// side by side: the actors together, each one's how and when named,
    /// everything produced by either.
    pub fn set_returned_feedback(
        &mut self,
        actor: &str,
        answers: &[FeedbackAnswer],
        origin: &Returned,
        at: Timestamp,
    ) -> Result<(), String> {
        use crate::domain::followup::Outcome;
        let actor = self.returning(actor, answers.iter().map(|a| a.need.as_str()))?;
        for a in answers {
            let number = a.need.clone();
            let f = self.feedback_mut(&number)?;
            let others: Vec<String> = f
                .returned
                .iter()
                .map(|o| o.party.clone())
                .filter(|p| *p != actor)
                .collect();
            f.outcome = match (&f.outcome, &a.outcome) {
                (
                    Outcome::Tas { actors, how, when },
                    Outcome::Tas {
                        actors: mine,
                        how: my_how,
                        when: my_when,
                    },
                ) if !others.is_empty() => {
                    let mut all = actors.clone();
                    all.extend(mine.iter().filter(|m| !actors.contains(m)).cloned());
                    let both = |theirs: &str, mine: &str| {
                        if theirs == mine || mine.is_empty() {
                            theirs.to_string()
                        } else {
                            format!("{theirs}; {actor}: {mine}")
                        }
                    };
                    Outcome::Tas {
                        actors: all,
                        how: both(how, my_how),
                        when: both(when, my_when),
                    }
                }
                _ => a.outcome.clone(),
            };
            if others.is_empty() {
                f.produced = a.produced.clone();
            } else {
                for p in &a.produced {
                    if !f.produced.iter().any(|q| q.title == p.title) {
                        f.produced.push(p.clone());
                    }
                }
            }
            f.returned.retain(|o| o.party != actor);
            f.returned.push(Returned {
                read: at,
                ..origin.clone()
            });
            f.changed = Some(at);
            let text = f.outcome.text();
            let line = format!(
                "Återkoppling {number} från {actor}: {text} (svarsfil {})",
                crate::domain::text_safety::clean_line(&origin.file)
            );
            self.record(at, line);
        }
        Ok(())
    }
}
