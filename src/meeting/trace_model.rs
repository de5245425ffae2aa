//! What a trace is: a need's fate (how far it has come), its steps, and
//! the outcome the feedback gave. Computed by `trace` and `trace_steps`.

use jiff::civil::Date;

use crate::domain::followup::Outcome;
use crate::domain::{Moment, Round};
use crate::tally::Place;

/// The furthest a need has come. The order is the order of the model.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Fate {
    Submitted,
    Discussed,
    Verified,
    Gap,
    SetAside,
    Merged,
    NotPicked,
    NotOnJointList,
    OnJointList,
    Ranked,
    Received,
    TakenOn,
    NotTakenOn,
    Produced,
}

impl Fate {
    /// The code of `lbk trace --format json`, as docs/round-format.md lists.
    pub fn code(self) -> &'static str {
        match self {
            Fate::Submitted => "submitted",
            Fate::Discussed => "discussed",
            Fate::Verified => "verified",
            Fate::Gap => "gap",
            Fate::SetAside => "set_aside",
            Fate::Merged => "merged",
            Fate::NotPicked => "not_picked",
            Fate::NotOnJointList => "not_on_joint_list",
            Fate::OnJointList => "on_joint_list",
            Fate::Ranked => "ranked",
            Fate::Received => "received",
            Fate::TakenOn => "taken_on",
            Fate::NotTakenOn => "not_taken_on",
            Fate::Produced => "produced",
        }
    }

    /// Has the need stopped here for good (in this round)?
    pub fn is_end(self) -> bool {
        matches!(
            self,
            Fate::SetAside | Fate::NotPicked | Fate::NotOnJointList | Fate::NotTakenOn
        )
    }
}

/// One step on the way: in which moment, what, and when if the round knows.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Step {
    pub moment: Moment,
    pub what: String,
    pub date: Option<Date>,
    /// The returned forms the step's answers came in: "svarsfil
    /// mottagande-SoS.xlsx från SoS, läst 2026-12-07". Said by `lbk
    /// trace`, never in a document sent out.
    pub from: Vec<String>,
}

/// A need's path and its present fate.
#[derive(Debug, Clone, PartialEq)]
pub struct Trace {
    pub number: String,
    pub rss: String,
    pub title: String,
    /// Its own RSS first, then those of the needs merged into it.
    pub raised_by: Vec<String>,
    pub fate: Fate,
    /// Why it stopped: the set-aside reason, or why it is not taken on.
    pub reason: Option<String>,
    /// The need it was merged into.
    pub merged_into: Option<String>,
    /// That need's trace, followed to the end of a chain of merges.
    pub carrier: Option<Box<Trace>>,
    /// Picks in moment 5 once the pick stage has closed, of `ballots`.
    pub picks: Option<u32>,
    pub ballots: usize,
    /// Its place in the ranking, once the ranking has closed.
    pub place: Option<Place>,
    /// The hand-over to the actors (moment 6) is done: a ranked need was
    /// handed over, in the past tense.
    pub handed_over: bool,
    pub history: Vec<Step>,
}

impl Trace {
    /// The need that carries this one on: itself, or the end of its chain
    /// of merges.
    pub fn end(&self) -> &Trace {
        let mut t = self;
        while let Some(c) = &t.carrier {
            t = c;
        }
        t
    }
}

/// The feedback's outcome for a need, if any was given.
pub fn outcome_of<'a>(r: &'a Round, number: &str) -> Option<&'a Outcome> {
    r.feedback
        .iter()
        .find(|f| f.need == number)
        .map(|f| &f.outcome)
}
