//! The steps of a need's trace before and after moment 5: submitted,
//! discussed (or checked with the network, in 1.0), verified and sorted;
//! received and answered by the national actors.

use crate::domain::followup::Outcome;
use crate::domain::meetings::Assessment;
use crate::domain::{ModelVariant, Moment, Need, NeedStatus, Round};

use super::trace_model::{Fate, Step, Trace, outcome_of};
use super::trace_origin::{checked_steps, from_file};

fn step(moment: Moment, what: String, date: Option<jiff::civil::Date>) -> Step {
    Step {
        moment,
        what,
        date,
        from: vec![],
    }
}

/// "SoS: kunskapslucka; SBU: redan täckt: X".
/// A prepared answer says so.
fn responses(list: &[&Assessment]) -> Vec<String> {
    list.iter()
        .map(|a| {
            let mut said = format!("{}: {}", a.actor, a.response.label());
            if a.prepared.is_some() {
                said.push_str(&format!(" ({})", a.prepared_label()));
            }
            said
        })
        .collect()
}

/// Moments 2 to 4.
pub(super) fn early_steps(r: &Round, n: &Need) -> Vec<Step> {
    let mut out = vec![];
    let mut what = format!("Inskickat av {}", n.rss);
    if let Some(d) = n.dots {
        what.push_str(&format!(
            " med {}",
            crate::domain::swedish::count(d as usize, "prick", "prickar")
        ));
    }
    let merged: Vec<String> = r
        .merged_into(&n.number)
        .iter()
        .map(|m| format!("{} ({})", m.number, m.rss))
        .collect();
    if !merged.is_empty() {
        what.push_str(&format!("; hit sammanslagna: {}", merged.join(", ")));
    }
    out.push(step(Moment::Identifiering, what, None));
    dialogue_steps(r, n, &mut out);
    verification_steps(r, n, &mut out);
    out.extend(checked_steps(r, n));
    if let Some(s) = sorting_step(r, n) {
        out.push(s);
    }
    out
}

/// Moment 3: each dialogue that spoke of the need (2.0), or the RSS's check
/// with its network (1.0).
fn dialogue_steps(r: &Round, n: &Need, out: &mut Vec<Step>) {
    for s in &r.dialogues {
        let said: Vec<&Assessment> = s
            .assessments
            .iter()
            .filter(|a| a.need == n.number)
            .collect();
        let mut parts = responses(&said);
        for a in &said {
            parts.extend(
                a.questions
                    .lines()
                    .map(|q| format!("fråga från {}: {q}", a.actor)),
            );
            parts.extend(
                a.note
                    .lines()
                    .map(|q| format!("anteckning från {}: {q}", a.actor)),
            );
        }
        for m in s.remarks.iter().filter(|m| m.need == n.number) {
            parts.push(format!("{}: {}", lower_first(&r.remark_label(m)), m.text));
        }
        if !parts.is_empty() {
            let mut st = step(
                Moment::Dialog,
                format!("Dialogmöte: {}", parts.join("; ")),
                Some(s.starts.date()),
            );
            st.from = said
                .iter()
                .filter_map(|a| a.prepared.as_ref())
                .map(|p| from_file(&p.returned))
                .collect();
            out.push(st);
        }
    }
    if let Some(c) = r
        .network_checks
        .iter()
        .find(|c| c.rss == n.rss && c.date.is_some())
    {
        let mut what = format!("Avstämt med {}s nätverk", n.rss);
        if !c.note.trim().is_empty() {
            what.push_str(&format!(": {}", c.note.trim()));
        }
        out.push(step(Moment::Dialog, what, c.date));
    }
}

/// Moment 4: the RSS's verification of the minutes (2.0) or the actors'
/// marks (1.0).
fn verification_steps(r: &Round, n: &Need, out: &mut Vec<Step>) {
    if let Some(v) = r.verifications.iter().find(|v| v.rss == n.rss) {
        if v.verified.is_some() {
            out.push(step(
                Moment::Verifiering,
                format!("Minnesanteckningarna verifierade av {}", n.rss),
                v.verified,
            ));
        }
        if !v.corrections.trim().is_empty() {
            out.push(step(
                Moment::Verifiering,
                format!("Rättelse från {}: {}", n.rss, v.corrections.trim()),
                None,
            ));
        }
    }
    let marks: Vec<&Assessment> = r
        .actor_marks
        .iter()
        .filter(|a| a.need == n.number)
        .collect();
    if !marks.is_empty() {
        out.push(step(
            Moment::Verifiering,
            format!("Aktörernas markeringar: {}", responses(&marks).join("; ")),
            None,
        ));
    }
}

