//! The rank tally by hand: Borda points, the tie-breaks, a cache that
//! equals a fresh count, and the contested neighbours.

use super::*;

fn ballot(order: &[&str]) -> RankBallot {
    RankBallot {
        representative: order.join(""),
        order: order.iter().map(|s| s.to_string()).collect(),
    }
}

fn row<'a>(t: &'a RankTally, n: &str) -> &'a RankRow {
    t.rows.iter().find(|r| r.number == n).unwrap()
}

#[test]
fn borda_points_by_hand() {
    // L = 3. Ballots: A B C / B A C / A C B.
    // A: 3+2+3 = 8, B: 2+3+1 = 6, C: 1+1+2 = 4.
    let list = ["A-1", "B-1", "C-1"];
    let t = rank_tally(
        &list,
        3,
        &[
            ballot(&["A-1", "B-1", "C-1"]),
            ballot(&["B-1", "A-1", "C-1"]),
            ballot(&["A-1", "C-1", "B-1"]),
        ],
        &HashMap::new(),
    );
    let got: Vec<_> = t
        .rows
        .iter()
        .map(|r| (r.number.as_str(), r.points, r.place.place))
        .collect();
    assert_eq!(got, vec![("A-1", 8, 1), ("B-1", 6, 2), ("C-1", 4, 3)]);
    let a = row(&t, "A-1");
    assert_eq!(a.first_places, 2);
    assert_eq!(a.positions, vec![2, 1, 0]);
    assert!((a.mean_position.unwrap() - 4.0 / 3.0).abs() < 1e-9);
}

#[test]
fn a_partial_ranking_gives_unranked_needs_nothing() {
    // L = 4, top-2 ballots only.
    let list = ["A-1", "B-1", "C-1", "D-1"];
    let t = rank_tally(&list, 4, &[ballot(&["C-1", "A-1"])], &HashMap::new());
    assert_eq!(row(&t, "C-1").points, 4);
    assert_eq!(row(&t, "A-1").points, 3);
    assert_eq!(row(&t, "B-1").points, 0);
    assert_eq!(row(&t, "B-1").mean_position, None);
    // B and D are unranked and equal in everything: they share third place.
    assert_eq!(
        row(&t, "B-1").place,
        Place {
            place: 3,
            shared: true
        }
    );
    assert_eq!(
        row(&t, "D-1").place,
        Place {
            place: 3,
            shared: true
        }
    );
}

#[test]
fn equal_points_are_broken_by_more_first_places() {
    // L = 2. Ballots: A / B C / B C.
    // A: 2 (one first). B: 2 + 2 = 4. C: 1 + 1 = 2 (no first).
    // A and C tie on points; A has a first place, so A is second, C third.
    let list = ["A-1", "B-1", "C-1"];
    let t = rank_tally(
        &list,
        2,
        &[
            ballot(&["A-1"]),
            ballot(&["B-1", "C-1"]),
            ballot(&["B-1", "C-1"]),
        ],
        &HashMap::new(),
    );
    assert_eq!(row(&t, "A-1").points, row(&t, "C-1").points);
    assert_eq!(
        row(&t, "A-1").place,
        Place {
            place: 2,
            shared: false
        }
    );
    assert_eq!(
        row(&t, "C-1").place,
        Place {
            place: 3,
            shared: false
        }
    );
}

#[test]
fn equal_points_and_firsts_are_broken_by_more_second_places() {
    // L = 3. A: first once, second once = 3 + 2 = 5.
    //        D: first once, third twice  = 3 + 1 + 1 = 5.
    // Equal points, equal firsts; A has more seconds and is placed above D.
    let list = ["A-1", "D-1", "X-1", "Y-1"];
    let t = rank_tally(
        &list,
        3,
        &[
            ballot(&["A-1", "X-1", "Y-1"]),
            ballot(&["X-1", "A-1", "Y-1"]),
            ballot(&["D-1", "Y-1", "X-1"]),
            ballot(&["Y-1", "X-1", "D-1"]),
            ballot(&["Y-1", "X-1", "D-1"]),
        ],
        &HashMap::new(),
    );
    assert_eq!((row(&t, "A-1").points, row(&t, "D-1").points), (5, 5));
    assert_eq!(
        (row(&t, "A-1").first_places, row(&t, "D-1").first_places),
        (1, 1)
    );
    assert!(row(&t, "A-1").place.place < row(&t, "D-1").place.place);
    assert!(!row(&t, "A-1").place.shared);
}

#[test]
fn then_more_picks_and_a_remaining_tie_is_a_shared_place_listed_by_number() {
    let list = ["B-1", "A-1", "C-1"];
    // A and B: identical rankings. C unranked.
    let ballots = [ballot(&["A-1", "B-1"]), ballot(&["B-1", "A-1"])];
    let mut picks = HashMap::new();
    picks.insert("A-1".to_string(), 4);
    picks.insert("B-1".to_string(), 4);
    let t = rank_tally(&list, 3, &ballots, &picks);
    // Same points (5), same positions, same picks: shared first, A before B by number.
    assert_eq!(t.rows[0].number, "A-1");
    assert_eq!(t.rows[1].number, "B-1");
    assert_eq!(
        t.rows[0].place,
        Place {
            place: 1,
            shared: true
        }
    );
    assert_eq!(
        t.rows[1].place,
        Place {
            place: 1,
            shared: true
        }
    );
    assert_eq!(
        t.rows[2].place,
        Place {
            place: 3,
            shared: false
        }
    );
    // One more pick for B breaks it.
    picks.insert("B-1".to_string(), 5);
    let t = rank_tally(&list, 3, &ballots, &picks);
    assert_eq!(t.rows[0].number, "B-1");
    assert_eq!(
        t.rows[0].place,
        Place {
            place: 1,
            shared: false
        }
    );
}

