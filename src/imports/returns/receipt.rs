//! Moment 6's returned receipt form checked against the round, all or
//! nothing: every row names a prioritised need once, "Mottaget" is ja or
//! nej, "Planerat sätt" one of the dropdown's words; a row already recorded
//! alike changes nothing; a receipt changed in the round after the form
//! was written is asked about.

use crate::documents::returns::form::ReturnKind;
use crate::documents::returns::receipt_form::{RECEIVED, RECEIVED_WORDS, RESPONSIBLE, WAY, WHEN};
use crate::domain::Round;
use crate::domain::followup::Way;
use crate::imports::returns::ReturnRefusal;
use crate::imports::returns::checks::{ask_if_newer, finished, party_name, problem, word};
use crate::imports::returns::reading::{Given, KindPlan, cell, filled_rows, start};
use crate::meeting::returned::ReceiptAnswer;

/// The longest answer read, in characters.
pub const MAX_ANSWER: usize = 300;

/// What reading the form will do.
pub type ReceiptPlan = KindPlan<ReceiptAnswer>;

/// Checks the form; the round is not changed.
pub fn plan_receipt(g: &Given) -> Result<ReceiptPlan, ReturnRefusal> {
    let (r, sheet, answers) = (g.r, g.sheet, g.answers);
    let (mut opened, mut plan, mut no) = start(g, ReturnKind::Receipt)?;
    let actor = opened.party.clone();
    for (row, cells) in filled_rows(sheet) {
        let cell = |c: usize| cell(cells, c);
        let answered = [RECEIVED, RESPONSIBLE, WAY, WHEN]
            .iter()
            .any(|c| !cell(*c).is_empty());
        let Some(number) = opened.need_of(r, row, cell(0), answered, &mut no) else {
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
                    row,
                    Some(RECEIVED),
                    "Mottaget är tomt men raden har svar: skriv ja (eller nej)",
                ));
                continue;
            }
            "nej" => {
                plan.aside.push(number.clone());
                continue;
            }
            "ja" => {}
            other => {
                no.problems.push(problem(
                    row,
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
        let way = match word(&labels, cell(WAY), row, WAY) {
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
                    row,
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
            row,
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
                ask_if_newer(x.changed, sheet, answers, row, number, &mut no);
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
        plan.aside.len(),
        plan.blank.len()
    )];
    for a in &plan.changes {
        out.push(format!("  rad {}: {} — {}", a.row, a.need, c(&a.text())));
    }
    if !plan.aside.is_empty() {
        out.push(format!("  Inte mottagna (nej): {}", plan.aside.join(", ")));
    }
    out
}
