//! The dates a document or a mail speaks of, from the round's timeline:
//! the day a moment was held (done, else started, else planned), the day
//! the NSK-S decided, the days answers are asked by. Written "12 mars 2027".
//! Pure; a date the timeline lacks is None, and the caller says so.

use jiff::Span;
use jiff::civil::Date;

use crate::domain::{Moment, Round};

const MONTHS: [&str; 12] = [
    "januari",
    "februari",
    "mars",
    "april",
    "maj",
    "juni",
    "juli",
    "augusti",
    "september",
    "oktober",
    "november",
    "december",
];

/// "12 mars 2027".
pub fn long(d: Date) -> String {
    format!(
        "{} {} {}",
        d.day(),
        MONTHS[(d.month() as usize).saturating_sub(1) % 12],
        d.year()
    )
}

/// The day a moment was held, or is planned.
pub fn held(r: &Round, m: Moment) -> Option<Date> {
    r.moment_record(m)
        .and_then(|x| x.done.or(x.started).or(x.planned))
}

fn before(d: Option<Date>, days: i64) -> Option<Date> {
    d.and_then(|d| d.checked_sub(Span::new().days(days)).ok())
}

/// The NSK-S meeting that prioritised (moment 5).
pub fn decision(r: &Round) -> Option<Date> {
    held(r, Moment::Prioritering)
}

/// The day each RSS is asked to answer the verification by: two weeks
/// before the NSK-S picks, so the final compilation is ready.
pub fn verify_by(r: &Round) -> Option<Date> {
    before(held(r, Moment::Prioritering), 14)
}

/// The day a party is asked to send its returned form back by: the
/// preparation before the first dialogue, the verification as above (in
/// model 1.0 the network check by its moment 3's day), the receipt by
/// moment 6's day, the feedback as below.
pub fn return_due(r: &Round, kind: crate::domain::return_kind::ReturnKind) -> Option<Date> {
    use crate::domain::return_kind::ReturnKind as K;
    match kind {
        K::Preparation => r
            .dialogues
            .iter()
            .map(|s| s.starts.date())
            .min()
            .or_else(|| held(r, Moment::Dialog)),
        K::Verification if r.model == crate::domain::ModelVariant::V1 => held(r, Moment::Dialog),
        K::Verification => verify_by(r),
        K::Receipt => held(r, Moment::Mottagande),
        K::Feedback => feedback_by(r),
    }
}

/// The day the actors are asked for their feedback by: four weeks before
/// Partnerskapet's dialogue meeting (moment 7), so it can be compiled.
pub fn feedback_by(r: &Round) -> Option<Date> {
    before(held(r, Moment::Aterkoppling), 28)
}

/// The moment-7 meeting where the feedback is presented.
pub fn feedback_meeting(r: &Round) -> Option<Date> {
    held(r, Moment::Aterkoppling)
}

/// What the timeline lacks for a date, and how to set it.
pub fn lacks(m: Moment) -> String {
    let n = m.number();
    format!("Moment {n} saknar datum i tidslinjen — lbk moment OMGÅNG {n} plan ÅÅÅÅ-MM-DD")
}
