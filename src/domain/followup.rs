//! Moments 6 and 7: the hand-over of prioritised needs to the national
//! actors, and their feedback on what became of each.

use jiff::civil::Date;
use serde::{Deserialize, Serialize};

/// Where an actor's handling of a received need stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Default)]
pub enum ReceiptState {
    #[default]
    Mottagen,
    UnderBeredning,
    Beslutad,
}

impl ReceiptState {
    pub fn label(self) -> &'static str {
        match self {
            ReceiptState::Mottagen => "mottagen",
            ReceiptState::UnderBeredning => "under beredning",
            ReceiptState::Beslutad => "beslutad",
        }
    }
}

/// One actor's receipt of one need.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Receipt {
    pub actor: String,
    pub state: ReceiptState,
    #[serde(default)]
    pub decision: String,
    #[serde(default)]
    pub date: Option<Date>,
}

/// Moment 6 for one prioritised need.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Handover {
    pub need: String,
    #[serde(default)]
    pub receipts: Vec<Receipt>,
    /// The actors the secretariat hands the need to (codes); empty means
    /// the proposal from the dialogue answers stands.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub assigned: Vec<String>,
}

/// The actors' coordination meeting: who takes what.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CoordinationMeeting {
    pub date: Date,
    pub notes: String,
}

/// A piece of knowledge or support produced in answer to a need.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Produced {
    pub title: String,
    #[serde(default)]
    pub link: String,
    #[serde(default)]
    pub published: Option<Date>,
}

/// What became of a prioritised need.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
pub enum Outcome {
    /// No feedback yet ("ännu ingen återkoppling").
    #[default]
    Obesvarat,
    /// Taken on: by whom, how (kind of support), when (date or quarter).
    Tas {
        actors: Vec<String>,
        how: String,
        when: String,
    },
    /// Not taken on, and why.
    TasInte { why: String },
}

impl Outcome {
    /// One line for the outcome, as progress views and reports show it.
    pub fn text(&self) -> String {
        match self {
            Outcome::Obesvarat => "ännu ingen återkoppling".into(),
            Outcome::Tas { actors, how, when } => {
                format!("tas om hand av {}: {how}, {when}", actors.join(", "))
            }
            Outcome::TasInte { why } => format!("tas inte om hand: {why}"),
        }
    }
}

/// Moment 7 for one prioritised need.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Feedback {
    pub need: String,
    #[serde(default)]
    pub outcome: Outcome,
    #[serde(default)]
    pub produced: Vec<Produced>,
}

/// A mail-out the secretariat has marked as sent (lbk writes drafts and
/// never sends): which one (`aterkoppling-GR`), its moment, to whom as the
/// draft addressed them ("Namn <e-post>"), and when.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Sent {
    pub name: String,
    pub moment: crate::domain::Moment,
    #[serde(default)]
    pub to: Vec<String>,
    pub date: Date,
}
