//! The pick stage of moment 5: picks per need, share of ballots, who has
//! voted. Needs with equal picks share a place and are listed by number.

use std::collections::HashMap;

use super::places::{Place, assign_places};
use crate::domain::priority::PickBallot;

/// One need's line in the pick tally.
#[derive(Debug, Clone, PartialEq)]
pub struct PickRow {
    pub number: String,
    pub picks: u32,
    /// picks / ballots, 0.0 when there are no ballots.
    pub share: f64,
    pub place: Place,
}

/// The pick tally over the final compilation.
#[derive(Debug, Clone, PartialEq)]
pub struct PickTally {
    /// Every need on the final compilation, best first.
    pub rows: Vec<PickRow>,
    pub ballots: usize,
    /// Present representatives (eligible to vote).
    pub eligible: usize,
    /// Present representatives with a ballot, in the order given.
    pub voted: Vec<String>,
    /// Present representatives still without a ballot.
    pub missing: Vec<String>,
}

/// Counts the picks. `compilation` is in number order (as
/// `Round::final_compilation` gives it); needs with equal picks keep that
/// order. Picks of needs not on `compilation` are ignored here: the ballot
/// entry refuses them before they are stored.
pub fn pick_tally(compilation: &[&str], present: &[String], ballots: &[PickBallot]) -> PickTally {
    let mut counts: HashMap<&str, u32> = compilation.iter().map(|n| (*n, 0)).collect();
    for b in ballots {
        for n in &b.needs {
            if let Some(c) = counts.get_mut(n.as_str()) {
                *c += 1;
            }
        }
    }
    let mut order: Vec<(&str, u32)> = compilation.iter().map(|n| (*n, counts[n])).collect();
    // Stable: ties stay in the compilation's number order.
    order.sort_by_key(|x| std::cmp::Reverse(x.1));
    let places = assign_places(&order, |a, b| a.1 == b.1);
    let n_ballots = ballots.len();
    let rows = order
        .iter()
        .zip(places)
        .map(|((number, picks), place)| PickRow {
            number: number.to_string(),
            picks: *picks,
            share: if n_ballots == 0 {
                0.0
            } else {
                f64::from(*picks) / n_ballots as f64
            },
            place,
        })
        .collect();
    let has_ballot = |name: &str| ballots.iter().any(|b| b.representative == name);
    let (voted, missing): (Vec<String>, Vec<String>) =
        present.iter().cloned().partition(|p| has_ballot(p));
    PickTally {
        rows,
        ballots: n_ballots,
        eligible: present.len(),
        voted,
        missing,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ballot(rep: &str, needs: &[&str]) -> PickBallot {
        PickBallot {
            representative: rep.into(),
            needs: needs.iter().map(|s| s.to_string()).collect(),
        }
    }

    #[test]
    fn counts_shares_and_places_by_hand() {
        let list = ["A-1", "A-2", "B-1", "B-2"];
        let present = vec!["Anna".to_string(), "Bo".into(), "Cilla".into()];
        let ballots = [
            ballot("Anna", &["A-2", "B-1"]),
            ballot("Bo", &["A-2", "B-2"]),
        ];
        let t = pick_tally(&list, &present, &ballots);
        let got: Vec<_> = t
            .rows
            .iter()
            .map(|r| (r.number.as_str(), r.picks, r.place.place))
            .collect();
        // A-2 has 2; B-1 and B-2 share second with 1; A-1 is fourth with 0.
        assert_eq!(
            got,
            vec![("A-2", 2, 1), ("B-1", 1, 2), ("B-2", 1, 2), ("A-1", 0, 4)]
        );
        assert!((t.rows[0].share - 1.0).abs() < 1e-9);
        assert!((t.rows[1].share - 0.5).abs() < 1e-9);
        assert_eq!(t.missing, vec!["Cilla"]);
        assert_eq!(t.voted, vec!["Anna", "Bo"]);
        assert_eq!((t.ballots, t.eligible), (2, 3));
    }

    #[test]
    fn no_ballots_means_everyone_shares_first_place_with_zero_share() {
        let t = pick_tally(&["A-1", "A-2"], &[], &[]);
        assert!(
            t.rows
                .iter()
                .all(|r| r.picks == 0 && r.share == 0.0 && r.place.shared)
        );
    }
}
