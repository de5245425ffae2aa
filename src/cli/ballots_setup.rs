//! `lbk ballots setup|withdraw|list`: the meeting's settings (N, the
//! joint-list rule, attendance), withdrawing one ballot, and the list of
//! who voted how (for the secretariat only; never on a shared screen).

use std::path::Path;

use anyhow::{anyhow, bail};

use super::ballots::open_for_writing;
use super::tally::parse_stage;
use crate::documents::cell_text;
use crate::domain::Round;
use crate::domain::priority::Stage;
use crate::meeting::moment5::joint_rule_label;
use crate::meeting::typed_followup::joint_rule;
use crate::store::load;

/// The person a name on the command line means (any case, any word order,
/// an alias, or the start of one person's first name or surname), or a
/// refusal that says how to find the right spelling.
fn person(round: &Round, name: &str) -> anyhow::Result<String> {
    round
        .person_typed(name)
        .map_err(|fits| match fits.as_slice() {
            [] => anyhow!(
                "{} finns inte i registret. Se namnen med: lbk people FIL",
                cell_text(name)
            ),
            many => anyhow!(
                "{} passar flera: {}. Skriv hela namnet.",
                cell_text(name),
                many.join(", ")
            ),
        })
}

/// The people named by repeated flags; one flag may also list several
/// separated by commas ("Karin Lund, Per Dahlgren").
fn people(round: &Round, names: &[String]) -> anyhow::Result<Vec<String>> {
    let mut out = vec![];
    for n in names {
        match person(round, n) {
            Ok(p) => out.push(p),
            Err(_) if n.contains(',') => {
                for part in n.split(',').filter(|p| !p.trim().is_empty()) {
                    out.push(person(round, part.trim())?);
                }
            }
            Err(e) => return Err(e),
        }
    }
    Ok(out)
}

/// "ja" or "nej" (also yes/no, on/off, 1/0), or a refusal that says so.
fn yes_no(s: &str) -> anyhow::Result<bool> {
    match s.trim().to_lowercase().as_str() {
        "ja" | "j" | "yes" | "y" | "on" | "1" => Ok(true),
        "nej" | "n" | "no" | "off" | "0" => Ok(false),
        _ => bail!(
            "--open-ballots tar ja eller nej, inte {:?}; inget ändrat.",
            cell_text(s)
        ),
    }
}

pub fn run_setup(
    file: &Path,
    picks: Option<usize>,
    rule: Option<&str>,
    present: &[String],
    absent: &[String],
    open_ballots: Option<&str>,
) -> anyhow::Result<String> {
    let open_ballots = open_ballots.map(yes_no).transpose()?;
    let mut open = open_for_writing(file)?;
    let r = &mut open.round;
    let now = jiff::Timestamp::now();
    // Every name checked before anything changes.
    let here = people(r, present)?;
    let away = people(r, absent)?;
    if let Some(both) = here.iter().find(|n| away.contains(n)) {
        bail!("{both} står både som --present och --absent; ta bort det ena.");
    }
    let rule = rule.map(joint_rule).transpose().map_err(|e| anyhow!(e))?;
    if let Some(n) = picks {
        r.set_max_picks(n, now)?;
    }
    if let Some(rule) = rule {
        r.set_joint_rule(rule, now)?;
    }
    for n in &here {
        r.set_present(n, true, now)?;
    }
    for n in &away {
        r.set_present(n, false, now)?;
    }
    if let Some(yes) = open_ballots {
        r.set_open_ballots(yes, now);
    }
    let p = &r.prioritization;
    let msg = format!(
        "{} val per representant; gemensam lista: {}; {} närvarande; {}.",
        p.max_picks,
        joint_rule_label(p.joint_rule),
        p.present.len(),
        if p.open_ballots {
            "öppen röstning (protokollet visar vem som valde vad)"
        } else {
            "valsedlarna stannar hos kansliet"
        }
    );
    open.save()?;
    Ok(msg)
}

pub fn run_withdraw(file: &Path, stage: &str, name: &str) -> anyhow::Result<String> {
    let stage = parse_stage(stage)?;
    let mut open = open_for_writing(file)?;
    let r = &mut open.round;
    let who = r.ballot_name(&person(r, name)?);
    if !r.has_voted(&who, stage) {
        bail!("{who} har ingen valsedel i det steget; inget ändrat.");
    }
    let now = jiff::Timestamp::now();
    match stage {
        Stage::Pick => r.withdraw_picks(&who, now)?,
        Stage::Rank => r.withdraw_ranking(&who, now)?,
    }
    open.save()?;
    Ok(format!(
        "Valsedeln för {who} är tillbakadragen; ändringsloggen säger när."
    ))
}

pub fn run_list(file: &Path, stage: &str, format: &str) -> anyhow::Result<String> {
    let stage = parse_stage(stage)?;
    let (round, _) = load(file)?;
    let p = &round.prioritization;
    let ballots: Vec<(String, Vec<String>)> = match stage {
        Stage::Pick => p
            .pick_ballots
            .iter()
            .map(|b| (b.representative.clone(), b.needs.clone()))
            .collect(),
        Stage::Rank => p
            .rank_ballots
            .iter()
            .map(|b| (b.representative.clone(), b.order.to_vec()))
            .collect(),
    };
    match format.trim().to_lowercase().as_str() {
        "json" => {
            let v: Vec<serde_json::Value> = ballots
                .iter()
                .map(|(name, numbers)| serde_json::json!({"name": name, "numbers": numbers}))
                .collect();
            Ok(serde_json::to_string_pretty(&v)?)
        }
        "text" => {
            let uncounted = round.uncounted(stage);
            let lines: Vec<String> = ballots
                .iter()
                .map(|(name, numbers)| {
                    let note = if uncounted.contains(name) {
                        " (räknas inte: inte närvarande)"
                    } else {
                        ""
                    };
                    format!("{}: {}{note}", cell_text(name), numbers.join(", "))
                })
                .collect();
            Ok(if lines.is_empty() {
                "Inga valsedlar i det steget ännu.".into()
            } else {
                lines.join("\n")
            })
        }
        other => bail!(
            "Okänt format {}: ange --format text eller --format json.",
            cell_text(other)
        ),
    }
}
