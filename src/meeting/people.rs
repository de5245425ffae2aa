//! The people of a round as changes to it: NSK-S representatives (and their
//! substitutes), national actors and RSSs with their contact persons. A
//! rename carries the person's ballots and records along, so what they did
//! stays theirs; the log keeps the old name in what it said then. Someone
//! who has voted or been recorded is never removed, only marked as no
//! longer taking part. Codes of actors and RSSs never change: need numbers
//! and the minutes carry them.

use jiff::Timestamp;

use crate::domain::Round;
use crate::domain::people::{Actor, MAX_RSS_CONTACTS, Person, Representative, Rss};

/// Which list of people.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Representative,
    Actor,
    Rss,
}

impl Kind {
    /// "representative", "rep", "representant", "actor", "aktör", "rss".
    pub fn parse(s: &str) -> Result<Kind, String> {
        match s.trim().to_lowercase().as_str() {
            "representative" | "rep" | "representant" | "representanter" => {
                Ok(Kind::Representative)
            }
            "actor" | "aktör" | "aktor" | "aktörer" => Ok(Kind::Actor),
            "rss" => Ok(Kind::Rss),
            other => Err(format!(
                "Okänd lista {other:?}: ange representative, actor eller rss."
            )),
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            Kind::Representative => "representant",
            Kind::Actor => "aktör",
            Kind::Rss => "RSS",
        }
    }
}

/// The longest name or e-mail address in the register.
pub const MAX_NAME: usize = 120;

fn checked(what: &str, text: &str) -> Result<String, String> {
    let t = text.trim();
    if t.is_empty() {
        return Err(format!("Ange {what}."));
    }
    if t.chars().count() > MAX_NAME {
        return Err(format!("{} får vara högst {MAX_NAME} tecken.", upper(what)));
    }
    if t.chars().any(char::is_control) {
        return Err(format!(
            "{} får inte innehålla radbrytningar eller styrtecken.",
            upper(what)
        ));
    }
    Ok(t.to_string())
}

fn upper(s: &str) -> String {
    let mut c = s.chars();
    c.next()
        .map(|f| f.to_uppercase().chain(c).collect())
        .unwrap_or_default()
}

fn email(text: &str) -> Result<String, String> {
    let t = text.trim();
    if t.is_empty() {
        return Ok(String::new());
    }
    let t = checked("e-postadressen", t)?;
    match t.split_once('@') {
        Some((a, b)) if !a.is_empty() && b.contains('.') && !t.contains(' ') => Ok(t),
        _ => Err(format!(
            "\"{t}\" ser inte ut som en e-postadress (namn@exempel.se)."
        )),
    }
}

/// A county as typed ("skåne", "Skåne län"), as the list spells it.
fn county_named(typed: &str) -> Result<String, String> {
    let t = typed.trim();
    let lower = t.to_lowercase();
    let forms = [
        Some(lower.as_str()),
        lower.strip_suffix(" län"),
        lower.strip_suffix("s län"),
    ];
    crate::domain::people::COUNTIES
        .iter()
        .find(|c| forms.contains(&Some(c.to_lowercase().as_str())))
        .map(|c| c.to_string())
        .ok_or(format!(
            "\"{t}\" är varken en RSS-kod i omgången eller ett län; skriv t.ex. GR eller Skåne."
        ))
}

impl Round {
    /// Sets the secretariat's entry (`kansli`): each field given replaces
    /// the one held, an empty one clears it; logged when it changes.
    pub fn set_secretariat(
        &mut self,
        fields: [Option<&str>; 4],
        at: Timestamp,
    ) -> Result<(), String> {
        let mut k = self.secretariat.clone();
        let [name, person, mail, phone] = fields;
        let text = |what: &str, v: &str| {
            if v.trim().is_empty() {
                Ok(String::new())
            } else {
                checked(what, v)
            }
        };
        if let Some(v) = name {
            k.name = text("kansliets namn", v)?;
        }
        if let Some(v) = person {
            k.person = text("kontaktpersonens namn", v)?;
        }
        if let Some(v) = mail {
            k.email = email(v)?;
        }
        if let Some(v) = phone {
            k.phone = text("telefonnumret", v)?;
        }
        if k != self.secretariat {
            self.secretariat = k;
            let who = self.secretariat.display_name();
            self.record(at, format!("Kansliets uppgifter ändrade: {who}"));
        }
        Ok(())
    }

