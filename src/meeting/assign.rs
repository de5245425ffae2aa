//! Who a prioritised need is handed to (moment 6): the actors the
//! secretariat assigned, else those proposed by the dialogues — every actor
//! that answered about the need (or a need merged into it) at moment 3,
//! those who called it a gap or said work is under way first. The hand-over
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

/// The actors proposed for a need by the moment-3 answers, in the order of
/// the register.
pub fn proposed(r: &Round, number: &str) -> Vec<String> {
    let mut numbers = vec![number.to_string()];
    numbers.extend(r.merged_into(number).iter().map(|n| n.number.clone()));
    let answers: Vec<(&str, &Response)> = r
        .dialogues
        .iter()
        .flat_map(|s| &s.assessments)
        .filter(|a| numbers.contains(&a.need))
        .map(|a| (a.actor.as_str(), &a.response))
        .collect();
    let weight = |code: &str| {
        answers
            .iter()
            .filter(|(a, _)| *a == code)
            .map(|(_, resp)| match resp {
                Response::Kunskapslucka | Response::ArbeteParar { .. } => 2,
                _ => 1,
            })
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
    /// an empty list takes the assignment back to the dialogues' proposal.
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
            format!("{number} lämnas över enligt dialogmötenas svar.")
        } else {
            format!("{number} lämnas över till {}.", codes.join(", "))
        };
        self.record(at, what);
        Ok(())
    }
}
