//! Moment 1 as changes to the round: candidate areas, the area vote at the
//! NSK-S meeting (counted with the same tally as moment 5's picks), the
//! decision, the RSSs' enrolment and the dialogue-date poll.

use jiff::Timestamp;
use jiff::civil::Date;

use crate::domain::Round;
use crate::domain::collate::contains_folded;
use crate::domain::meetings::{AreaBallot, AreaDecision, CandidateArea, DialogueDate};
use crate::domain::priority::PickBallot;
use crate::tally::{PickTally, pick_tally};

/// One proposed dialogue date and how it is filled.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DateLoad {
    pub date: Date,
    pub capacity: u32,
    /// Codes of the participating RSSs that chose it.
    pub chosen: Vec<String>,
    pub over: bool,
}

/// The date poll: each date's load, and the participating RSSs with none.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DatePoll {
    pub dates: Vec<DateLoad>,
    pub without_date: Vec<String>,
}

/// Counts the dialogue-date choices of the participating RSSs.
pub fn date_poll(round: &Round) -> DatePoll {
    let joined = || round.rss.iter().filter(|r| r.participates);
    let dates = round
        .area_choice
        .dialogue_dates
        .iter()
        .enumerate()
        .map(|(i, d)| {
            let chosen: Vec<String> = joined()
                .filter(|r| r.dialogue_date == Some(i))
                .map(|r| r.code.clone())
                .collect();
            DateLoad {
                date: d.date,
                capacity: d.capacity,
                over: chosen.len() as u32 > d.capacity,
                chosen,
            }
        })
        .collect();
    let without_date = joined()
        .filter(|r| {
            r.dialogue_date
                .is_none_or(|i| i >= round.area_choice.dialogue_dates.len())
        })
        .map(|r| r.code.clone())
        .collect();
    DatePoll {
        dates,
        without_date,
    }
}

/// The area vote, counted as picks: each representative's areas are a ballot.
pub fn area_tally(round: &Round) -> PickTally {
    let names: Vec<&str> = round
        .area_choice
        .candidates
        .iter()
        .map(|c| c.name.as_str())
        .collect();
    let ballots: Vec<PickBallot> = round
        .area_choice
        .ballots
        .iter()
        .map(|b| PickBallot {
            representative: b.representative.clone(),
            needs: b.areas.clone(),
        })
        .collect();
    let everyone: Vec<String> = round
        .representatives
        .iter()
        .map(|r| r.name.clone())
        .collect();
    pick_tally(&names, &everyone, &ballots)
}

/// The leading area, or None when there is no vote or the lead is shared.
pub fn leading_area(tally: &PickTally) -> Option<&str> {
    let first = tally.rows.first()?;
    (first.picks > 0 && !first.place.shared).then_some(first.number.as_str())
}

impl Round {
    /// The candidate area whose name starts with or contains `typed`, if
    /// exactly one does (an exact name always wins).
    pub fn candidate_named(&self, typed: &str) -> Result<String, String> {
        let typed = typed.trim();
        let cands = &self.area_choice.candidates;
        if let Some(c) = cands.iter().find(|c| {
            c.name.eq_ignore_ascii_case(typed) || c.name.to_lowercase() == typed.to_lowercase()
        }) {
            return Ok(c.name.clone());
        }
        let matches: Vec<&CandidateArea> = cands
            .iter()
            .filter(|c| contains_folded(&c.name, typed))
            .collect();
        match matches.as_slice() {
            [one] => Ok(one.name.clone()),
            [] => Err(format!(
                "Inget kandidatområde matchar \"{typed}\". Lägg till det med n."
            )),
            many => Err(format!(
                "\"{typed}\" passar flera områden: {}. Skriv mer av namnet.",
                many.iter()
                    .map(|c| c.name.as_str())
                    .collect::<Vec<_>>()
                    .join(", ")
            )),
        }
    }

    pub fn add_candidate(
        &mut self,
        name: &str,
        description: &str,
        at: Timestamp,
    ) -> Result<(), String> {
        let name = name.trim();
        if name.is_empty() {
            return Err("Skriv områdets namn, t.ex. \"Äldreomsorg: stöd till äldre\".".into());
        }
        if let Some(c) = self
            .area_choice
            .candidates
            .iter_mut()
            .find(|c| c.name.to_lowercase() == name.to_lowercase())
        {
            // The same name with a description edits the description.
            if description.trim().is_empty() {
                return Err(format!(
                    "{name} finns redan bland kandidatområdena. Skriv \"{name}: ny beskrivning\" för att ändra beskrivningen."
                ));
            }
            c.description = description.trim().into();
            let name = c.name.clone();
            self.record(at, format!("Beskrivning ändrad för kandidatområdet {name}"));
            return Ok(());
        }
        self.area_choice.candidates.push(CandidateArea {
            name: name.into(),
            description: description.trim().into(),
        });
        self.record(at, format!("Kandidatområde tillagt: {name}"));
        Ok(())
    }

