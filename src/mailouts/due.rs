//! The mail-outs the model calls for, moment by moment, and to whom: the
//! candidate areas to NSK-S (1), each RSS's needs template (2), the
//! invitation with the agenda to each dialogue and each actor's
//! preparation form (3), the final compilation to NSK-S and each RSS's
//! minutes with its verification form (4), the prioritised needs to the
//! actors with their receipt forms and every RSS "för kännedom" (6), each
//! actor's feedback form and what became of each RSS's needs (7). One not yet possible says why. Pure: the drafts
//! are written by `plan`, the screen and `lbk mailouts` list these.

use crate::domain::people::Person;
use crate::domain::{Moment, Round};
use crate::mailouts::who::{self as who, Reach};

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
    /// Those it asks to act.
    pub to: Vec<Person>,
    /// Those who get it "för kännedom", hidden from each other.
    pub bcc: Vec<Person>,
    /// Whom the register gives no address for: "FoHM saknar kontaktperson —
    /// R för registret".
    pub missing: Vec<String>,
    /// Why it cannot be written yet.
    pub waits: Option<String>,
    /// The day it speaks of, for its text's `{datum}`: the dialogue's day
    /// and time, the NSK-S meeting, the day to answer by.
    pub when: Option<String>,
    /// A dialogue's link or place, for `{plats}`.
    pub place: Option<String>,
}

/// "2 mottagare", "1 mottagare och 10 för kännedom (dold kopia)",
/// "ingen mottagare i registret".
pub fn recipients(d: &Due) -> String {
    match (d.to.len(), d.bcc.len()) {
        (0, 0) => "ingen mottagare i registret".into(),
        (n, 0) => format!("{n} mottagare"),
        (n, c) => format!("{n} mottagare och {c} för kännedom (dold kopia)"),
    }
}

impl Due {
    /// Someone can be sent it.
    pub fn addressed(&self) -> bool {
        !self.to.is_empty() || !self.bcc.is_empty()
    }
}

/// "Namn <e-post>" for a list of recipients.
pub fn addresses(people: &[Person]) -> Vec<String> {
    people
        .iter()
        .map(|p| format!("{} <{}>", p.name.trim(), p.email.trim()))
        .collect()
}

fn one(key: &'static str, moment: Moment, what: &str, to: Reach) -> Due {
    Due {
        key,
        name: key.to_string(),
        moment,
        what: what.to_string(),
        rss: None,
        to: to.people,
        bcc: vec![],
        missing: to.missing,
        waits: None,
        when: None,
        place: None,
    }
}

