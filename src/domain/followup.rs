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

/// How an actor plans to answer a need it received, as its receipt form
/// offers (the form's dropdown words, in this order).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Way {
    Kunskapsoversikt,
    Kunskapsstod,
    Forskning,
    Utbildning,
    Annat,
}

impl Way {
    pub const ALL: [Way; 5] = [
        Way::Kunskapsoversikt,
        Way::Kunskapsstod,
        Way::Forskning,
        Way::Utbildning,
        Way::Annat,
    ];

    pub fn label(self) -> &'static str {
        match self {
            Way::Kunskapsoversikt => "kunskapsöversikt",
            Way::Kunskapsstod => "kunskapsstöd",
            Way::Forskning => "forskning",
            Way::Utbildning => "utbildning",
            Way::Annat => "annat",
        }
    }
}

/// Where an answer came from when it was read from a returned file: the
/// file's name, the party that filled it, when lbk wrote the form and
/// when it was read back.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Returned {
    pub file: String,
    pub party: String,
    #[serde(default)]
    pub written: Option<jiff::Timestamp>,
    pub read: jiff::Timestamp,
}

/// One actor's receipt of one need.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
pub struct Receipt {
    pub actor: String,
    pub state: ReceiptState,
    #[serde(default)]
    pub decision: String,
    #[serde(default)]
    pub date: Option<Date>,
    /// Who at the actor is responsible for the need.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub responsible: String,
    /// The way the actor plans to answer it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub way: Option<Way>,
    /// When, as the actor wrote it ("2027 kv 3", "hösten 2027").
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub planned: String,
    /// The returned file the receipt was read from, if it was.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub returned: Option<Returned>,
    /// When the receipt was last changed, by key, command or file: a file
    /// written before that does not undo it without a question.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub changed: Option<jiff::Timestamp>,
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
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
pub struct Feedback {
    pub need: String,
    #[serde(default)]
    pub outcome: Outcome,
    #[serde(default)]
    pub produced: Vec<Produced>,
    /// The returned feedback forms it was read from, one per actor.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub returned: Vec<Returned>,
    /// When it was last changed, by key, command or file.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub changed: Option<jiff::Timestamp>,
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
