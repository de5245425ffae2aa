//! The mail-outs the model calls for, moment by moment, and to whom: the
//! candidate areas to NSK-S (1), each RSS's needs template (2), the
//! invitation with the agenda to each dialogue (3), the final compilation
//! to NSK-S and each RSS's minutes for verification (4), the prioritised
//! needs to the actors with every RSS "för kännedom" (6), and what became
//! of each RSS's needs (7). One not yet possible says why. Pure: the drafts
//! are written by `mailout_plan`, the screen and `lbk mailouts` list these.

use super::mailouts::{actor_contacts, representatives, rss_contacts};
use crate::domain::people::Person;
use crate::domain::{Moment, Round};

/// One mail-out.
#[derive(Debug, Clone, PartialEq)]
pub struct Due {
    /// Its text's name in `utskick/<key>.txt`.
    pub key: &'static str,
    /// The draft's file name without `.eml`, and the name it is marked
    /// sent by: "aterkoppling-GR".
    pub name: String,
    pub moment: Moment,
    /// What it is, in Swedish: "Minnesanteckningar till GR för verifiering".
    pub what: String,
    pub rss: Option<String>,
    pub to: Vec<Person>,
    pub cc: Vec<Person>,
    /// Why it cannot be written yet.
    pub waits: Option<String>,
    /// A dialogue's day and time, for its invitation's `{datum}`.
    pub when: Option<String>,
}

/// "2 mottagare", "1 mottagare och 10 i kopia", "ingen mottagare i registret".
pub fn recipients(d: &Due) -> String {
    match (d.to.len(), d.cc.len()) {
        (0, 0) => "ingen mottagare i registret".into(),
        (n, 0) => format!("{n} mottagare"),
        (n, c) => format!("{n} mottagare och {c} i kopia"),
    }
}

/// "Namn <e-post>" for a list of recipients.
pub fn addresses(people: &[Person]) -> Vec<String> {
    people
        .iter()
        .map(|p| format!("{} <{}>", p.name.trim(), p.email.trim()))
        .collect()
}

fn one(key: &'static str, moment: Moment, what: &str, to: Vec<Person>) -> Due {
    Due {
        key,
        name: key.to_string(),
        moment,
        what: what.to_string(),
        rss: None,
        to,
        cc: vec![],
        waits: None,
        when: None,
    }
}

fn waiting(key: &'static str, moment: Moment, what: &str, why: &str) -> Due {
    Due {
        waits: Some(why.to_string()),
        ..one(key, moment, what, vec![])
    }
}

/// One per RSS in `codes`, to its contacts.
fn per_rss(r: &Round, key: &'static str, moment: Moment, what: &str, codes: &[String]) -> Vec<Due> {
    codes
        .iter()
        .filter_map(|c| r.rss_by_code(c))
        .map(|x| Due {
            name: format!("{key}-{}", x.code),
            rss: Some(x.code.clone()),
            what: format!("{what} {}", x.code),
            ..one(key, moment, "", with_email(&x.contacts))
        })
        .collect()
}

fn with_email(people: &[Person]) -> Vec<Person> {
    people
        .iter()
        .filter(|p| p.email.contains('@'))
        .cloned()
        .collect()
}