#[test]
fn three_against_two_the_points_winner_loses_head_to_head_and_both_are_contested() {
    // L = 3. Three ballots A B C, two ballots B C A.
    // Borda: A 3·3 + 2·1 = 11, B 3·2 + 2·3 = 12, C 3·1 + 2·2 = 7: B first.
    // Head to head A beats B 3 to 2: B and A are contested; A beats C 3 to 2,
    // so A and C are not.
    let list = ["A-1", "B-1", "C-1"];
    let three = ballot(&["A-1", "B-1", "C-1"]);
    let two = ballot(&["B-1", "C-1", "A-1"]);
    let t = rank_tally(
        &list,
        3,
        &[three.clone(), three.clone(), three, two.clone(), two],
        &HashMap::new(),
    );
    let got: Vec<_> = t
        .rows
        .iter()
        .map(|r| (r.number.as_str(), r.points, r.contested))
        .collect();
    assert_eq!(
        got,
        vec![("B-1", 12, true), ("A-1", 11, true), ("C-1", 7, false)]
    );
    assert_eq!(
        row(&t, "B-1").vs_next,
        Some(VsNext {
            number: "A-1".into(),
            prefer_this: 2,
            prefer_next: 3
        })
    );
    assert_eq!(
        row(&t, "A-1").vs_next,
        Some(VsNext {
            number: "C-1".into(),
            prefer_this: 3,
            prefer_next: 2
        })
    );
    assert_eq!(row(&t, "C-1").vs_next, None);
}

#[test]
fn a_majority_favourite_third_on_points_is_contested_with_the_need_above_it() {
    // L = 6. Three ballots A B C D E F; two ballots B C D E F A.
    // Borda: B 27, C 22, A 20, D 15: A third. C against A: C above A on the
    // two ballots, A above C on the three: C and A contested; B above C on
    // all five, A above D on three of five: not contested.
    let list = ["A-1", "B-1", "C-1", "D-1", "E-1", "F-1"];
    let three = ballot(&["A-1", "B-1", "C-1", "D-1", "E-1", "F-1"]);
    let two = ballot(&["B-1", "C-1", "D-1", "E-1", "F-1", "A-1"]);
    let ballots = [three.clone(), three.clone(), three, two.clone(), two];
    let t = rank_tally(&list, 6, &ballots, &HashMap::new());
    let flagged: Vec<&str> = t
        .rows
        .iter()
        .filter(|r| r.contested)
        .map(|r| r.number.as_str())
        .collect();
    assert_eq!(flagged, ["C-1", "A-1"]);
    assert_eq!(row(&t, "A-1").place.place, 3);
}

#[test]
fn a_ballot_that_ranks_neither_prefers_neither_and_a_shared_place_is_never_contested() {
    // One ballot ranks only C; it says nothing of A against B.
    let list = ["A-1", "B-1", "C-1"];
    let t = rank_tally(&list, 3, &[ballot(&["C-1"])], &HashMap::new());
    let a = row(&t, "A-1");
    assert_eq!(
        a.vs_next.as_ref().map(|v| (v.prefer_this, v.prefer_next)),
        Some((0, 0))
    );
    // Nothing ranked: all share first place; counts exist, flags do not.
    let list = ["A-1", "B-1", "C-1", "D-1", "E-1"];
    let t = rank_tally(&list, 5, &[], &HashMap::new());
    assert!(t.rows.iter().all(|r| !r.contested));
    // A and B tie on points and every tie-break but one ballot ranks B
    // above A and another A above B: equal places, never contested.
    let list = ["A-1", "B-1"];
    let t = rank_tally(
        &list,
        2,
        &[ballot(&["A-1", "B-1"]), ballot(&["B-1", "A-1"])],
        &HashMap::new(),
    );
    assert!(t.rows.iter().all(|r| !r.contested && r.place.shared));
}

#[test]
fn a_corrected_ballot_through_the_cache_equals_a_fresh_tally() {
    let list = ["A-1", "B-1", "C-1", "D-1"];
    let ballots = [
        ballot(&["A-1", "B-1"]),
        ballot(&["C-1", "D-1", "A-1"]),
        ballot(&["D-1"]),
    ];
    let mut cache = RankCache::new(&list, 4);
    for b in &ballots {
        cache.apply(&b.order, true);
    }
    // The second ballot is corrected.
    let corrected = ballot(&["B-1", "A-1", "C-1", "D-1"]);
    cache.apply(&ballots[1].order, false);
    cache.apply(&corrected.order, true);
    let fresh = rank_tally(
        &list,
        4,
        &[ballots[0].clone(), corrected, ballots[2].clone()],
        &HashMap::new(),
    );
    assert_eq!(cache.tally(&HashMap::new()), fresh);
}

#[test]
fn pairwise_add_then_remove_is_the_empty_matrix() {
    let mut pw = Pairwise::new(4);
    pw.apply(&[2, 0], true);
    pw.apply(&[1, 3, 0, 2], true);
    pw.apply(&[2, 0], false);
    pw.apply(&[1, 3, 0, 2], false);
    assert_eq!(pw, Pairwise::new(4));
}
