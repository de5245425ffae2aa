//! Every document lbk writes, named once. `plan` says which files each
//! makes; `doc_dates` the day each speaks of; `doc_gaps` what the round
//! still lacks for it. The mail-out drafts are not among them: they are
//! planned by `mailouts::plan`, which attaches these documents.

use crate::meeting::moment2::PastGap;

/// A document (or a set of them, such as one template per RSS).
#[derive(Debug, Clone, PartialEq)]
pub enum Document {
    Candidates,
    Templates,
    /// The earlier rounds' prioritised gaps, for the kick-off (as shown).
    Kickoff(Vec<PastGap>),
    /// The same list over every round, this one included.
    History(Vec<PastGap>),
    Agenda(usize),
    Minutes(usize),
    Compilation,
    RssFeedback,
    Tally,
    /// The secretariat's internal copy of who picked and ranked what.
    BallotLog,
    Handover,
    /// One actor's part of the hand-over: only the needs handed to it.
    HandoverTo(String),
    Feedback,
}
