//! The rank stage of moment 5: Borda points over the ranked list, with the
//! tie-breaks of DOMAIN.md, and a pairwise (Copeland) order of the same
//! ballots to mark contested needs.
//!
//! Borda: position p of L gives L − p + 1 points, unranked needs 0. Order by
//! points, then more first places, more second places and so on, then more
//! picks in the pick stage; what still ties shares a place, listed by number.

use std::collections::HashMap;

use super::places::{Place, assign_places, number_order};
use crate::domain::priority::RankBallot;

#[derive(Debug, Clone, PartialEq)]
pub struct RankRow {
    pub number: String,
    pub points: u64,
    /// Mean position among the ballots that ranked it; None if none did.
    pub mean_position: Option<f64>,
    pub first_places: u32,
    /// positions[i]: ballots that put the need at place i + 1.
    pub positions: Vec<u32>,
    pub picks: u32,
    pub place: Place,
    /// Place in the pairwise (Copeland) order.
    pub pairwise_place: Place,
    /// The Borda and pairwise places differ by two or more. A shared place
    /// counts as every position it covers, so needs tied in both orders are
    /// never contested.
    pub contested: bool,
}

#[derive(Debug, Clone, PartialEq)]
pub struct RankTally {
    pub rows: Vec<RankRow>,
    pub ballots: usize,
    /// L: the length of the list ranked, the Borda scale.
    pub list_length: usize,
}

/// How many ballots prefer one need over another, for every pair.
/// A ranked need is preferred to an unranked one; two unranked are equal.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Pairwise {
    n: usize,
    /// prefer[a * n + b]: ballots that put a above b.
    prefer: Vec<u32>,
}

impl Pairwise {
    pub fn new(n: usize) -> Pairwise {
        Pairwise {
            n,
            prefer: vec![0; n * n],
        }
    }

    /// Adds or removes one ballot given as list indices in ranked order.
    /// Each ranked need's row gains one where it stands above the other
    /// need (an unranked need stands below every ranked one): O(R·L),
    /// and a straight pass over memory the compiler can vectorise.
    pub fn apply(&mut self, ranked: &[usize], add: bool) {
        let n = self.n;
        let mut pos = vec![u32::MAX; n];
        for (p, &i) in ranked.iter().enumerate() {
            pos[i] = p as u32;
        }
        for &a in ranked {
            let pa = pos[a];
            let row = &mut self.prefer[a * n..(a + 1) * n];
            if add {
                for (cell, &pb) in row.iter_mut().zip(&pos) {
                    *cell += u32::from(pa < pb);
                }
            } else {
                for (cell, &pb) in row.iter_mut().zip(&pos) {
                    *cell = cell.saturating_sub(u32::from(pa < pb));
                }
            }
        }
    }

    /// Copeland score ×2 (a win 2, a draw 1) per need.
    pub fn copeland(&self) -> Vec<u32> {
        let n = self.n;
        (0..n)
            .map(|a| {
                (0..n)
                    .filter(|b| *b != a)
                    .map(
                        |b| match self.prefer[a * n + b].cmp(&self.prefer[b * n + a]) {
                            std::cmp::Ordering::Greater => 2,
                            std::cmp::Ordering::Equal => 1,
                            std::cmp::Ordering::Less => 0,
                        },
                    )
                    .sum()
            })
            .collect()
    }
}

/// For each place, the positions it covers: a place shared by k needs
/// covers place ..= place + k − 1.
fn place_spans(places: &[Place]) -> HashMap<usize, (usize, usize)> {
    let mut count: HashMap<usize, usize> = HashMap::new();
    for p in places {
        *count.entry(p.place).or_default() += 1;
    }
    count
        .into_iter()
        .map(|(p, k)| (p, (p, p + k - 1)))
        .collect()
}

/// How far apart two spans of positions are (0 when they overlap).
fn gap(a: Option<(usize, usize)>, b: Option<(usize, usize)>) -> usize {
    match (a, b) {
        (Some((a0, a1)), Some((b0, b1))) => a0.max(b0).saturating_sub(a1.min(b1)),
        _ => 0,
    }
}

/// The running sums of a ranking: Borda points, position counts and the
/// pairwise matrix, kept up to date one ballot at a time so a corrected
/// ballot costs O(L²), not O(L²·ballots).
#[derive(Debug, Clone, PartialEq)]
pub struct RankCache {
    list: Vec<String>,
    index: HashMap<String, usize>,
    scale: usize,
    points: Vec<u64>,
    positions: Vec<Vec<u32>>,
    pairwise: Pairwise,
    ballots: usize,
}

impl RankCache {
    /// An empty tally over `list` with Borda scale `scale` (see [`rank_tally`]).
    pub fn new(list: &[&str], scale: usize) -> RankCache {
        let n = list.len();
        RankCache {
            list: list.iter().map(|s| s.to_string()).collect(),
            index: list
                .iter()
                .enumerate()
                .map(|(i, s)| (s.to_string(), i))
                .collect(),
            scale,
            points: vec![0; n],
            positions: vec![vec![0; scale]; n],
            pairwise: Pairwise::new(n),
            ballots: 0,
        }
    }

    fn ranked(&self, order: &[String]) -> Vec<usize> {
        order
            .iter()
            .take(self.scale)
            .filter_map(|x| self.index.get(x.as_str()).copied())
            .collect()
    }

    /// Adds (or with `add` false, takes back) one ballot.
    pub fn apply(&mut self, order: &[String], add: bool) {
        let ranked = self.ranked(order);
        for (p, &i) in ranked.iter().enumerate() {
            let pts = (self.scale - p) as u64;
            if add {
                self.points[i] += pts;
                self.positions[i][p] += 1;
            } else {
                self.points[i] = self.points[i].saturating_sub(pts);
                self.positions[i][p] = self.positions[i][p].saturating_sub(1);
            }
        }
        self.pairwise.apply(&ranked, add);
        if add {
            self.ballots += 1;
        } else {
            self.ballots = self.ballots.saturating_sub(1);
        }
    }

