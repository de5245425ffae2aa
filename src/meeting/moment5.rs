//! The rules of the moment-5 meeting, as changes to the round: attendance,
//! the number of picks, ballots cast, corrected and withdrawn, and the
//! stages closed and reopened. Every change is logged with its time.

use std::collections::HashMap;

use jiff::Timestamp;

use crate::domain::BallotError;
use crate::domain::priority::{JointRule, PickBallot, RankBallot, Stage};
use crate::domain::round::Round;

impl Round {
    /// The representative whose name is `name`, ignoring case and spaces.
    pub fn representative_named(&self, name: &str) -> Result<String, BallotError> {
        let wanted = name.trim().to_lowercase();
        self.representatives
            .iter()
            .find(|r| r.name.trim().to_lowercase() == wanted)
            .map(|r| r.name.clone())
            .ok_or_else(|| BallotError::UnknownRepresentative(name.trim().to_string()))
    }

    /// Does the representative take part (not marked as no longer)?
    pub fn takes_part(&self, name: &str) -> bool {
        self.representatives
            .iter()
            .any(|r| r.name == name && r.participates)
    }

    /// Marks a representative present or not (late arrivals, early leavers).
    pub fn set_present(
        &mut self,
        name: &str,
        present: bool,
        at: Timestamp,
    ) -> Result<(), BallotError> {
        let name = self.representative_named(name)?;
        if present && !self.takes_part(&name) {
            return Err(BallotError::NotTakingPart(name));
        }
        let p = &mut self.prioritization;
        let is = p.present.contains(&name);
        if is == present {
            return Ok(());
        }
        if present {
            p.present.push(name.clone());
        } else {
            p.present.retain(|n| *n != name);
        }
        self.record(
            at,
            format!(
                "Närvaro: {name} {}",
                if present {
                    "närvarande"
                } else {
                    "inte längre närvarande"
                }
            ),
        );
        Ok(())
    }

    /// Sets the given number N of picks.
    pub fn set_max_picks(&mut self, n: usize, at: Timestamp) -> Result<(), BallotError> {
        if self.prioritization.max_picks == n {
            return Ok(());
        }
        if self.prioritization.pick_closed {
            return Err(BallotError::PickClosed);
        }
        if n == 0 {
            return Err(BallotError::MaxZero);
        }
        if let Some(b) = self
            .prioritization
            .pick_ballots
            .iter()
            .find(|b| b.needs.len() > n)
        {
            return Err(BallotError::MaxBelowBallot {
                to: n,
                who: b.representative.clone(),
                has: b.needs.len(),
            });
        }
        if self.prioritization.max_picks != n {
            self.prioritization.max_picks = n;
            self.record(at, format!("Antal val per representant: {n}"));
        }
        Ok(())
    }

    pub fn set_joint_rule(&mut self, rule: JointRule, at: Timestamp) -> Result<(), BallotError> {
        if self.prioritization.pick_closed {
            return Err(BallotError::PickClosed);
        }
        if self.prioritization.joint_rule != rule {
            self.prioritization.joint_rule = rule;
            self.record(
                at,
                format!("Regel för gemensam lista: {}", joint_rule_label(rule)),
            );
        }
        Ok(())
    }

    /// Checks a pick ballot against the rules and normalises the numbers to
    /// those of the compilation. Nothing is changed.
    pub fn check_picks(&self, needs: &[String]) -> Result<Vec<String>, BallotError> {
        let gaps = self.final_compilation();
        let mut out: Vec<String> = vec![];
        for raw in needs {
            let need = gaps
                .iter()
                .find(|n| crate::domain::collate::same_code(&n.number, raw))
                .ok_or_else(|| BallotError::NotOnCompilation(raw.trim().to_string()))?;
            if out.contains(&need.number) {
                return Err(BallotError::Duplicate(need.number.clone()));
            }
            out.push(need.number.clone());
        }
        let max = self.prioritization.max_picks;
        if out.len() > max {
            return Err(BallotError::TooMany {
                got: out.len(),
                max,
            });
        }
        Ok(out)
    }

