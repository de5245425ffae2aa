//! `lbk template FILE --for CODE --moment N -o OUT` for the forms parties
//! return, and `lbk import FILE SHEET [--dry-run]`, which reads any form
//! lbk wrote: it recognises which form and for whom from the file itself
//! (a needs template goes on to `lbk needs import`'s checks), shows the
//! report, and writes only on yes. The round file is untouched on refusal.

use std::path::Path;

use anyhow::{anyhow, bail};

use crate::documents::formats::return_xlsx::return_xlsx;
use crate::documents::returns::form::ReturnKind;
use crate::imports::returns::plan::plan_return;
use crate::imports::returns::{ReturnAnswers, ReturnRefusal, from_book};
use crate::imports::sheet_reader::read_book;
use crate::store::{OpenRound, load};

/// What `lbk import` was told besides the files.
pub struct Flags {
    pub dry_run: bool,
    pub yes: bool,
    pub party: Option<String>,
    pub answers: ReturnAnswers,
}

fn unknown_actor(round: &crate::domain::Round, typed: &str) -> anyhow::Error {
    anyhow!(
        "Aktören {} finns inte i omgången; koderna är {}.",
        crate::documents::cell_text(typed),
        round
            .actors
            .iter()
            .map(|a| a.code.as_str())
            .collect::<Vec<_>>()
            .join(", ")
    )
}

/// Writes the form of moment `moment` for `party`.
pub fn run_template(file: &Path, party: &str, moment: u8, output: &Path) -> anyhow::Result<String> {
    let (round, _) = load(file)?;
    let Some(kind) = ReturnKind::for_moment(moment, round.model) else {
        let which = if round.model == crate::domain::ModelVariant::V1 {
            "2 (behovsmallen till en RSS), 3 (avstämningen med nätverket, till en RSS), 6 (mottagandet, till en aktör) eller 7 (återkopplingen, till en aktör)"
        } else {
            "2 (behovsmallen till en RSS), 3 (förberedelsen, till en aktör), 4 (verifieringen, till en RSS), 6 (mottagandet, till en aktör) eller 7 (återkopplingen, till en aktör)"
        };
        bail!(
            "Moment {moment} har inget formulär att fylla i i den här omgången: välj --moment {which}."
        );
    };
    let form =
        crate::documents::returns::form_for(&round, kind, party.trim(), jiff::Timestamp::now())
            .or_else(|| {
                // The code as typed, in any case.
                let code = if kind.from_rss() {
                    round.rss_by_code(party).map(|x| x.code.clone())
                } else {
                    round
                        .actors
                        .iter()
                        .find(|a| a.code.eq_ignore_ascii_case(party.trim()))
                        .map(|a| a.code.clone())
                }?;
                crate::documents::returns::form_for(&round, kind, &code, jiff::Timestamp::now())
            })
            .ok_or_else(|| {
                if kind.from_rss() {
                    unknown_rss(&round, party)
                } else {
                    unknown_actor(&round, party)
                }
            })?;
    if form.rows.is_empty() {
        bail!("{}", nothing_to_answer(kind, &form.party));
    }
    let bytes = return_xlsx(&form).map_err(|e| anyhow!(e))?;
    crate::documents::write_export(output, &bytes).map_err(|e| anyhow!(e))?;
    Ok(format!(
        "Skrev formuläret för {} ({}, {} behov) till {}.",
        crate::documents::cell_text(&form.party),
        kind.code(),
        form.rows.len(),
        output.display()
    ))
}

/// Why a party's form would have no rows, and what to do.
fn nothing_to_answer(kind: ReturnKind, party: &str) -> String {
    match kind {
        ReturnKind::Preparation => "Inga behov är på dialogmötenas dagordning ännu: skapa mötena på moment 3 (s eller n) eller lbk moment.".into(),
        ReturnKind::Verification => format!("{party} har inga behov i omgången."),
        ReturnKind::Receipt | ReturnKind::Feedback => format!(
            "Inga behov är lämnade till {party} ännu: välj aktörer med l på moment 6 eller lbk handover OMGÅNG assign BEHOV {party}."
        ),
    }
}