/// Every mail-out of the round in the order of the moments.
pub fn due(r: &Round) -> Vec<Due> {
    let mut out = vec![];
    let candidates = "Kandidatområden till NSK-S";
    out.push(if r.area_choice.candidates.is_empty() {
        waiting(
            "kandidatomraden",
            Moment::ValAvOmrade,
            candidates,
            "inga kandidatområden ännu",
        )
    } else {
        one(
            "kandidatomraden",
            Moment::ValAvOmrade,
            candidates,
            representatives(r),
        )
    });
    let joining: Vec<String> = r
        .rss
        .iter()
        .filter(|x| x.participates)
        .map(|x| x.code.clone())
        .collect();
    let template = "Behovsmall till";
    if joining.is_empty() {
        out.push(waiting(
            "behovsmall",
            Moment::Identifiering,
            template,
            "ingen RSS deltar ännu",
        ));
    }
    out.extend(per_rss(
        r,
        "behovsmall",
        Moment::Identifiering,
        template,
        &joining,
    ));
    // Model 1.0 has no dialogues with the actors: moment 3 is the RSSs'
    // check with their networks, which sends nothing.
    if r.dialogues.is_empty() && !r.model.ranks_own_picks() {
        out.push(waiting(
            "inbjudan-dialog",
            Moment::Dialog,
            "Inbjudan och dagordning till dialogmöte",
            "inga dialogmöten ännu",
        ));
    }
    for s in &r.dialogues {
        let mut to: Vec<Person> = s
            .rss
            .iter()
            .filter_map(|c| r.rss_by_code(c))
            .flat_map(|x| with_email(&x.contacts))
            .collect();
        // The actors are invited to every dialogue (who came is recorded
        // at the meeting).
        to.extend(actor_contacts(r));
        out.push(Due {
            name: format!("inbjudan-dialog-{}", s.starts.strftime("%Y%m%d-%H%M")),
            when: Some(s.starts.strftime("%Y-%m-%d kl. %H:%M").to_string()),
            what: format!(
                "Inbjudan och dagordning till dialogmöte {} ({})",
                s.starts.strftime("%Y-%m-%d %H:%M"),
                s.rss.join(", ")
            ),
            ..one("inbjudan-dialog", Moment::Dialog, "", to)
        });
    }
    let compiled = !r.final_compilation().is_empty();
    let with_needs = super::minutes::rss_with_needs(r);
    let verify = "Minnesanteckningar för verifiering till";
    if compiled {
        out.push(one(
            "slutlig-sammanstallning",
            Moment::Verifiering,
            "Slutlig sammanställning till NSK-S",
            representatives(r),
        ));
        out.extend(per_rss(
            r,
            "aterkoppling",
            Moment::Verifiering,
            verify,
            &with_needs,
        ));
    } else {
        let why = "ingen slutlig sammanställning ännu";
        out.push(waiting(
            "slutlig-sammanstallning",
            Moment::Verifiering,
            "Slutlig sammanställning till NSK-S",
            why,
        ));
        out.push(waiting(
            "aterkoppling",
            Moment::Verifiering,
            "Minnesanteckningar för verifiering till varje RSS",
            why,
        ));
    }
    let handover = "Prioriterade behov till aktörerna (kopia till alla RSS)";
    let outcome = "Vad blev det av era behov? till";
    if r.prioritization.rank_closed {
        out.push(Due {
            cc: rss_contacts(r),
            ..one(
                "prioriterade-behov",
                Moment::Mottagande,
                handover,
                actor_contacts(r),
            )
        });
        out.extend(per_rss(
            r,
            "vad-blev-det-av",
            Moment::Aterkoppling,
            outcome,
            &with_needs,
        ));
    } else {
        let why = "rangordningen i moment 5 är inte stängd";
        out.push(waiting(
            "prioriterade-behov",
            Moment::Mottagande,
            handover,
            why,
        ));
        out.push(waiting(
            "vad-blev-det-av",
            Moment::Aterkoppling,
            "Vad blev det av era behov? till varje RSS",
            why,
        ));
    }
    out
}

/// What writing the drafts should say besides the files: the ready drafts
/// that have nobody to go to (no e-mail address in the register).
pub fn unaddressed_note(r: &Round, how: &str) -> Option<String> {
    let names: Vec<String> = due(r)
        .into_iter()
        .filter(|d| d.waits.is_none() && d.to.is_empty())
        .map(|d| d.name)
        .collect();
    (!names.is_empty()).then(|| {
        format!(
            "{} utan mottagare (ingen e-postadress; {how}): {}.",
            crate::domain::swedish::count(names.len(), "utkast", "utkast"),
            names.join(", ")
        )
    })
}
