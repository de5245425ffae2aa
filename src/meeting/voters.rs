//! Who votes in moment 5 now, and whose ballots count. A present
//! substitute (ersättare) votes in the name of the one they stand in for. A
//! ballot of someone no longer present stays in the file (they may come
//! back) but is not counted while they are away, and the tally says so.

use crate::domain::Round;
use crate::domain::priority::{JointRule, PickBallot, RankBallot, Stage};

impl Round {
    /// The names that vote now, in attendance order: each present
    /// representative, a present substitute as the one they stand in for.
    pub fn voters(&self) -> Vec<String> {
        let mut out: Vec<String> = vec![];
        for n in &self.prioritization.present {
            let who = self
                .representatives
                .iter()
                .find(|r| r.name == *n)
                .and_then(|r| r.substitute_for.clone())
                .unwrap_or_else(|| n.clone());
            if !out.contains(&who) {
                out.push(who);
            }
        }
        out
    }

    /// May a ballot be cast in this name now?
    pub fn can_vote(&self, name: &str) -> bool {
        self.voters().iter().any(|v| v == name)
    }

    /// The present substitute voting for `name`, if one is.
    pub fn substitute_voting_for(&self, name: &str) -> Option<String> {
        self.representatives
            .iter()
            .find(|r| {
                r.substitute_for.as_deref() == Some(name)
                    && self.prioritization.present.contains(&r.name)
            })
            .map(|r| r.name.clone())
    }

    /// The pick ballots that count: those of the voters present now.
    pub fn counted_pick_ballots(&self) -> Vec<PickBallot> {
        let voters = self.voters();
        self.prioritization
            .pick_ballots
            .iter()
            .filter(|b| voters.contains(&b.representative))
            .cloned()
            .collect()
    }

    /// The rank ballots that count: those of the voters present now.
    pub fn counted_rank_ballots(&self) -> Vec<RankBallot> {
        let voters = self.voters();
        self.prioritization
            .rank_ballots
            .iter()
            .filter(|b| voters.contains(&b.representative))
            .cloned()
            .collect()
    }

    /// Names whose ballot in a stage is kept but not counted (absent now).
    pub fn uncounted(&self, stage: Stage) -> Vec<String> {
        let voters = self.voters();
        let p = &self.prioritization;
        let names: Vec<&String> = match stage {
            Stage::Pick => p.pick_ballots.iter().map(|b| &b.representative).collect(),
            Stage::Rank => p.rank_ballots.iter().map(|b| &b.representative).collect(),
        };
        names
            .into_iter()
            .filter(|n| !voters.contains(n))
            .cloned()
            .collect()
    }
}

/// Who has voted in the current stage, among those who vote now.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Turnout {
    pub voters: usize,
    pub voted: Vec<String>,
    pub missing: Vec<String>,
    /// Ballots kept but not counted: their voter is not present.
    pub uncounted: Vec<String>,
}

impl Round {
    /// The turnout of the current stage.
    pub fn turnout(&self) -> Turnout {
        let stage = self.prioritization.stage();
        let voters = self.voters();
        let p = &self.prioritization;
        let has = |n: &String| match stage {
            Stage::Pick => p.pick_ballots.iter().any(|b| b.representative == *n),
            Stage::Rank => p.rank_ballots.iter().any(|b| b.representative == *n),
        };
        let (voted, missing): (Vec<String>, Vec<String>) =
            voters.iter().cloned().partition(|n| has(n));
        Turnout {
            voters: voters.len(),
            voted,
            missing,
            uncounted: self.uncounted(stage),
        }
    }
}

