//! The rules of the moment-5 meeting, as changes to the round: attendance,
//! the number of picks, ballots cast, corrected and withdrawn, and the
//! stages closed and reopened. Every change is logged with its time.

use std::collections::HashMap;

use jiff::Timestamp;

use crate::domain::BallotError;
use crate::domain::need::number_order;
use crate::domain::priority::{JointRule, PickBallot, RankBallot};
use crate::domain::round::Round;
use crate::tally::{joint_list, pick_tally};

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
                .find(|n| n.number.eq_ignore_ascii_case(raw.trim()))
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
        if !self.prioritization.present.contains(&name) {
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
        self.record(
            at,
            format!("Val tillbakadraget för {name} (var: {})", list(&old)),
        );
        Ok(())
    }

    /// Picks per need on the final compilation.
    pub fn pick_counts(&self) -> HashMap<String, u32> {
        let mut counts: HashMap<String, u32> = HashMap::new();
        for b in &self.prioritization.pick_ballots {
            for n in &b.needs {
                *counts.entry(n.clone()).or_default() += 1;
            }
        }
        counts
    }

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
        let p = &self.prioritization;
        let tally = pick_tally(&gaps, &p.present, &p.pick_ballots);
        let joint = joint_list(&tally, p.joint_rule);
        if joint.needs.is_empty() && !self.model.ranks_own_picks() {
            return Err(BallotError::EmptyJointList);
        }
        let note = joint.tie_note();
        let p = &mut self.prioritization;
        p.joint_list = joint.needs.clone();
        p.pick_closed = true;
        let mut what = format!(
            "Valsteget stängt med {} valsedlar. Gemensam lista ({}): {}",
            p.pick_ballots.len(),
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
            for b in &p.pick_ballots {
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
        if !p.present.contains(&name) {
            return Err(BallotError::NotPresent(name));
        }
        let allowed = self.rank_list_for(&name);
        let mut out: Vec<String> = vec![];
        for raw in order {
            let number = allowed
                .iter()
                .find(|n| n.eq_ignore_ascii_case(raw.trim()))
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

/// A representative's ballot in either stage: whose it is and its needs.
trait Ballot {
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
            order: items,
        }
    }
    fn representative(&self) -> &str {
        &self.representative
    }
    fn items(&self) -> &[String] {
        &self.order
    }
    fn items_mut(&mut self) -> &mut Vec<String> {
        &mut self.order
    }
}

/// Makes `items` the representative's ballot. None when it already was;
/// else the earlier items (None inside when there was no ballot).
fn put_ballot<B: Ballot>(
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
fn take_ballot<B: Ballot>(ballots: &mut Vec<B>, name: &str) -> Option<Vec<String>> {
    let pos = ballots.iter().position(|b| b.representative() == name)?;
    Some(std::mem::take(ballots.remove(pos).items_mut()))
}

fn list(v: &[String]) -> String {
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

impl Round {
    /// The live pick tally over the final compilation.
    pub fn current_pick_tally(&self) -> crate::tally::PickTally {
        let gaps: Vec<&str> = self
            .final_compilation()
            .iter()
            .map(|n| n.number.as_str())
            .collect();
        let p = &self.prioritization;
        pick_tally(&gaps, &p.present, &p.pick_ballots)
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
            &self.prioritization.rank_ballots,
            &self.pick_counts(),
        ))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::people::Representative;
    use crate::domain::{ModelVariant, Need, NeedStatus};

    fn at() -> Timestamp {
        Timestamp::from_second(1_790_000_000).unwrap()
    }

    fn s(v: &[&str]) -> Vec<String> {
        v.iter().map(|x| x.to_string()).collect()
    }

    fn round(model: ModelVariant) -> Round {
        let mut r = Round::new("X", model, 2024);
        for no in ["GR-01", "GR-02", "GR-03", "STH-01"] {
            r.needs.push(Need {
                number: no.into(),
                rss: no[..no.len() - 3].into(),
                title: no.into(),
                status: NeedStatus::Kunskapslucka,
                ..Need::default()
            });
        }
        r.needs.push(Need {
            number: "GR-04".into(),
            rss: "GR".into(),
            title: "ej lucka".into(),
            ..Need::default()
        });
        for name in ["Anna Lind", "Bo Ek", "Cilla Ås"] {
            r.representatives.push(Representative {
                name: name.into(),
                county: String::new(),
                organisation: String::new(),
                ..Representative::default()
            });
            r.prioritization.present.push(name.into());
        }
        r.prioritization.max_picks = 2;
        r
    }

    #[test]
    fn a_ballot_is_refused_for_too_many_a_duplicate_and_a_need_off_the_list() {
        let mut r = round(ModelVariant::V2);
        assert_eq!(
            r.cast_picks("anna lind", &s(&["GR-01", "GR-02", "GR-03"]), at()),
            Err(BallotError::TooMany { got: 3, max: 2 })
        );
        assert_eq!(
            r.cast_picks("Anna Lind", &s(&["GR-01", "gr-01"]), at()),
            Err(BallotError::Duplicate("GR-01".into()))
        );
        assert_eq!(
            r.cast_picks("Anna Lind", &s(&["GR-04"]), at()),
            Err(BallotError::NotOnCompilation("GR-04".into()))
        );
        assert_eq!(
            r.cast_picks("Okänd", &s(&["GR-01"]), at()),
            Err(BallotError::UnknownRepresentative("Okänd".into()))
        );
        assert!(r.prioritization.pick_ballots.is_empty());
        // Fewer than N is allowed; names match ignoring case and spaces.
        r.cast_picks("  ANNA LIND ", &s(&["gr-02"]), at()).unwrap();
        assert_eq!(r.prioritization.pick_ballots[0].needs, s(&["GR-02"]));
    }

    #[test]
    fn corrections_and_withdrawals_are_logged_with_the_earlier_picks() {
        let mut r = round(ModelVariant::V2);
        r.cast_picks("Bo Ek", &s(&["GR-01"]), at()).unwrap();
        r.cast_picks("Bo Ek", &s(&["GR-02", "STH-01"]), at())
            .unwrap();
        assert!(r.log.last().unwrap().what.contains("tidigare: GR-01"));
        r.withdraw_picks("Bo Ek", at()).unwrap();
        assert!(r.log.last().unwrap().what.contains("var: GR-02, STH-01"));
        assert!(r.prioritization.pick_ballots.is_empty());
        assert_eq!(
            r.withdraw_picks("Bo Ek", at()),
            Err(BallotError::NoBallot("Bo Ek".into()))
        );
    }

    #[test]
    fn an_absent_representative_cannot_vote_until_marked_present() {
        let mut r = round(ModelVariant::V2);
        r.set_present("Cilla Ås", false, at()).unwrap();
        assert_eq!(
            r.cast_picks("Cilla Ås", &s(&["GR-01"]), at()),
            Err(BallotError::NotPresent("Cilla Ås".into()))
        );
        r.set_present("cilla ås", true, at()).unwrap();
        r.cast_picks("Cilla Ås", &s(&["GR-01"]), at()).unwrap();
    }

    #[test]
    fn n_cannot_go_below_a_cast_ballot() {
        let mut r = round(ModelVariant::V2);
        r.cast_picks("Bo Ek", &s(&["GR-01", "GR-02"]), at())
            .unwrap();
        assert!(matches!(
            r.set_max_picks(1, at()),
            Err(BallotError::MaxBelowBallot { has: 2, .. })
        ));
        assert_eq!(r.set_max_picks(0, at()), Err(BallotError::MaxZero));
        r.set_max_picks(3, at()).unwrap();
        assert_eq!(r.prioritization.max_picks, 3);
    }

    #[test]
    fn closing_forms_the_joint_list_and_reopening_needs_a_reason() {
        let mut r = round(ModelVariant::V2);
        r.cast_picks("Anna Lind", &s(&["GR-01", "GR-02"]), at())
            .unwrap();
        r.cast_picks("Bo Ek", &s(&["GR-02"]), at()).unwrap();
        r.close_picks(at()).unwrap();
        assert_eq!(r.prioritization.joint_list, s(&["GR-02", "GR-01"]));
        assert_eq!(
            r.cast_picks("Bo Ek", &s(&["GR-03"]), at()),
            Err(BallotError::PickClosed)
        );
        assert_eq!(r.reopen_picks("  ", at()), Err(BallotError::NoReason));
        r.cast_ranking("Bo Ek", &s(&["GR-01"]), at()).unwrap();
        assert_eq!(
            r.reopen_picks("Fel val", at()),
            Err(BallotError::RankBallotsExist(1))
        );
        r.withdraw_ranking("Bo Ek", at()).unwrap();
        r.reopen_picks("Bo valde fel behov", at()).unwrap();
        assert!(
            r.log
                .last()
                .unwrap()
                .what
                .ends_with("Skäl: Bo valde fel behov")
        );
        assert!(r.prioritization.joint_list.is_empty());
    }

    #[test]
    fn a_ranking_covers_only_the_joint_list_in_2_0_and_own_picks_in_1_0() {
        let mut r = round(ModelVariant::V2);
        r.cast_picks("Anna Lind", &s(&["GR-01", "GR-02"]), at())
            .unwrap();
        r.cast_picks("Bo Ek", &s(&["STH-01"]), at()).unwrap();
        assert_eq!(
            r.cast_ranking("Bo Ek", &s(&["GR-01"]), at()),
            Err(BallotError::RankNotOpen)
        );
        r.close_picks(at()).unwrap();
        assert_eq!(
            r.cast_ranking("Bo Ek", &s(&["GR-03"]), at()),
            Err(BallotError::NotOnJointList("GR-03".into()))
        );
        r.cast_ranking("Bo Ek", &s(&["GR-01", "STH-01"]), at())
            .unwrap();
        assert_eq!(r.rank_scale(), 3);

        let mut v1 = round(ModelVariant::V1);
        v1.cast_picks("Anna Lind", &s(&["GR-01", "GR-02"]), at())
            .unwrap();
        v1.close_picks(at()).unwrap();
        assert_eq!(
            v1.cast_ranking("Anna Lind", &s(&["STH-01"]), at()),
            Err(BallotError::NotOwnPick("STH-01".into()))
        );
        v1.cast_ranking("Anna Lind", &s(&["GR-02", "GR-01"]), at())
            .unwrap();
        assert_eq!(v1.rank_scale(), 2);
        v1.close_ranking(at()).unwrap();
        assert_eq!(
            v1.cast_ranking("Anna Lind", &s(&["GR-01"]), at()),
            Err(BallotError::RankClosed)
        );
    }
}
