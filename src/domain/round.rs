//! The round (omgång): everything of one area over its seven moments, as one
//! value that is saved whole to the round file.

use jiff::Timestamp;
use jiff::civil::Date;
use serde::{Deserialize, Serialize};

use super::error::DomainError;
use super::followup::{CoordinationMeeting, Feedback, Handover};
use super::log::LogEntry;
use super::meetings::{AreaChoice, Assessment, DialogueSession, NetworkCheck, Verification};
use super::moment::{ModelVariant, Moment, MomentStatus};
use super::need::{Need, NeedStatus};
use super::people::{Actor, Representative, Rss, default_actor_list, default_rss_list};
use super::priority::Prioritization;

/// The schema version this build writes, and the newest it reads.
pub const SCHEMA_VERSION: u32 = 1;

/// Planned and done dates and the status of one moment.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct MomentRecord {
    pub moment: Moment,
    #[serde(default)]
    pub status: MomentStatus,
    #[serde(default)]
    pub planned: Option<Date>,
    #[serde(default)]
    pub started: Option<Date>,
    #[serde(default)]
    pub done: Option<Date>,
}

/// One round of the model.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Round {
    pub schema_version: u32,
    /// Counts saves; a save refuses to go over a file whose revision moved.
    pub revision: u64,
    /// The verksamhetsområde, e.g. "Skadligt bruk och beroende".
    pub area: String,
    #[serde(default)]
    pub model: ModelVariant,
    /// Exactly seven, in moment order.
    pub timeline: Vec<MomentRecord>,
    #[serde(default)]
    pub rss: Vec<Rss>,
    #[serde(default)]
    pub representatives: Vec<Representative>,
    #[serde(default)]
    pub actors: Vec<Actor>,
    #[serde(default)]
    pub area_choice: AreaChoice,
    #[serde(default)]
    pub needs: Vec<Need>,
    #[serde(default)]
    pub dialogues: Vec<DialogueSession>,
    #[serde(default)]
    pub verifications: Vec<Verification>,
    /// Model 1.0, moment 3: each RSS's check with its network.
    #[serde(default)]
    pub network_checks: Vec<NetworkCheck>,
    /// Model 1.0, moment 4: what the national actors marked as known,
    /// covered or a gap, need by need.
    #[serde(default)]
    pub actor_marks: Vec<Assessment>,
    #[serde(default)]
    pub prioritization: Prioritization,
    #[serde(default)]
    pub handovers: Vec<Handover>,
    #[serde(default)]
    pub coordination: Vec<CoordinationMeeting>,
    #[serde(default)]
    pub feedback: Vec<Feedback>,
    #[serde(default)]
    pub log: Vec<LogEntry>,
    /// The earlier round this one took its people from (`lbk new --from`),
    /// as a path; the kick-off list reads it too.
    #[serde(default)]
    pub carried_from: Option<String>,
    /// The mail-outs marked as sent.
    #[serde(default)]
    pub sent: Vec<super::followup::Sent>,
    /// The secretariat: signs the mail-outs and documents, takes answers.
    #[serde(default, skip_serializing_if = "super::people::Secretariat::is_unset")]
    pub secretariat: super::people::Secretariat,
}

impl Round {
    /// A new round for an area, with the default reference lists and a
    /// timeline planned from the model's rhythm starting in May of `year1`.
    pub fn new(area: &str, model: ModelVariant, year1: i16) -> Round {
        let planned = [
            (year1, 5, 15),
            (year1, 8, 20),
            (year1 + 1, 1, 20),
            (year1 + 1, 5, 15),
            (year1 + 1, 9, 15),
            (year1 + 1, 10, 15),
            (year1 + 2, 3, 15),
        ];
        let timeline = Moment::ALL
            .iter()
            .zip(planned)
            .map(|(m, (y, mo, d))| MomentRecord {
                moment: *m,
                status: MomentStatus::EjPaborjad,
                planned: Date::new(y, mo, d).ok(),
                started: None,
                done: None,
            })
            .collect();
        Round {
            schema_version: SCHEMA_VERSION,
            revision: 0,
            area: area.trim().to_string(),
            model,
            timeline,
            rss: default_rss_list(),
            representatives: vec![],
            actors: default_actor_list(),
            area_choice: AreaChoice::default(),
            needs: vec![],
            dialogues: vec![],
            verifications: vec![],
            network_checks: vec![],
            actor_marks: vec![],
            prioritization: Prioritization::default(),
            handovers: vec![],
            coordination: vec![],
            feedback: vec![],
            log: vec![],
            carried_from: None,
            secretariat: Default::default(),
            sent: vec![],
        }
    }

