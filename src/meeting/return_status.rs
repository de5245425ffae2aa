//! Where each party's returned form stands, for any kind of return: who
//! the forms go to, who has sent theirs back (the latest file), and who is
//! late against the date the form asks for.

use jiff::civil::Date;

use crate::domain::Round;
use crate::domain::followup::Returned;
use crate::domain::return_kind::ReturnKind;

/// Where one party's form stands.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReturnStatus {
    pub party: String,
    /// The needs its form answers.
    pub needs: usize,
    /// The latest file it returned, if any.
    pub returned: Option<Returned>,
    /// No file yet, and the date has passed.
    pub late: bool,
    /// The form's moment is done: no file is awaited any more.
    pub closed: bool,
}

/// The parties a kind of form goes to: every actor for the preparation
/// (each is invited to every dialogue), every RSS with needs for the
/// verification, the actors needs were handed to for the receipt and the
/// feedback.
pub fn parties(r: &Round, kind: ReturnKind) -> Vec<String> {
    match kind {
        ReturnKind::Preparation => r.actors.iter().map(|a| a.code.clone()).collect(),
        ReturnKind::Verification => r
            .rss
            .iter()
            .filter(|x| r.needs.iter().any(|n| n.rss == x.code))
            .map(|x| x.code.clone())
            .collect(),
        ReturnKind::Receipt | ReturnKind::Feedback => crate::meeting::assign::actors_handed(r),
    }
}

/// The needs `party`'s form of `kind` answers.
fn needs(r: &Round, kind: ReturnKind, party: &str) -> usize {
    match kind {
        ReturnKind::Preparation => r.session_needs().len(),
        ReturnKind::Verification => r.needs.iter().filter(|n| n.rss == party).count(),
        ReturnKind::Receipt | ReturnKind::Feedback => {
            crate::meeting::assign::needs_of(r, party).len()
        }
    }
}

/// The latest file `party` returned of `kind`.
fn latest(r: &Round, kind: ReturnKind, party: &str) -> Option<Returned> {
    let all: Vec<&Returned> = match kind {
        ReturnKind::Preparation => r
            .dialogues
            .iter()
            .flat_map(|s| &s.assessments)
            .filter(|a| a.actor == party)
            .filter_map(|a| a.prepared.as_ref().map(|p| &p.returned))
            .collect(),
        ReturnKind::Verification => r.checked_rows(party).iter().map(|c| &c.returned).collect(),
        ReturnKind::Receipt => r
            .handovers
            .iter()
            .flat_map(|h| &h.receipts)
            .filter(|x| x.actor == party)
            .filter_map(|x| x.returned.as_ref())
            .collect(),
        ReturnKind::Feedback => r
            .feedback
            .iter()
            .flat_map(|f| &f.returned)
            .filter(|o| o.party == party)
            .collect(),
    };
    all.into_iter().max_by_key(|o| o.read).cloned()
}

/// Each party of `kind` with needs to answer, and whether its form has
/// come back; late when `due` (the day the form asks for) has passed and
/// the form's moment is not done.
pub fn return_status(
    r: &Round,
    kind: ReturnKind,
    due: Option<Date>,
    today: Date,
) -> Vec<ReturnStatus> {
    let done = kind
        .moment_in(r.model)
        .and_then(|n| r.timeline.get(usize::from(n).saturating_sub(1)))
        .is_some_and(|m| m.done.is_some());
    parties(r, kind)
        .into_iter()
        .map(|party| {
            let returned = latest(r, kind, &party);
            ReturnStatus {
                needs: needs(r, kind, &party),
                late: returned.is_none() && !done && due.is_some_and(|d| d < today),
                closed: done,
                returned,
                party,
            }
        })
        .filter(|s| s.needs > 0)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn round() -> Round {
        let text = crate::store::samples::SAMPLES[1].text;
        crate::store::format::parse_round(text.as_bytes(), std::path::Path::new("r.ron")).unwrap()
    }

    #[test]
    fn late_only_once_the_day_has_passed_and_never_once_the_moment_is_done() {
        let mut r = round();
        let day = |s: &str| s.parse::<Date>().unwrap();
        // Moment 4 is done in the sample: nobody is late.
        let due = Some(day("2025-09-01"));
        let done = return_status(&r, ReturnKind::Verification, due, day("2026-01-01"));
        assert!(done.iter().all(|s| s.closed && !s.late));
        r.timeline[3].done = None;
        let before = return_status(&r, ReturnKind::Verification, due, day("2025-08-31"));
        assert!(before.iter().all(|s| !s.late && !s.closed));
        let after = return_status(&r, ReturnKind::Verification, due, day("2025-09-02"));
        assert!(after.iter().all(|s| s.late));
        // Only RSSs with needs get the form.
        assert!(after.iter().all(|s| s.needs > 0));
        assert!(after.iter().any(|s| s.party == "GR" && s.needs == 4));
    }
}
