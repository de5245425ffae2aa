//! `lbk template`, `lbk needs import` and `lbk needs list`: the RSS needs
//! template out, the filled template in, and the needs for scripts.

use std::path::Path;

use anyhow::{anyhow, bail};
use serde::Serialize;

use crate::documents::needs_template::needs_template;
use crate::domain::Round;
use crate::imports::needs::{Answers, Refusal, apply_import, plan_import_with, read_needs_sheet};
use crate::store::{OpenRound, load};

/// "RSS-koden xyz finns inte i omgången; koderna är …": a code typed on the
/// command line that the round does not have.
pub(crate) fn unknown_rss(round: &Round, typed: &str) -> anyhow::Error {
    anyhow!(
        "RSS-koden {} finns inte i omgången; koderna är {}.",
        crate::documents::cell_text(typed),
        round
            .rss
            .iter()
            .map(|x| x.code.as_str())
            .collect::<Vec<_>>()
            .join(", ")
    )
}

pub fn run_template(file: &Path, rss: &str, output: &Path) -> anyhow::Result<String> {
    let (round, _) = load(file)?;
    let r = round
        .rss_by_code(rss)
        .ok_or_else(|| unknown_rss(&round, rss))?;
    let existing: Vec<&crate::domain::Need> =
        round.needs.iter().filter(|n| n.rss == r.code).collect();
    let bytes =
        needs_template(r, &round, &existing, jiff::Timestamp::now()).map_err(|e| anyhow!(e))?;
    crate::documents::write_export(output, &bytes).map_err(|e| anyhow!(e))?;
    Ok(format!(
        "Skrev mallen för {} ({}) till {}{}.",
        r.name,
        r.code,
        output.display(),
        if existing.is_empty() {
            String::new()
        } else {
            format!(
                " med RSS:ens {} behov i omgången (med nummer)",
                existing.len()
            )
        }
    ))
}

/// Imports after showing the report; asks on standard input unless `yes`.
pub fn run_import(
    file: &Path,
    rss: &str,
    sheet: &Path,
    dry_run: bool,
    yes: bool,
    answers: Answers,
) -> anyhow::Result<String> {
    // The code first: a wrong one is not the file's fault.
    let (round, _) = load(file)?;
    if round.rss_by_code(rss).is_none() {
        return Err(unknown_rss(&round, rss));
    }
    let data = read_needs_sheet(sheet).map_err(|e| anyhow!(e))?;
    let refused = |r: Refusal| {
        let list: Vec<String> = r.lines().iter().map(|p| format!("  {p}")).collect();
        anyhow!(
            "{} vägrades ({}); inget importerades och omgången är oförändrad:\n{}",
            sheet.display(),
            data.found_in,
            list.join("\n")
        )
    };
    // The report comes from a plain read; the round is opened for writing
    // (and locked) only when the user goes on.
    let plan = plan_import_with(&round, rss, &data, answers).map_err(refused)?;
    super::out::print(&plan.report());
    if dry_run {
        return Ok("Provkörning: inget skrevs.".into());
    }
    if !yes && !super::out::confirm("Importera?")? {
        return Ok("Avbrutet: inget skrevs.".into());
    }
    let mut open = OpenRound::open(file)?;
    if let Some(reason) = &open.read_only {
        bail!("Omgången kan inte ändras nu: {reason}");
    }
    // Planned again on the round as opened, in case it changed meanwhile.
    let plan = plan_import_with(&open.round, rss, &data, answers).map_err(refused)?;
    apply_import(&mut open.round, &plan, jiff::Timestamp::now()).map_err(|e| anyhow!(e))?;
    open.save()?;
    Ok(format!("Importerat till {}.", file.display()))
}

#[derive(Serialize)]
struct NeedLine<'a> {
    number: &'a str,
    rss: &'a str,
    title: &'a str,
    level: &'static str,
    kind: &'static str,
    dots: Option<u32>,
    status: String,
}

/// The needs, optionally of one RSS and one status (by its Swedish word).
pub fn list(
    round: &Round,
    rss: Option<&str>,
    status: Option<&str>,
    format: &str,
) -> anyhow::Result<String> {
    let rss = match rss {
        Some(r) => Some(
            round
                .rss_by_code(r)
                .map(|x| x.code.clone())
                .ok_or_else(|| unknown_rss(round, r))?,
        ),
        None => None,
    };
    let mut needs: Vec<&crate::domain::Need> = round
        .needs
        .iter()
        .filter(|n| rss.as_ref().is_none_or(|r| n.rss == *r))
        .filter(|n| {
            status.is_none_or(|s| {
                n.status
                    .label()
                    .to_lowercase()
                    .starts_with(&s.to_lowercase())
            })
        })
        .collect();
    needs.sort_by(|a, b| crate::domain::need::number_order(&a.number, &b.number));
    let lines: Vec<NeedLine> = needs
        .iter()
        .map(|n| NeedLine {
            number: &n.number,
            rss: &n.rss,
            title: &n.title,
            level: n.level.label(),
            kind: n.kind.label(),
            dots: n.dots,
            status: n.status.label(),
        })
        .collect();
    match format {
        "json" => Ok(serde_json::to_string_pretty(&lines)?),
        "text" => {
            let mut t = comfy_table::Table::new();
            t.load_style(comfy_table::presets::UTF8_FULL_CONDENSED)
                .set_header(vec![
                    "Nr", "RSS", "Titel", "Nivå", "Typ", "Prickar", "Status",
                ]);
            for l in &lines {
                let clean = |s: &str| crate::documents::cell_text(s);
                t.add_row(vec![
                    clean(l.number),
                    clean(l.rss),
                    clean(l.title),
                    l.level.to_string(),
                    l.kind.to_string(),
                    l.dots.map(|d| d.to_string()).unwrap_or_default(),
                    clean(&l.status),
                ]);
            }
            Ok(format!("{t}\n{} behov", lines.len()))
        }
        other => bail!("Okänt format {other:?}: ange text eller json."),
    }
}

pub fn run_list(
    file: &Path,
    rss: Option<&str>,
    status: Option<&str>,
    format: &str,
) -> anyhow::Result<String> {
    let (round, _) = load(file)?;
    list(&round, rss, status, format)
}