    /// The moment the round is in: the first not done (the last if all are).
    pub fn current_moment(&self) -> Moment {
        self.timeline
            .iter()
            .find(|r| r.status != MomentStatus::Klar)
            .map(|r| r.moment)
            .unwrap_or(Moment::Aterkoppling)
    }

    pub fn moment_record(&self, m: Moment) -> Option<&MomentRecord> {
        self.timeline.iter().find(|r| r.moment == m)
    }

    /// The round as a returned form names it, to tell rounds apart: its
    /// area and the year its first moment is dated (planned, started or
    /// done): "Skadligt bruk och beroende 2024".
    pub fn key(&self) -> String {
        let year = self
            .timeline
            .first()
            .and_then(|m| m.done.or(m.started).or(m.planned))
            .map(|d| format!(" {}", d.year()))
            .unwrap_or_default();
        format!("{}{year}", self.area.trim())
    }

    pub fn need(&self, number: &str) -> Option<&Need> {
        self.needs
            .iter()
            .find(|n| crate::domain::collate::same_code(&n.number, number))
    }

    pub fn rss_by_code(&self, code: &str) -> Option<&Rss> {
        // Any case, å/ä/ö included: "skå" finds SKÅ.
        let code = code.trim().to_lowercase();
        self.rss.iter().find(|r| r.code.to_lowercase() == code)
    }

    /// The final compilation: the knowledge gaps that go to moment 5, by number.
    pub fn final_compilation(&self) -> Vec<&Need> {
        let mut gaps: Vec<&Need> = self
            .needs
            .iter()
            .filter(|n| n.status == NeedStatus::Kunskapslucka)
            .collect();
        gaps.sort_by(|a, b| super::need::number_order(&a.number, &b.number));
        gaps
    }

    /// The needs merged into `number`, directly or through a chain of merges.
    pub fn merged_into(&self, number: &str) -> Vec<&Need> {
        let mut out: Vec<&Need> = vec![];
        let mut frontier = vec![number.to_string()];
        while let Some(target) = frontier.pop() {
            for n in &self.needs {
                if matches!(&n.status, NeedStatus::Sammanslaget { into, .. } if *into == target)
                    && !out.iter().any(|o| o.number == n.number)
                {
                    frontier.push(n.number.clone());
                    out.push(n);
                }
            }
        }
        out
    }

    /// Every RSS that raised the need, its own first, then those merged in.
    pub fn raised_by(&self, number: &str) -> Vec<String> {
        let mut codes: Vec<String> = self
            .need(number)
            .map(|n| vec![n.rss.clone()])
            .unwrap_or_default();
        for m in self.merged_into(number) {
            if !codes.contains(&m.rss) {
                codes.push(m.rss.clone());
            }
        }
        codes
    }

    /// Appends to the change log.
    pub fn record(&mut self, at: Timestamp, what: impl Into<String>) {
        self.log.push(LogEntry {
            at,
            what: what.into(),
        });
    }

    /// Adds a new need after checking it.
    pub fn add_need(&mut self, need: Need, at: Timestamp) -> Result<(), DomainError> {
        self.check_need(&need, None)?;
        self.record(at, format!("Behov {} tillagt: {}", need.number, need.title));
        self.needs.push(need);
        Ok(())
    }

