//! Moment 4's return: an RSS's verification of its session minutes, a row
//! per need of the RSS with what was recorded about it; the RSS answers
//! "Stämmer" (ja/nej) and writes a correction where it does not. In model
//! 1.0 the same form is moment 3's check with the network: what was
//! recorded is the need as the RSS sent it in.

use jiff::Timestamp;

use crate::documents::returns::form::{FormColumn, ReturnForm, ReturnKind};
use crate::domain::{ModelVariant, Round};

pub const NEED: usize = 0;
pub const AGREES: usize = 3;
pub const CORRECTION: usize = 4;

pub const AGREES_WORDS: [&str; 2] = ["ja", "nej"];

pub fn columns() -> Vec<FormColumn> {
    vec![
        FormColumn::given("Behov", 10.0),
        FormColumn::given("Titel", 28.0),
        FormColumn::given("Antecknat", 60.0),
        FormColumn::answer("Stämmer", 10.0, &AGREES_WORDS),
        FormColumn::answer("Rättelse", 45.0, &[]),
    ]
}

/// What was recorded about need `number`: in 2.0 every actor's answer and
/// every question and note of the dialogues, a line each; in 1.0 the need's
/// description as sent in.
pub fn recorded(r: &Round, number: &str) -> String {
    if r.model == ModelVariant::V1 {
        return (r
            .need(number)
            .map(|n| n.description.clone())
            .unwrap_or_default())
        .to_string();
    }
    let mut lines = vec![];
    for s in &r.dialogues {
        for a in s.assessments.iter().filter(|a| a.need == number) {
            lines.push(format!("{}: {}", a.actor, a.response.label()));
            if !a.questions.trim().is_empty() {
                lines.push(format!("{} frågar: {}", a.actor, a.questions.trim()));
            }
        }
        for m in s.remarks.iter().filter(|m| m.need == number) {
            let what = if m.question { "frågar" } else { "antecknar" };
            lines.push(format!("{} {what}: {}", m.by, m.text));
        }
    }
    if lines.is_empty() {
        "(inget antecknat vid dialogen)".into()
    } else {
        lines.join("\n")
    }
}

/// The needs an RSS verifies: all it raised, by number.
pub fn rss_needs<'a>(r: &'a Round, rss: &str) -> Vec<&'a crate::domain::Need> {
    let mut needs: Vec<_> = r.needs.iter().filter(|n| n.rss == rss).collect();
    needs.sort_by(|a, b| crate::domain::need::number_order(&a.number, &b.number));
    needs
}

/// The form for `rss` (a code the round has), with what it returned so far.
pub fn verification_form(r: &Round, rss: &str, now: Timestamp) -> Option<ReturnForm> {
    let who = r.rss.iter().find(|x| x.code == rss)?;
    let done = r.checked_rows(&who.code);
    let rows = rss_needs(r, &who.code)
        .into_iter()
        .map(|n| {
            let had = done.iter().rev().find(|c| c.need == n.number);
            vec![
                n.number.clone(),
                n.title.to_string(),
                recorded(r, &n.number),
                had.map(|c| if c.agrees { "ja" } else { "nej" }.to_string())
                    .unwrap_or_default(),
                had.map(|c| c.correction.clone()).unwrap_or_default(),
            ]
        })
        .collect();
    let by = crate::documents::doc_dates::return_due(r, ReturnKind::Verification)
        .map(|d| format!(" senast {}", crate::documents::doc_dates::long(d)))
        .unwrap_or_default();
    let v1 = r.model == ModelVariant::V1;
    let (title, what) = if v1 {
        (
            format!(
                "Avstämning av behoven med nätverket: {} ({})",
                who.name, who.code
            ),
            "Stäm av behoven nedan med ert nätverk.",
        )
    } else {
        (
            format!(
                "Verifiering av minnesanteckningarna: {} ({})",
                who.name, who.code
            ),
            "Läs det som antecknades om era behov vid dialogmötet.",
        )
    };
    Some(ReturnForm {
        kind: ReturnKind::Verification,
        party: who.code.clone(),
        round: r.key(),
        written: now,
        title,
        intro: vec![
            format!("{what} Skriv ja i Stämmer om det stämmer, annars nej och vad som ska rättas i Rättelse."),
            "En rättelse skriver inte över det som antecknades: kansliet går igenom varje rättelse och godtar eller avvisar den.".into(),
            format!("Skicka tillbaka filen till kansliet{by}. Ändra inte rubrikerna eller kolumnerna Behov–Antecknat."),
        ],
        columns: columns(),
        rows,
    })
}
