//! Who a prioritised need is handed to (moment 6): the actors the
//! secretariat assigned, else those proposed by the actors' own answers —
//! every actor that has received the need, or answered about it (or a need
//! merged into it) in a dialogue at moment 3 or, in a model-1.0 round, with
//! a mark at moment 4; those who received it first, then those who called
//! it a gap or said work is under way. The hand-over
//! documents, the per-actor mail-outs and `lbk handover` read this.

use jiff::Timestamp;

use crate::domain::Round;
use crate::domain::followup::Handover;
use crate::domain::meetings::Response;

/// Where an actor list came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Source {
    Assigned,
    Proposed,
    None,
}

/// The actors proposed for a need by their receipts and answers, in the
/// order of the register within each weight.
pub fn proposed(r: &Round, number: &str) -> Vec<String> {
    let mut numbers = vec![number.to_string()];
    numbers.extend(r.merged_into(number).iter().map(|n| n.number.clone()));
    let answers: Vec<(&str, u8)> = r
        .dialogues
        .iter()
        .flat_map(|s| &s.assessments)
        .chain(&r.actor_marks)
        .filter(|a| numbers.contains(&a.need))
        .map(|a| {
            let w = match a.response {
                Response::Kunskapslucka | Response::ArbeteParar { .. } => 2,
                _ => 1,
            };
            (a.actor.as_str(), w)
        })
        .chain(
            r.handovers
                .iter()
                .filter(|h| h.need == number)
                .flat_map(|h| &h.receipts)
                .map(|x| (x.actor.as_str(), 3)),
        )
        .collect();
    let weight = |code: &str| {
        answers
            .iter()
            .filter(|(a, _)| *a == code)
            .map(|(_, w)| *w)
            .max()
    };
    let mut out: Vec<(u8, usize, String)> = r
        .actors
        .iter()
        .enumerate()
        .filter_map(|(i, a)| weight(&a.code).map(|w| (w, i, a.code.clone())))
        .collect();
    out.sort_by_key(|(w, i, _)| (std::cmp::Reverse(*w), *i));
    out.into_iter().map(|(.., c)| c).collect()
}

/// The actors a need is handed to, and whether the secretariat chose them.
pub fn handed_to(r: &Round, number: &str) -> (Vec<String>, Source) {
    if let Some(h) = r.handovers.iter().find(|h| h.need == number)
        && !h.assigned.is_empty()
    {
        return (h.assigned.clone(), Source::Assigned);
    }
    let p = proposed(r, number);
    let source = if p.is_empty() {
        Source::None
    } else {
        Source::Proposed
    };
    (p, source)
}

/// The prioritised needs handed to `actor`, in ranking order.
pub fn needs_of(r: &Round, actor: &str) -> Vec<String> {
    super::moment67::prioritised(r)
        .into_iter()
        .map(|row| row.number)
        .filter(|n| handed_to(r, n).0.iter().any(|a| a == actor))
        .collect()
}

/// Every actor with at least one need handed to it, in register order.
pub fn actors_handed(r: &Round) -> Vec<String> {
    let rows = super::moment67::prioritised(r);
    r.actors
        .iter()
        .map(|a| a.code.clone())
        .filter(|a| {
            rows.iter()
                .any(|row| handed_to(r, &row.number).0.contains(a))
        })
        .collect()
}

impl Round {
    /// Hands a prioritised need to these actors (codes as typed, any case);
    /// an empty list takes the assignment back to the proposal from the actors' answers.
    /// Nothing changes if one code is unknown.
    pub fn assign_handover(
        &mut self,
        number: &str,
        actors: &[String],
        at: Timestamp,
    ) -> Result<(), String> {
        let number = self.check_prioritised(number)?;
        let mut codes: Vec<String> = vec![];
        for a in actors {
            let code = self.actor_code(a)?;
            if !codes.contains(&code) {
                codes.push(code);
            }
        }
        let i = match self.handovers.iter().position(|h| h.need == number) {
            Some(i) => i,
            None => {
                self.handovers.push(Handover {
                    need: number.clone(),
                    receipts: vec![],
                    assigned: vec![],
                });
                self.handovers.len() - 1
            }
        };
        if self.handovers[i].assigned == codes {
            return Ok(());
        }
        self.handovers[i].assigned = codes.clone();
        let what = if codes.is_empty() {
            format!("{number} lämnas över enligt aktörernas svar.")
        } else {
            format!("{number} lämnas över till {}.", codes.join(", "))
        };
        self.record(at, what);
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::followup::{Receipt, ReceiptState};
    use crate::domain::meetings::{Assessment, DialogueSession};
    use crate::domain::{ModelVariant, Need};

    fn answer(actor: &str, response: Response) -> Assessment {
        Assessment {
            need: "GR-01".into(),
            actor: actor.into(),
            response,
            questions: String::new(),
            note: String::new(),
            prepared: None,
        }
    }

    #[test]
    fn the_proposal_puts_who_received_it_first_then_gaps_then_the_rest() {
        let mut r = Round::new("X", ModelVariant::V2, 2026);
        r.needs.push(Need {
            number: "GR-01".into(),
            rss: "GR".into(),
            ..Need::default()
        });
        assert_eq!(handed_to(&r, "GR-01"), (vec![], Source::None));
        let mut s = DialogueSession::new("2027-02-04T09:00".parse().unwrap(), vec!["GR".into()]);
        s.assessments.push(answer(
            "SoS",
            Response::RedanTackt {
                support: "Stöd".into(),
                link: String::new(),
            },
        ));
        r.dialogues.push(s);
        // A model-1.0 mark at moment 4 counts as an answer too.
        r.actor_marks.push(answer("SBU", Response::Kunskapslucka));
        r.handovers.push(Handover {
            need: "GR-01".into(),
            receipts: vec![Receipt {
                actor: "Forte".into(),
                state: ReceiptState::Mottagen,
                ..Receipt::default()
            }],
            assigned: vec![],
        });
        assert_eq!(
            handed_to(&r, "GR-01"),
            (
                vec!["Forte".into(), "SBU".into(), "SoS".into()],
                Source::Proposed
            )
        );
        r.handovers[0].assigned = vec!["SoS".into()];
        assert_eq!(
            handed_to(&r, "GR-01"),
            (vec!["SoS".into()], Source::Assigned)
        );
    }
}
