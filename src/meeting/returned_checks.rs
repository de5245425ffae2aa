//! An RSS's returned verification form (moment 4; in model 1.0 its check
//! with the network, moment 3): a "ja" row verifies the need with the
//! file's date; a correction is a proposal, which the secretariat accepts
//! (it joins the corrections, and the need is verified) or rejects, one by
//! one. Nothing recorded about the need is written over. When every need
//! of the RSS agrees or has its correction decided, the RSS has verified.

use jiff::Timestamp;
use jiff::civil::Date;

use crate::domain::followup::Returned;
use crate::domain::meetings::CheckedRow;
use crate::domain::{ModelVariant, NeedStatus, Round};

/// One row of an RSS's returned form.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CheckAnswer {
    pub need: String,
    pub row: usize,
    pub agrees: bool,
    pub correction: String,
}

impl CheckAnswer {
    pub fn same_as(&self, c: &CheckedRow) -> bool {
        c.agrees == self.agrees && c.correction == self.correction
    }
}

/// The day a returned file counts from: when it was written, else read.
pub fn day_of(origin: &Returned, at: Timestamp) -> Date {
    let t = origin.written.unwrap_or(at);
    t.in_tz("Europe/Stockholm")
        .map(|z| z.date())
        .unwrap_or_else(|_| jiff::tz::TimeZone::UTC.to_datetime(t).date())
}

impl Round {
    /// The rows `rss` returned, as the round keeps them.
    pub fn checked_rows(&self, rss: &str) -> &[CheckedRow] {
        let rows = if self.model == ModelVariant::V1 {
            self.network_checks
                .iter()
                .find(|c| c.rss == rss)
                .map(|c| c.rows.as_slice())
        } else {
            self.verifications
                .iter()
                .find(|v| v.rss == rss)
                .map(|v| v.rows.as_slice())
        };
        rows.unwrap_or_default()
    }

    fn checked_mut(&mut self, rss: &str) -> Result<&mut Vec<CheckedRow>, String> {
        Ok(if self.model == ModelVariant::V1 {
            &mut self.network_check_mut(rss)?.rows
        } else {
            &mut self.verification_mut(rss)?.rows
        })
    }

    fn verify_need(&mut self, number: &str) {
        if let Some(n) = self.needs.iter_mut().find(|n| n.number == number)
            && matches!(n.status, NeedStatus::Inskickat | NeedStatus::Diskuterat)
        {
            n.status = NeedStatus::Verifierat;
        }
    }

    /// Records what `rss` returned. Returns how many corrections wait.
    pub fn set_returned_checks(
        &mut self,
        rss: &str,
        answers: &[CheckAnswer],
        origin: &Returned,
        at: Timestamp,
    ) -> Result<usize, String> {
        let code = self
            .rss_by_code(rss)
            .map(|x| x.code.clone())
            .ok_or(format!("RSS-koden {rss} finns inte."))?;
        for a in answers {
            match self.need(&a.need) {
                Some(n) if n.rss == code => {}
                _ => return Err(format!("{} är inte ett behov från {code}.", a.need)),
            }
        }
        let date = day_of(origin, at);
        let returned = Returned {
            read: at,
            ..origin.clone()
        };
        let rows = self.checked_mut(&code)?;
        for a in answers {
            rows.retain(|c| c.need != a.need);
            rows.push(CheckedRow {
                need: a.need.clone(),
                agrees: a.agrees,
                correction: a.correction.clone(),
                date,
                returned: returned.clone(),
                decided: None,
            });
        }
        let file = crate::domain::text_safety::clean_line(&origin.file).into_owned();
        let mut waiting = 0;
        for a in answers {
            if a.agrees {
                self.verify_need(&a.need);
                self.record(
                    at,
                    format!("{}: {code} stämmer (svarsfil {file}, {date})", a.need),
                );
            } else {
                waiting += 1;
                let line = format!(
                    "{}: rättelseförslag från {code}: {} (svarsfil {file})",
                    a.need, a.correction
                );
                self.record(at, line);
            }
        }
        self.close_if_checked(&code, at);
        Ok(waiting)
    }

    /// Accepts or rejects the correction proposed for need `number`.
    pub fn decide_correction(
        &mut self,
        number: &str,
        accept: bool,
        at: Timestamp,
    ) -> Result<(), String> {
        let rss = self
            .need(number)
            .map(|n| n.rss.clone())
            .ok_or(format!("Behov {number} finns inte."))?;
        let rows = self.checked_mut(&rss)?;
        let row = rows
            .iter_mut()
            .find(|c| c.need == number && c.open())
            .ok_or(format!("{number} har inget rättelseförslag som väntar."))?;
        row.decided = Some((accept, at));
        let text = format!("{number}: {}", row.correction);
        if accept {
            if self.model == ModelVariant::V1 {
                self.network_note(&rss, &text, at)?;
            } else {
                self.add_correction(&rss, &text, at)?;
            }
            self.verify_need(number);
        } else {
            self.record(at, format!("Rättelseförslaget från {rss} avvisat: {text}"));
        }
        self.close_if_checked(&rss, at);
        Ok(())
    }

    /// When every need of `rss` agrees or has its correction decided, the
    /// RSS has verified (checked with its network) on the latest file's day.
    fn close_if_checked(&mut self, rss: &str, at: Timestamp) {
        let rows = self.checked_rows(rss);
        let needs: Vec<&str> = self
            .needs
            .iter()
            .filter(|n| n.rss == rss)
            .map(|n| n.number.as_str())
            .collect();
        let all = needs
            .iter()
            .all(|n| rows.iter().any(|c| c.need == *n && !c.open()));
        let Some(day) = rows.iter().map(|c| c.date).max() else {
            return;
        };
        if !all {
            return;
        }
        if self.model == ModelVariant::V1 {
            if let Ok(c) = self.network_check_mut(rss)
                && c.date.is_none()
            {
                c.date = Some(day);
                self.record(at, format!("{rss} har stämt av alla behov ({day})"));
            }
        } else if let Ok(v) = self.verification_mut(rss)
            && v.verified.is_none()
        {
            v.verified = Some(day);
            self.record(
                at,
                format!("{rss} har verifierat minnesanteckningarna ({day})"),
            );
        }
    }
}
