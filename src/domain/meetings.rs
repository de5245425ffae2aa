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
    /// The actor's answer prepared before the dialogue in its returned
    /// form (moment 3): kept as it came, so the minutes can say whether the
    /// dialogue confirmed or changed it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub prepared: Option<Prepared>,
}

/// An answer an actor prepared in its returned form before the dialogue.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Prepared {
    pub response: Response,
    /// Who at the actor answered.
    #[serde(default)]
    pub who: String,
    /// The question to the RSS, as the form had it.
    #[serde(default)]
    pub question: String,
    pub returned: super::followup::Returned,
    /// When the dialogue confirmed it as it stood.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub confirmed: Option<jiff::Timestamp>,
}

/// Where an actor's answer about a need stands against what it prepared.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PreparedState {
    /// Typed in the dialogue; nothing was prepared.
    Typed,
    /// Prepared in the form, not yet taken up in the dialogue.
    Prepared,
    /// Prepared, and confirmed as it stood.
    Confirmed,
    /// Prepared, and changed in the dialogue.
    Changed,
}

impl Assessment {
    pub fn prepared_state(&self) -> PreparedState {
        match &self.prepared {
            None => PreparedState::Typed,
            Some(p) if p.response != self.response => PreparedState::Changed,
            Some(p) if p.confirmed.is_some() => PreparedState::Confirmed,
            Some(_) => PreparedState::Prepared,
        }
    }

    /// "förberett", "förberett, bekräftat i dialogen", "ändrat i dialogen
    /// (förberett: kunskapslucka)"; empty for a typed answer.
    pub fn prepared_label(&self) -> String {
        match (self.prepared_state(), &self.prepared) {
            (PreparedState::Prepared, _) => "förberett, ej taget i dialogen".into(),
            (PreparedState::Confirmed, _) => "förberett, bekräftat i dialogen".into(),
            (PreparedState::Changed, Some(p)) => {
                format!("ändrat i dialogen (förberett: {})", p.response.label())
            }
            _ => String::new(),
        }
    }
}

/// One row of an RSS's returned verification form (moment 4; in model 1.0
/// its check with its network, moment 3): the RSS agrees with what was
/// recorded about the need, or proposes a correction, which the
/// secretariat accepts or rejects; a correction never overwrites what was
/// recorded.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CheckedRow {
    pub need: String,
    pub agrees: bool,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub correction: String,
    /// The day it counts from: the file's, else the day it was read.
    pub date: Date,
    pub returned: super::followup::Returned,
    /// A correction accepted (true) or rejected (false), and when.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub decided: Option<(bool, jiff::Timestamp)>,
}

impl CheckedRow {
    /// A correction still waiting for the secretariat.
    pub fn open(&self) -> bool {
        !self.agrees && self.decided.is_none()
    }
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
    /// The rows of its returned form.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub rows: Vec<CheckedRow>,
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
    /// The rows of its returned form.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub rows: Vec<CheckedRow>,
}