    /// Records (or corrects, or with no areas withdraws) a representative's
    /// choice. One area each unless approval voting is on.
    pub fn cast_area_vote(
        &mut self,
        representative: &str,
        areas: &[String],
        at: Timestamp,
    ) -> Result<(), String> {
        let name = self
            .representative_named(representative)
            .map_err(|e| e.to_string())?;
        if !areas.is_empty() && !self.takes_part(&name) {
            return Err(crate::domain::BallotError::NotTakingPart(name).to_string());
        }
        if self.area_choice.decision.is_some() {
            return Err("Området är redan beslutat; rösterna kan inte ändras.".into());
        }
        if areas.len() > 1 && !self.area_choice.approval_voting {
            return Err(
                "En röst per representant; slå på godkännanderöstning (g) för att välja flera."
                    .into(),
            );
        }
        let mut chosen: Vec<String> = vec![];
        for a in areas {
            let area = self.candidate_named(a)?;
            if chosen.contains(&area) {
                return Err(format!("{area} står två gånger."));
            }
            chosen.push(area);
        }
        let ballots = &mut self.area_choice.ballots;
        let old = ballots
            .iter()
            .position(|b| b.representative == name)
            .map(|i| ballots.remove(i));
        let what = match (&old, chosen.is_empty()) {
            (Some(o), true) => format!(
                "Röst tillbakadragen för {name} (var: {})",
                o.areas.join(", ")
            ),
            (None, true) => return Err(format!("{name} har ingen röst att dra tillbaka.")),
            (Some(o), false) => format!(
                "Röst ändrad för {name}: {} (tidigare: {})",
                chosen.join(", "),
                o.areas.join(", ")
            ),
            (None, false) => format!("Röst registrerad för {name}: {}", chosen.join(", ")),
        };
        if !chosen.is_empty() {
            ballots.push(AreaBallot {
                representative: name,
                areas: chosen,
            });
        }
        self.record(at, what);
        Ok(())
    }

    pub fn set_approval_voting(&mut self, on: bool, at: Timestamp) -> Result<(), String> {
        if !on && self.area_choice.ballots.iter().any(|b| b.areas.len() > 1) {
            return Err(
                "Några röster har flera områden; rätta dem innan godkännanderöstningen stängs av."
                    .into(),
            );
        }
        if self.area_choice.approval_voting != on {
            self.area_choice.approval_voting = on;
            self.record(
                at,
                format!("Godkännanderöstning {}", if on { "på" } else { "av" }),
            );
        }
        Ok(())
    }

    /// Records the decision: the named area, or the leading one.
    pub fn decide_area(
        &mut self,
        area: Option<&str>,
        date: Date,
        note: &str,
        at: Timestamp,
    ) -> Result<String, String> {
        let area = match area.map(str::trim).filter(|a| !a.is_empty()) {
            Some(a) => self.candidate_named(a)?,
            None => leading_area(&area_tally(self)).map(String::from).ok_or_else(|| {
                "Inget område leder ensamt (lika röster eller inga röster). Skriv vilket område som valdes.".to_string()
            })?,
        };
        self.area_choice.decision = Some(AreaDecision {
            area: area.clone(),
            date,
            note: note.trim().into(),
        });
        self.area = area.clone();
        self.record(at, format!("Verksamhetsområde beslutat {date}: {area}"));
        Ok(area)
    }

    pub fn set_participation(&mut self, code: &str, on: bool, at: Timestamp) -> Result<(), String> {
        let rss = self
            .rss
            .iter_mut()
            .find(|r| r.code == code)
            .ok_or(format!("RSS {code} finns inte."))?;
        if rss.participates == on {
            return Ok(());
        }
        rss.participates = on;
        self.record(
            at,
            format!(
                "{code} {}",
                if on {
                    "deltar i omgången"
                } else {
                    "deltar inte längre"
                }
            ),
        );
        Ok(())
    }

    /// Moves an RSS to the next proposed dialogue date (after the last: none).
    pub fn cycle_dialogue_date(&mut self, code: &str, at: Timestamp) -> Result<(), String> {
        let n = self.area_choice.dialogue_dates.len();
        if n == 0 {
            return Err("Inga dialogdatum föreslagna ännu. Lägg till med +.".into());
        }
        let rss = self
            .rss
            .iter_mut()
            .find(|r| r.code == code)
            .ok_or(format!("RSS {code} finns inte."))?;
        if !rss.participates {
            return Err(format!(
                "{code} deltar inte; markera deltagande först (mellanslag)."
            ));
        }
        rss.dialogue_date = match rss.dialogue_date {
            None => Some(0),
            Some(i) if i + 1 < n => Some(i + 1),
            Some(_) => None,
        };
        let what = match rss.dialogue_date {
            Some(i) => format!(
                "{code} valde dialogdatum {}",
                self.area_choice.dialogue_dates[i].date
            ),
            None => format!("{code} har inget dialogdatum"),
        };
        self.record(at, what);
        Ok(())
    }

    pub fn add_dialogue_date(
        &mut self,
        date: Date,
        capacity: u32,
        at: Timestamp,
    ) -> Result<(), String> {
        if self
            .area_choice
            .dialogue_dates
            .iter()
            .any(|d| d.date == date)
        {
            return Err(format!("{date} finns redan bland dialogdatumen."));
        }
        self.area_choice
            .dialogue_dates
            .push(DialogueDate { date, capacity });
        self.record(
            at,
            format!("Dialogdatum föreslaget: {date} (plats för {capacity} RSS)"),
        );
        Ok(())
    }
}

#[cfg(test)]
#[path = "moment1_tests.rs"]
mod tests;
