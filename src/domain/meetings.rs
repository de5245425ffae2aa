//! Moments 1, 3 and 4: the area vote, dialogue sessions with the national
//! actors' assessments, and the RSSs' verification of the minutes.

use jiff::civil::{Date, DateTime};
use serde::{Deserialize, Serialize};

/// A candidate verksamhetsområde for moment 1.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
pub struct CandidateArea {
    pub name: String,
    #[serde(default)]
    pub description: String,
}

/// One representative's choice in moment 1: one area by default, several
/// when approval voting is on.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct AreaBallot {
    pub representative: String,
    pub areas: Vec<String>,
}

/// The decision recorded at the NSK-S meeting.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct AreaDecision {
    pub area: String,
    pub date: Date,
    #[serde(default)]
    pub note: String,
}

/// A proposed date for the moment-3 dialogue, with how many RSSs fit.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DialogueDate {
    pub date: Date,
    pub capacity: u32,
}

/// Everything of moment 1.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
pub struct AreaChoice {
    #[serde(default)]
    pub candidates: Vec<CandidateArea>,
    #[serde(default)]
    pub approval_voting: bool,
    #[serde(default)]
    pub ballots: Vec<AreaBallot>,
    #[serde(default)]
    pub decision: Option<AreaDecision>,
    #[serde(default)]
    pub dialogue_dates: Vec<DialogueDate>,
}

/// What an actor said about a need at a dialogue.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum Response {
    /// Already covered by existing support.
    RedanTackt { support: String, link: String },
    /// Known and being worked on.
    ArbeteParar { by: String },
    /// A real knowledge gap.
    Kunskapslucka,
    /// Unclear: what must be clarified.
    Oklart { clarify: String },
}

impl Response {
    pub fn label(&self) -> String {
        match self {
            Response::RedanTackt { support, .. } => format!("redan täckt: {support}"),
            Response::ArbeteParar { by } => format!("arbete pågår: {by}"),
            Response::Kunskapslucka => "kunskapslucka".into(),
            Response::Oklart { clarify } if clarify.trim().is_empty() => "oklart".into(),
            Response::Oklart { clarify } => format!("oklart: {clarify}"),
        }
    }
}

/// An actor's assessment of one need at one session.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Assessment {
    pub need: String,
    pub actor: String,
    pub response: Response,
    #[serde(default)]
    pub questions: String,
    #[serde(default)]
    pub note: String,
}

/// Who came from an actor.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Attendance {
    pub actor: String,
    #[serde(default)]
    pub people: Vec<String>,
}

/// Who came from an RSS.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct RssAttendance {
    pub rss: String,
    #[serde(default)]
    pub people: Vec<String>,
}

/// A follow-up question or a note about a need at a dialogue, from a
/// national actor or from the RSS that raised it (what it explained, or its
/// answer to a question).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Remark {
    pub need: String,
    /// An actor's code or an RSS's code.
    pub by: String,
    #[serde(default)]
    pub question: bool,
    pub text: String,
}

/// A digital dialogue meeting (moment 3).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DialogueSession {
    pub starts: DateTime,
    /// RSS codes in the session.
    pub rss: Vec<String>,
    #[serde(default)]
    pub actors: Vec<Attendance>,
    #[serde(default)]
    pub assessments: Vec<Assessment>,
    #[serde(default)]
    pub notes: String,
    /// Questions and notes, in the order they were made.
    #[serde(default)]
    pub remarks: Vec<Remark>,
    /// Who came from each RSS.
    #[serde(default)]
    pub rss_present: Vec<RssAttendance>,
    /// How long the meeting is planned to last, in minutes.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub length_minutes: Option<u16>,
    /// The video link or the place: "Teams: https://…", "Sveriges Kommuner och Regioner, Stockholm".
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub place: String,
}

impl DialogueSession {
    pub fn new(starts: DateTime, rss: Vec<String>) -> DialogueSession {
        DialogueSession {
            starts,
            rss,
            actors: vec![],
            assessments: vec![],
            notes: String::new(),
            remarks: vec![],
            rss_present: vec![],
            length_minutes: None,
            place: String::new(),
        }
    }
}

/// Model 1.0's moment 3 (avstämning): an RSS has checked its needs with its
/// network, on a date, with what came up.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct NetworkCheck {
    pub rss: String,
    #[serde(default)]
    pub date: Option<Date>,
    #[serde(default)]
    pub note: String,
}

/// An RSS's verification of the minutes (moment 4).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Verification {
    pub rss: String,
    #[serde(default)]
    pub minutes_sent: Option<Date>,
    #[serde(default)]
    pub verified: Option<Date>,
    #[serde(default)]
    pub corrections: String,
}
