//! Moment 6's returned receipt form checked against the round, all or
//! nothing: every row names a prioritised need once, "Mottaget" is ja or
//! nej, "Planerat sätt" one of the dropdown's words; a row already recorded
//! alike changes nothing; a receipt changed in the round after the form
//! was written is asked about.

use jiff::Timestamp;

use crate::documents::returns::form::ReturnKind;
use crate::documents::returns::receipt_form::{
    RECEIVED, RECEIVED_WORDS, RESPONSIBLE, WAY, WHEN, columns,
};
use crate::domain::Round;
use crate::domain::followup::{Returned, Way};
use crate::imports::returns::checks::{
    ask_if_newer, finished, open_form, origin, party_name, problem, word,
};
use crate::imports::returns::{ReturnAnswers, ReturnRefusal, ReturnSheet};
use crate::meeting::returned::ReceiptAnswer;

/// The longest answer read, in characters.
pub const MAX_ANSWER: usize = 300;

/// What reading the form will do.
#[derive(Debug, Clone, PartialEq)]
pub struct ReceiptPlan {
    pub party: String,
    pub origin: Returned,
    /// The rows that change the round, in the file's order.
    pub changes: Vec<ReceiptAnswer>,
    /// Needs whose receipt is already recorded as the file says.
    pub unchanged: Vec<String>,
    /// Needs the actor says it has not received ("nej").
    pub not_received: Vec<String>,
    /// Needs left blank.
    pub blank: Vec<String>,
}

/// Checks the form; the round is not changed.
pub fn plan_receipt(
    r: &Round,
    sheet: &ReturnSheet,
    file: &str,
    for_party: Option<&str>,
    answers: ReturnAnswers,
    now: Timestamp,
) -> Result<ReceiptPlan, ReturnRefusal> {
    let mut no = ReturnRefusal::default();
    let want = columns();
    let Some(mut opened) = open_form(
        r,
        sheet,
        ReturnKind::Receipt,
        &want,
        for_party,
        answers,
        &mut no,
    ) else {
        return Err(no);
    };
    let actor = opened.party.clone();
    let mut plan = ReceiptPlan {
        party: actor.clone(),
        origin: origin(sheet, file, &actor, now),
        changes: vec![],
        unchanged: vec![],
        not_received: vec![],
        blank: vec![],
    };
    for (row, cells) in &sheet.rows {
        let cell = |c: usize| cells.get(c).map(|s| s.trim()).unwrap_or("");
        if cells.iter().all(|c| c.trim().is_empty()) {
            continue;
        }
        let answered = [RECEIVED, RESPONSIBLE, WAY, WHEN]
            .iter()
            .any(|c| !cell(*c).is_empty());
        let Some(number) = opened.need_of(r, *row, cell(0), answered, &mut no) else {
            continue;
        };
        let number = &number;
        let received = cell(RECEIVED).to_lowercase();
        match received.as_str() {
            "" if !answered => {
                plan.blank.push(number.clone());
                continue;
            }
            "" => {
                no.problems.push(problem(
                    *row,
                    Some(RECEIVED),
                    "Mottaget är tomt men raden har svar: skriv ja (eller nej)",
                ));
                continue;
            }
            "nej" => {
                plan.not_received.push(number.clone());
                continue;
            }
            "ja" => {}
            other => {
                no.problems.push(problem(
                    *row,
                    Some(RECEIVED),
                    format!(
                        "\"{}\" är inget av orden i listan: {}",
                        crate::documents::cell_text(other),
                        RECEIVED_WORDS.join(", ")
                    ),
                ));
                continue;
            }
        }
        let labels = Way::ALL.map(|x| x.label());
        let way = match word(&labels, cell(WAY), *row, WAY) {
            Ok(w) => w.and_then(|w| Way::ALL.into_iter().find(|x| x.label() == w)),
            Err(p) => {
                no.problems.push(p);
                continue;
            }
        };
        let mut long = false;
        for c in [RESPONSIBLE, WHEN] {
            if cell(c).chars().count() > MAX_ANSWER {
                no.problems.push(problem(
                    *row,
                    Some(c),
                    format!("svaret är längre än {MAX_ANSWER} tecken: korta det"),
                ));
                long = true;
            }
        }
        if long {
            continue;
        }
        let answer = ReceiptAnswer {
            need: number.clone(),
            row: *row,
            responsible: crate::domain::text_safety::clean_line(cell(RESPONSIBLE)).into_owned(),
            way,
            planned: crate::domain::text_safety::clean_line(cell(WHEN)).into_owned(),
        };
        let recorded = r
            .handovers
            .iter()
            .find(|h| &h.need == number)
            .and_then(|h| h.receipts.iter().find(|x| x.actor == actor));
        match recorded {
            Some(x) if answer.same_as(x) => plan.unchanged.push(number.clone()),
            Some(x) => {
                ask_if_newer(x.changed, sheet, answers, *row, number, &mut no);
                plan.changes.push(answer);
            }
            None => plan.changes.push(answer),
        }
    }
    finished(plan, no)
}

/// What the plan will do, in the words shown before anything is written.
pub fn report(r: &Round, plan: &ReceiptPlan) -> Vec<String> {
    let c = crate::documents::cell_text;
    let mut out = vec![format!(
        "Mottagande från {}: {} ändras, {} oförändrade, {} inte mottagna, {} tomma.",
        party_name(r, &plan.party),
        plan.changes.len(),
        plan.unchanged.len(),
        plan.not_received.len(),
        plan.blank.len()
    )];
    for a in &plan.changes {
        out.push(format!("  rad {}: {} — {}", a.row, a.need, c(&a.text())));
    }
    if !plan.not_received.is_empty() {
        out.push(format!(
            "  Inte mottagna (nej): {}",
            plan.not_received.join(", ")
        ));
    }
    out
}