/// Moment 4's outcome: a gap, set aside, or merged.
fn sorting_step(r: &Round, n: &Need) -> Option<Step> {
    let what = match &n.status {
        NeedStatus::Kunskapslucka => match r.model {
            ModelVariant::V2 => "Kunskapslucka i den slutliga sammanställningen".to_string(),
            ModelVariant::V1 => "Sorterat som kunskapslucka".to_string(),
        },
        NeedStatus::Undanlagt { reason, note, .. } => {
            let mut s = format!("Undanlagt. Skäl: {}", reason.label());
            if !note.trim().is_empty() {
                s.push_str(&format!(" – {}", note.trim()));
            }
            s
        }
        NeedStatus::Sammanslaget { into, .. } => {
            let title = r.need(into).map(|x| x.title.as_str()).unwrap_or("");
            format!("Sammanslaget med {into} ({title})")
        }
        _ => return None,
    };
    Some(step(Moment::Verifiering, what, None))
}

/// Moments 6 and 7, for a ranked need.
pub(super) fn followup(r: &Round, t: &mut Trace) {
    if t.fate != Fate::Ranked {
        return;
    }
    if let Some(h) = r.handovers.iter().find(|h| h.need == t.number) {
        for rc in &h.receipts {
            let mut what = format!("Mottaget av {}: {}", rc.actor, rc.state.label());
            if !rc.decision.trim().is_empty() {
                what.push_str(&format!(" ({})", rc.decision.trim()));
            }
            for part in [
                rc.responsible.as_str(),
                rc.way.map_or("", |w| w.label()),
                rc.planned.as_str(),
            ] {
                if !part.is_empty() {
                    what.push_str(&format!(", {part}"));
                }
            }
            // Where the answer came from, when it came back in a form.
            let mut st = step(Moment::Mottagande, what, rc.date);
            st.from = rc.returned.iter().map(from_file).collect();
            t.history.push(st);
            t.fate = Fate::Received;
        }
    }
    match outcome_of(r, &t.number) {
        Some(Outcome::Tas { .. }) => t.fate = Fate::TakenOn,
        Some(Outcome::TasInte { why }) => {
            t.fate = Fate::NotTakenOn;
            t.reason = Some(why.clone());
        }
        _ => {}
    }
    if let Some(o) = outcome_of(r, &t.number)
        && *o != Outcome::Obesvarat
    {
        let mut st = step(Moment::Aterkoppling, upper_first(&o.text()), None);
        // Each actor's returned form it came in.
        st.from = r
            .feedback
            .iter()
            .filter(|f| f.need == t.number)
            .flat_map(|f| &f.returned)
            .map(from_file)
            .collect();
        t.history.push(st);
    }
    if let Some(f) = r.feedback.iter().find(|f| f.need == t.number) {
        for p in &f.produced {
            let mut what = format!("Framtaget: {}", p.title);
            if !p.link.trim().is_empty() {
                what.push_str(&format!(" ({})", p.link.trim()));
            }
            t.history
                .push(step(Moment::Aterkoppling, what, p.published));
            t.fate = Fate::Produced;
        }
    }
}

fn upper_first(s: &str) -> String {
    let mut c = s.chars();
    match c.next() {
        Some(f) => f.to_uppercase().chain(c).collect(),
        None => String::new(),
    }
}

/// "Fråga från SoS" → "fråga från SoS"; an RSS's code stays as it is.
fn lower_first(s: &str) -> String {
    if s.starts_with("Fråga") || s.starts_with("Anteckning") {
        let mut c = s.chars();
        c.next()
            .map(|f| f.to_lowercase().chain(c).collect())
            .unwrap_or_default()
    } else {
        s.to_string()
    }
}
