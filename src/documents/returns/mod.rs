//! The forms lbk sends out for a party to fill and send back: one workbook
//! per party and moment, with the rows it answers (the needs handed to an
//! actor, say), the columns it fills (dropdowns where the model names the
//! words), and what lbk reads back to recognise the file: the kind, the
//! party, the round and when it was written, as defined names and as a
//! line on the sheet (which a CSV keeps too). Read back by
//! `imports::returns`.

pub mod feedback_form;
pub mod form;
pub mod preparation_form;
pub mod receipt_form;
pub mod verification_form;

use form::{ReturnForm, ReturnKind};

/// The parties a kind of form goes to: every actor for the preparation
/// (each is invited to every dialogue), every participating RSS with needs
/// for the verification, the actors needs were handed to for the receipt
/// and the feedback.
pub fn parties(r: &crate::domain::Round, kind: ReturnKind) -> Vec<String> {
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

/// The form of `kind` for `party` (a code the round has).
pub fn form_for(
    r: &crate::domain::Round,
    kind: ReturnKind,
    party: &str,
    now: jiff::Timestamp,
) -> Option<ReturnForm> {
    match kind {
        ReturnKind::Preparation => preparation_form::preparation_form(r, party, now),
        ReturnKind::Verification => verification_form::verification_form(r, party, now),
        ReturnKind::Receipt => receipt_form::receipt_form(r, party, now),
        ReturnKind::Feedback => feedback_form::feedback_form(r, party, now),
    }
}
