//! Moment 5: the settings and ballots of the NSK-S prioritisation meeting.
//! The tally itself is in `crate::tally`; this is only what is recorded.

use serde::{Deserialize, Serialize};

/// Which picked needs go on to the joint list.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Default)]
pub enum JointRule {
    /// Every need picked at least once.
    #[default]
    AllPicked,
    /// The top K by picks; ties at the edge are all in.
    TopK(usize),
    /// Needs with at least m picks.
    AtLeast(u32),
}

/// The stage of moment 5.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Default)]
pub enum Stage {
    #[default]
    Pick,
    Rank,
}

impl Stage {
    pub fn label(self) -> &'static str {
        match self {
            Stage::Pick => "val",
            Stage::Rank => "rangordning",
        }
    }
}

/// One representative's picks: at most `max_picks` distinct need numbers.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PickBallot {
    pub representative: String,
    pub needs: Vec<String>,
}

/// One representative's ranking, most urgent first; may cover only the top R.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct RankBallot {
    pub representative: String,
    pub order: super::Shared<Vec<String>>,
}

/// Everything of moment 5.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Prioritization {
    /// The given number N of picks.
    pub max_picks: usize,
    #[serde(default)]
    pub joint_rule: JointRule,
    /// Names of the representatives present (eligible to vote).
    #[serde(default)]
    pub present: Vec<String>,
    #[serde(default)]
    pub pick_ballots: Vec<PickBallot>,
    #[serde(default)]
    pub pick_closed: bool,
    /// Formed when the pick stage closes.
    #[serde(default)]
    pub joint_list: Vec<String>,
    #[serde(default)]
    pub rank_ballots: Vec<RankBallot>,
    #[serde(default)]
    pub rank_closed: bool,
    /// The network votes openly: the minutes that leave the secretariat may
    /// say who picked and ranked what. Off by default; then only the
    /// secretariat's internal ballot log names ballots.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub open_ballots: bool,
    /// The personal codes for voting from a phone, each valid for one
    /// stage while it is open.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub codes: Vec<VoteCode>,
    /// Whose present ballot came from a phone, per stage.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub by_phone: Vec<(Stage, String)>,
    /// Ballots from a phone held for the secretariat, because a ballot was
    /// typed for the person first: never replaced without asking.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub held: Vec<HeldBallot>,
}

/// A representative's personal code for one stage.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct VoteCode {
    pub representative: String,
    pub stage: Stage,
    pub code: String,
}

/// A ballot sent from a phone, waiting for the secretariat's yes.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct HeldBallot {
    pub representative: String,
    pub stage: Stage,
    pub needs: Vec<String>,
    pub at: jiff::Timestamp,
}

impl Default for Prioritization {
    fn default() -> Self {
        Prioritization {
            max_picks: 5,
            joint_rule: JointRule::AllPicked,
            present: vec![],
            pick_ballots: vec![],
            pick_closed: false,
            joint_list: vec![],
            rank_ballots: vec![],
            rank_closed: false,
            open_ballots: false,
            codes: vec![],
            by_phone: vec![],
            held: vec![],
        }
    }
}

impl Prioritization {
    pub fn stage(&self) -> Stage {
        if self.pick_closed {
            Stage::Rank
        } else {
            Stage::Pick
        }
    }

    pub fn pick_ballot(&self, representative: &str) -> Option<&PickBallot> {
        self.pick_ballots
            .iter()
            .find(|b| b.representative == representative)
    }
}
