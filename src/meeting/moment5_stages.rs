//! Moment 5's stages: closing the pick stage into the joint list, the
//! ranking, reopening with a reason, and the live tallies over the ballots
//! that count.

use jiff::Timestamp;

use super::moment5::{list, put_ballot, take_ballot};
use crate::domain::BallotError;
use crate::domain::need::number_order;
use crate::domain::priority::Stage;
use crate::domain::round::Round;
use crate::tally::{joint_list, pick_tally};

impl Round {
    /// Closes the pick stage and forms the joint list by the rule.
    /// Returns the note about a tie at the edge, if any.
    pub fn close_picks(&mut self, at: Timestamp) -> Result<Option<String>, BallotError> {
        if self.prioritization.pick_closed {
            return Err(BallotError::PickClosed);
        }
        let gaps: Vec<&str> = self
            .final_compilation()
            .iter()
            .map(|n| n.number.as_str())
            .collect();
        let tally = pick_tally(&gaps, &self.voters(), &self.counted_pick_ballots());
        let joint = joint_list(&tally, self.prioritization.joint_rule);
        if joint.needs.is_empty() && !self.model.ranks_own_picks() {
            let most = tally.rows.iter().map(|r| r.picks).max().unwrap_or(0);
            if most == 0 {
                return Err(BallotError::EmptyJointList);
            }
            return Err(BallotError::RuleEmptiesList {
                rule: super::joint_rule_label(self.prioritization.joint_rule),
                most,
            });
        }
        let note = joint.tie_note();
        let p = &mut self.prioritization;
        p.joint_list = joint.needs.clone();
        p.pick_closed = true;
        self.end_codes(Stage::Pick);
        let mut what = format!(
            "Valsteget stängt med {} valsedlar. Gemensam lista ({}): {}",
            tally.ballots,
            joint.needs.len(),
            list(&joint.needs)
        );
        if let Some(n) = &note {
            what.push_str(". ");
            what.push_str(n);
        }
        self.record(at, what);
        Ok(note)
    }

    /// Reopens the pick stage; the reason goes to the change log.
    pub fn reopen_picks(&mut self, reason: &str, at: Timestamp) -> Result<(), BallotError> {
        if reason.trim().is_empty() {
            return Err(BallotError::NoReason);
        }
        let p = &mut self.prioritization;
        if !p.pick_closed {
            return Ok(());
        }
        if !p.rank_ballots.is_empty() {
            return Err(BallotError::RankBallotsExist(p.rank_ballots.len()));
        }
        p.pick_closed = false;
        p.joint_list.clear();
        self.record(
            at,
            format!("Valsteget öppnat igen. Skäl: {}", reason.trim()),
        );
        Ok(())
    }

    /// The list a representative ranks: the joint list, or in model 1.0
    /// their own picks.
    pub fn rank_list_for(&self, representative: &str) -> Vec<String> {
        let p = &self.prioritization;
        if self.model.ranks_own_picks() {
            p.pick_ballot(representative)
                .map(|b| b.needs.clone())
                .unwrap_or_default()
        } else {
            p.joint_list.clone()
        }
    }

    /// The Borda scale L: the joint list's length, or N in model 1.0.
    pub fn rank_scale(&self) -> usize {
        if self.model.ranks_own_picks() {
            self.prioritization.max_picks
        } else {
            self.prioritization.joint_list.len()
        }
    }

    /// The needs the rank tally covers.
    pub fn rank_candidates(&self) -> Vec<String> {
        let p = &self.prioritization;
        if self.model.ranks_own_picks() {
            let mut all: Vec<String> = vec![];
            for b in &self.counted_pick_ballots() {
                for n in &b.needs {
                    if !all.contains(n) {
                        all.push(n.clone());
                    }
                }
            }
            all.sort_by(|a, b| number_order(a, b));
            all
        } else {
            p.joint_list.clone()
        }
    }

