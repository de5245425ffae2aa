//! The moments' progress: started, done and planned dates, changed by hand
//! (the timeline, `lbk moment`) and logged; and which moments the round's
//! own record shows to be complete, so the app can offer to mark them done
//! (never silently).

use jiff::Timestamp;
use jiff::civil::Date;

use crate::domain::followup::Outcome;
use crate::domain::{ModelVariant, Moment, MomentStatus, NeedStatus, Round};

impl Round {
    fn record_mut(&mut self, m: Moment) -> Result<&mut crate::domain::MomentRecord, String> {
        self.timeline
            .iter_mut()
            .find(|r| r.moment == m)
            .ok_or(format!("Moment {} saknas i tidslinjen.", m.number()))
    }

    /// Marks a moment started on `date` (a done moment is opened again).
    pub fn start_moment(&mut self, m: Moment, date: Date, at: Timestamp) -> Result<(), String> {
        let rec = self.record_mut(m)?;
        let again = rec.status == MomentStatus::Klar;
        rec.status = MomentStatus::Pagaende;
        rec.started = Some(date);
        rec.done = None;
        let what = if again { "öppnat igen" } else { "påbörjat" };
        self.record(at, format!("Moment {} {what} {date}", m.number()));
        Ok(())
    }

    /// Marks a moment done on `date`.
    pub fn finish_moment(&mut self, m: Moment, date: Date, at: Timestamp) -> Result<(), String> {
        let rec = self.record_mut(m)?;
        if let Some(s) = rec.started
            && date < s
        {
            return Err(format!(
                "Moment {} påbörjades {s}; det kan inte bli klart före dess ({date}).",
                m.number()
            ));
        }
        rec.status = MomentStatus::Klar;
        rec.started = rec.started.or(Some(date));
        rec.done = Some(date);
        self.record(at, format!("Moment {} klart {date}", m.number()));
        Ok(())
    }

    /// Changes a moment's planned date.
    pub fn plan_moment(&mut self, m: Moment, date: Date, at: Timestamp) -> Result<(), String> {
        let rec = self.record_mut(m)?;
        let before = rec.planned;
        rec.planned = Some(date);
        let was = before.map(|d| format!(" (var {d})")).unwrap_or_default();
        self.record(
            at,
            format!("Moment {} planerat till {date}{was}", m.number()),
        );
        Ok(())
    }

    /// Sets a moment back to not started (a mistaken mark).
    pub fn reset_moment(&mut self, m: Moment, at: Timestamp) -> Result<(), String> {
        let rec = self.record_mut(m)?;
        rec.status = MomentStatus::EjPaborjad;
        rec.started = None;
        rec.done = None;
        self.record(at, format!("Moment {} ej påbörjat", m.number()));
        Ok(())
    }
}

/// Why the round's record shows a moment's work complete, if it does.
pub fn complete_because(r: &Round, m: Moment) -> Option<String> {
    let participating: Vec<&str> = r
        .rss
        .iter()
        .filter(|x| x.participates)
        .map(|x| x.code.as_str())
        .collect();
    let sorted = || {
        !r.needs.is_empty()
            && r.needs.iter().all(|n| {
                !matches!(
                    n.status,
                    NeedStatus::Inskickat | NeedStatus::Diskuterat | NeedStatus::Verifierat
                )
            })
    };
    let prioritised = || super::moment67::prioritised(r);
    match m {
        Moment::ValAvOmrade => r
            .area_choice
            .decision
            .as_ref()
            .map(|d| format!("området är beslutat ({})", d.area)),
        Moment::Identifiering => (!participating.is_empty()
            && participating
                .iter()
                .all(|c| r.needs.iter().any(|n| n.rss == *c)))
        .then(|| "behov finns från varje deltagande RSS".into()),
        Moment::Dialog => match r.model {
            ModelVariant::V2 => (!r.dialogues.is_empty()
                && (0..r.dialogues.len()).all(|i| {
                    let s = &r.dialogues[i];
                    r.agenda(i).iter().all(|n| {
                        s.assessments.iter().any(|a| a.need == n.number)
                            || s.remarks.iter().any(|x| x.need == n.number)
                    })
                }))
            .then(|| "varje behov har svar från dialogmötena".into()),
            ModelVariant::V1 => (!participating.is_empty()
                && participating.iter().all(|c| {
                    r.network_checks
                        .iter()
                        .any(|x| x.rss == *c && x.date.is_some())
                }))
            .then(|| "varje deltagande RSS har stämt av med sitt nätverk".into()),
        },
        Moment::Verifiering => sorted().then(|| "varje behov är sorterat".into()),
        Moment::Prioritering => (r.prioritization.pick_closed && r.prioritization.rank_closed)
            .then(|| "båda stegen är stängda".into()),
        Moment::Mottagande => (!prioritised().is_empty()
            && prioritised().iter().all(|p| {
                r.handovers
                    .iter()
                    .any(|h| h.need == p.number && !h.receipts.is_empty())
            }))
        .then(|| "varje prioriterat behov är mottaget av en aktör".into()),
        Moment::Aterkoppling => (!prioritised().is_empty()
            && prioritised().iter().all(|p| {
                r.feedback
                    .iter()
                    .any(|f| f.need == p.number && f.outcome != Outcome::Obesvarat)
            }))
        .then(|| "varje prioriterat behov har återkoppling".into()),
    }
}

