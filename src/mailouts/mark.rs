//! Marking a mail-out sent, and taking the mark back: one rule for the
//! command line (`lbk mailouts FILE sent …`) and the app's `U` list. A
//! draft that waits for something cannot be marked; marking it again on
//! the same day changes nothing and says so; another day replaces the
//! mark and names the day before.

use jiff::Timestamp;
use jiff::civil::Date;

use crate::domain::Round;
use crate::mailouts::due::{Due, addresses, recipients};

/// Why `d` cannot be marked sent yet, said with its name; None when it can.
pub fn refusal(d: &Due) -> Option<String> {
    d.waits
        .as_ref()
        .map(|why| format!("Utskicket {} kan inte skickas ännu: {why}.", d.name))
}

/// What marking `d` sent on `day` did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Marked {
    /// False when it was already marked sent that day: nothing to save.
    pub changed: bool,
    pub said: String,
}

/// What marking `d` sent on `day` would say, before it is done; None when
/// it is already marked sent that day.
pub fn would_say(r: &Round, d: &Due, day: Date) -> Option<String> {
    match r.sent_record(&d.name).map(|s| s.date) {
        Some(b) if b == day => None,
        Some(b) => Some(format!("{} markerat skickat {day} (förut {b}).", d.name)),
        None => Some(format!(
            "{} markerat skickat {day} ({}).",
            d.name,
            recipients(d)
        )),
    }
}

/// What is said when `d` is already marked sent on `day`.
pub fn already(d: &Due, day: Date) -> String {
    format!("{} är redan markerat skickat {day}.", d.name)
}

/// Marks `d` sent on `day` (not after `today`), to every address its draft
/// has, To and Bcc.
pub fn mark_sent(
    r: &mut Round,
    d: &Due,
    (day, today): (Date, Date),
    at: Timestamp,
) -> Result<Marked, String> {
    if let Some(why) = refusal(d) {
        return Err(why);
    }
    let Some(said) = would_say(r, d, day) else {
        return Ok(Marked {
            changed: false,
            said: already(d, day),
        });
    };
    r.mark_sent(&d.name, d.moment, addressed(d), (day, today), at)?;
    Ok(Marked {
        changed: true,
        said,
    })
}

/// Every address the draft goes to: To, then Bcc.
pub fn addressed(d: &Due) -> Vec<String> {
    let mut to = addresses(&d.to);
    to.extend(addresses(&d.bcc));
    to
}

/// What is said when the mark is taken back.
pub fn unmarked(d: &Due) -> String {
    format!("{} är inte längre markerat skickat.", d.name)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::{ModelVariant, Moment};

    fn draft(waits: Option<&str>) -> Due {
        Due {
            key: "aterkoppling",
            name: "aterkoppling-GR".into(),
            moment: Moment::Verifiering,
            what: "Minnesanteckningar till GR".into(),
            rss: Some("GR".into()),
            to: vec![],
            bcc: vec![],
            missing: vec![],
            waits: waits.map(String::from),
            when: None,
            place: None,
        }
    }

    fn day(s: &str) -> Date {
        s.parse().unwrap()
    }

    #[test]
    fn marking_twice_the_same_day_changes_nothing_and_another_day_names_the_first() {
        let mut r = Round::new("X", ModelVariant::V2, 2026);
        let d = draft(None);
        let today = day("2026-03-10");
        let first = mark_sent(
            &mut r,
            &d,
            (day("2026-03-09"), today),
            Timestamp::UNIX_EPOCH,
        )
        .unwrap();
        assert!(
            first.changed && first.said.contains("markerat skickat 2026-03-09"),
            "{first:?}"
        );
        let after_first = r.clone();
        let again = mark_sent(
            &mut r,
            &d,
            (day("2026-03-09"), today),
            Timestamp::UNIX_EPOCH,
        )
        .unwrap();
        assert_eq!(
            again,
            Marked {
                changed: false,
                said: already(&d, day("2026-03-09"))
            }
        );
        assert_eq!(r, after_first, "the round is untouched");
        let moved = mark_sent(
            &mut r,
            &d,
            (day("2026-03-10"), today),
            Timestamp::UNIX_EPOCH,
        )
        .unwrap();
        assert!(
            moved.changed && moved.said.contains("(förut 2026-03-09)"),
            "{moved:?}"
        );
        assert_eq!(r.sent_record(&d.name).unwrap().date, day("2026-03-10"));
    }

    #[test]
    fn a_draft_that_waits_is_refused_with_why_and_the_round_untouched() {
        let mut r = Round::new("X", ModelVariant::V2, 2026);
        let before = r.clone();
        let d = draft(Some("inga minnesanteckningar ännu"));
        let e = mark_sent(
            &mut r,
            &d,
            (day("2026-03-09"), day("2026-03-10")),
            Timestamp::UNIX_EPOCH,
        )
        .unwrap_err();
        assert_eq!(
            e,
            "Utskicket aterkoppling-GR kan inte skickas ännu: inga minnesanteckningar ännu."
        );
        assert_eq!(r, before);
    }
}
