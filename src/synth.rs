//! Synthetic rounds at meeting scale and far beyond, deterministic from a
//! seed, for the benches and `lbk synth`. The needs are generic text; the
//! structure (RSSs, merges, set-asides, final compilation, representatives,
//! picks and full rankings) is what a real round has.

use jiff::Timestamp;

use crate::domain::people::Representative;
use crate::domain::priority::{PickBallot, RankBallot};
use crate::domain::{ModelVariant, MomentStatus, Need, NeedStatus, Round, SetAsideReason};

/// How big a synthetic round is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Scale {
    pub needs: usize,
    pub final_compilation: usize,
    pub representatives: usize,
    pub max_picks: usize,
    /// The joint list is the top this-many by picks (ties included).
    pub joint_list: usize,
    /// Earlier rounds in the history.
    pub history: usize,
}

pub const REALISTIC: Scale = Scale {
    needs: 400,
    final_compilation: 60,
    representatives: 25,
    max_picks: 5,
    joint_list: 40,
    history: 5,
};
pub const STRESS: Scale = Scale {
    needs: 5000,
    final_compilation: 1000,
    representatives: 300,
    max_picks: 10,
    joint_list: 500,
    history: 50,
};

pub fn scale_named(name: &str) -> Option<Scale> {
    match name {
        "realistic" | "realistisk" => Some(REALISTIC),
        "stress" => Some(STRESS),
        _ => None,
    }
}

/// A small deterministic generator (xorshift).
pub struct Dice(u64);

impl Dice {
    pub fn new(seed: u64) -> Dice {
        Dice(seed.max(1))
    }
    pub fn roll(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
    pub fn below(&mut self, n: usize) -> usize {
        (self.roll() % n.max(1) as u64) as usize
    }
    /// `k` distinct of `0..n` in a random order skewed towards low indices,
    /// so some needs are popular, as in a real meeting. O(n log n).
    pub fn distinct_skewed(&mut self, n: usize, k: usize) -> Vec<usize> {
        // A random key scaled up to twice for the last index: the first needs
        // are up to twice as likely to come first.
        let mut keyed: Vec<(usize, usize)> = (0..n)
            .map(|i| (self.below(1_000_000) * (n + i) / n.max(1), i))
            .collect();
        keyed.sort_unstable();
        keyed.into_iter().take(k.min(n)).map(|(_, i)| i).collect()
    }
}

/// A round at moment 5 with every ballot cast: picks closed, the joint list
/// formed, full rankings by every representative.
pub fn round(scale: Scale, seed: u64) -> Round {
    let mut dice = Dice::new(seed);
    let mut r = Round::new(&format!("Syntetisk omgång {seed}"), ModelVariant::V2, 2024);
    for rec in r.timeline.iter_mut().take(4) {
        rec.status = MomentStatus::Klar;
    }
    r.timeline[4].status = MomentStatus::Pagaende;
    for rss in r.rss.iter_mut() {
        rss.participates = true;
    }
    let codes: Vec<String> = r.rss.iter().map(|x| x.code.clone()).collect();
    let mut seq = vec![0u32; codes.len()];
    for i in 0..scale.needs {
        let c = i % codes.len();
        seq[c] += 1;
        let status = if i < scale.final_compilation {
            NeedStatus::Kunskapslucka
        } else if i % 3 == 0 {
            NeedStatus::set_aside(SetAsideReason::LokaltRegionalt, "")
        } else {
            NeedStatus::Verifierat
        };
        r.needs.push(Need {
            number: format!("{}-{:02}", codes[c], seq[c]),
            rss: codes[c].clone(),
            title: format!("Kunskapsbehov {i} om insatser och målgrupper").into(),
            description: format!("Beskrivning av behov {i}: vad verksamheten saknar och varför det behövs nationellt.").into(),
            challenge: "Utmaningen i praktiken.".into(),
            target_group: "Vuxna".into(),
            dots: Some(dice.below(12) as u32),
            status,
            ..Need::default()
        });
    }
    // Some of the needs outside the compilation are merged into ones on it.
    let gaps: Vec<String> = r.needs[..scale.final_compilation]
        .iter()
        .map(|n| n.number.clone())
        .collect();
    for i in (scale.final_compilation..scale.needs).filter(|i| i % 3 == 1) {
        let into = gaps[dice.below(gaps.len())].clone();
        r.needs[i].status = NeedStatus::merged(&into);
    }
    for i in 0..scale.representatives {
        r.representatives.push(Representative {
            name: format!("Representant {i:03}"),
            county: String::new(),
            organisation: String::new(),
            ..Representative::default()
        });
    }
    let p = &mut r.prioritization;
    p.max_picks = scale.max_picks;
    p.joint_rule = crate::domain::priority::JointRule::TopK(scale.joint_list);
    p.present = r.representatives.iter().map(|x| x.name.clone()).collect();
    for name in p.present.clone() {
        let picks = dice
            .distinct_skewed(gaps.len(), scale.max_picks)
            .into_iter()
            .map(|i| gaps[i].clone())
            .collect();
        p.pick_ballots.push(PickBallot {
            representative: name,
            needs: picks,
        });
    }
    let at = Timestamp::UNIX_EPOCH;
    // Closing forms the joint list by the rule; then everyone ranks it fully.
    if r.close_picks(at).is_ok() {
        let list = r.prioritization.joint_list.clone();
        let names = r.prioritization.present.clone();
        for name in names {
            let order = dice
                .distinct_skewed(list.len(), list.len())
                .into_iter()
                .map(|i| list[i].clone())
                .collect();
            r.prioritization.rank_ballots.push(RankBallot {
                representative: name,
                order,
            });
        }
    }
    r
}

/// The history: `scale.history` finished rounds with their rankings.
pub fn history(scale: Scale, seed: u64) -> Vec<Round> {
    (0..scale.history)
        .map(|i| {
            let mut r = round(
                Scale {
                    history: 0,
                    ..scale
                },
                seed.wrapping_add(i as u64 + 1),
            );
            r.area = format!("Tidigare omgång {i}");
            r
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_realistic_round_has_the_asked_shape_and_is_the_same_for_the_same_seed() {
        let a = round(REALISTIC, 7);
        assert_eq!(a, round(REALISTIC, 7));
        assert_ne!(
            a.prioritization.pick_ballots,
            round(REALISTIC, 8).prioritization.pick_ballots
        );
        a.validate().unwrap();
        assert_eq!(a.needs.len(), 400);
        assert_eq!(a.final_compilation().len(), 60);
        assert_eq!(a.prioritization.pick_ballots.len(), 25);
        let joint = a.prioritization.joint_list.len();
        assert!(joint >= 40, "top 40 with ties at the edge: {joint}");
        assert!(
            a.prioritization
                .rank_ballots
                .iter()
                .all(|b| b.order.len() == joint)
        );
        assert!(
            a.needs
                .iter()
                .any(|n| matches!(n.status, NeedStatus::Sammanslaget { .. }))
        );
    }
}