    /// The representative a typed name means (whole name, any case).
    pub fn rep_index(&self, typed: &str) -> Result<usize, String> {
        let w = typed.trim().to_lowercase();
        self.representatives
            .iter()
            .position(|r| r.name.to_lowercase() == w)
            .ok_or(format!("Ingen representant heter \"{}\".", typed.trim()))
    }

    fn actor_index(&self, typed: &str) -> Result<usize, String> {
        let code = self.actor_code(typed)?;
        Ok(self.actors.iter().position(|a| a.code == code).unwrap_or(0))
    }

    fn rss_index(&self, typed: &str) -> Result<usize, String> {
        self.rss
            .iter()
            .position(|r| crate::domain::collate::same_code(&r.code, typed))
            .ok_or(format!("RSS-koden \"{}\" finns inte.", typed.trim()))
    }

    /// Adds a representative; `place` is an RSS code or a county.
    pub fn add_representative(
        &mut self,
        name: &str,
        place: &str,
        mail: &str,
        at: Timestamp,
    ) -> Result<(), String> {
        let name = crate::domain::names::without_invisible(&checked("namnet", name)?);
        if self.rep_index(&name).is_ok() {
            return Err(format!("{name} finns redan bland representanterna."));
        }
        let place = place.trim();
        let (rss, county) = match self.rss_by_code(place) {
            Some(r) => (r.code.clone(), r.county.clone()),
            None if place.is_empty() => (String::new(), String::new()),
            None => (String::new(), county_named(place)?),
        };
        self.representatives.push(Representative {
            name: name.clone(),
            county,
            rss,
            email: email(mail)?,
            ..Representative::default()
        });
        self.record(at, format!("Representant tillagd: {name}"));
        Ok(())
    }

    /// What to tell the secretariat about a representative's name (entered
    /// as `name`, invisible characters taken out): that it mixes scripts or
    /// looks like another person's.
    pub fn name_warning(&self, name: &str) -> Option<String> {
        let name = crate::domain::names::without_invisible(name);
        crate::domain::names::warning(
            &name,
            self.representatives
                .iter()
                .map(|p| p.name.as_str())
                .filter(|n| *n != name),
        )
    }

    pub fn add_actor(&mut self, code: &str, name: &str, at: Timestamp) -> Result<(), String> {
        let code = checked("aktörens kortnamn", code)?;
        if code.contains(char::is_whitespace) || code.chars().count() > 12 {
            return Err(format!(
                "Kortnamnet \"{code}\" ska vara ett ord, högst 12 tecken (t.ex. SoS)."
            ));
        }
        if self.actor_code(&code).is_ok() {
            return Err(format!("Aktören {code} finns redan."));
        }
        let name = checked("aktörens namn", name)?;
        self.actors.push(Actor {
            code: code.clone(),
            name,
            ..Actor::default()
        });
        self.record(at, format!("Aktör tillagd: {code}"));
        Ok(())
    }

    pub fn add_rss(
        &mut self,
        code: &str,
        name: &str,
        county: &str,
        at: Timestamp,
    ) -> Result<(), String> {
        let code = checked("RSS-koden", code)?.to_uppercase();
        if !code.chars().all(char::is_alphabetic) || code.chars().count() > 6 {
            return Err(format!(
                "RSS-koden \"{code}\" ska vara 2–6 bokstäver (den står i behovens nummer, t.ex. GR-01)."
            ));
        }
        if self.rss_by_code(&code).is_some() {
            return Err(format!("RSS-koden {code} finns redan."));
        }
        self.rss.push(Rss {
            code: code.clone(),
            name: checked("RSS:ens namn", name)?,
            county: checked("länet", county)?,
            ..Rss::default()
        });
        self.record(at, format!("RSS tillagd: {code}"));
        Ok(())
    }

