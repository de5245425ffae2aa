//! Moment 4 as changes to the round: the RSSs' verification of the minutes
//! and the sorting into the final compilation: knowledge gaps, needs set
//! aside with a reason, merged needs. A need that moment 5 has started on is
//! not changed under it.

use jiff::Timestamp;
use jiff::civil::Date;

use crate::domain::meetings::Verification;
use crate::domain::need::{Progress, SetAsideReason};
use crate::domain::{Need, NeedStatus, Round};

impl Round {
    fn check_sortable(&self, number: &str) -> Result<&Need, String> {
        let need = self
            .need(number)
            .ok_or(format!("Behov {number} finns inte."))?;
        let p = &self.prioritization;
        if p.pick_closed {
            return Err("Moment 5 har bildat sin gemensamma lista; den slutliga sammanställningen kan inte ändras nu.".into());
        }
        let picked = p
            .pick_ballots
            .iter()
            .filter(|b| b.needs.contains(&need.number))
            .count();
        if picked > 0 {
            return Err(format!(
                "{} är redan valt av {picked} representanter i moment 5 och kan inte ändras. Dra tillbaka de valen först.",
                need.number
            ));
        }
        Ok(need)
    }

    fn set_status(&mut self, number: &str, status: NeedStatus) {
        if let Some(n) = self.needs.iter_mut().find(|n| n.number == number) {
            n.status = status;
        }
    }

    /// Marks a verified need as a knowledge gap: it goes to the final compilation.
    pub fn mark_gap(&mut self, number: &str, at: Timestamp) -> Result<(), String> {
        let need = self.check_sortable(number)?;
        let number = need.number.clone();
        match &need.status {
            NeedStatus::Kunskapslucka => return Ok(()),
            NeedStatus::Verifierat => {}
            NeedStatus::Inskickat | NeedStatus::Diskuterat => {
                return Err(format!(
                    "{number} är inte verifierat av sin RSS ännu; registrera verifieringen först (v)."
                ));
            }
            left => {
                return Err(format!(
                    "{number} har lämnat listan ({}); ångra det först (z).",
                    left.label()
                ));
            }
        }
        self.set_status(&number, NeedStatus::Kunskapslucka);
        self.record(at, format!("{number} markerat som kunskapslucka"));
        Ok(())
    }

    /// Takes a need off the final compilation again (back to verified).
    pub fn unmark_gap(&mut self, number: &str, at: Timestamp) -> Result<(), String> {
        let need = self.check_sortable(number)?;
        let number = need.number.clone();
        if need.status != NeedStatus::Kunskapslucka {
            return Err(format!("{number} är inte markerat som kunskapslucka."));
        }
        self.set_status(&number, NeedStatus::Verifierat);
        self.record(
            at,
            format!("{number} inte längre kunskapslucka (tillbaka till verifierat)"),
        );
        Ok(())
    }

    /// Sets a need aside with a reason; the RSS is told why.
    pub fn set_aside(
        &mut self,
        number: &str,
        reason: SetAsideReason,
        note: &str,
        at: Timestamp,
    ) -> Result<(), String> {
        let need = self.check_sortable(number)?;
        let number = need.number.clone();
        let before = need.status.progress().ok_or(format!(
            "{number} har redan lämnat listan ({}).",
            need.status.label()
        ))?;
        match &reason {
            SetAsideReason::RedanTackt { support } if support.trim().is_empty() => {
                return Err(
                    "Skriv vilket befintligt kunskapsstöd som redan täcker behovet.".into(),
                );
            }
            SetAsideReason::ArbeteParar { by } if by.trim().is_empty() => {
                return Err("Skriv vem som redan arbetar med behovet.".into());
            }
            SetAsideReason::Annat if note.trim().is_empty() => {
                return Err("Skriv skälet när det är \"annat\".".into());
            }
            _ => {}
        }
        let label = reason.label();
        self.set_status(
            &number,
            NeedStatus::Undanlagt {
                reason,
                note: note.trim().into(),
                before,
            },
        );
        self.record(
            at,
            format!(
                "{number} undanlagt: {label}{}",
                if note.trim().is_empty() {
                    String::new()
                } else {
                    format!(" ({})", note.trim())
                }
            ),
        );
        Ok(())
    }

