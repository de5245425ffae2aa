//! Model 1.0's moments 3 and 4 where they differ from 2.0: in moment 3
//! (avstämning) each RSS checks its needs with its own network, which
//! confirms them; in moment 4 (sammanställning och sortering) SKR merges and
//! sorts while the national actors mark what is already known or covered.

use jiff::Timestamp;
use jiff::civil::Date;

use crate::domain::meetings::{Assessment, NetworkCheck, Response};
use crate::domain::{NeedStatus, Round};

impl Round {
    pub(crate) fn network_check_mut(&mut self, rss: &str) -> Result<&mut NetworkCheck, String> {
        let code = self
            .rss_by_code(rss)
            .map(|r| r.code.clone())
            .ok_or(format!("RSS-koden \"{}\" finns inte.", rss.trim()))?;
        if !self.network_checks.iter().any(|c| c.rss == code) {
            self.network_checks.push(NetworkCheck {
                rss: code.clone(),
                date: None,
                note: String::new(),
                rows: vec![],
            });
        }
        self.network_checks
            .iter_mut()
            .find(|c| c.rss == code)
            .ok_or_else(|| "Avstämningen saknas.".into())
    }

    /// The RSS has checked its needs with its network on `date`: they are
    /// confirmed (verified) and ready for SKR's sorting. Returns how many.
    pub fn network_checked(
        &mut self,
        rss: &str,
        date: Date,
        at: Timestamp,
    ) -> Result<usize, String> {
        let c = self.network_check_mut(rss)?;
        c.date = Some(date);
        let code = c.rss.clone();
        let mut n = 0;
        for need in self.needs.iter_mut().filter(|x| x.rss == code) {
            if matches!(need.status, NeedStatus::Inskickat | NeedStatus::Diskuterat) {
                need.status = NeedStatus::Verifierat;
                n += 1;
            }
        }
        self.record(
            at,
            format!("{code} har stämt av behoven med sitt nätverk {date}; {n} behov avstämda"),
        );
        Ok(n)
    }

    /// What came up when the RSS checked with its network.
    pub fn network_note(&mut self, rss: &str, text: &str, at: Timestamp) -> Result<(), String> {
        let text = text.trim();
        if text.is_empty() {
            return Err("Skriv anteckningen.".into());
        }
        let c = self.network_check_mut(rss)?;
        if !c.note.is_empty() {
            c.note.push('\n');
        }
        c.note.push_str(text);
        let code = c.rss.clone();
        self.record(at, format!("Avstämning {code}: {text}"));
        Ok(())
    }

    /// A national actor's mark on a need in 1.0's moment 4 (replacing what
    /// the same actor marked before).
    pub fn record_mark(
        &mut self,
        need: &str,
        actor: &str,
        response: Response,
        at: Timestamp,
    ) -> Result<(), String> {
        let number = self
            .need(need)
            .map(|n| n.number.clone())
            .ok_or(format!("Behov {need} finns inte."))?;
        let code = self.actor_code(actor)?;
        let label = response.label();
        match self
            .actor_marks
            .iter_mut()
            .find(|a| a.need == number && a.actor == code)
        {
            Some(a) => a.response = response,
            None => self.actor_marks.push(Assessment {
                need: number.clone(),
                actor: code.clone(),
                response,
                questions: String::new(),
                note: String::new(),
                prepared: None,
            }),
        }
        self.record(at, format!("Markering av {number}: {code} – {label}"));
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::{ModelVariant, Need};

    #[test]
    fn an_rss_network_check_confirms_its_needs_and_marks_are_replaced() {
        let at = Timestamp::from_second(1_790_000_000).unwrap();
        let mut r = Round::new("X", ModelVariant::V1, 2026);
        for no in ["GR-01", "GR-02", "STH-01"] {
            r.needs.push(Need {
                number: no.into(),
                rss: no[..no.len() - 3].into(),
                title: no.into(),
                ..Need::default()
            });
        }
        assert_eq!(
            r.network_checked("gr", jiff::civil::date(2026, 11, 2), at)
                .unwrap(),
            2
        );
        assert_eq!(r.need("STH-01").unwrap().status, NeedStatus::Inskickat);
        r.mark_gap("GR-01", at).unwrap();
        assert!(
            r.network_checked("XX", jiff::civil::date(2026, 11, 2), at)
                .is_err()
        );
        assert!(r.network_note("GR", " ", at).is_err());
        r.network_note("GR", "Nätverket lade till äldre", at)
            .unwrap();
        r.record_mark("gr-02", "sos", Response::Kunskapslucka, at)
            .unwrap();
        r.record_mark(
            "GR-02",
            "SoS",
            Response::ArbeteParar { by: "SoS".into() },
            at,
        )
        .unwrap();
        assert_eq!(r.actor_marks.len(), 1);
        assert!(
            r.record_mark("GR-02", "nobody", Response::Kunskapslucka, at)
                .is_err()
        );
    }
}
