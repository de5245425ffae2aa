//! Moment 3's return: a national actor's preparation before the dialogues
//! (model 2.0: "förbereda sig för dialogerna"). A row per need of every
//! session it is invited to (every actor is invited to every session):
//! the session, the need as the RSS raised it, and the needs merged into
//! it; the actor fills its preliminary answer (lucka, täckt, pågår,
//! oklart), known support (title, link), who at the actor answered, and a
//! question to the RSS.

use jiff::Timestamp;

use crate::documents::returns::form::{FormColumn, ReturnForm, ReturnKind};
use crate::domain::Round;
use crate::domain::meetings::Response;

pub const SESSION: usize = 0;
pub const NEED: usize = 1;
pub const ANSWER: usize = 6;
pub const SUPPORT: usize = 7;
pub const LINK: usize = 8;
pub const WHO: usize = 9;
pub const QUESTION: usize = 10;

/// The dropdown's words, in the order of the model's four answers.
pub const ANSWER_WORDS: [&str; 4] = ["lucka", "täckt", "pågår", "oklart"];

pub fn columns() -> Vec<FormColumn> {
    vec![
        FormColumn::given("Dialogmöte", 17.0),
        FormColumn::given("Behov", 10.0),
        FormColumn::given("Titel", 28.0),
        FormColumn::given("Beskrivning", 40.0),
        FormColumn::given("RSS", 8.0),
        FormColumn::given("Sammanslagna", 14.0),
        FormColumn::answer("Bedömning", 12.0, &ANSWER_WORDS),
        FormColumn::answer("Känt stöd: titel", 28.0, &[]),
        FormColumn::answer("Känt stöd: länk", 24.0, &[]),
        FormColumn::answer("Vem hos er", 18.0, &[]),
        FormColumn::answer("Fråga till RSS", 30.0, &[]),
    ]
}

/// The answer a row's cells say: the word of the dropdown with the known
/// support and the question; None for a word outside the list.
pub fn response_of(word: &str, support: &str, link: &str, question: &str) -> Option<Response> {
    Some(match word {
        "lucka" => Response::Kunskapslucka,
        "täckt" => Response::RedanTackt {
            support: support.to_string(),
            link: link.to_string(),
        },
        "pågår" => Response::ArbeteParar {
            by: support.to_string(),
        },
        "oklart" => Response::Oklart {
            clarify: question.to_string(),
        },
        _ => return None,
    })
}

/// The cells a recorded answer fills: word, support, link.
fn cells_of(r: &Response) -> [String; 3] {
    match r {
        Response::Kunskapslucka => ["lucka".into(), String::new(), String::new()],
        Response::RedanTackt { support, link } => ["täckt".into(), support.clone(), link.clone()],
        Response::ArbeteParar { by } => ["pågår".into(), by.clone(), String::new()],
        Response::Oklart { .. } => ["oklart".into(), String::new(), String::new()],
    }
}

/// The form for `actor` (a code the round has), with what it has
/// prepared or answered so far.
pub fn preparation_form(r: &Round, actor: &str, now: Timestamp) -> Option<ReturnForm> {
    let a = r.actors.iter().find(|a| a.code == actor)?;
    let rows = r
        .session_needs()
        .into_iter()
        .map(|(s, i)| {
            let session = &r.dialogues[s];
            let n = &r.needs[i];
            let merged: Vec<&str> = r
                .needs
                .iter()
                .filter(|m| {
                    matches!(&m.status, crate::domain::NeedStatus::Sammanslaget { into, .. } if *into == n.number)
                })
                .map(|m| m.number.as_str())
                .collect();
            let had = session
                .assessments
                .iter()
                .find(|x| x.need == n.number && x.actor == a.code);
            let [word, support, link] = had.map(|x| cells_of(&x.response)).unwrap_or_default();
            let who = had
                .and_then(|x| x.prepared.as_ref())
                .map(|p| p.who.clone())
                .unwrap_or_default();
            vec![
                session.starts.strftime("%Y-%m-%d %H:%M").to_string(),
                n.number.clone(),
                n.title.to_string(),
                n.description.to_string(),
                n.rss.clone(),
                merged.join(", "),
                word,
                support,
                link,
                who,
                had.map(|x| match &x.response {
                    Response::Oklart { clarify } if x.questions.is_empty() => clarify.clone(),
                    _ => x.questions.clone(),
                })
                .unwrap_or_default(),
            ]
        })
        .collect();
    let by = crate::documents::doc_dates::return_due(r, ReturnKind::Preparation)
        .map(|d| format!(" senast {}", crate::documents::doc_dates::long(d)))
        .unwrap_or_default();
    Some(ReturnForm {
        kind: ReturnKind::Preparation,
        party: a.code.clone(),
        round: r.key(),
        written: now,
        title: format!("Förberedelse inför dialogerna: {} ({})", a.name, a.code),
        intro: vec![
            format!(
                "RSS:erna har lyft behoven nedan inom {}. Förbered {}s preliminära svar inför dialogmötena:",
                r.area, a.name
            ),
            "Bedömning (lucka, täckt, pågår, oklart), känt stöd (titel och länk; för pågår: vad som pågår), vem hos er, och en fråga till RSS:en om något är oklart.".into(),
            format!(
                "Skicka tillbaka filen till kansliet{by}. Svaren visas som förberedda vid mötet och bekräftas eller ändras där. Ändra inte rubrikerna eller kolumnerna Dialogmöte–Sammanslagna."
            ),
        ],
        columns: columns(),
        rows,
    })
}