    /// The tally as it stands; `picks` gives the pick-stage counts.
    pub fn tally(&self, picks: &HashMap<String, u32>) -> RankTally {
        let list: Vec<&str> = self.list.iter().map(String::as_str).collect();
        rows_from(
            &list,
            self.scale,
            self.ballots,
            self.points.clone(),
            self.positions.clone(),
            &self.pairwise,
            picks,
        )
    }
}

/// Tallies rank ballots over `list`. `scale` is L for the Borda points (the
/// joint list's length; in model 1.0 the number of picks N). Positions past
/// `scale` and needs not on the list are ignored here: ballot entry refuses
/// them before they are stored. `picks` gives the pick-stage counts.
pub fn rank_tally(
    list: &[&str],
    scale: usize,
    ballots: &[RankBallot],
    picks: &HashMap<String, u32>,
) -> RankTally {
    let mut cache = RankCache::new(list, scale);
    for b in ballots {
        cache.apply(&b.order, true);
    }
    cache.tally(picks)
}

fn rows_from(
    list: &[&str],
    scale: usize,
    ballots: usize,
    points: Vec<u64>,
    positions: Vec<Vec<u32>>,
    pairwise: &Pairwise,
    picks: &HashMap<String, u32>,
) -> RankTally {
    let n = list.len();
    let pick = |i: usize| picks.get(list[i]).copied().unwrap_or(0);
    // Sort key: points, then first, second ... places, then picks; all descending.
    let mut order: Vec<usize> = (0..n).collect();
    let key_cmp = |a: &usize, b: &usize| {
        points[*b]
            .cmp(&points[*a])
            .then_with(|| positions[*b].cmp(&positions[*a]))
            .then_with(|| pick(*b).cmp(&pick(*a)))
    };
    order.sort_by(|a, b| key_cmp(a, b).then_with(|| number_order(list[*a], list[*b])));
    let places = assign_places(&order, |a, b| key_cmp(a, b).is_eq());

    let copeland = pairwise.copeland();
    let mut by_pairwise: Vec<usize> = (0..n).collect();
    by_pairwise.sort_by(|a, b| {
        copeland[*b]
            .cmp(&copeland[*a])
            .then_with(|| number_order(list[*a], list[*b]))
    });
    let pw_places = assign_places(&by_pairwise, |a, b| copeland[*a] == copeland[*b]);
    let mut pairwise_place = vec![
        Place {
            place: 0,
            shared: false
        };
        n
    ];
    for (i, p) in by_pairwise.iter().zip(pw_places) {
        pairwise_place[*i] = p;
    }

    let spans = place_spans(&places);
    let pw_spans = place_spans(&pairwise_place);
    let rows = order
        .iter()
        .zip(places)
        .map(|(&i, place)| {
            let ranked: u32 = positions[i].iter().sum();
            let pos_sum: u64 = positions[i]
                .iter()
                .enumerate()
                .map(|(p, c)| (p as u64 + 1) * u64::from(*c))
                .sum();
            RankRow {
                number: list[i].to_string(),
                points: points[i],
                mean_position: (ranked > 0).then(|| pos_sum as f64 / f64::from(ranked)),
                first_places: positions[i].first().copied().unwrap_or(0),
                positions: positions[i].clone(),
                picks: pick(i),
                place,
                pairwise_place: pairwise_place[i],
                contested: gap(
                    spans.get(&place.place).copied(),
                    pw_spans.get(&pairwise_place[i].place).copied(),
                ) >= 2,
            }
        })
        .collect();
    RankTally {
        rows,
        ballots,
        list_length: scale,
    }
}

#[cfg(test)]
mod tests {
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
    fn a_majority_favourite_ranked_last_by_a_minority_is_marked_contested() {
        // L = 6. Three ballots: A B C D E F; two ballots: B C D E F A.
        // Borda: A 3·6 + 2·1 = 20, B 3·5 + 2·6 = 27, C 3·4 + 2·5 = 22 → A third.
        // Pairwise A beats every other need 3 to 2 → A first. Places differ by 2.
        let list = ["A-1", "B-1", "C-1", "D-1", "E-1", "F-1"];
        let three = ["A-1", "B-1", "C-1", "D-1", "E-1", "F-1"];
        let two = ["B-1", "C-1", "D-1", "E-1", "F-1", "A-1"];
        let ballots = [
            ballot(&three),
            ballot(&three),
            ballot(&three),
            ballot(&two),
            ballot(&two),
        ];
        let t = rank_tally(&list, 6, &ballots, &HashMap::new());
        let a = row(&t, "A-1");
        assert_eq!((a.points, a.place.place), (20, 3));
        assert_eq!(
            a.pairwise_place,
            Place {
                place: 1,
                shared: false
            }
        );
        assert!(a.contested);
        let b = row(&t, "B-1");
        assert_eq!(
            (b.points, b.place.place, b.pairwise_place.place),
            (27, 1, 2)
        );
        assert!(!b.contested);
    }

    #[test]
    fn needs_tied_in_both_orders_are_not_contested() {
        let list = ["A-1", "B-1", "C-1", "D-1", "E-1"];
        let t = rank_tally(&list, 5, &[], &HashMap::new());
        assert!(t.rows.iter().all(|r| !r.contested));
        let t = rank_tally(&list, 5, &[ballot(&["A-1"])], &HashMap::new());
        assert!(t.rows.iter().all(|r| !r.contested), "{:?}", t.rows);
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
}
