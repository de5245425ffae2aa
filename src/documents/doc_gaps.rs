//! What a document could not say because the round does not hold it yet,
//! said beside the files written (on the status line, on stderr), with
//! where to add it. The document itself never shows a blank or "okänd":
//! a need with no actor says the secretariat comes back to it, an agenda
//! without a length has no time plan. `OMGÅNG` in a hint is the user's
//! own file on the command line.

use crate::documents::kinds::Document;
use crate::domain::Round;
use crate::meeting::assign::{Source, handed_to};
use crate::meeting::moment67::prioritised;

/// The most needs named in one line; more are counted.
const NAMED: usize = 12;

/// What the register or the round lacks for `doc`, or None.
pub fn note(doc: &Document, r: &Round) -> Option<String> {
    match doc {
        Document::Handover => no_actor(r),
        Document::Agenda(i) => {
            let s = r.dialogues.get(*i)?;
            let lines = session_gaps(i + 1, s);
            (!lines.is_empty()).then(|| lines.join("\n"))
        }
        Document::BallotSlips(url) => crate::documents::ballot_slips::ballot_slips_pdf(r, url)
            .err()
            .filter(|_| crate::documents::ballot_slips::ballot_slips(r, url).is_ok())
            .map(|e| format!("valkoder.pdf skrevs inte: {e}")),
        _ => None,
    }
}

/// What dialogue `n` (counted from 1) lacks for its invitation: its
/// length, its link or place.
pub fn session_gaps(n: usize, s: &crate::domain::meetings::DialogueSession) -> Vec<String> {
    let day = s.starts.strftime("%Y-%m-%d");
    let mut out = vec![];
    if s.place.trim().is_empty() {
        out.push(format!(
            "Dialogmöte {n} ({day}) saknar länk eller plats — lbk session OMGÅNG {n} --place \"Teams: …\""
        ));
    }
    if s.length_minutes.is_none() {
        out.push(format!(
            "Dialogmöte {n} ({day}) saknar längd — lbk session OMGÅNG {n} --length 180"
        ));
    }
    out
}

/// The prioritised needs no actor is handed to or proposed for.
fn no_actor(r: &Round) -> Option<String> {
    let without: Vec<String> = prioritised(r)
        .into_iter()
        .map(|row| row.number)
        .filter(|n| handed_to(r, n).1 == Source::None)
        .collect();
    if without.is_empty() {
        return None;
    }
    let mut named = without
        .iter()
        .take(NAMED)
        .map(|n| crate::domain::text_safety::clean_line(n).into_owned())
        .collect::<Vec<_>>()
        .join(", ");
    if without.len() > NAMED {
        named.push_str(&format!(" … ({} i allt)", without.len()));
    }
    Some(format!(
        "Ingen aktör ännu för {named} (där står \"kansliet återkommer\"): \
         välj med l på moment 6 eller lbk handover OMGÅNG assign BEHOV AKTÖR…"
    ))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::meetings::DialogueSession;
    use crate::domain::{ModelVariant, Need};

    #[test]
    fn an_agenda_without_place_or_length_says_both_and_how_to_add_them() {
        let mut r = Round::new("X", ModelVariant::V2, 2026);
        let mut s = DialogueSession::new("2027-02-04T09:00".parse().unwrap(), vec!["GR".into()]);
        r.dialogues.push(s.clone());
        let n = note(&Document::Agenda(0), &r).unwrap();
        assert!(
            n.contains("saknar länk eller plats") && n.contains("saknar längd"),
            "{n}"
        );
        assert!(n.contains("lbk session OMGÅNG 1 --length"), "{n}");
        s.place = "Teams: https://example.test/m".into();
        s.length_minutes = Some(180);
        r.dialogues[0] = s;
        assert_eq!(note(&Document::Agenda(0), &r), None);
        assert_eq!(note(&Document::Agenda(5), &r), None, "no such session");
        assert_eq!(note(&Document::Compilation, &r), None);
        r.needs.push(Need {
            number: "GR-01".into(),
            rss: "GR".into(),
            ..Need::default()
        });
        assert_eq!(
            note(&Document::Handover, &r),
            None,
            "nothing prioritised yet"
        );
    }
}
