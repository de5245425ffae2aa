//! What the secretariat has sent: lbk writes the mail-outs as drafts and
//! never sends them, so the secretariat marks each one sent when it has
//! (in the app's mail-out list or with `lbk mailouts FILE sent NAME`).

use jiff::Timestamp;
use jiff::civil::Date;

use crate::domain::followup::Sent;
use crate::domain::{Moment, Round};

impl Round {
    /// The record of a mail-out marked sent, by its name.
    pub fn sent_record(&self, name: &str) -> Option<&Sent> {
        self.sent.iter().find(|s| s.name == name)
    }

    /// Marks a mail-out sent on `date` to `to`; marking it again moves the
    /// date (a mail-out sent twice is the later one). A day after `today`
    /// is refused: nothing is sent in the future.
    pub fn mark_sent(
        &mut self,
        name: &str,
        moment: Moment,
        to: Vec<String>,
        (date, today): (Date, Date),
        at: Timestamp,
    ) -> Result<(), String> {
        let name = name.trim();
        if name.is_empty() {
            return Err("Vilket utskick? Ange dess namn, t.ex. aterkoppling-GR.".into());
        }
        if date > today {
            return Err(format!(
                "{date} har inte varit än (i dag är {today}): ange dagen då utskicket skickades."
            ));
        }
        let again = self.sent_record(name).map(|s| s.date);
        self.sent.retain(|s| s.name != name);
        let count = to.len();
        self.sent.push(Sent {
            name: name.to_string(),
            moment,
            to,
            date,
        });
        let said = match again {
            Some(before) => format!("Utskicket {name} skickat {date} (förut {before})"),
            None => format!(
                "Utskicket {name} skickat {date} till {}",
                crate::domain::swedish::count(count, "mottagare", "mottagare")
            ),
        };
        self.record(at, said);
        Ok(())
    }

    /// Takes back a mark made by mistake.
    pub fn unmark_sent(&mut self, name: &str, at: Timestamp) -> Result<(), String> {
        let name = name.trim();
        if self.sent_record(name).is_none() {
            return Err(format!(
                "Utskicket {name:?} är inte markerat som skickat; inget ändrades."
            ));
        }
        self.sent.retain(|s| s.name != name);
        self.record(
            at,
            format!("Utskicket {name} är inte längre markerat som skickat"),
        );
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::ModelVariant;

    #[test]
    fn a_mail_out_is_marked_sent_moved_and_taken_back_with_the_log_saying_so() {
        let mut r = Round::new("Äldreomsorg", ModelVariant::V2, 2027);
        let at = Timestamp::UNIX_EPOCH;
        let d1 = jiff::civil::date(2027, 3, 1);
        let d2 = jiff::civil::date(2027, 3, 4);
        let to = vec!["Anna <anna@gr.se>".to_string()];
        let today = jiff::civil::date(2027, 3, 10);
        r.mark_sent(
            "aterkoppling-GR",
            Moment::Verifiering,
            to.clone(),
            (d1, today),
            at,
        )
        .unwrap();
        assert_eq!(r.sent_record("aterkoppling-GR").unwrap().date, d1);
        let future = jiff::civil::date(2027, 3, 11);
        let refused = r.mark_sent(
            "aterkoppling-GR",
            Moment::Verifiering,
            to.clone(),
            (future, today),
            at,
        );
        assert!(refused.unwrap_err().contains("har inte varit än"));
        assert_eq!(
            r.sent_record("aterkoppling-GR").unwrap().date,
            d1,
            "unchanged"
        );
        r.mark_sent("aterkoppling-GR", Moment::Verifiering, to, (d2, today), at)
            .unwrap();
        assert_eq!(r.sent.len(), 1, "one record per mail-out");
        assert_eq!(r.sent_record("aterkoppling-GR").unwrap().date, d2);
        assert!(r.log.last().unwrap().what.contains("förut 2027-03-01"));
        assert!(r.unmark_sent("behovsmall-GR", at).is_err());
        assert!(
            r.mark_sent(" ", Moment::Verifiering, vec![], (d1, today), at)
                .is_err()
        );
        r.unmark_sent("aterkoppling-GR", at).unwrap();
        assert!(r.sent.is_empty());
    }
}