fn unknown_rss(round: &crate::domain::Round, typed: &str) -> anyhow::Error {
    anyhow!(
        "RSS:en {} finns inte i omgången; koderna är {}.",
        crate::documents::cell_text(typed),
        round
            .rss
            .iter()
            .map(|a| a.code.as_str())
            .collect::<Vec<_>>()
            .join(", ")
    )
}

/// The stage of a ballot sheet lbk wrote (`lbk ballots template`).
fn ballot_stage(book: &crate::imports::sheet_reader::Book) -> Option<&'static str> {
    use crate::documents::ballot_sheet::stage_of_header;
    let header = book.sheets.first()?.rows.first()?;
    Some(match stage_of_header(header)? {
        crate::domain::priority::Stage::Pick => "pick",
        crate::domain::priority::Stage::Rank => "rank",
    })
}

/// A ballot sheet through `lbk ballots import`'s checks: the report, then
/// the question (unless --yes), then the ballots.
fn run_ballots(file: &Path, sheet: &Path, stage: &str, flags: &Flags) -> anyhow::Result<String> {
    let dry = super::ballots::run_import(file, stage, sheet, true, &[])?;
    if flags.dry_run {
        return Ok(dry);
    }
    if !flags.yes {
        super::out::print(&dry);
        if !super::out::confirm("Läsa in valsedlarna?")? {
            return Ok("Avbrutet: inget skrevs.".into());
        }
    }
    super::ballots::run_import(file, stage, sheet, false, &[])
}

/// Reads a filled form into the round, after its report.
pub fn run(file: &Path, sheet: &Path, flags: Flags) -> anyhow::Result<String> {
    let (round, _) = load(file)?;
    let book = read_book(sheet).map_err(|e| anyhow!(e))?;
    let label = sheet.display().to_string();
    let data = match from_book(&book, &label) {
        Ok(d) => d,
        Err(not_form) => {
            // A needs template carries its RSS; it goes through the needs import.
            let needs = crate::imports::needs::sheet_from_book(&book, &label);
            return match needs.ok().and_then(|n| flags.party.clone().or(n.rss)) {
                Some(rss) => super::needs::run_import(
                    file,
                    &rss,
                    sheet,
                    flags.dry_run,
                    flags.yes,
                    crate::imports::needs::Answers::default(),
                ),
                None => match ballot_stage(&book) {
                    Some(stage) => run_ballots(file, sheet, stage, &flags),
                    None => Err(anyhow!(not_form)),
                },
            };
        }
    };
    let name = sheet
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let refused = |r: ReturnRefusal| {
        let list: Vec<String> = r.lines().iter().map(|p| format!("  {p}")).collect();
        anyhow!(
            "{} vägrades (bladet {}); inget lästes in och omgången är oförändrad:\n{}",
            sheet.display(),
            crate::documents::cell_text(&data.sheet),
            list.join("\n")
        )
    };
    let now = jiff::Timestamp::now();
    let party = flags.party.as_deref();
    // Planned on the round as read for the report, and again on the round
    // as opened for writing, in case it changed meanwhile.
    let planned =
        |r: &crate::domain::Round| plan_return(r, &data, &name, party, flags.answers, now);
    let plan = planned(&round).map_err(refused)?;
    super::out::print(&plan.report(&round).join("\n"));
    if flags.dry_run {
        return Ok("Provkörning: inget skrevs.".into());
    }
    if plan.changes() == 0 {
        return Ok("Inget att ändra: omgången är oförändrad.".into());
    }
    if !flags.yes && !super::out::confirm("Läsa in?")? {
        return Ok("Avbrutet: inget skrevs.".into());
    }
    let mut open = OpenRound::open(file)?;
    if let Some(reason) = &open.read_only {
        bail!("Omgången kan inte ändras nu: {reason}");
    }
    let plan = planned(&open.round).map_err(refused)?;
    plan.apply(&mut open.round, now).map_err(|e| anyhow!(e))?;
    open.save()?;
    Ok(format!(
        "Läste in {} svar till {}.",
        plan.changes(),
        file.display()
    ))
}
