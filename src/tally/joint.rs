//! The joint list (gemensam lista): the needs that go on from the pick stage
//! to the rank stage. A cap never cuts through a tie.

use super::pick::PickTally;
use crate::domain::priority::JointRule;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct JointList {
    /// Need numbers, best first (as in the pick tally).
    pub needs: Vec<String>,
    /// Set when needs tied at the edge were all taken in, beyond the cap:
    /// (the cap asked for, the picks of the tied needs).
    pub extended_for_tie: Option<(usize, u32)>,
}

impl JointList {
    /// One Swedish sentence about a tie at the edge, if there was one.
    pub fn tie_note(&self) -> Option<String> {
        self.extended_for_tie.map(|(cap, picks)| {
            format!(
                "Delad plats vid gränsen: alla behov med {picks} val är med, så listan har {} behov i stället för {cap}.",
                self.needs.len()
            )
        })
    }
}

/// Forms the joint list from a pick tally. Needs with no picks are never on it.
pub fn joint_list(tally: &PickTally, rule: JointRule) -> JointList {
    let picked: Vec<&super::pick::PickRow> = tally.rows.iter().filter(|r| r.picks > 0).collect();
    let (needs, extended_for_tie) = match rule {
        JointRule::AllPicked => (picked.iter().map(|r| r.number.clone()).collect(), None),
        JointRule::AtLeast(m) => (
            picked
                .iter()
                .filter(|r| r.picks >= m)
                .map(|r| r.number.clone())
                .collect(),
            None,
        ),
        JointRule::TopK(k) => {
            if picked.len() <= k {
                (picked.iter().map(|r| r.number.clone()).collect(), None)
            } else if k == 0 {
                (vec![], None)
            } else {
                let edge = picked[k - 1].picks;
                let taken: Vec<String> = picked
                    .iter()
                    .take_while(|r| r.picks >= edge)
                    .map(|r| r.number.clone())
                    .collect();
                let extended = (taken.len() > k).then_some((k, edge));
                (taken, extended)
            }
        }
    };
    JointList {
        needs,
        extended_for_tie,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::priority::PickBallot;
    use crate::tally::pick_tally;

    fn tally() -> PickTally {
        // A:3, B:2, C:2, D:2, E:1, F:0
        let list = ["A-1", "B-1", "C-1", "D-1", "E-1", "F-1"];
        let ballots = [
            PickBallot {
                representative: "1".into(),
                needs: vec!["A-1".into(), "B-1".into(), "C-1".into()],
            },
            PickBallot {
                representative: "2".into(),
                needs: vec!["A-1".into(), "C-1".into(), "D-1".into()],
            },
            PickBallot {
                representative: "3".into(),
                needs: vec!["A-1".into(), "B-1".into(), "D-1".into(), "E-1".into()],
            },
        ];
        pick_tally(&list, &[], &ballots)
    }

    #[test]
    fn by_default_every_picked_need_and_no_unpicked_one() {
        let j = joint_list(&tally(), JointRule::AllPicked);
        assert_eq!(j.needs, vec!["A-1", "B-1", "C-1", "D-1", "E-1"]);
        assert_eq!(j.extended_for_tie, None);
    }

    #[test]
    fn a_top_k_cap_that_falls_in_a_tie_takes_the_whole_tie_and_says_so() {
        // Top 2: A (3) then B, C, D share 2 picks: all in, four needs.
        let j = joint_list(&tally(), JointRule::TopK(2));
        assert_eq!(j.needs, vec!["A-1", "B-1", "C-1", "D-1"]);
        assert_eq!(j.extended_for_tie, Some((2, 2)));
        assert!(j.tie_note().unwrap().contains("4 behov i stället för 2"));
    }

    #[test]
    fn a_top_k_cap_between_places_cuts_cleanly() {
        let j = joint_list(&tally(), JointRule::TopK(4));
        assert_eq!(j.needs, vec!["A-1", "B-1", "C-1", "D-1"]);
        assert_eq!(j.extended_for_tie, None);
        assert_eq!(joint_list(&tally(), JointRule::TopK(1)).needs, vec!["A-1"]);
        assert_eq!(joint_list(&tally(), JointRule::TopK(9)).needs.len(), 5);
    }

    #[test]
    fn at_least_m_picks() {
        assert_eq!(
            joint_list(&tally(), JointRule::AtLeast(2)).needs,
            vec!["A-1", "B-1", "C-1", "D-1"]
        );
        assert_eq!(joint_list(&tally(), JointRule::AtLeast(0)).needs.len(), 5);
    }
}
