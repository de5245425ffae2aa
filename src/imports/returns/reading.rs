//! Reading a returned form of any kind: what is given (the round, the
//! sheet, its file, the party asked for, the answers to its questions),
//! the form opened with its plan begun, and its filled rows one by one.
//! Each kind's module then reads its own columns.

use jiff::Timestamp;

use crate::documents::returns::form::ReturnKind;
use crate::domain::Round;
use crate::domain::followup::Returned;
use crate::imports::returns::checks::{Opened, open_form, origin};
use crate::imports::returns::{ReturnAnswers, ReturnRefusal, ReturnSheet};

/// What reading a form is given.
#[derive(Clone, Copy)]
pub struct Given<'a> {
    pub r: &'a Round,
    pub sheet: &'a ReturnSheet,
    /// The file's name, kept with every answer read.
    pub file: &'a str,
    /// The party it is read for, when told (`--for`).
    pub for_party: Option<&'a str>,
    pub answers: ReturnAnswers,
    pub now: Timestamp,
}

/// What reading one form will do, for answers of type `A`.
#[derive(Debug, Clone, PartialEq)]
pub struct KindPlan<A> {
    pub party: String,
    pub origin: Returned,
    /// The rows that change the round, in the file's order.
    pub changes: Vec<A>,
    /// Needs whose answer the round already has as the file says.
    pub unchanged: Vec<String>,
    /// Needs the report names apart: not received ("nej", a receipt), or
    /// already answered in the dialogue (a preparation; still in
    /// `changes`, kept beside the dialogue's answer).
    pub aside: Vec<String>,
    /// Needs left blank.
    pub blank: Vec<String>,
}

/// `g.sheet` opened as a form of `kind`, with its plan begun and the
/// problems and questions so far; Err when no row can be read.
pub fn start<A>(
    g: &Given,
    kind: ReturnKind,
) -> Result<(Opened, KindPlan<A>, ReturnRefusal), ReturnRefusal> {
    let mut no = ReturnRefusal::default();
    let want = crate::documents::returns::columns_of(kind);
    let Some(opened) = open_form(g.r, g.sheet, kind, &want, g.for_party, g.answers, &mut no) else {
        return Err(no);
    };
    let plan = KindPlan {
        party: opened.party.clone(),
        origin: origin(g.sheet, g.file, &opened.party, g.now),
        changes: vec![],
        unchanged: vec![],
        aside: vec![],
        blank: vec![],
    };
    Ok((opened, plan, no))
}

/// The rows with anything in them, each with its row on the sheet.
pub fn filled_rows(sheet: &ReturnSheet) -> impl Iterator<Item = (usize, &[String])> {
    sheet
        .rows
        .iter()
        .filter(|(_, cells)| cells.iter().any(|c| !c.trim().is_empty()))
        .map(|(row, cells)| (*row, cells.as_slice()))
}

/// A cell of a row, trimmed; empty past the row's end.
pub fn cell(cells: &[String], c: usize) -> &str {
    cells.get(c).map(|s| s.trim()).unwrap_or("")
}
