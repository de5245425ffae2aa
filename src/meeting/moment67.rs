//! Moments 6 and 7 as changes to the round and views of it: which needs
//! were prioritised, the actors' receipts, their coordination, and the
//! feedback on what became of each need; plus the overdue check that the
//! home screen shows.

use jiff::Timestamp;
use jiff::civil::Date;

use crate::domain::followup::{
    CoordinationMeeting, Feedback, Handover, Outcome, Produced, Receipt, ReceiptState,
};
use crate::domain::{Moment, MomentStatus, Round};
use crate::tally::{Place, RankRow};

/// The needs moment 5 prioritised, in ranking order: empty until the
/// ranking has closed, so the hand-over never shows a ranking that can still
/// change.
pub fn prioritised(round: &Round) -> Vec<RankRow> {
    if !round.prioritization.rank_closed {
        return vec![];
    }
    match round.current_rank_tally() {
        Some(t) if t.ballots > 0 => t.rows,
        _ => vec![],
    }
}

/// The place of a prioritised need, if it is one.
pub fn place_of(round: &Round, number: &str) -> Option<Place> {
    prioritised(round)
        .into_iter()
        .find(|r| r.number == number)
        .map(|r| r.place)
}

/// Moments whose planned date has passed without their being done.
pub fn overdue(round: &Round, today: Date) -> Vec<Moment> {
    round
        .timeline
        .iter()
        .filter(|r| r.status != MomentStatus::Klar && r.planned.is_some_and(|p| p < today))
        .map(|r| r.moment)
        .collect()
}

/// Parses a receipt state as typed.
pub fn parse_state(s: &str) -> Option<ReceiptState> {
    match s.trim().to_lowercase().as_str() {
        "mottagen" | "mottaget" => Some(ReceiptState::Mottagen),
        "beredning" | "under beredning" => Some(ReceiptState::UnderBeredning),
        "beslutad" | "beslutat" | "beslut" => Some(ReceiptState::Beslutad),
        _ => None,
    }
}

impl Round {
    /// The actor's code as the round spells it, for a code typed in any case.
    pub(crate) fn actor_code(&self, typed: &str) -> Result<String, String> {
        self.actors
            .iter()
            .find(|a| crate::domain::collate::same_code(&a.code, typed))
            .map(|a| a.code.clone())
            .ok_or(format!(
                "Aktören \"{}\" finns inte; använd en av {}.",
                typed.trim(),
                self.actors
                    .iter()
                    .map(|a| a.code.as_str())
                    .collect::<Vec<_>>()
                    .join(", ")
            ))
    }

    pub(crate) fn check_prioritised(&self, number: &str) -> Result<String, String> {
        let chosen: Vec<String> = prioritised(self).into_iter().map(|r| r.number).collect();
        let which = || match chosen.len() {
            0 => "inget behov är prioriterat ännu (moment 5).".to_string(),
            n if n <= 12 => format!("ange ett av de prioriterade: {}.", chosen.join(", ")),
            n => format!(
                "ange ett av de prioriterade: {} … ({n} i allt; lbk handover OMGÅNG listar dem).",
                chosen[..12].join(", ")
            ),
        };
        let Some(n) = self.need(number) else {
            return Err(format!("Behov {} finns inte; {}", number.trim(), which()));
        };
        if place_of(self, &n.number).is_none() {
            return Err(format!(
                "{} är inte bland de prioriterade behoven; {}",
                n.number,
                which()
            ));
        }
        Ok(n.number.clone())
    }

    /// Records (or updates) an actor's receipt of a prioritised need.
    pub fn set_receipt(
        &mut self,
        number: &str,
        actor: &str,
        state: ReceiptState,
        decision: &str,
        date: Date,
        at: Timestamp,
    ) -> Result<(), String> {
        let number = self.check_prioritised(number)?;
        let actor = self.actor_code(actor)?;
        if !self.handovers.iter().any(|h| h.need == number) {
            self.handovers.push(Handover {
                need: number.clone(),
                receipts: vec![],
                assigned: vec![],
            });
        }
        let h = self
            .handovers
            .iter_mut()
            .find(|h| h.need == number)
            .ok_or("Överlämningen saknas.")?;
        match h.receipts.iter_mut().find(|r| r.actor == actor) {
            Some(r) => {
                r.state = state;
                r.decision = decision.trim().into();
                r.date = Some(date);
                r.changed = Some(at);
            }
            None => h.receipts.push(Receipt {
                actor: actor.clone(),
                state,
                decision: decision.trim().into(),
                date: Some(date),
                responsible: String::new(),
                way: None,
                planned: String::new(),
                returned: None,
                changed: Some(at),
            }),
        }
        self.record(
            at,
            format!(
                "{number}: {actor} {} {date}{}",
                state.label(),
                if decision.trim().is_empty() {
                    String::new()
                } else {
                    format!(" – {}", decision.trim())
                }
            ),
        );
        Ok(())
    }

