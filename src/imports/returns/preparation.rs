//! Moment 3's returned preparation form checked against the round, all or
//! nothing: every row names a need on a dialogue's agenda once, with
//! "Bedömning" one of the dropdown's words (täckt needs its support's
//! title). A row prepared alike before changes nothing; an answer the
//! dialogue has already taken up keeps its answer, with the preparation
//! kept beside it, and the report says so.

use crate::documents::returns::form::ReturnKind;
use crate::documents::returns::preparation_form::{
    ANSWER, ANSWER_WORDS, LINK, NEED, QUESTION, SUPPORT, WHO, response_of,
};
use crate::domain::Round;
use crate::domain::meetings::PreparedState;
use crate::imports::returns::ReturnRefusal;
use crate::imports::returns::checks::{Key, finished, key_word, party_name, problem, too_long};
use crate::imports::returns::reading::{Given, KindPlan, cell, filled_rows, start};
use crate::meeting::returned_prep::PreparedAnswer;

/// The longest answer read, in characters.
pub const MAX_ANSWER: usize = 1000;

/// What reading the form will do.
pub type PreparationPlan = KindPlan<PreparedAnswer>;

pub fn plan_preparation(g: &Given) -> Result<PreparationPlan, ReturnRefusal> {
    let (r, sheet) = (g.r, g.sheet);
    let (mut opened, mut plan, mut no) = start(g, ReturnKind::Preparation)?;
    let actor = opened.party.clone();
    for (row, cells) in filled_rows(sheet) {
        let cell = |c: usize| cell(cells, c);
        let answered = (ANSWER..=QUESTION).any(|c| !cell(c).is_empty());
        let Some(number) = opened.need_of(r, row, cell(NEED), answered, &mut no) else {
            continue;
        };
        if let Some(p) = too_long(cells, ANSWER..=QUESTION, MAX_ANSWER, row) {
            no.problems.push(p);
            continue;
        }
        let clean = |c: usize| crate::domain::text_safety::clean_line(cell(c)).into_owned();
        let empty = format!(
            "Bedömning är tom men raden har svar: välj {}",
            ANSWER_WORDS.join(", ")
        );
        let chosen = match key_word(&ANSWER_WORDS, cell(ANSWER), answered, row, ANSWER, &empty) {
            Key::Wrong(p) => {
                no.problems.push(p);
                continue;
            }
            Key::Blank => {
                plan.blank.push(number);
                continue;
            }
            Key::Word(w) => w,
        };
        if chosen == "täckt" && cell(SUPPORT).is_empty() {
            no.problems.push(problem(
                row,
                Some(SUPPORT),
                "Bedömning är täckt: skriv vilket stöd som täcker behovet",
            ));
            continue;
        }
        let Some(response) = response_of(chosen, &clean(SUPPORT), &clean(LINK), &clean(QUESTION))
        else {
            continue;
        };
        let answer = PreparedAnswer {
            need: number.clone(),
            row,
            response,
            who: clean(WHO),
            question: clean(QUESTION),
        };
        let had = r
            .dialogues
            .iter()
            .flat_map(|s| &s.assessments)
            .find(|a| a.need == number && a.actor == actor);
        match had {
            Some(a) if answer.same_as(a) => plan.unchanged.push(number),
            Some(a) if a.prepared_state() != PreparedState::Prepared => {
                plan.aside.push(number);
                plan.changes.push(answer);
            }
            _ => plan.changes.push(answer),
        }
    }
    finished(plan, no)
}

pub fn report(r: &Round, plan: &PreparationPlan) -> Vec<String> {
    let c = crate::documents::cell_text;
    let mut out = vec![format!(
        "Förberedelse från {}: {} ändras, {} oförändrade, {} tomma.",
        party_name(r, &plan.party),
        plan.changes.len(),
        plan.unchanged.len(),
        plan.blank.len()
    )];
    for a in &plan.changes {
        out.push(format!(
            "  rad {}: {} — förberett: {}",
            a.row,
            a.need,
            c(&a.response.label())
        ));
    }
    if !plan.aside.is_empty() {
        out.push(format!(
            "  Redan besvarade i dialogen (svaret där står kvar, det förberedda sparas bredvid): {}",
            plan.aside.join(", ")
        ));
    }
    out
}