    /// Merges needs into one. The merged needs keep their text and RSS and
    /// show as "sammanslagen med …"; the target counts every RSS.
    pub fn merge_needs(
        &mut self,
        sources: &[String],
        into: &str,
        at: Timestamp,
    ) -> Result<(), String> {
        let target = self.need(into).ok_or(format!("Behov {into} finns inte."))?;
        let into = target.number.clone();
        if target.status.has_left() {
            return Err(format!(
                "{into} har själv lämnat listan ({}); slå ihop med ett behov som finns kvar.",
                target.status.label()
            ));
        }
        if sources.is_empty() {
            return Err("Ange vilka behov som ska slås ihop med {into}.".replace("{into}", &into));
        }
        let mut plan: Vec<(String, Progress)> = vec![];
        for s in sources {
            let need = self.check_sortable(s)?;
            if need.number == into {
                return Err(format!("{into} kan inte slås ihop med sig självt."));
            }
            let before = need.status.progress().ok_or(format!(
                "{} har redan lämnat listan ({}).",
                need.number,
                need.status.label()
            ))?;
            plan.push((need.number.clone(), before));
        }
        for (number, before) in &plan {
            self.set_status(
                number,
                NeedStatus::Sammanslaget {
                    into: into.clone(),
                    before: *before,
                },
            );
        }
        let names: Vec<&str> = plan.iter().map(|(n, _)| n.as_str()).collect();
        let raised = self.raised_by(&into);
        self.record(
            at,
            format!(
                "{} sammanslagna med {into}; lyft av {} RSS ({})",
                names.join(", "),
                raised.len(),
                raised.join(", ")
            ),
        );
        Ok(())
    }

    /// Undoes a merge or a set-aside: the need is back where it stood.
    pub fn undo_leave(&mut self, number: &str, at: Timestamp) -> Result<(), String> {
        let need = self.check_sortable(number)?;
        let number = need.number.clone();
        let (before, what) = match &need.status {
            NeedStatus::Sammanslaget { into, before } => {
                (*before, format!("sammanslagning med {into}"))
            }
            NeedStatus::Undanlagt { before, reason, .. } => {
                (*before, format!("undanläggning ({})", reason.label()))
            }
            _ => {
                return Err(format!(
                    "{number} har inte lämnat listan; det finns inget att ångra."
                ));
            }
        };
        self.set_status(&number, before.status());
        self.record(
            at,
            format!(
                "{number}: {what} ångrad, tillbaka till {}",
                before.status().label()
            ),
        );
        Ok(())
    }

    pub(crate) fn verification_mut(&mut self, code: &str) -> Result<&mut Verification, String> {
        let code = self
            .rss_by_code(code)
            .map(|r| r.code.clone())
            .ok_or(format!("RSS-koden {code} finns inte."))?;
        if !self.verifications.iter().any(|v| v.rss == code) {
            self.verifications.push(Verification {
                rss: code.clone(),
                minutes_sent: None,
                verified: None,
                corrections: String::new(),
                rows: vec![],
            });
        }
        self.verifications
            .iter_mut()
            .find(|v| v.rss == code)
            .ok_or_else(|| "Verifieringen saknas.".to_string())
    }

    pub fn minutes_sent(&mut self, code: &str, date: Date, at: Timestamp) -> Result<(), String> {
        self.verification_mut(code)?.minutes_sent = Some(date);
        self.record(
            at,
            format!("Minnesanteckningar skickade till {code} {date}"),
        );
        Ok(())
    }

    /// The RSS confirmed the minutes: its discussed needs become verified.
    pub fn verify_rss(&mut self, code: &str, date: Date, at: Timestamp) -> Result<usize, String> {
        let v = self.verification_mut(code)?;
        v.verified = Some(date);
        let code = v.rss.clone();
        let mut n = 0;
        for need in self.needs.iter_mut().filter(|x| x.rss == code) {
            if matches!(need.status, NeedStatus::Inskickat | NeedStatus::Diskuterat) {
                need.status = NeedStatus::Verifierat;
                n += 1;
            }
        }
        self.record(
            at,
            format!("{code} verifierade minnesanteckningarna {date}; {n} behov verifierade"),
        );
        Ok(n)
    }

    pub fn add_correction(&mut self, code: &str, text: &str, at: Timestamp) -> Result<(), String> {
        if text.trim().is_empty() {
            return Err("Skriv rättelsen.".into());
        }
        let v = self.verification_mut(code)?;
        if !v.corrections.is_empty() {
            v.corrections.push('\n');
        }
        v.corrections.push_str(text.trim());
        self.record(at, format!("Rättelse från {code}: {}", text.trim()));
        Ok(())
    }
}