    /// Casts or corrects a ranking, most urgent first; may cover only the top R.
    pub fn cast_ranking(
        &mut self,
        representative: &str,
        order: &[String],
        at: Timestamp,
    ) -> Result<(), BallotError> {
        let p = &self.prioritization;
        if !p.pick_closed {
            return Err(BallotError::RankNotOpen);
        }
        if p.rank_closed {
            return Err(BallotError::RankClosed);
        }
        let name = self.representative_named(representative)?;
        if !self.can_vote(&name) {
            return Err(BallotError::NotPresent(name));
        }
        let allowed = self.rank_list_for(&name);
        let mut out: Vec<String> = vec![];
        for raw in order {
            let number = allowed
                .iter()
                .find(|n| crate::domain::collate::same_code(n, raw))
                .cloned()
                .ok_or_else(|| {
                    if self.model.ranks_own_picks() {
                        BallotError::NotOwnPick(raw.trim().to_string())
                    } else {
                        BallotError::NotOnJointList(raw.trim().to_string())
                    }
                })?;
            if out.contains(&number) {
                return Err(BallotError::Duplicate(number));
            }
            out.push(number);
        }
        let what = match put_ballot(&mut self.prioritization.rank_ballots, &name, out.clone()) {
            None => return Ok(()),
            Some(Some(old)) => format!(
                "Rangordning ändrad för {name}: {} (tidigare: {})",
                list(&out),
                list(&old)
            ),
            Some(None) => format!("Rangordning registrerad för {name}: {}", list(&out)),
        };
        self.typed_ballot(Stage::Rank, &name);
        self.record(at, what);
        Ok(())
    }

    pub fn withdraw_ranking(
        &mut self,
        representative: &str,
        at: Timestamp,
    ) -> Result<(), BallotError> {
        if self.prioritization.rank_closed {
            return Err(BallotError::RankClosed);
        }
        let name = self.representative_named(representative)?;
        let old = take_ballot(&mut self.prioritization.rank_ballots, &name)
            .ok_or(BallotError::NoBallot(name.clone()))?;
        self.typed_ballot(Stage::Rank, &name);
        self.record(
            at,
            format!(
                "Rangordning tillbakadragen för {name} (var: {})",
                list(&old)
            ),
        );
        Ok(())
    }

    pub fn close_ranking(&mut self, at: Timestamp) -> Result<(), BallotError> {
        let p = &mut self.prioritization;
        if !p.pick_closed {
            return Err(BallotError::RankNotOpen);
        }
        if p.rank_closed {
            return Err(BallotError::RankClosed);
        }
        p.rank_closed = true;
        let n = p.rank_ballots.len();
        self.end_codes(Stage::Rank);
        self.record(
            at,
            format!("Rangordningssteget stängt med {n} rangordningar."),
        );
        Ok(())
    }

    pub fn reopen_ranking(&mut self, reason: &str, at: Timestamp) -> Result<(), BallotError> {
        if reason.trim().is_empty() {
            return Err(BallotError::NoReason);
        }
        if !self.prioritization.rank_closed {
            return Ok(());
        }
        self.prioritization.rank_closed = false;
        self.record(
            at,
            format!("Rangordningssteget öppnat igen. Skäl: {}", reason.trim()),
        );
        Ok(())
    }
}

impl Round {
    /// The live pick tally over the final compilation.
    pub fn current_pick_tally(&self) -> crate::tally::PickTally {
        let gaps: Vec<&str> = self
            .final_compilation()
            .iter()
            .map(|n| n.number.as_str())
            .collect();
        pick_tally(&gaps, &self.voters(), &self.counted_pick_ballots())
    }

    /// The live rank tally, once the pick stage is closed.
    pub fn current_rank_tally(&self) -> Option<crate::tally::RankTally> {
        if !self.prioritization.pick_closed {
            return None;
        }
        let candidates = self.rank_candidates();
        let refs: Vec<&str> = candidates.iter().map(String::as_str).collect();
        Some(crate::tally::rank_tally(
            &refs,
            self.rank_scale(),
            &self.counted_rank_ballots(),
            &self.pick_counts(),
        ))
    }
}
