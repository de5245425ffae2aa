//! `lbk ballots import|template|close|reopen`: ballots from a spreadsheet,
//! the empty sheet, and closing or reopening a stage from the command line.

use std::path::Path;

use anyhow::{anyhow, bail};

use super::tally::parse_stage;
use crate::domain::priority::Stage;
use crate::exchange::ballot_sheet::{import, read_sheet, template};
use crate::store::{OpenRound, load};

fn open_for_writing(file: &Path) -> anyhow::Result<OpenRound> {
    let open = OpenRound::open(file)?;
    if let Some(reason) = &open.read_only {
        bail!("Omgången kan inte ändras nu: {reason}");
    }
    Ok(open)
}

pub fn run_import(file: &Path, stage: &str, sheet: &Path, dry_run: bool) -> anyhow::Result<String> {
    let stage = parse_stage(stage)?;
    let rows = read_sheet(sheet).map_err(|e| anyhow!(e))?;
    let mut open = open_for_writing(file)?;
    match import(
        &mut open.round,
        stage,
        &rows,
        jiff::Timestamp::now(),
        dry_run,
    ) {
        Err(problems) => {
            let list: Vec<String> = problems.iter().map(|p| format!("  {p}")).collect();
            bail!(
                "{} vägrades; inget importerades och omgången är oförändrad:\n{}",
                sheet.display(),
                list.join("\n")
            )
        }
        Ok(report) => {
            let mut out = format!(
                "{} {} valsedlar från {}.",
                if dry_run {
                    "Skulle importera"
                } else {
                    "Importerade"
                },
                report.ballots.len(),
                sheet.display()
            );
            for b in &report.ballots {
                out.push_str(&format!(
                    "\n  rad {}: {}: {}",
                    b.row,
                    b.representative,
                    b.needs.join(", ")
                ));
            }
            if !report.skipped.is_empty() {
                out.push_str(&format!(
                    "\nUtan val (orörda): {}",
                    report.skipped.join(", ")
                ));
            }
            if !dry_run {
                open.save()?;
            }
            Ok(out)
        }
    }
}

pub fn run_template(file: &Path, stage: &str, output: &Path) -> anyhow::Result<String> {
    let stage = parse_stage(stage)?;
    let (round, _) = load(file)?;
    if stage == Stage::Rank && !round.prioritization.pick_closed {
        bail!("Rangordningen har inte börjat: stäng valsteget först (lbk ballots close).");
    }
    let bytes = template(&round, stage).map_err(|e| anyhow!(e))?;
    crate::exchange::write_export(output, &bytes).map_err(|e| anyhow!(e))?;
    Ok(format!(
        "Skrev {} med {} representanter.",
        output.display(),
        round.prioritization.present.len()
    ))
}

pub fn run_close(file: &Path, stage: &str) -> anyhow::Result<String> {
    let stage = parse_stage(stage)?;
    let mut open = open_for_writing(file)?;
    let now = jiff::Timestamp::now();
    let msg = match stage {
        Stage::Pick => {
            let note = open.round.close_picks(now)?;
            let list = open.round.prioritization.joint_list.join(", ");
            format!(
                "Valsteget stängt. Gemensam lista: {list}{}",
                note.map(|n| format!("\n{n}")).unwrap_or_default()
            )
        }
        Stage::Rank => {
            open.round.close_ranking(now)?;
            "Rangordningssteget stängt.".to_string()
        }
    };
    open.save()?;
    Ok(msg)
}

pub fn run_reopen(file: &Path, stage: &str, reason: &str) -> anyhow::Result<String> {
    let stage = parse_stage(stage)?;
    let mut open = open_for_writing(file)?;
    let now = jiff::Timestamp::now();
    match stage {
        Stage::Pick => open.round.reopen_picks(reason, now)?,
        Stage::Rank => open.round.reopen_ranking(reason, now)?,
    }
    open.save()?;
    Ok(format!(
        "Steget {} är öppet igen; skälet står i ändringsloggen.",
        stage.label()
    ))
}