    /// Casts or corrects a representative's picks.
    pub fn cast_picks(
        &mut self,
        representative: &str,
        needs: &[String],
        at: Timestamp,
    ) -> Result<(), BallotError> {
        if self.prioritization.pick_closed {
            return Err(BallotError::PickClosed);
        }
        let name = self.representative_named(representative)?;
        if !self.can_vote(&name) {
            return Err(BallotError::NotPresent(name));
        }
        let needs = self.check_picks(needs)?;
        let what = match put_ballot(&mut self.prioritization.pick_ballots, &name, needs.clone()) {
            None => return Ok(()),
            Some(Some(old)) => format!(
                "Val ändrat för {name}: {} (tidigare: {})",
                list(&needs),
                list(&old)
            ),
            Some(None) => format!("Val registrerat för {name}: {}", list(&needs)),
        };
        self.typed_ballot(Stage::Pick, &name);
        self.record(at, what);
        Ok(())
    }

    /// Withdraws a representative's picks.
    pub fn withdraw_picks(
        &mut self,
        representative: &str,
        at: Timestamp,
    ) -> Result<(), BallotError> {
        if self.prioritization.pick_closed {
            return Err(BallotError::PickClosed);
        }
        let name = self.representative_named(representative)?;
        let old = take_ballot(&mut self.prioritization.pick_ballots, &name)
            .ok_or(BallotError::NoBallot(name.clone()))?;
        self.typed_ballot(Stage::Pick, &name);
        self.record(
            at,
            format!("Val tillbakadraget för {name} (var: {})", list(&old)),
        );
        Ok(())
    }

    /// Picks per need on the final compilation, over the ballots that count.
    pub fn pick_counts(&self) -> HashMap<String, u32> {
        let mut counts: HashMap<String, u32> = HashMap::new();
        for b in &self.counted_pick_ballots() {
            for n in &b.needs {
                *counts.entry(n.clone()).or_default() += 1;
            }
        }
        counts
    }
}

/// A representative's ballot in either stage: whose it is and its needs.
pub(super) trait Ballot {
    fn new(representative: &str, items: Vec<String>) -> Self;
    fn representative(&self) -> &str;
    fn items(&self) -> &[String];
    fn items_mut(&mut self) -> &mut Vec<String>;
}

impl Ballot for PickBallot {
    fn new(representative: &str, items: Vec<String>) -> Self {
        PickBallot {
            representative: representative.into(),
            needs: items,
        }
    }
    fn representative(&self) -> &str {
        &self.representative
    }
    fn items(&self) -> &[String] {
        &self.needs
    }
    fn items_mut(&mut self) -> &mut Vec<String> {
        &mut self.needs
    }
}

impl Ballot for RankBallot {
    fn new(representative: &str, items: Vec<String>) -> Self {
        RankBallot {
            representative: representative.into(),
            order: items.into(),
        }
    }
    fn representative(&self) -> &str {
        &self.representative
    }
    fn items(&self) -> &[String] {
        &self.order
    }
    fn items_mut(&mut self) -> &mut Vec<String> {
        self.order.make_mut()
    }
}

/// Makes `items` the representative's ballot. None when it already was;
/// else the earlier items (None inside when there was no ballot).
pub(super) fn put_ballot<B: Ballot>(
    ballots: &mut Vec<B>,
    name: &str,
    items: Vec<String>,
) -> Option<Option<Vec<String>>> {
    match ballots.iter_mut().find(|b| b.representative() == name) {
        Some(b) if b.items() == items.as_slice() => None,
        Some(b) => Some(Some(std::mem::replace(b.items_mut(), items))),
        None => {
            ballots.push(B::new(name, items));
            Some(None)
        }
    }
}

/// Removes the representative's ballot and gives back its items.
pub(super) fn take_ballot<B: Ballot>(ballots: &mut Vec<B>, name: &str) -> Option<Vec<String>> {
    let pos = ballots.iter().position(|b| b.representative() == name)?;
    Some(std::mem::take(ballots.remove(pos).items_mut()))
}

pub(super) fn list(v: &[String]) -> String {
    if v.is_empty() {
        "inga".into()
    } else {
        v.join(", ")
    }
}

pub fn joint_rule_label(rule: JointRule) -> String {
    match rule {
        JointRule::AllPicked => "alla valda behov".into(),
        JointRule::TopK(k) => format!("de {k} mest valda (delad plats vid gränsen tas med)"),
        JointRule::AtLeast(m) => format!("behov med minst {m} val"),
    }
}

#[cfg(test)]
#[path = "moment5_tests.rs"]
mod tests;
