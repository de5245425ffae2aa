//! Invariants of the moment-5 tally, over arbitrary ballots.

use std::collections::HashMap;

use lbk::domain::priority::{PickBallot, RankBallot};
use lbk::tally::{Place, pick_tally, rank_tally};
use proptest::prelude::*;

fn list(n: usize) -> Vec<String> {
    (1..=n).map(|i| format!("R-{i:02}")).collect()
}

/// Up to `max` distinct needs of `n`, in a random order.
fn subset(n: usize, max: usize) -> impl Strategy<Value = Vec<usize>> {
    Just((0..n).collect::<Vec<_>>())
        .prop_shuffle()
        .prop_flat_map(move |v| (0..=max.min(n)).prop_map(move |k| v[..k].to_vec()))
}

fn ballots_strategy() -> impl Strategy<Value = (usize, Vec<Vec<usize>>)> {
    (1usize..12).prop_flat_map(|n| (Just(n), prop::collection::vec(subset(n, n), 0..15)))
}

fn places_are_consistent(places: &[Place], equal: impl Fn(usize, usize) -> bool) {
    for (i, p) in places.iter().enumerate() {
        assert!(p.place >= 1 && p.place <= i + 1);
        if i == 0 {
            assert_eq!(p.place, 1);
        } else if equal(i - 1, i) {
            assert_eq!(p.place, places[i - 1].place);
        } else {
            assert_eq!(p.place, i + 1, "a place after a tie skips as in sport");
        }
        let shares = (i > 0 && places[i - 1].place == p.place)
            || places.get(i + 1).is_some_and(|q| q.place == p.place);
        assert_eq!(p.shared, shares);
    }
}

proptest! {
    #[test]
    fn pick_tally_totals_order_and_places((n, raw) in ballots_strategy(), seed in any::<u64>()) {
        let needs = list(n);
        let refs: Vec<&str> = needs.iter().map(String::as_str).collect();
        let ballots: Vec<PickBallot> = raw.iter().enumerate().map(|(i, b)| PickBallot {
            representative: format!("rep{i}"),
            needs: b.iter().map(|j| needs[*j].clone()).collect(),
        }).collect();
        let t = pick_tally(&refs, &[], &ballots);
        let total: u32 = t.rows.iter().map(|r| r.picks).sum();
        prop_assert_eq!(total as usize, raw.iter().map(Vec::len).sum::<usize>());
        prop_assert_eq!(t.rows.len(), n);
        places_are_consistent(&t.rows.iter().map(|r| r.place).collect::<Vec<_>>(), |a, b| t.rows[a].picks == t.rows[b].picks);

        let mut shuffled = ballots.clone();
        let k = shuffled.len().max(1);
        shuffled.rotate_left((seed as usize) % k);
        shuffled.reverse();
        prop_assert_eq!(pick_tally(&refs, &[], &shuffled), t);
    }

    #[test]
    fn rank_tally_totals_order_and_places((n, raw) in ballots_strategy(), seed in any::<u64>()) {
        let needs = list(n);
        let refs: Vec<&str> = needs.iter().map(String::as_str).collect();
        let ballots: Vec<RankBallot> = raw.iter().enumerate().map(|(i, b)| RankBallot {
            representative: format!("rep{i}"),
            order: b.iter().map(|j| needs[*j].clone()).collect(),
        }).collect();
        let picks: HashMap<String, u32> = needs.iter().enumerate().map(|(i, x)| (x.clone(), (i as u32 * 7 + seed as u32) % 3)).collect();
        let t = rank_tally(&refs, n, &ballots, &picks);

        // Points total: each ballot of length R gives L + (L-1) + ... + (L-R+1).
        let expected: u64 = raw.iter().map(|b| (0..b.len()).map(|p| (n - p) as u64).sum::<u64>()).sum();
        prop_assert_eq!(t.rows.iter().map(|r| r.points).sum::<u64>(), expected);
        // Positions count every ranked slot once.
        let slots: u32 = t.rows.iter().map(|r| r.positions.iter().sum::<u32>()).sum();
        prop_assert_eq!(slots as usize, raw.iter().map(Vec::len).sum::<usize>());
        // Points never increase down the list, and places are 1..L as in sport.
        for w in t.rows.windows(2) {
            prop_assert!(w[0].points >= w[1].points);
        }
        let key = |i: usize| (t.rows[i].points, t.rows[i].positions.clone(), t.rows[i].picks);
        places_are_consistent(&t.rows.iter().map(|r| r.place).collect::<Vec<_>>(), |a, b| key(a) == key(b));
        // Each need against the one below, counted here from the ballots: a
        // ballot prefers A to B when it ranks A above B or A and not B.
        let at = |b: &Vec<usize>, x: &str| b.iter().position(|j| needs[*j] == x);
        let prefers = |a: &str, b: &str| raw.iter().filter(|bal| match (at(bal, a), at(bal, b)) {
            (Some(pa), Some(pb)) => pa < pb,
            (Some(_), None) => true,
            _ => false,
        }).count() as u32;
        let mut flagged = vec![false; t.rows.len()];
        for k in 0..t.rows.len() {
            let v = t.rows[k].vs_next.as_ref();
            match t.rows.get(k + 1) {
                None => prop_assert!(v.is_none()),
                Some(next) => {
                    let v = v.unwrap();
                    prop_assert_eq!(&v.number, &next.number);
                    prop_assert_eq!(v.prefer_this, prefers(&t.rows[k].number, &next.number));
                    prop_assert_eq!(v.prefer_next, prefers(&next.number, &t.rows[k].number));
                    if t.rows[k].place.place != next.place.place && v.prefer_next > v.prefer_this {
                        flagged[k] = true;
                        flagged[k + 1] = true;
                    }
                }
            }
        }
        for (r, f) in t.rows.iter().zip(&flagged) {
            prop_assert_eq!(r.contested, *f, "{}", r.number);
        }

        let mut shuffled = ballots.clone();
        let k = shuffled.len().max(1);
        shuffled.rotate_left((seed as usize) % k);
        shuffled.reverse();
        prop_assert_eq!(rank_tally(&refs, n, &shuffled, &picks), t);
    }
}
