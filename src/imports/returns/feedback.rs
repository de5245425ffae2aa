//! Moment 7's returned feedback form checked against the round, all or
//! nothing: "Tas om hand" is ja or nej, "Av vem" names actors the round
//! has, a "nej" says why, and each produced title has at most one link
//! and one day (ÅÅÅÅ-MM-DD) on the same line of its cell.

use crate::documents::returns::feedback_form::{
    BY, HOW, LINKS, PUBLISHED, TAKEN, TAKEN_WORDS, TITLES, WHEN, WHY,
};
use crate::documents::returns::form::ReturnKind;
use crate::domain::Round;
use crate::domain::followup::{Outcome, Produced};
use crate::imports::returns::ReturnRefusal;
use crate::imports::returns::checks::{
    Key, ask_if_newer, finished, key_word, party_name, problem, too_long,
};
use crate::imports::returns::reading::{Given, KindPlan, cell, filled_rows, start};
use crate::meeting::returned::FeedbackAnswer;

/// The longest answer read, in characters.
pub const MAX_ANSWER: usize = 1000;

/// What reading the form will do.
pub type FeedbackPlan = KindPlan<FeedbackAnswer>;

pub fn plan_feedback(g: &Given) -> Result<FeedbackPlan, ReturnRefusal> {
    let (r, sheet, answers) = (g.r, g.sheet, g.answers);
    let (mut opened, mut plan, mut no) = start(g, ReturnKind::Feedback)?;
    let actor = opened.party.clone();
    for (row, cells) in filled_rows(sheet) {
        let cell = |c: usize| cell(cells, c);
        let answered = (TAKEN..=PUBLISHED).any(|c| !cell(c).is_empty());
        let Some(number) = opened.need_of(r, row, cell(0), answered, &mut no) else {
            continue;
        };
        if let Some(p) = too_long(cells, TAKEN..=PUBLISHED, MAX_ANSWER, row) {
            no.problems.push(p);
            continue;
        }
        let clean = |c: usize| crate::domain::text_safety::clean_line(cell(c)).into_owned();
        let taken = key_word(
            &TAKEN_WORDS,
            cell(TAKEN),
            answered,
            row,
            TAKEN,
            "Tas om hand är tomt men raden har svar: skriv ja eller nej",
        );
        let outcome = match taken {
            Key::Wrong(p) => {
                no.problems.push(p);
                continue;
            }
            Key::Blank => {
                plan.blank.push(number);
                continue;
            }
            Key::Word("nej") if cell(WHY).is_empty() => {
                no.problems.push(problem(
                    row,
                    Some(WHY),
                    "Tas om hand är nej: skriv varför i Varför inte",
                ));
                continue;
            }
            Key::Word("nej") => Outcome::TasInte { why: clean(WHY) },
            Key::Word(_) => {
                let mut actors = vec![];
                let mut unknown = vec![];
                for t in cell(BY)
                    .split([',', ';', ' '])
                    .map(str::trim)
                    .filter(|t| !t.is_empty() && *t != "och")
                {
                    match r.actors.iter().find(|a| a.code.eq_ignore_ascii_case(t)) {
                        Some(a) if !actors.contains(&a.code) => actors.push(a.code.clone()),
                        Some(_) => {}
                        None => unknown.push(t.to_string()),
                    }
                }
                if !unknown.is_empty() {
                    let codes: Vec<&str> = r.actors.iter().map(|a| a.code.as_str()).collect();
                    no.problems.push(problem(
                        row,
                        Some(BY),
                        format!(
                            "{} är ingen aktör i omgången; skriv aktörernas koder ({})",
                            crate::documents::cell_text(&unknown.join(", ")),
                            codes.join(", ")
                        ),
                    ));
                    continue;
                }
                if actors.is_empty() {
                    actors.push(actor.clone());
                }
                Outcome::Tas {
                    actors,
                    how: clean(HOW),
                    when: clean(WHEN),
                }
            }
        };
        let lines = |c: usize| -> Vec<String> {
            cells
                .get(c)
                .map(|s| s.lines().map(|l| l.trim().to_string()).collect())
                .unwrap_or_default()
        };
        let (titles, links, days) = (lines(TITLES), lines(LINKS), lines(PUBLISHED));
        let titles: Vec<String> = titles.into_iter().filter(|t| !t.is_empty()).collect();
        if links.iter().filter(|l| !l.is_empty()).count() > titles.len()
            || days.iter().filter(|d| !d.is_empty()).count() > titles.len()
        {
            no.problems.push(problem(row, Some(TITLES), "fler länkar eller dagar än titlar: en titel per rad, med sin länk och dag på samma rad i de andra cellerna"));
            continue;
        }
        let mut produced = vec![];
        let mut bad_day = None;
        for (i, t) in titles.iter().enumerate() {
            let day = days.get(i).map(String::as_str).unwrap_or("");
            let published = if day.is_empty() {
                None
            } else {
                match day.parse::<jiff::civil::Date>() {
                    Ok(d) => Some(d),
                    Err(_) => {
                        bad_day = Some(day.to_string());
                        break;
                    }
                }
            };
            produced.push(Produced {
                title: crate::domain::text_safety::clean_line(t).into_owned(),
                link: crate::domain::text_safety::clean_line(
                    links.get(i).map(String::as_str).unwrap_or(""),
                )
                .into_owned(),
                published,
            });
        }
        if let Some(d) = bad_day {
            no.problems.push(problem(
                row,
                Some(PUBLISHED),
                format!(
                    "\"{}\" är ingen dag: skriv ÅÅÅÅ-MM-DD",
                    crate::documents::cell_text(&d)
                ),
            ));
            continue;
        }
        let answer = FeedbackAnswer {
            need: number.clone(),
            row,
            outcome,
            produced,
        };
        match r.feedback.iter().find(|f| f.need == number) {
            Some(f) if answer.same_as(f) => plan.unchanged.push(number),
            Some(f) => {
                ask_if_newer(f.changed, sheet, answers, row, &number, &mut no);
                plan.changes.push(answer);
            }
            None => plan.changes.push(answer),
        }
    }
    finished(plan, no)
}

/// What the plan will do, in the words shown before anything is written.
pub fn report(r: &Round, plan: &FeedbackPlan) -> Vec<String> {
    let c = crate::documents::cell_text;
    let mut out = vec![format!(
        "Återkoppling från {}: {} ändras, {} oförändrade, {} tomma.",
        party_name(r, &plan.party),
        plan.changes.len(),
        plan.unchanged.len(),
        plan.blank.len()
    )];
    for a in &plan.changes {
        out.push(format!(
            "  rad {}: {} — {}",
            a.row,
            a.need,
            c(&a.outcome.text())
        ));
    }
    out
}
