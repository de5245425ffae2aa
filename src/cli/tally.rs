//! `lbk tally FILE [--stage pick|rank] [--format …] [-o PATH]`: prints or
//! writes the moment-5 tally. Only reads the round.

use std::path::Path;

use anyhow::anyhow;

use crate::documents::tally_json::json;
use crate::documents::tally_out::{TallyReport, csv, markdown, text};
use crate::documents::tally_xlsx::xlsx;
use crate::domain::priority::Stage;
use crate::store::load;

pub fn parse_stage(s: &str) -> anyhow::Result<Stage> {
    match s.trim().to_lowercase().as_str() {
        "pick" | "val" => Ok(Stage::Pick),
        "rank" | "rangordning" => Ok(Stage::Rank),
        other => Err(anyhow!(
            "Okänt steg {other:?}: ange --stage pick eller --stage rank."
        )),
    }
}

/// The document's bytes in the asked format.
pub fn render(report: &TallyReport, stage: Option<Stage>, format: &str) -> anyhow::Result<Vec<u8>> {
    let one = stage.unwrap_or_else(|| report.default_stage());
    let out = match format.trim().to_lowercase().as_str() {
        "text" | "txt" => text(report, stage).map(String::into_bytes),
        "md" | "markdown" => markdown(report, stage).map(String::into_bytes),
        "csv" => csv(report, one).map(String::into_bytes),
        "json" => json(report, one).map(|s| (s + "\n").into_bytes()),
        "xlsx" => xlsx(report, stage),
        other => {
            return Err(anyhow!(
                "Okänt format {other:?}: ange text, md, csv, json eller xlsx."
            ));
        }
    };
    out.map_err(|e| anyhow!(e))
}

pub fn run(
    file: &Path,
    stage: Option<&str>,
    format: &str,
    output: Option<&Path>,
) -> anyhow::Result<()> {
    let stage = stage.map(parse_stage).transpose()?;
    let (round, _) = load(file)?;
    let report = TallyReport::of(&round);
    let bytes = render(&report, stage, format)?;
    match output {
        Some(path) => {
            let mut bytes = bytes;
            if format.trim().eq_ignore_ascii_case("csv") {
                // A file for Excel: UTF-8 said by a byte-order mark.
                bytes.splice(0..0, crate::documents::tally_out::CSV_BOM.bytes());
            }
            crate::documents::write_export(path, &bytes).map_err(|e| anyhow!(e))?;
            super::out::print(&format!("Skrev {}", path.display()));
        }
        None if format.eq_ignore_ascii_case("xlsx") => {
            return Err(anyhow!("xlsx skrivs till en fil: ange -o RESULTAT.xlsx."));
        }
        None => super::out::print_document(
            &String::from_utf8_lossy(&bytes),
            format.trim().eq_ignore_ascii_case("json"),
        ),
    }
    Ok(())
}
