//! Questions and their owners. Each screen (and the layers that ask) has its
//! own enum of the questions it asks; `Ask` says whose a question is, so the
//! answer goes back to the one that asked, through matches with no
//! catch-all arm: a new question that is not answered does not compile.

use super::layers::ballot::BallotAsk;
use super::layers::form::FormAsk;
use super::round_actions as round_level;
use super::screens::m7_feedback;
use super::screens::{m1_area, m2_needs, m3_dialogue, m4_verify, m5_priority, m6_handover};

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Ask {
    Round(round_level::RoundAsk),
    M1(m1_area::AreaAsk),
    M2(m2_needs::NeedsAsk),
    M3(m3_dialogue::DialogueAsk),
    M4(m4_verify::VerifyAsk),
    M5(m5_priority::PriorityAsk),
    M6(m6_handover::HandoverAsk),
    M7(m7_feedback::FeedbackAsk),
    Ballot(BallotAsk),
    Form(FormAsk),
}

/// The answer: yes or no to a question, or a typed line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Reply {
    Yes,
    No,
    Text(String),
}

impl Reply {
    /// The typed text (empty for a yes or a no).
    pub fn text(&self) -> &str {
        match self {
            Reply::Yes | Reply::No => "",
            Reply::Text(t) => t.trim(),
        }
    }
}

impl Ask {
    /// The line over the text field of a typed answer.
    pub fn question(&self) -> &'static str {
        match self {
            Ask::Round(a) => a.question(),
            Ask::M1(a) => a.question(),
            Ask::M2(a) => a.question(),
            Ask::M3(a) => a.question(),
            Ask::M4(a) => a.question(),
            Ask::M5(a) => a.question(),
            Ask::M6(a) => a.question(),
            Ask::M7(a) => a.question(),
            Ask::Ballot(a) => a.question(),
            Ask::Form(a) => a.question(),
        }
    }
}
