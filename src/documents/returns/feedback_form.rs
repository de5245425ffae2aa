//! Moment 7's return: an actor's feedback, with the model's four
//! questions per need handed to it: will it be taken care of and by whom,
//! how and when, if not why, and what knowledge or support has been
//! produced (a title, a link and a day per line).

use jiff::Timestamp;

use crate::documents::returns::form::{FormColumn, ReturnForm, ReturnKind, handed_needs};
use crate::domain::Round;
use crate::domain::followup::Outcome;

pub const NEED: usize = 0;
pub const TAKEN: usize = 3;
pub const BY: usize = 4;
pub const HOW: usize = 5;
pub const WHEN: usize = 6;
pub const WHY: usize = 7;
pub const TITLES: usize = 8;
pub const LINKS: usize = 9;
pub const PUBLISHED: usize = 10;

pub const TAKEN_WORDS: [&str; 2] = ["ja", "nej"];

pub fn columns() -> Vec<FormColumn> {
    vec![
        FormColumn::given("Behov", 10.0),
        FormColumn::given("Plats", 7.0),
        FormColumn::given("Titel", 28.0),
        FormColumn::answer("Tas om hand", 12.0, &TAKEN_WORDS),
        FormColumn::answer("Av vem", 14.0, &[]),
        FormColumn::answer("Hur", 22.0, &[]),
        FormColumn::answer("När", 14.0, &[]),
        FormColumn::answer("Varför inte", 26.0, &[]),
        FormColumn::answer("Framtaget: titel", 30.0, &[]),
        FormColumn::answer("Framtaget: länk", 26.0, &[]),
        FormColumn::answer("Framtaget: publicerat", 14.0, &[]),
    ]
}

/// The form for `actor`, with the feedback recorded so far.
pub fn feedback_form(r: &Round, actor: &str, now: Timestamp) -> Option<ReturnForm> {
    let (a, needs) = handed_needs(r, actor)?;
    let rows = needs
        .into_iter()
        .map(|(n, place)| {
            let number = n.number.clone();
            let f = r.feedback.iter().find(|f| f.need == number);
            let mut row = vec![number.clone(), place, n.title.to_string()];
            row.extend(match f.map(|f| &f.outcome) {
                Some(Outcome::Tas { actors, how, when }) => [
                    "ja".to_string(),
                    actors.join(", "),
                    how.clone(),
                    when.clone(),
                    String::new(),
                ],
                Some(Outcome::TasInte { why }) => [
                    "nej".to_string(),
                    String::new(),
                    String::new(),
                    String::new(),
                    why.clone(),
                ],
                _ => Default::default(),
            });
            let produced = f.map(|f| f.produced.as_slice()).unwrap_or_default();
            let lines = |g: &dyn Fn(&crate::domain::followup::Produced) -> String| {
                produced.iter().map(g).collect::<Vec<_>>().join("\n")
            };
            row.push(lines(&|p| p.title.clone()));
            row.push(lines(&|p| p.link.clone()));
            row.push(lines(&|p| {
                p.published.map(|d| d.to_string()).unwrap_or_default()
            }));
            row
        })
        .collect();
    let by = crate::documents::doc_dates::feedback_by(r)
        .map(|d| format!(" senast {}", crate::documents::doc_dates::long(d)))
        .unwrap_or_default();
    Some(ReturnForm {
        kind: ReturnKind::Feedback,
        party: a.code.clone(),
        round: r.key(),
        written: now,
        title: format!("Återkoppling om prioriterade behov: {} ({})", a.name, a.code),
        intro: vec![
            format!(
                "Behoven nedan inom {} lämnades till {} av NSK-S. Svara för varje behov:",
                r.area, a.name
            ),
            "tas det om hand (ja/nej), av vem (aktörernas koder), hur och när; om inte, varför; och vad som tagits fram (en titel, länk och dag per rad i cellen).".into(),
            format!("Skicka tillbaka filen till kansliet{by}. Ändra inte rubrikerna eller kolumnerna Behov–Titel."),
        ],
        columns: columns(),
        rows,
    })
}