/// Moments not marked done whose work the record shows complete, with why.
pub fn ready_to_finish(r: &Round) -> Vec<(Moment, String)> {
    r.timeline
        .iter()
        .filter(|x| x.status != MomentStatus::Klar)
        .filter_map(|x| complete_because(r, x.moment).map(|why| (x.moment, why)))
        .collect()
}

/// A date as typed: `2027-02-04` (or `2027-2-4`), or empty / "i dag" for
/// today. A day the calendar does not have (2026-02-30) is named as such.
pub fn parse_date(typed: &str, today: Date) -> Result<Date, String> {
    let t = typed.trim();
    if t.is_empty() || t.eq_ignore_ascii_case("i dag") || t.eq_ignore_ascii_case("idag") {
        return Ok(today);
    }
    let parts: Vec<&str> = t.split('-').collect();
    if let [y, m, d] = parts[..]
        && y.len() == 4
        && [y, m, d]
            .iter()
            .all(|p| !p.is_empty() && p.len() <= 4 && p.chars().all(|c| c.is_ascii_digit()))
    {
        let (y, m, d) = (
            y.parse().unwrap_or(0),
            m.parse().unwrap_or(0),
            d.parse().unwrap_or(0),
        );
        return Date::new(y, m, d).map_err(|_| {
            format!("Dagen {t} finns inte i kalendern: kontrollera månad och dag (ÅÅÅÅ-MM-DD).")
        });
    }
    Err(format!(
        "\"{t}\" är inget datum: skriv ÅÅÅÅ-MM-DD, t.ex. {today}, eller lämna tomt för i dag."
    ))
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::civil::date;

    fn at() -> Timestamp {
        Timestamp::from_second(1_790_000_000).unwrap()
    }

    #[test]
    fn a_moment_is_started_done_planned_and_reset_each_logged() {
        let mut r = Round::new("X", ModelVariant::V2, 2027);
        let m = Moment::Identifiering;
        r.start_moment(m, date(2027, 8, 1), at()).unwrap();
        assert_eq!(r.current_moment(), Moment::ValAvOmrade);
        let e = r.finish_moment(m, date(2027, 7, 1), at()).unwrap_err();
        assert!(e.contains("påbörjades 2027-08-01"), "{e}");
        r.finish_moment(m, date(2027, 11, 30), at()).unwrap();
        let rec = r.moment_record(m).unwrap();
        assert_eq!(
            (rec.status, rec.done),
            (MomentStatus::Klar, Some(date(2027, 11, 30)))
        );
        r.plan_moment(Moment::Dialog, date(2028, 2, 1), at())
            .unwrap();
        assert!(
            r.log
                .last()
                .unwrap()
                .what
                .contains("planerat till 2028-02-01 (var 2028-01-20)")
        );
        r.reset_moment(m, at()).unwrap();
        assert_eq!(r.moment_record(m).unwrap().done, None);
        assert_eq!(r.log.len(), 4, "every change is logged; the refusal is not");
        assert!(
            parse_date("2027-13-01", date(2027, 1, 1))
                .unwrap_err()
                .contains("ÅÅÅÅ-MM-DD")
        );
        assert_eq!(parse_date(" ", date(2027, 1, 1)).unwrap(), date(2027, 1, 1));
    }

    #[test]
    fn a_moment_is_offered_as_done_only_when_its_own_record_shows_it() {
        let mut r = Round::new("X", ModelVariant::V2, 2027);
        assert!(ready_to_finish(&r).is_empty());
        r.add_candidate("Äldreomsorg", "", at()).unwrap();
        r.decide_area(Some("Äldreomsorg"), date(2027, 5, 16), "", at())
            .unwrap();
        let ready = ready_to_finish(&r);
        assert_eq!(ready.len(), 1);
        assert_eq!(ready[0].0, Moment::ValAvOmrade);
        r.finish_moment(Moment::ValAvOmrade, date(2027, 5, 16), at())
            .unwrap();
        assert!(
            ready_to_finish(&r).is_empty(),
            "a done moment is not offered again"
        );
        r.prioritization.pick_closed = true;
        assert!(
            complete_because(&r, Moment::Prioritering).is_none(),
            "both stages"
        );
        r.prioritization.rank_closed = true;
        assert!(complete_because(&r, Moment::Prioritering).is_some());
    }

    #[test]
    fn a_date_may_leave_out_its_zeros_and_a_day_not_in_the_calendar_is_named() {
        let today = jiff::civil::date(2026, 11, 24);
        assert_eq!(
            parse_date("2026-2-5", today).unwrap(),
            jiff::civil::date(2026, 2, 5)
        );
        assert_eq!(parse_date(" i dag ", today).unwrap(), today);
        assert!(
            parse_date("2026-02-30", today)
                .unwrap_err()
                .contains("finns inte i kalendern")
        );
        assert!(
            parse_date("igår", today)
                .unwrap_err()
                .contains("är inget datum")
        );
        assert!(parse_date("20261-02-03", today).is_err());
    }
}
