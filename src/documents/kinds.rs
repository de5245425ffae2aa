//! Every document lbk writes, named once. `plan` says which files each
//! makes; `doc_dates` the day each speaks of; `doc_gaps` what the round
//! still lacks for it. The mail-out drafts are not among them: they are
//! planned by `mailouts::plan`, which attaches these documents.

use jiff::Timestamp;
use jiff::civil::Date;

use crate::domain::{Moment, Round};
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
    /// The slips with each present representative's code for voting from
    /// a phone, and the address the phones open.
    BallotSlips(String),
    /// The forms the parties fill and return, one per party.
    ReturnForms(crate::documents::returns::form::ReturnKind),
}

/// The round's round-long documents' day: the date the document speaks of,
/// else the day it was written.
pub fn of_document(r: &Round, doc: &Document, now: Timestamp) -> Date {
    use crate::documents::doc_dates::{decision, feedback_meeting, held};
    use Document as D;
    let today = now
        .in_tz("Europe/Stockholm")
        .map(|z| z.date())
        .unwrap_or_else(|_| jiff::tz::TimeZone::UTC.to_datetime(now).date());
    let day = match doc {
        D::Candidates => held(r, Moment::ValAvOmrade),
        D::Agenda(i) | D::Minutes(i) => r.dialogues.get(*i).map(|s| s.starts.date()),
        D::Compilation | D::RssFeedback => held(r, Moment::Verifiering),
        D::Tally | D::BallotLog => decision(r),
        D::Handover | D::HandoverTo(_) => held(r, Moment::Mottagande).or(decision(r)),
        D::Feedback => feedback_meeting(r),
        _ => None,
    };
    day.unwrap_or(today)
}
