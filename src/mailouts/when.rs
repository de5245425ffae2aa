//! The date each mail-out speaks of, from the timeline: the NSK-S meeting
//! for the candidate areas and the final compilation, the day to answer the
//! verification by, the day the actors' feedback is asked by. A date the
//! timeline lacks is listed with what is missing.

use crate::documents::doc_dates::{self, long};
use crate::domain::{Moment, Round};

/// The day a mail-out (by its key) asks something by or invites to, said
/// in words; Err with what the timeline lacks for it; None for a mail-out
/// that names no date.
pub fn dated(r: &Round, key: &str) -> Option<Result<String, String>> {
    let (day, moment) = match key {
        "kandidatomraden" => (doc_dates::held(r, Moment::ValAvOmrade), Moment::ValAvOmrade),
        "slutlig-sammanstallning" => (doc_dates::decision(r), Moment::Prioritering),
        "aterkoppling" => (doc_dates::verify_by(r), Moment::Prioritering),
        "prioriterade-behov" | "aterkopplingsformular" => {
            (doc_dates::feedback_by(r), Moment::Aterkoppling)
        }
        "forberedelse" => (
            doc_dates::return_due(r, crate::domain::return_kind::ReturnKind::Preparation),
            Moment::Dialog,
        ),
        _ => return None,
    };
    Some(day.map(long).ok_or_else(|| doc_dates::lacks(moment)))
}

/// The words a draft puts in place of `{datum}` when the timeline lacks
/// the date: said plainly, so the draft is fixed before it goes.
pub const NO_DATE: &str = "[datum saknas i tidslinjen]";
