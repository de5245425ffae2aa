//! Moment 6's return: an actor's receipt of the needs handed to it. A row
//! per need (its number, place, title and description, as handed over);
//! the actor fills received (ja), who is responsible, the planned way
//! (the dropdown's words) and when.

use jiff::Timestamp;

use crate::documents::returns::form::{FormColumn, ReturnForm, ReturnKind, handed_needs};
use crate::domain::Round;
use crate::domain::followup::Way;

pub const NEED: usize = 0;
pub const PLACE: usize = 1;
pub const TITLE: usize = 2;
pub const DESCRIPTION: usize = 3;
pub const RECEIVED: usize = 4;
pub const RESPONSIBLE: usize = 5;
pub const WAY: usize = 6;
pub const WHEN: usize = 7;

/// The words of the received column.
pub const RECEIVED_WORDS: [&str; 2] = ["ja", "nej"];

/// The columns, in order; the reader checks the headers against these.
pub fn columns() -> Vec<FormColumn> {
    vec![
        FormColumn::given("Behov", 10.0),
        FormColumn::given("Plats", 7.0),
        FormColumn::given("Titel", 30.0),
        FormColumn::given("Beskrivning", 45.0),
        FormColumn::answer("Mottaget", 11.0, &RECEIVED_WORDS),
        FormColumn::answer("Ansvarig", 22.0, &[]),
        FormColumn::answer("Planerat sätt", 18.0, &Way::ALL.map(|w| w.label())),
        FormColumn::answer("När", 14.0, &[]),
    ]
}

/// The form for `actor` (a code the round has), with what is recorded.
pub fn receipt_form(r: &Round, actor: &str, now: Timestamp) -> Option<ReturnForm> {
    let (a, needs) = handed_needs(r, actor)?;
    let rows = needs
        .into_iter()
        .map(|(n, place)| {
            let number = n.number.clone();
            let got = r
                .handovers
                .iter()
                .find(|h| h.need == number)
                .and_then(|h| h.receipts.iter().find(|x| x.actor == a.code));
            vec![
                number.clone(),
                place,
                n.title.to_string(),
                n.description.to_string(),
                got.map(|_| "ja".to_string()).unwrap_or_default(),
                got.map(|g| g.responsible.clone()).unwrap_or_default(),
                got.and_then(|g| g.way)
                    .map(|w| w.label().to_string())
                    .unwrap_or_default(),
                got.map(|g| g.planned.clone()).unwrap_or_default(),
            ]
        })
        .collect();
    let by = crate::documents::doc_dates::held(r, crate::domain::Moment::Mottagande)
        .map(|d| format!(" senast {}", crate::documents::doc_dates::long(d)))
        .unwrap_or_default();
    Some(ReturnForm {
        kind: ReturnKind::Receipt,
        party: a.code.clone(),
        round: r.key(),
        written: now,
        title: format!("Mottagande av prioriterade behov: {} ({})", a.name, a.code),
        intro: vec![
            format!(
                "NSK-S har prioriterat behoven nedan inom {} och lämnar dem till {}.",
                r.area, a.name
            ),
            "Fyll i Mottaget (ja), Ansvarig, Planerat sätt och När för varje behov.".into(),
            format!(
                "Skicka tillbaka filen till kansliet{by}. Ändra inte rubrikerna eller kolumnerna Behov–Beskrivning."
            ),
        ],
        columns: columns(),
        rows,
    })
}
