//! A returned form of any kind, planned: the kind the file says it is
//! decides which checks it goes through. One entry for `lbk import` and
//! the app's `i`.

use jiff::Timestamp;

use crate::documents::returns::form::ReturnKind;
use crate::domain::Round;
use crate::imports::returns::{ReturnAnswers, ReturnRefusal, ReturnSheet};

/// Checks `sheet` (read from the file named `file`) against the round as
/// the kind of form it is; the round is not changed.
pub fn plan_return(
    r: &Round,
    sheet: &ReturnSheet,
    file: &str,
    for_party: Option<&str>,
    answers: ReturnAnswers,
    now: Timestamp,
) -> Result<ReturnPlan, ReturnRefusal> {
    use crate::imports::returns::{feedback::plan_feedback, receipt::plan_receipt};
    use crate::imports::returns::{preparation::plan_preparation, verification::plan_verification};
    let g = crate::imports::returns::reading::Given {
        r,
        sheet,
        file,
        for_party,
        answers,
        now,
    };
    Ok(match sheet.kind {
        ReturnKind::Preparation => ReturnPlan::Preparation(plan_preparation(&g)?),
        ReturnKind::Verification => ReturnPlan::Verification(plan_verification(&g)?),
        ReturnKind::Receipt => ReturnPlan::Receipt(plan_receipt(&g)?),
        ReturnKind::Feedback => ReturnPlan::Feedback(plan_feedback(&g)?),
    })
}

/// A checked plan of any kind of return.
#[derive(Debug, Clone, PartialEq)]
pub enum ReturnPlan {
    Preparation(crate::imports::returns::preparation::PreparationPlan),
    Verification(crate::imports::returns::verification::VerificationPlan),
    Receipt(crate::imports::returns::receipt::ReceiptPlan),
    Feedback(crate::imports::returns::feedback::FeedbackPlan),
}

impl ReturnPlan {
    pub fn report(&self, r: &Round) -> Vec<String> {
        use crate::imports::returns::{preparation, verification};
        match self {
            ReturnPlan::Preparation(p) => preparation::report(r, p),
            ReturnPlan::Verification(p) => verification::report(r, p),
            ReturnPlan::Receipt(p) => crate::imports::returns::receipt::report(r, p),
            ReturnPlan::Feedback(p) => crate::imports::returns::feedback::report(r, p),
        }
    }

    pub fn changes(&self) -> usize {
        match self {
            ReturnPlan::Preparation(p) => p.changes.len(),
            ReturnPlan::Verification(p) => p.changes.len(),
            ReturnPlan::Receipt(p) => p.changes.len(),
            ReturnPlan::Feedback(p) => p.changes.len(),
        }
    }

    pub fn apply(&self, r: &mut Round, at: Timestamp) -> Result<(), String> {
        match self {
            ReturnPlan::Preparation(p) => r.set_prepared(&p.party, &p.changes, &p.origin, at),
            ReturnPlan::Verification(p) => r
                .set_returned_checks(&p.party, &p.changes, &p.origin, at)
                .map(|_| ()),
            ReturnPlan::Receipt(p) => r.set_returned_receipts(&p.party, &p.changes, &p.origin, at),
            ReturnPlan::Feedback(p) => r.set_returned_feedback(&p.party, &p.changes, &p.origin, at),
        }
    }
}
