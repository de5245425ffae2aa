//! Renaming and removing people. A representative's new name follows them
//! into every ballot, the attendance and the substitutes, so what they did
//! stays theirs; an actor's or RSS's long name changes, never its code.
//! Removing is for someone added by mistake: anyone who has voted or been
//! recorded is refused, with what to do instead.

use jiff::Timestamp;

use super::people::{Kind, MAX_NAME};
use crate::domain::Round;

impl Round {
    /// Remembers another spelling of a representative's name (from an
    /// imported form or chat), so the next import knows it.
    pub fn add_alias(&mut self, person: &str, written: &str, at: Timestamp) -> Result<(), String> {
        let written = crate::domain::text_safety::clean_line(written.trim()).into_owned();
        if written.is_empty() || written.chars().count() > MAX_NAME {
            return Err(format!(
                "Ett annat namn ska vara 1–{MAX_NAME} tecken på en rad."
            ));
        }
        let i = self.rep_index(person)?;
        let r = &mut self.representatives[i];
        if r.name == written || r.aliases.contains(&written) {
            return Ok(());
        }
        r.aliases.push(written.clone());
        let name = r.name.clone();
        self.record(
            at,
            format!("\"{written}\" sparat som annat namn för {name}."),
        );
        Ok(())
    }

    /// Renames a representative (OLD is the name), or gives an actor or RSS
    /// (OLD is the code) a new long name.
    pub fn rename_person(
        &mut self,
        kind: Kind,
        old: &str,
        new: &str,
        at: Timestamp,
    ) -> Result<(), String> {
        let new = crate::domain::names::without_invisible(new);
        let new = new.as_str();
        if new.is_empty() || new.chars().count() > MAX_NAME || new.chars().any(char::is_control) {
            return Err(format!(
                "Det nya namnet ska vara 1–{MAX_NAME} tecken på en rad."
            ));
        }
        match kind {
            Kind::Representative => {
                let i = self.rep_index(old)?;
                let was = self.representatives[i].name.clone();
                if was == new {
                    return Ok(());
                }
                if self.rep_index(new).is_ok_and(|j| j != i) {
                    return Err(format!("{new} finns redan bland representanterna."));
                }
                let rename = |s: &mut String| {
                    if *s == was {
                        *s = new.to_string();
                    }
                };
                self.representatives[i].name = new.to_string();
                for r in &mut self.representatives {
                    if let Some(s) = r.substitute_for.as_mut() {
                        rename(s);
                    }
                }
                self.area_choice
                    .ballots
                    .iter_mut()
                    .for_each(|b| rename(&mut b.representative));
                let p = &mut self.prioritization;
                p.present.iter_mut().for_each(rename);
                p.pick_ballots
                    .iter_mut()
                    .for_each(|b| rename(&mut b.representative));
                p.rank_ballots
                    .iter_mut()
                    .for_each(|b| rename(&mut b.representative));
                self.record(at, format!("Representanten {was} heter nu {new}"));
            }
            Kind::Actor => {
                let code = self.actor_code(old)?;
                if let Some(a) = self.actors.iter_mut().find(|a| a.code == code) {
                    a.name = new.to_string();
                }
                self.record(at, format!("Aktören {code} heter nu {new}"));
            }
            Kind::Rss => {
                let r = self
                    .rss
                    .iter_mut()
                    .find(|r| crate::domain::collate::same_code(&r.code, old))
                    .ok_or(format!("RSS-koden \"{}\" finns inte.", old.trim()))?;
                r.name = new.to_string();
                let code = r.code.clone();
                self.record(at, format!("RSS {code} heter nu {new}"));
            }
        }
        Ok(())
    }

    /// What keeps someone in the round's records, if anything.
    pub fn person_used(&self, kind: Kind, name: &str) -> Result<Option<String>, String> {
        Ok(match kind {
            Kind::Representative => {
                let n = &self.representatives[self.rep_index(name)?].name;
                let p = &self.prioritization;
                if self
                    .area_choice
                    .ballots
                    .iter()
                    .any(|b| b.representative == *n)
                {
                    Some(format!("{n} har röstat i moment 1"))
                } else if p.pick_ballots.iter().any(|b| b.representative == *n)
                    || p.rank_ballots.iter().any(|b| b.representative == *n)
                {
                    Some(format!("{n} har en valsedel i moment 5"))
                } else if p.present.contains(n) {
                    Some(format!("{n} är antecknad som närvarande i moment 5"))
                } else {
                    self.representatives
                        .iter()
                        .find(|r| r.substitute_for.as_ref() == Some(n))
                        .map(|r| format!("{} är ersättare för {n}", r.name))
                }
            }
            Kind::Actor => {
                let c = self.actor_code(name)?;
                let in_dialogue = self.dialogues.iter().any(|s| {
                    s.actors.iter().any(|a| a.actor == c)
                        || s.assessments.iter().any(|a| a.actor == c)
                        || s.remarks.iter().any(|r| r.by == c)
                });
                let later = self.actor_marks.iter().any(|a| a.actor == c)
                    || self.handovers.iter().any(|h| h.receipts.iter().any(|r| r.actor == c))
                    || self.feedback.iter().any(|f| matches!(&f.outcome, crate::domain::followup::Outcome::Tas { actors, .. } if actors.contains(&c)));
                if in_dialogue {
                    Some(format!("{c} finns i dialogmötenas anteckningar"))
                } else {
                    later.then(|| format!("{c} har markerat, tagit emot eller återkopplat behov"))
                }
            }
            Kind::Rss => {
                let code = self
                    .rss_by_code(name)
                    .map(|r| r.code.clone())
                    .ok_or(format!("RSS-koden \"{}\" finns inte.", name.trim()))?;
                let needs = self.needs.iter().filter(|n| n.rss == code).count();
                if needs > 0 {
                    Some(format!("{code} har {needs} behov i omgången"))
                } else if self.dialogues.iter().any(|s| s.rss.contains(&code)) {
                    Some(format!("{code} är med i ett dialogmöte"))
                } else {
                    None
                }
            }
        })
    }

    /// Removes someone added by mistake; refused when their records need them.
    pub fn remove_person(&mut self, kind: Kind, name: &str, at: Timestamp) -> Result<(), String> {
        if let Some(why) = self.person_used(kind, name)? {
            return Err(format!(
                "{why}, så det går inte att ta bort. Markera i stället som inte längre deltagande (mellanslag i registret R, eller lbk people FIL retire)."
            ));
        }
        let who = match kind {
            Kind::Representative => {
                let i = self.rep_index(name)?;
                self.representatives.remove(i).name
            }
            Kind::Actor => {
                let c = self.actor_code(name)?;
                self.actors.retain(|a| a.code != c);
                c
            }
            Kind::Rss => {
                let i = self
                    .rss
                    .iter()
                    .position(|r| crate::domain::collate::same_code(&r.code, name))
                    .ok_or("RSS:en finns inte.")?;
                self.rss.remove(i).code
            }
        };
        self.record(at, format!("{} borttagen: {who}", kind.label()));
        Ok(())
    }
}