impl Round {
    /// What closing the current stage will do, said before it is done:
    /// "Gemensam lista: 24 behov (alla valda). 5 av 20 närvarande har inte
    /// röstat: …".
    pub fn close_preview(&self) -> String {
        let stage = self.prioritization.stage();
        let t = self.turnout();
        let mut out = String::new();
        if stage == Stage::Pick && !self.model.ranks_own_picks() {
            let gaps: Vec<&str> = self
                .final_compilation()
                .iter()
                .map(|n| n.number.as_str())
                .collect();
            let tally =
                crate::tally::pick_tally(&gaps, &self.voters(), &self.counted_pick_ballots());
            let joint = crate::tally::joint_list(&tally, self.prioritization.joint_rule);
            let rule = match self.prioritization.joint_rule {
                JointRule::AllPicked => "alla valda".to_string(),
                JointRule::TopK(k) => format!("topp {k}"),
                JointRule::AtLeast(m) => format!("minst {m} val"),
            };
            out.push_str(&format!(
                "Gemensam lista: {} behov ({rule}).\n",
                joint.needs.len()
            ));
        }
        let did = match stage {
            Stage::Pick => "röstat",
            Stage::Rank => "rangordnat",
        };
        if t.missing.is_empty() {
            out.push_str(&format!("Alla {} närvarande har {did}.", t.voters));
        } else {
            const NAMED: usize = 6;
            let mut names = t.missing[..t.missing.len().min(NAMED)].join(", ");
            if t.missing.len() > NAMED {
                names.push_str(&format!(" och {} till", t.missing.len() - NAMED));
            }
            out.push_str(&format!(
                "{} av {} närvarande har inte {did}: {names}.",
                t.missing.len(),
                t.voters,
            ));
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use crate::domain::people::Representative;
    use crate::domain::priority::Stage;
    use crate::domain::{ModelVariant, Need, NeedStatus, Round};

    #[test]
    fn an_absent_voters_ballot_is_kept_but_not_counted_and_a_substitute_votes_for_them() {
        let at = jiff::Timestamp::from_second(1_790_000_000).unwrap();
        let mut r = Round::new("X", ModelVariant::V2, 2026);
        for no in ["GR-01", "GR-02"] {
            r.needs.push(Need {
                number: no.into(),
                rss: "GR".into(),
                title: no.into(),
                status: NeedStatus::Kunskapslucka,
                ..Need::default()
            });
        }
        for n in ["Anna", "Bo", "Eva"] {
            r.representatives.push(Representative {
                name: n.into(),
                ..Representative::default()
            });
        }
        r.set_substitute("Eva", Some("Anna"), at).unwrap();
        r.set_present("Anna", true, at).unwrap();
        r.set_present("Bo", true, at).unwrap();
        r.cast_picks("Anna", &["GR-01".into()], at).unwrap();
        r.cast_picks("Bo", &["GR-02".into()], at).unwrap();
        assert_eq!(r.current_pick_tally().ballots, 2);
        // Anna leaves: her ballot stays, but does not count.
        r.set_present("Anna", false, at).unwrap();
        assert_eq!(r.prioritization.pick_ballots.len(), 2);
        let t = r.current_pick_tally();
        assert_eq!((t.ballots, t.eligible), (1, 1));
        assert_eq!(r.pick_counts().get("GR-01"), None);
        assert_eq!(r.uncounted(Stage::Pick), ["Anna"]);
        let turnout = r.turnout();
        assert_eq!((turnout.voters, turnout.voted.len()), (1, 1));
        assert_eq!(turnout.uncounted, ["Anna"]);
        // Eva stands in for Anna: Anna's ballot counts again, in Anna's name.
        r.set_present("Eva", true, at).unwrap();
        assert_eq!(r.voters(), ["Bo", "Anna"]);
        assert_eq!(r.substitute_voting_for("Anna").as_deref(), Some("Eva"));
        assert_eq!(r.current_pick_tally().ballots, 2);
        r.cast_picks("Anna", &["GR-02".into()], at).unwrap();
        assert!(
            r.cast_picks("Eva", &["GR-02".into()], at).is_err(),
            "Eva votes as Anna"
        );
        // The name picker finds Eva by her own name and opens Anna's ballot.
        let found = r.ballot_candidates("ev");
        assert_eq!(
            (found[0].name.as_str(), found[0].ballot_of.as_str()),
            ("Eva", "Anna")
        );
        assert!(
            found[0].voted,
            "Anna's ballot is saved: the line says it is changed"
        );
        // Closing says who has not voted and what the joint list will be.
        r.withdraw_picks("Bo", at).unwrap();
        let said = r.close_preview();
        assert!(
            said.starts_with("Gemensam lista: 1 behov (alla valda)."),
            "{said}"
        );
        assert!(
            said.ends_with("1 av 2 närvarande har inte röstat: Bo."),
            "{said}"
        );
    }
}