    pub fn add_coordination(
        &mut self,
        date: Date,
        notes: &str,
        at: Timestamp,
    ) -> Result<(), String> {
        if notes.trim().is_empty() {
            return Err("Skriv vad som bestämdes (vem tar vad).".into());
        }
        self.coordination.push(CoordinationMeeting {
            date,
            notes: notes.trim().into(),
        });
        self.record(at, format!("Samordningsmöte {date} antecknat"));
        Ok(())
    }

    pub(crate) fn feedback_mut(&mut self, number: &str) -> Result<&mut Feedback, String> {
        let number = self.check_prioritised(number)?;
        if !self.feedback.iter().any(|f| f.need == number) {
            self.feedback.push(Feedback {
                need: number.clone(),
                outcome: Outcome::Obesvarat,
                produced: vec![],
                ..Default::default()
            });
        }
        self.feedback
            .iter_mut()
            .find(|f| f.need == number)
            .ok_or_else(|| "Återkopplingen saknas.".into())
    }

    pub fn set_outcome(
        &mut self,
        number: &str,
        outcome: Outcome,
        at: Timestamp,
    ) -> Result<(), String> {
        if let Outcome::Tas { actors, .. } = &outcome {
            if actors.is_empty() {
                return Err("Ange vilken aktör som tar sig an behovet.".into());
            }
            for a in actors {
                self.actor_code(a)?;
            }
        }
        if let Outcome::TasInte { why } = &outcome
            && why.trim().is_empty()
        {
            return Err(
                "Skriv varför behovet inte tas om hand; det går tillbaka till RSS:erna.".into(),
            );
        }
        let text = outcome.text();
        let f = self.feedback_mut(number)?;
        f.outcome = outcome;
        f.changed = Some(at);
        self.record(at, format!("Återkoppling {number}: {text}"));
        Ok(())
    }

    pub fn add_produced(
        &mut self,
        number: &str,
        produced: Produced,
        at: Timestamp,
    ) -> Result<(), String> {
        if produced.title.trim().is_empty() {
            return Err("Skriv titeln på det som tagits fram.".into());
        }
        let title = produced.title.clone();
        let f = self.feedback_mut(number)?;
        f.produced.push(produced);
        f.changed = Some(at);
        self.record(at, format!("Framtagen kunskap för {number}: {title}"));
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sample(i: usize) -> Round {
        crate::store::parse_round(
            crate::store::samples::SAMPLES[i].text.as_bytes(),
            std::path::Path::new("s.ron"),
        )
        .unwrap()
    }

    fn at() -> Timestamp {
        Timestamp::from_second(1_790_000_000).unwrap()
    }

    #[test]
    fn overdue_against_a_fixed_today() {
        let b = sample(1);
        // Moment 5 was planned 2025-09-15 and is still running.
        assert!(overdue(&b, Date::new(2025, 9, 15).unwrap()).is_empty());
        assert_eq!(
            overdue(&b, Date::new(2025, 9, 16).unwrap()),
            vec![Moment::Prioritering]
        );
        assert_eq!(
            overdue(&b, Date::new(2026, 4, 1).unwrap()),
            vec![
                Moment::Prioritering,
                Moment::Mottagande,
                Moment::Aterkoppling
            ]
        );
        assert!(
            overdue(&sample(0), Date::new(2030, 1, 1).unwrap()).is_empty(),
            "a finished round is never overdue"
        );
    }

    #[test]
    fn receipts_and_outcomes_only_for_prioritised_needs_and_with_their_reasons() {
        let mut a = sample(0);
        let top = prioritised(&a)[0].number.clone();
        let d = Date::new(2024, 1, 10).unwrap();
        let not_prioritised = a
            .needs
            .iter()
            .find(|n| place_of(&a, &n.number).is_none())
            .unwrap()
            .number
            .clone();
        assert!(
            a.set_receipt(&not_prioritised, "SoS", ReceiptState::Mottagen, "", d, at())
                .unwrap_err()
                .contains("inte bland")
        );
        assert!(
            a.set_receipt(&top, "Okänd", ReceiptState::Mottagen, "", d, at())
                .unwrap_err()
                .contains("finns inte")
        );
        a.set_receipt(&top, "sos", ReceiptState::UnderBeredning, "", d, at())
            .unwrap();
        a.set_receipt(
            &top,
            "SoS",
            ReceiptState::Beslutad,
            "Tas in i VP 2025",
            d,
            at(),
        )
        .unwrap();
        let h = a.handovers.iter().find(|h| h.need == top).unwrap();
        assert_eq!(h.receipts.iter().filter(|r| r.actor == "SoS").count(), 1);
        assert!(
            a.set_outcome(&top, Outcome::TasInte { why: " ".into() }, at())
                .is_err()
        );
        a.set_outcome(
            &top,
            Outcome::Tas {
                actors: vec!["SoS".into()],
                how: "Vägledning".into(),
                when: "2025".into(),
            },
            at(),
        )
        .unwrap();
        a.add_produced(
            &top,
            Produced {
                title: "Vägledning X".into(),
                link: String::new(),
                published: None,
            },
            at(),
        )
        .unwrap();
        assert!(
            a.feedback
                .iter()
                .find(|f| f.need == top)
                .unwrap()
                .produced
                .iter()
                .any(|p| p.title == "Vägledning X")
        );
    }
}
