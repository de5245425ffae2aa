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

/// The parties a kind of form goes to (`meeting::return_status::parties`).
pub use crate::meeting::return_status::parties;

/// The columns of a kind of form, as written; a returned one must have them.
pub fn columns_of(kind: ReturnKind) -> Vec<form::FormColumn> {
    match kind {
        ReturnKind::Preparation => preparation_form::columns(),
        ReturnKind::Verification => verification_form::columns(),
        ReturnKind::Receipt => receipt_form::columns(),
        ReturnKind::Feedback => feedback_form::columns(),
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
