//! `lbk ballots import|template|close|reopen`: ballots from a spreadsheet,
//! the empty sheet, and closing or reopening a stage from the command line.

use std::path::Path;

use anyhow::{anyhow, bail};

use super::tally::parse_stage;
use crate::documents::ballot_sheet::template;
use crate::domain::priority::Stage;
use crate::imports::ballots::{apply, plan, read_file};
use crate::store::{OpenRound, load};

pub(super) fn open_for_writing(file: &Path) -> anyhow::Result<OpenRound> {
    let open = OpenRound::open(file)?;
    if let Some(reason) = &open.read_only {
        bail!(
            "Omgången ändras inte härifrån: en annan lbk har den öppen, eller mappen är skrivskyddad. Gör ändringen där den är öppen, eller stäng den först.\n({reason})"
        );
    }
    Ok(open)
}

/// "Anna L=Anna Lindqvist" → ("Anna L", "Anna Lindqvist").
fn parse_alias(a: &str) -> anyhow::Result<(String, String)> {
    match a.split_once('=') {
        Some((w, n)) if !w.trim().is_empty() && !n.trim().is_empty() => {
            Ok((w.trim().to_string(), n.trim().to_string()))
        }
        _ => bail!(
            "--alias {} ska skrivas SKRIVET=NAMN, t.ex. --alias \"Anna L=Anna Lindqvist\".",
            crate::documents::cell_text(a)
        ),
    }
}

pub fn run_import(
    file: &Path,
    stage: &str,
    sheet: &Path,
    dry_run: bool,
    aliases: &[String],
) -> anyhow::Result<String> {
    let stage = parse_stage(stage)?;
    let source = read_file(sheet).map_err(|e| anyhow!(e))?;
    let mut open = OpenRound::open(file)?;
    if let Some(reason) = &open.read_only
        && !dry_run
    {
        bail!(
            "Omgången kan inte ändras härifrån nu: {reason}\nImportera i appen i stället: på moment 5, tryck i och skriv sökvägen {}, eller klistra in chatten. Provkör med --dry-run.",
            sheet.display()
        );
    }
    let mut known = vec![];
    for a in aliases {
        let (written, name) = parse_alias(a)?;
        let person = open.round.person_written(&name, "").ok_or_else(|| {
            anyhow!(
                "--alias: {} finns inte i registret.",
                crate::documents::cell_text(&name)
            )
        })?;
        known.push((written, person));
    }
    let planned = match plan(&open.round, stage, &source, &known) {
        Ok(p) => p,
        Err(refusal) => {
            let mut lines: Vec<String> = refusal.lines().iter().map(|l| format!("  {l}")).collect();
            if let Some((.., name)) = refusal.unknown.first() {
                lines.push(format!(
                    "Säg vem ett okänt namn är med --alias \"{name}=Förnamn Efternamn\"; det sparas till nästa gång."
                ));
            }
            bail!(
                "{} vägrades; inget importerades och omgången är oförändrad:\n{}",
                sheet.display(),
                lines.join("\n")
            )
        }
    };
    let head = if dry_run {
        "Skulle importera"
    } else {
        "Importerade"
    };
    let out = format!("{head} från {}: {}", sheet.display(), planned.report());
    if !dry_run {
        apply(&mut open.round, &planned, jiff::Timestamp::now()).map_err(|e| anyhow!(e))?;
        open.save()?;
    }
    Ok(out)
}

pub fn run_template(file: &Path, stage: &str, output: &Path) -> anyhow::Result<String> {
    let stage = parse_stage(stage)?;
    let (round, _) = load(file)?;
    if stage == Stage::Rank && !round.prioritization.pick_closed {
        bail!("Rangordningen har inte börjat: stäng valsteget först (lbk ballots close).");
    }
    let bytes = template(&round, stage).map_err(|e| anyhow!(e))?;
    crate::documents::write_export(output, &bytes).map_err(|e| anyhow!(e))?;
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
    // Who had not voted when the stage closed, as the app's question says.
    let turnout = open
        .round
        .close_preview()
        .lines()
        .last()
        .unwrap_or_default()
        .to_string();
    let msg = match stage {
        Stage::Pick => {
            let note = open.round.close_picks(now)?;
            let list = open.round.prioritization.joint_list.join(", ");
            format!(
                "Valsteget stängt. {turnout}\nGemensam lista: {list}{}",
                note.map(|n| format!("\n{n}")).unwrap_or_default()
            )
        }
        Stage::Rank => {
            open.round.close_ranking(now)?;
            format!("Rangordningssteget stängt. {turnout}")
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