    /// Removes a need that was added by mistake, before anything has come of
    /// it: still only submitted, not discussed at a dialogue, nothing merged
    /// into it. After that a need can only be set aside with a reason, so
    /// nothing leaves without a word to its RSS. The log keeps what was
    /// removed.
    pub fn remove_need(&mut self, number: &str, at: Timestamp) -> Result<Need, DomainError> {
        let idx = self.removable(number)?;
        let need = self.needs.remove(idx);
        self.record(
            at,
            format!(
                "Behov {} borttaget (tillagt av misstag): {}",
                need.number, need.title
            ),
        );
        Ok(need)
    }

    /// Where the need is, if it may still be removed (see `remove_need`).
    pub fn removable(&self, number: &str) -> Result<usize, DomainError> {
        let idx = self
            .needs
            .iter()
            .position(|n| n.number == number)
            .ok_or_else(|| DomainError::UnknownNeed(number.to_string()))?;
        let discussed = self
            .dialogues
            .iter()
            .any(|s| s.assessments.iter().any(|a| a.need == number));
        let merged_in = self
            .needs
            .iter()
            .any(|n| matches!(&n.status, NeedStatus::Sammanslaget { into, .. } if into == number));
        if self.needs[idx].status != NeedStatus::Inskickat || discussed || merged_in {
            return Err(DomainError::NotRemovable(number.to_string()));
        }
        Ok(idx)
    }

    /// Replaces the need that had number `original` with `need`. The earlier
    /// wording is kept in the change log.
    pub fn update_need(
        &mut self,
        original: &str,
        need: Need,
        at: Timestamp,
    ) -> Result<(), DomainError> {
        let idx = self
            .needs
            .iter()
            .position(|n| n.number == original)
            .ok_or_else(|| DomainError::UnknownNeed(original.to_string()))?;
        self.check_need(&need, Some(idx))?;
        let old = &self.needs[idx];
        if *old == need {
            return Ok(());
        }
        let what = if old.number == need.number {
            format!(
                "Behov {} ändrat (tidigare titel: {})",
                need.number, old.title
            )
        } else {
            format!(
                "Behov {} ändrat till {} (tidigare titel: {})",
                old.number, need.number, old.title
            )
        };
        self.record(at, what);
        self.needs[idx] = need;
        Ok(())
    }

    fn check_need(&self, need: &Need, except: Option<usize>) -> Result<(), DomainError> {
        if need.number.trim().is_empty() {
            return Err(DomainError::MissingField("nummer"));
        }
        if need.title.trim().is_empty() {
            return Err(DomainError::MissingField("titel"));
        }
        for (field, text, max) in need.text_fields() {
            let len = text.chars().count();
            if len > max {
                return Err(DomainError::TooLong { field, len, max });
            }
        }
        if self.rss_by_code(&need.rss).is_none() {
            return Err(DomainError::UnknownRss(need.rss.clone()));
        }
        let taken = self.needs.iter().enumerate().any(|(i, n)| {
            Some(i) != except && crate::domain::collate::same_code(&n.number, &need.number)
        });
        if taken {
            return Err(DomainError::DuplicateNeed(need.number.clone()));
        }
        Ok(())
    }

    /// Checks what the file format alone cannot and the rest of lbk
    /// relies on: seven moments in order, unique need numbers, known RSSs.
    /// What a round may say against itself and still be shown (a merge
    /// into nothing, a ballot naming no need) is `contradictions`: the
    /// round opens read-only.
    pub fn validate(&self) -> Result<(), DomainError> {
        let moments: Vec<Moment> = self.timeline.iter().map(|r| r.moment).collect();
        if moments != Moment::ALL {
            return Err(DomainError::BadTimeline);
        }
        // Linear in the number of needs: a round may hold thousands.
        let mut numbers: std::collections::HashSet<String> =
            std::collections::HashSet::with_capacity(self.needs.len());
        for n in &self.needs {
            if !numbers.insert(n.number.to_ascii_lowercase()) {
                return Err(DomainError::DuplicateNeed(n.number.clone()));
            }
            if self.rss_by_code(&n.rss).is_none() {
                return Err(DomainError::UnknownRssOfNeed {
                    need: n.number.clone(),
                    rss: n.rss.clone(),
                });
            }
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests;
