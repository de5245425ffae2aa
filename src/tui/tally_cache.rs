//! The moment-5 tallies, computed after an update and kept until the round
//! changes, so drawing never counts. A corrected rank ballot is applied to
//! the running sums (O(L²)) instead of counting every ballot again.

use crate::domain::Round;
use crate::domain::priority::RankBallot;
use crate::tally::{PickTally, RankCache, RankTally};

struct RankState {
    list: Vec<String>,
    scale: usize,
    cache: RankCache,
    /// The ballots the sums hold.
    counted: Vec<RankBallot>,
}

pub struct TallyCache {
    /// The round's change count these tallies belong to.
    pub generation: u64,
    pub pick: PickTally,
    pub rank: Option<RankTally>,
    rank_state: Option<RankState>,
}

impl TallyCache {
    /// Tallies for the round as it is, reusing the running rank sums of
    /// `previous` when the list ranked is the same.
    pub fn refresh(previous: Option<TallyCache>, round: &Round, generation: u64) -> TallyCache {
        let pick = round.current_pick_tally();
        if !round.prioritization.pick_closed {
            return TallyCache {
                generation,
                pick,
                rank: None,
                rank_state: None,
            };
        }
        let list = round.rank_candidates();
        let scale = round.rank_scale();
        let ballots = &round.counted_rank_ballots();
        let mut state = match previous
            .and_then(|p| p.rank_state)
            .filter(|s| s.list == list && s.scale == scale)
        {
            Some(s) => s,
            None => {
                let refs: Vec<&str> = list.iter().map(String::as_str).collect();
                RankState {
                    cache: RankCache::new(&refs, scale),
                    list: list.clone(),
                    scale,
                    counted: vec![],
                }
            }
        };
        // Take back what changed or went, then add what is new or changed.
        let stale: Vec<RankBallot> = state
            .counted
            .iter()
            .filter(|b| !ballots.contains(b))
            .cloned()
            .collect();
        for b in &stale {
            state.cache.apply(&b.order, false);
        }
        state.counted.retain(|b| !stale.contains(b));
        let fresh: Vec<RankBallot> = ballots
            .iter()
            .filter(|b| !state.counted.contains(b))
            .cloned()
            .collect();
        for b in fresh {
            state.cache.apply(&b.order, true);
            state.counted.push(b);
        }
        let rank = state.cache.tally(&round.pick_counts());
        TallyCache {
            generation,
            pick,
            rank: Some(rank),
            rank_state: Some(state),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn refreshed_tallies_equal_fresh_ones_after_corrections() {
        let mut r = crate::synth::round(crate::synth::REALISTIC, 4);
        let first = TallyCache::refresh(None, &r, 1);
        assert_eq!(first.rank, r.current_rank_tally());
        // Correct one ballot, withdraw another.
        r.prioritization.rank_ballots[0].order.make_mut().reverse();
        r.prioritization.rank_ballots.remove(3);
        let second = TallyCache::refresh(Some(first), &r, 2);
        assert_eq!(second.rank, r.current_rank_tally());
        assert_eq!(second.pick, r.current_pick_tally());
    }
}