fn waiting(key: &'static str, moment: Moment, what: &str, why: &str) -> Due {
    Due {
        waits: Some(why.to_string()),
        ..one(key, moment, what, Reach::default())
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
            ..one(key, moment, "", who::rss(r, &x.code))
        })
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
            who::representatives(r),
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
    for (i, s) in r.dialogues.iter().enumerate() {
        // The actors are invited to every dialogue (who came is recorded
        // at the meeting).
        let mut to = who::all(s.rss.iter().map(|c| who::rss(r, c)));
        to = who::all([to, who::every_actor(r)]);
        to.missing
            .extend(crate::documents::doc_gaps::session_gaps(i + 1, s));
        out.push(Due {
            when: Some(crate::meeting::session_details::when(s)),
            place: (!s.place.trim().is_empty()).then(|| s.place.trim().to_string()),
            name: format!("inbjudan-dialog-{}", s.starts.strftime("%Y%m%d-%H%M")),
            what: format!(
                "Inbjudan och dagordning till dialogmöte {} ({})",
                s.starts.strftime("%Y-%m-%d %H:%M"),
                s.rss.join(", ")
            ),
            ..one("inbjudan-dialog", Moment::Dialog, "", to)
        });
    }
    if !r.dialogues.is_empty() {
        out.extend(per_actor(
            r,
            "forberedelse",
            Moment::Dialog,
            "Förberedelseformulär till",
            &r.actors.iter().map(|a| a.code.clone()).collect::<Vec<_>>(),
        ));
    }
    let compiled = !r.final_compilation().is_empty();
    let with_needs = crate::documents::minutes::rss_with_needs(r);
    let verify = "Minnesanteckningar för verifiering till";
    if compiled {
        out.push(one(
            "slutlig-sammanstallning",
            Moment::Verifiering,
            "Slutlig sammanställning till NSK-S",
            who::representatives(r),
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
        out.extend(handovers(r));
        out.extend(per_actor(
            r,
            "aterkopplingsformular",
            Moment::Aterkoppling,
            "Återkopplingsformulär till",
            &crate::meeting::assign::actors_handed(r),
        ));
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
    for d in out.iter_mut().filter(|d| d.waits.is_none()) {
        match crate::mailouts::when::dated(r, d.key) {
            Some(Ok(day)) => d.when = Some(day),
            Some(Err(line)) if !d.missing.contains(&line) => d.missing.push(line),
            _ => {}
        }
    }
    out
}

/// One draft per actor, To its contacts: "forberedelse-SoS".
fn per_actor(
    r: &Round,
    key: &'static str,
    moment: Moment,
    what: &str,
    codes: &[String],
) -> Vec<Due> {
    codes
        .iter()
        .map(|code| Due {
            name: format!("{key}-{code}"),
            what: format!("{what} {code}"),
            ..one(key, moment, "", who::actor(r, code))
        })
        .collect()
}

/// The hand-over as commissions: one draft per actor with the needs handed
/// to it, To its contacts; the whole list To the secretariat with every RSS
/// in Bcc "för kännedom". A need handed to nobody is said.
fn handovers(r: &Round) -> Vec<Due> {
    let key = "prioriterade-behov";
    let mut out: Vec<Due> = crate::meeting::assign::actors_handed(r)
        .into_iter()
        .map(|code| {
            let n = crate::meeting::assign::needs_of(r, &code).len();
            Due {
                name: format!("{key}-{code}"),
                what: format!(
                    "Prioriterade behov till {code} ({})",
                    crate::domain::swedish::count(n, "behov", "behov")
                ),
                ..one(key, Moment::Mottagande, "", who::actor(r, &code))
            }
        })
        .collect();
    let mut list = one(
        key,
        Moment::Mottagande,
        "Prioriterade behov för kännedom till alla RSS",
        who::secretariat(r),
    );
    list.name = format!("{key}-rss");
    let rss = who::every_rss(r);
    list.bcc = rss.people;
    list.missing.extend(rss.missing);
    for row in crate::meeting::moment67::prioritised(r) {
        if crate::meeting::assign::handed_to(r, &row.number)
            .0
            .is_empty()
        {
            list.missing.push(format!(
                "Behov {} har ingen aktör att lämnas över till — lbk handover OMGÅNG assign {} AKTÖR",
                row.number, row.number
            ));
        }
    }
    out.push(list);
    out
}

/// What writing the drafts should say besides the files: the drafts not
/// written because nobody could be addressed, and whom the register lacks.
pub fn unaddressed_note(r: &Round) -> Option<String> {
    let ready: Vec<Due> = due(r).into_iter().filter(|d| d.waits.is_none()).collect();
    let unwritten: Vec<&str> = ready
        .iter()
        .filter(|d| !d.addressed())
        .map(|d| d.name.as_str())
        .collect();
    let mut missing: Vec<&str> = vec![];
    for m in ready.iter().flat_map(|d| &d.missing) {
        if !missing.contains(&m.as_str()) {
            missing.push(m);
        }
    }
    let mut lines = vec![];
    if !unwritten.is_empty() {
        lines.push(format!(
            "Inte skrivna, ingen att skicka till: {}.",
            unwritten.join(", ")
        ));
    }
    if !missing.is_empty() {
        lines.push(format!("Saknas i registret:\n  {}", missing.join("\n  ")));
    }
    (!lines.is_empty()).then(|| lines.join("\n"))
}
