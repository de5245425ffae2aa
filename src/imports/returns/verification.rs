//! An RSS's returned verification form checked against the round, all or
//! nothing: every row names one of the RSS's needs once; "Stämmer" is ja
//! or nej; nej needs its correction in "Rättelse", ja has none. A row
//! returned alike before changes nothing; a correction the secretariat has
//! already decided on is asked about before a file written earlier opens
//! it again.

use crate::documents::returns::form::ReturnKind;
use crate::documents::returns::verification_form::{AGREES, AGREES_WORDS, CORRECTION, NEED};
use crate::domain::Round;
use crate::imports::returns::ReturnRefusal;
use crate::imports::returns::checks::{Key, ask_if_newer, finished, key_word, party_name, problem};
use crate::imports::returns::reading::{Given, KindPlan, cell, filled_rows, start};
use crate::meeting::returned_checks::CheckAnswer;

/// The longest correction read, in characters.
pub const MAX_ANSWER: usize = 2000;

/// What reading the form will do.
pub type VerificationPlan = KindPlan<CheckAnswer>;

pub fn plan_verification(g: &Given) -> Result<VerificationPlan, ReturnRefusal> {
    let (r, sheet, answers) = (g.r, g.sheet, g.answers);
    let (mut opened, mut plan, mut no) = start(g, ReturnKind::Verification)?;
    let rss = opened.party.clone();
    for (row, cells) in filled_rows(sheet) {
        let cell = |c: usize| cell(cells, c);
        let answered = !cell(AGREES).is_empty() || !cell(CORRECTION).is_empty();
        let Some(number) = opened.need_of(r, row, cell(NEED), answered, &mut no) else {
            continue;
        };
        if cell(CORRECTION).chars().count() > MAX_ANSWER {
            no.problems.push(problem(
                row,
                Some(CORRECTION),
                format!("rättelsen är längre än {MAX_ANSWER} tecken: korta den"),
            ));
            continue;
        }
        let key = key_word(
            &AGREES_WORDS,
            cell(AGREES),
            answered,
            row,
            AGREES,
            "Stämmer är tomt men raden har en rättelse: skriv nej (eller ja och töm Rättelse)",
        );
        let agrees = match key {
            Key::Wrong(p) => {
                no.problems.push(p);
                continue;
            }
            Key::Blank => {
                plan.blank.push(number);
                continue;
            }
            Key::Word(w) => w == "ja",
        };
        let correction = crate::domain::text_safety::clean_line(cell(CORRECTION)).into_owned();
        match (agrees, correction.is_empty()) {
            (true, false) => {
                no.problems.push(problem(
                    row,
                    Some(CORRECTION),
                    "Stämmer är ja men Rättelse har text: skriv nej om något ska rättas, annars töm Rättelse",
                ));
                continue;
            }
            (false, true) => {
                no.problems.push(problem(
                    row,
                    Some(CORRECTION),
                    "Stämmer är nej: skriv vad som ska rättas i Rättelse",
                ));
                continue;
            }
            _ => {}
        }
        let answer = CheckAnswer {
            need: number.clone(),
            row,
            agrees,
            correction,
        };
        match r.checked_rows(&rss).iter().find(|c| c.need == number) {
            Some(c) if answer.same_as(c) => plan.unchanged.push(number),
            Some(c) => {
                ask_if_newer(
                    c.decided.map(|d| d.1),
                    sheet,
                    answers,
                    row,
                    &number,
                    &mut no,
                );
                plan.changes.push(answer);
            }
            None => plan.changes.push(answer),
        }
    }
    finished(plan, no)
}

pub fn report(r: &Round, plan: &VerificationPlan) -> Vec<String> {
    let c = crate::documents::cell_text;
    let agree = plan.changes.iter().filter(|a| a.agrees).count();
    let what = if r.model == crate::domain::ModelVariant::V1 {
        "Avstämning med nätverket"
    } else {
        "Verifiering"
    };
    let mut out = vec![format!(
        "{what} från {}: {agree} stämmer, {} rättelseförslag, {} oförändrade, {} tomma.",
        party_name(r, &plan.party),
        plan.changes.len() - agree,
        plan.unchanged.len(),
        plan.blank.len()
    )];
    for a in plan.changes.iter().filter(|a| !a.agrees) {
        out.push(format!(
            "  rad {}: {} — rättelseförslag: {}",
            a.row,
            a.need,
            c(&a.correction)
        ));
    }
    if plan.changes.iter().any(|a| !a.agrees) {
        let on = ReturnKind::Verification.moment_in(r.model).unwrap_or(4);
        out.push(format!(
            "  Rättelserna skriver inte över det antecknade: gå igenom dem med p på moment {on}."
        ));
    }
    out
}
