//! The rank stage of moment 5: Borda points over the ranked list, with the
//! tie-breaks of DOMAIN.md, and each need compared head to head with the one
//! right below it to mark contested neighbours.
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
    /// The head-to-head count against the need right below (None for the
    /// last).
    pub vs_next: Option<VsNext>,
    /// More ballots prefer the need below than this one above it (places
    /// differing), or this one to the need above: both are contested.
    pub contested: bool,
}

/// How the ballots compare a need with the one right below it. A ballot
/// prefers A to B when it ranks A above B, or ranks A and not B; it prefers
/// neither when it ranks neither.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct VsNext {
    pub number: String,
    pub prefer_this: u32,
    pub prefer_next: u32,
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

    /// Ballots that put `a` above `b` (list indices).
    pub fn prefer(&self, a: usize, b: usize) -> u32 {
        self.prefer[a * self.n + b]
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

    // Each need against its neighbour below; a neighbour preferred by more
    // ballots than the need above it makes both contested.
    let vs: Vec<Option<VsNext>> = (0..n)
        .map(|k| {
            order.get(k + 1).map(|&j| VsNext {
                number: list[j].to_string(),
                prefer_this: pairwise.prefer(order[k], j),
                prefer_next: pairwise.prefer(j, order[k]),
            })
        })
        .collect();
    let mut contested = vec![false; n];
    for k in 0..n.saturating_sub(1) {
        if let Some(v) = &vs[k]
            && places[k].place != places[k + 1].place
            && v.prefer_next > v.prefer_this
        {
            contested[k] = true;
            contested[k + 1] = true;
        }
    }
    let rows = order
        .iter()
        .zip(places)
        .zip(vs)
        .enumerate()
        .map(|(k, ((&i, place), vs_next))| {
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
                vs_next,
                contested: contested[k],
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
#[path = "rank_tests.rs"]
mod tests;
