//! `lbk people FILE [--format text|json]` lists the round's people;
//! `lbk people FILE add|contact|rename|retire|rejoin|remove …` changes them.
//! Bad input gets a Swedish message and the file is left as it was.

use std::path::Path;

use anyhow::{anyhow, bail};
use serde::Serialize;

use super::PeopleCommand;
use crate::domain::Round;
use crate::meeting::people::Kind;
use crate::store::{OpenRound, load};

#[derive(Serialize)]
struct Contact<'a> {
    name: &'a str,
    email: &'a str,
}

fn contacts(list: &[crate::domain::people::Person]) -> Vec<Contact<'_>> {
    list.iter()
        .map(|p| Contact {
            name: &p.name,
            email: &p.email,
        })
        .collect()
}

/// The register as text or JSON.
pub fn list(r: &Round, format: &str) -> anyhow::Result<String> {
    match format.trim().to_lowercase().as_str() {
        "json" => {
            let reps: Vec<serde_json::Value> = r
                .representatives
                .iter()
                .map(|p| {
                    serde_json::json!({
                        "name": p.name, "county": p.county, "rss": p.rss, "email": p.email,
                        "participates": p.participates, "substitute_for": p.substitute_for,
                    })
                })
                .collect();
            let actors: Vec<serde_json::Value> = r
                .actors
                .iter()
                .map(|a| {
                    serde_json::json!({
                        "code": a.code, "name": a.name, "participates": a.participates,
                        "contacts": contacts(&a.contacts),
                    })
                })
                .collect();
            let rss: Vec<serde_json::Value> = r
                .rss
                .iter()
                .map(|x| {
                    serde_json::json!({
                        "code": x.code, "name": x.name, "county": x.county,
                        "participates": x.participates, "contacts": contacts(&x.contacts),
                    })
                })
                .collect();
            let j = serde_json::json!({ "representatives": reps, "actors": actors, "rss": rss });
            Ok(serde_json::to_string_pretty(&j)?)
        }
        "text" => Ok(super::people_text::text(r)),
        other => bail!("Okänt format {other:?}: ange text eller json."),
    }
}

pub fn run(file: &Path, command: Option<PeopleCommand>, format: &str) -> anyhow::Result<String> {
    let Some(command) = command else {
        let (r, _) = load(file)?;
        return list(&r, format);
    };
    let mut open = OpenRound::open(file)?;
    if let Some(reason) = &open.read_only {
        bail!("Omgången kan inte ändras nu: {reason}");
    }
    let at = jiff::Timestamp::now();
    let r = &mut open.round;
    let said = match command {
        PeopleCommand::Add {
            kind,
            first,
            second,
            rss,
            county,
            email,
        } => match Kind::parse(&kind).map_err(|e| anyhow!(e))? {
            Kind::Representative => {
                let place = rss.or(county).unwrap_or_default();
                let warning = r
                    .name_warning(&first)
                    .map(|w| format!("\n{w}"))
                    .unwrap_or_default();
                r.add_representative(&first, &place, email.as_deref().unwrap_or(""), at)
                    .map(|()| {
                        format!(
                            "Representant tillagd: {}{warning}",
                            crate::domain::names::without_invisible(&first)
                        )
                    })
            }
            Kind::Actor => {
                let Some(name) = second else {
                    bail!("Ange aktörens namn: lbk people FIL add actor KOD \"Namn\".");
                };
                r.add_actor(&first, &name, at)
                    .map(|()| format!("Aktör tillagd: {}", first.trim()))
            }
            Kind::Rss => {
                let (Some(name), Some(county)) = (second, county) else {
                    bail!("Ange namn och län: lbk people FIL add rss KOD \"Namn\" --county Län.");
                };
                r.add_rss(&first, &name, &county, at)
                    .map(|()| format!("RSS tillagd: {}", first.trim().to_uppercase()))
            }
        },
        PeopleCommand::Contact {
            code,
            name,
            email,
            remove,
            actor,
        } => {
            let kind = if actor { Kind::Actor } else { Kind::Rss };
            r.set_contact_person(
                kind,
                &code,
                &name,
                email.as_deref().unwrap_or(""),
                remove,
                at,
            )
            .map(|()| format!("Kontaktperson för {}: {}", code.trim(), name.trim()))
        }
        PeopleCommand::Rename { kind, old, new } => {
            let kind = Kind::parse(&kind).map_err(|e| anyhow!(e))?;
            r.rename_person(kind, &old, &new, at)
                .map(|()| format!("{} heter nu {}", old.trim(), new.trim()))
        }
        PeopleCommand::Retire { kind, name } => {
            let kind = Kind::parse(&kind).map_err(|e| anyhow!(e))?;
            r.set_taking_part(kind, &name, false, at)
                .map(|()| format!("{} deltar inte längre.", name.trim()))
        }
        PeopleCommand::Rejoin { kind, name } => {
            let kind = Kind::parse(&kind).map_err(|e| anyhow!(e))?;
            r.set_taking_part(kind, &name, true, at)
                .map(|()| format!("{} deltar.", name.trim()))
        }
        PeopleCommand::Remove { kind, name } => {
            let kind = Kind::parse(&kind).map_err(|e| anyhow!(e))?;
            r.remove_person(kind, &name, at)
                .map(|()| format!("{} borttagen.", name.trim()))
        }
        PeopleCommand::Secretariat {
            name,
            person,
            email,
            phone,
        } => r
            .set_secretariat(
                [
                    name.as_deref(),
                    person.as_deref(),
                    email.as_deref(),
                    phone.as_deref(),
                ],
                at,
            )
            .map(|()| {
                let k = &r.secretariat;
                match k.missing().as_slice() {
                    [] => format!("Kansliet: {}.", k.display_name()),
                    m => format!(
                        "Kansliet: {}; saknas ännu: {}.",
                        k.display_name(),
                        m.join(", ")
                    ),
                }
            }),
        PeopleCommand::Substitute { name, for_whom } => r
            .set_substitute(&name, for_whom.as_deref(), at)
            .map(|()| match &for_whom {
                Some(f) => format!("{} är ersättare för {}.", name.trim(), f.trim()),
                None => format!("{} är inte längre ersättare.", name.trim()),
            }),
    }
    .map_err(|e| anyhow!("{e} Omgången är oförändrad."))?;
    open.save()?;
    Ok(said)
}
