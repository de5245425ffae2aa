//! The date each mail-out speaks of, from the timeline: the NSK-S meeting
//! for the candidate areas and the final compilation, the day to answer the
//! verification by, the day the actors' feedback is asked by. A date the
//! timeline lacks is listed with what is missing.

use crate::documents::doc_dates::{self, long};
use crate::domain::{Moment, Round};
use crate::mailouts::due::Due;

/// Sets `when` (and what is missing for it) on a mail-out that asks
/// something by a date or invites to one.
pub fn dated(r: &Round, d: &mut Due) {
    let (day, moment) = match d.key {
        "kandidatomraden" => (doc_dates::held(r, Moment::ValAvOmrade), Moment::ValAvOmrade),
        "slutlig-sammanstallning" => (doc_dates::decision(r), Moment::Prioritering),
        "aterkoppling" => (doc_dates::verify_by(r), Moment::Prioritering),
        "prioriterade-behov" => (doc_dates::feedback_by(r), Moment::Aterkoppling),
        _ => return,
    };
    match day {
        Some(day) => d.when = Some(long(day)),
        None => {
            let line = doc_dates::lacks(moment);
            if !d.missing.contains(&line) {
                d.missing.push(line);
            }
        }
    }
}

/// The words a draft puts in place of `{datum}` when the timeline lacks
/// the date: said plainly, so the draft is fixed before it goes.
pub const NO_DATE: &str = "[datum saknas i tidslinjen]";