    /// Adds or updates a contact person of an RSS (at most two) or an
    /// actor; `remove` takes one away.
    pub fn set_contact_person(
        &mut self,
        kind: Kind,
        code: &str,
        name: &str,
        mail: &str,
        remove: bool,
        at: Timestamp,
    ) -> Result<(), String> {
        let name = checked("kontaktpersonens namn", name)?;
        let mail = if remove { String::new() } else { email(mail)? };
        let (owner, contacts) = match kind {
            Kind::Rss => {
                let i = self.rss_index(code)?;
                (self.rss[i].code.clone(), &mut self.rss[i].contacts)
            }
            Kind::Actor => {
                let i = self.actor_index(code)?;
                (self.actors[i].code.clone(), &mut self.actors[i].contacts)
            }
            Kind::Representative => {
                return Err(
                    "Representanter har ingen kontaktperson; ange e-post i stället.".into(),
                );
            }
        };
        let at_index = contacts
            .iter()
            .position(|p| crate::domain::collate::same_code(&p.name, &name));
        let what = match (at_index, remove) {
            (Some(i), true) => {
                contacts.remove(i);
                format!("Kontaktperson för {owner} borttagen: {name}")
            }
            (None, true) => {
                return Err(format!("{owner} har ingen kontaktperson som heter {name}."));
            }
            (Some(i), false) => {
                contacts[i].email = mail;
                format!("Kontaktperson för {owner} ändrad: {name}")
            }
            (None, false) if kind == Kind::Rss && contacts.len() >= MAX_RSS_CONTACTS => {
                let names: Vec<&str> = contacts.iter().map(|p| p.name.as_str()).collect();
                return Err(format!(
                    "{owner} har redan två kontaktpersoner ({}); ta bort en först (i registret R: \"- namn\"; på kommandoraden: --remove).",
                    names.join(", ")
                ));
            }
            (None, false) => {
                contacts.push(Person {
                    name: name.clone(),
                    email: mail,
                    phone: String::new(),
                });
                format!("Kontaktperson för {owner}: {name}")
            }
        };
        self.record(at, what);
        Ok(())
    }

    /// Sets a representative's e-mail address (empty clears it).
    pub fn set_rep_email(&mut self, name: &str, mail: &str, at: Timestamp) -> Result<(), String> {
        let i = self.rep_index(name)?;
        self.representatives[i].email = email(mail)?;
        let who = self.representatives[i].name.clone();
        self.record(at, format!("E-post för {who} ändrad"));
        Ok(())
    }

    /// Makes `name` a substitute standing in for `for_whom` (None: not a
    /// substitute any more).
    pub fn set_substitute(
        &mut self,
        name: &str,
        for_whom: Option<&str>,
        at: Timestamp,
    ) -> Result<(), String> {
        let i = self.rep_index(name)?;
        let target = match for_whom.map(str::trim).filter(|s| !s.is_empty()) {
            Some(f) => {
                let j = self.rep_index(f)?;
                if i == j {
                    return Err("En representant kan inte vara sin egen ersättare.".into());
                }
                Some(self.representatives[j].name.clone())
            }
            None => None,
        };
        let who = self.representatives[i].name.clone();
        self.representatives[i].substitute_for = target.clone();
        self.record(
            at,
            match target {
                Some(t) => format!("{who} är ersättare för {t}"),
                None => format!("{who} är inte längre ersättare"),
            },
        );
        Ok(())
    }

    /// Marks someone as taking part or not; their records stay.
    pub fn set_taking_part(
        &mut self,
        kind: Kind,
        name: &str,
        on: bool,
        at: Timestamp,
    ) -> Result<(), String> {
        let who = match kind {
            Kind::Representative => {
                let i = self.rep_index(name)?;
                self.representatives[i].participates = on;
                if !on {
                    let n = self.representatives[i].name.clone();
                    self.prioritization.present.retain(|p| *p != n);
                }
                self.representatives[i].name.clone()
            }
            Kind::Actor => {
                let i = self.actor_index(name)?;
                self.actors[i].participates = on;
                self.actors[i].code.clone()
            }
            Kind::Rss => {
                let i = self.rss_index(name)?;
                self.rss[i].participates = on;
                self.rss[i].code.clone()
            }
        };
        let said = if on { "deltar" } else { "deltar inte längre" };
        self.record(at, format!("{} {who} {said}", upper(kind.label())));
        Ok(())
    }
}

#[cfg(test)]
#[path = "people_tests.rs"]
mod tests;
