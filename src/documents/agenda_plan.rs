//! A dialogue meeting's time plan for its agenda (pure): ten minutes to
//! open, the RSSs in the session's order with time in proportion to their
//! needs, ten minutes to sum up and say what comes next. Without a length
//! there is no plan (the mail-out lists the length as missing).

use crate::domain::Round;
use crate::domain::meetings::DialogueSession;

/// Minutes to open and to close the meeting.
const OPENING: i64 = 10;
const CLOSING: i64 = 10;

/// "Göteborgsregionen (GR)", or the code alone when the register has no
/// other name: the one form the agenda and the minutes use for an RSS.
pub fn rss_form(r: &Round, code: &str) -> String {
    match r.rss_by_code(code).map(|x| x.name.trim()) {
        Some(name) if !name.is_empty() && name != code => format!("{name} ({code})"),
        _ => code.to_string(),
    }
}

/// "09:00–09:10 Inledning" and so on (as the meeting's time is written); empty without a length, or when the
/// meeting is too short to give each RSS five minutes.
/// The answers prepared for `need` in the actors' returned forms, a line
/// each: "SBU: kunskapslucka (förberett)"; empty when none were.
pub fn prepared_answers(s: &DialogueSession, need: &str) -> String {
    s.assessments
        .iter()
        .filter(|a| a.need == need && a.prepared.is_some())
        .map(|a| {
            let p = a
                .prepared
                .as_ref()
                .map(|p| &p.response)
                .unwrap_or(&a.response);
            format!("{}: {} (förberett)", a.actor, p.label())
        })
        .collect::<Vec<_>>()
        .join("\n")
}

/// Which actors prepared answers for the session: "SBU (4), SoS (2)".
pub fn prepared_by(s: &DialogueSession) -> Vec<String> {
    let mut by: Vec<(String, usize)> = vec![];
    for a in s.assessments.iter().filter(|a| a.prepared.is_some()) {
        match by.iter_mut().find(|(c, _)| *c == a.actor) {
            Some((_, n)) => *n += 1,
            None => by.push((a.actor.clone(), 1)),
        }
    }
    by.into_iter().map(|(c, n)| format!("{c} ({n})")).collect()
}

pub fn time_plan(r: &Round, s: &DialogueSession, needs_per_rss: &[(String, usize)]) -> Vec<String> {
    let Some(length) = s.length_minutes.map(i64::from) else {
        return vec![];
    };
    let rss: Vec<&(String, usize)> = needs_per_rss.iter().filter(|(_, n)| *n > 0).collect();
    let middle = length - OPENING - CLOSING;
    if rss.is_empty() || middle < 5 * rss.len() as i64 {
        return vec![];
    }
    let total: i64 = rss.iter().map(|(_, n)| *n as i64).sum::<i64>().max(1);
    let at = |m: i64| {
        s.starts
            .checked_add(jiff::Span::new().minutes(m))
            .map(|t| t.strftime("%H:%M").to_string())
            .unwrap_or_default()
    };
    let mut out = vec![format!("{}–{} Inledning", at(0), at(OPENING))];
    let mut from = OPENING;
    let mut given = 0;
    for (i, (code, n)) in rss.iter().enumerate() {
        given += *n as i64;
        // The last RSS ends where the closing begins: no minute lost to
        // rounding.
        let to = if i + 1 == rss.len() {
            length - CLOSING
        } else {
            OPENING + middle * given / total
        };
        let behov = crate::domain::swedish::count(*n, "behov", "behov");
        out.push(format!(
            "{}–{} {}: {behov}",
            at(from),
            at(to),
            rss_form(r, code)
        ));
        from = to;
    }
    out.push(format!(
        "{}–{} Sammanfattning och nästa steg",
        at(length - CLOSING),
        at(length)
    ));
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn round_and_session(length: Option<u16>) -> (Round, DialogueSession) {
        let r = crate::store::parse_round(
            crate::store::samples::SAMPLES[1].text.as_bytes(),
            std::path::Path::new("r.ron"),
        )
        .unwrap();
        let mut s = r.dialogues[0].clone();
        s.starts = "2025-02-04T09:00:00".parse().unwrap();
        s.length_minutes = length;
        (r, s)
    }

    #[test]
    fn the_plan_fills_the_meeting_from_start_to_end_in_proportion_to_the_needs() {
        let (r, s) = round_and_session(Some(180));
        let per = vec![("GR".to_string(), 4), ("FYR".to_string(), 2)];
        let plan = time_plan(&r, &s, &per);
        assert_eq!(plan[0], "09:00–09:10 Inledning");
        assert!(plan[1].starts_with("09:10–10:56 "), "{plan:?}");
        assert!(plan[1].ends_with(": 4 behov"), "{plan:?}");
        assert!(plan[2].starts_with("10:56–11:50 "), "{plan:?}");
        assert_eq!(plan[3], "11:50–12:00 Sammanfattning och nästa steg");
    }

    #[test]
    fn no_length_or_too_short_a_meeting_has_no_plan() {
        let per = vec![("GR".to_string(), 4), ("FYR".to_string(), 2)];
        let (r, s) = round_and_session(None);
        assert!(time_plan(&r, &s, &per).is_empty());
        let (r, s) = round_and_session(Some(25));
        assert!(time_plan(&r, &s, &per).is_empty());
    }
}
