//! Where documents go and how they are written: one folder per round,
//! `export/<round file name>/` beside the round file, so two rounds can never
//! overwrite each other's documents; a second export of a document replaces
//! only that round's file, and says so.

use std::path::{Path, PathBuf};

use jiff::Timestamp;

use crate::documents::tally_out::{CSV_BOM, TallyReport, csv, markdown, text};
use crate::documents::tally_xlsx::xlsx;
use crate::domain::Round;
use crate::domain::priority::Stage;

/// `<folder of the round>/export/<round file name without .ron>/`.
pub fn export_dir(round_path: &Path) -> PathBuf {
    let stem = round_path
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_else(|| "omgang".into());
    round_path
        .parent()
        .unwrap_or(Path::new("."))
        .join("export")
        .join(stem)
}

/// The moment-5 tally for the minutes, text, Markdown and xlsx, named by
/// the time they are written so every tally shown at the meeting is kept.
pub fn tally_files(round: &Round, now: Timestamp) -> Result<Vec<Planned>, String> {
    let stamp = now
        .in_tz("Europe/Stockholm")
        .map(|z| z.strftime("%Y%m%d-%H%M%S").to_string())
        .unwrap_or_else(|_| now.as_second().to_string());
    let base = format!("prioritering-{stamp}");
    let report = TallyReport::of(round);
    // CSV for Swedish Excel, one file per stage counted.
    let mut csv_files = vec![Planned {
        path: format!("{base}-val.csv").into(),
        bytes: format!("{CSV_BOM}{}", csv(&report, Stage::Pick)?).into_bytes(),
    }];
    if report.rank.is_some() {
        csv_files.push(Planned {
            path: format!("{base}-rangordning.csv").into(),
            bytes: format!("{CSV_BOM}{}", csv(&report, Stage::Rank)?).into_bytes(),
        });
    }
    let mut files = vec![
        Planned {
            path: format!("{base}.txt").into(),
            bytes: text(&report, None)?.into_bytes(),
        },
        Planned {
            path: format!("{base}.md").into(),
            bytes: markdown(&report, None)?.into_bytes(),
        },
        Planned {
            path: format!("{base}.xlsx").into(),
            bytes: xlsx(&report, None)?,
        },
        // The minutes of the meeting: who, how, the result and its changes.
        Planned {
            path: format!("{base}-protokoll.md").into(),
            bytes: crate::documents::priority_minutes::markdown(
                &crate::documents::priority_minutes::blocks(round),
            )
            .into_bytes(),
        },
        Planned {
            path: format!("{base}-protokoll.docx").into(),
            bytes: crate::documents::formats::docx::blocks_docx(
                &crate::documents::priority_minutes::blocks(round),
                &crate::documents::formats::docx_page::Page::of(
                    round,
                    &format!("Lokala behov av kunskap · {} · moment 5", round.area),
                ),
            )?,
        },
        // The result on slides, for the minutes and the RSSs.
        Planned {
            path: format!("{base}-resultat.pptx").into(),
            bytes: crate::documents::formats::pptx::deck_pptx(
                &crate::documents::decks::result_deck(round, now),
                &crate::documents::formats::docx_page::Page::of(
                    round,
                    &format!("Lokala behov av kunskap · {}", round.area),
                ),
            )?,
        },
    ];
    files.extend(csv_files);
    Ok(files)
}

/// A file written, and whether it replaced an earlier one.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Written {
    pub path: PathBuf,
    pub replaced: bool,
}

/// One file of a document: its path inside the round's export folder and
/// its bytes.
pub struct Planned {
    pub path: PathBuf,
    pub bytes: Vec<u8>,
}

/// Writes the planned files under `dir` (only those ending in `.FORMAT`
/// when a format is given) and says which were written.
pub fn write_files(
    dir: &Path,
    files: Vec<Planned>,
    format: Option<&str>,
) -> Result<Vec<Written>, String> {
    let wanted = |p: &Path| {
        format.is_none_or(|f| {
            p.extension()
                .is_some_and(|e| e.eq_ignore_ascii_case(f.trim_start_matches('.')))
        })
    };
    let mut written = vec![];
    for f in files.into_iter().filter(|f| wanted(&f.path)) {
        let path = dir.join(&f.path);
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent).map_err(|e| format!("{}: {e}", parent.display()))?;
        }
        let replaced = path.exists();
        crate::documents::write_export(&path, f.bytes)?;
        written.push(Written { path, replaced });
    }
    Ok(written)
}

/// "Exporterat till DIR: a.md, a.xlsx (ersatte de förra)": what a screen's
/// status line says after an export.
pub fn said(written: &[Written]) -> String {
    let dir = written
        .first()
        .and_then(|w| w.path.parent())
        .map(|d| d.display().to_string())
        .unwrap_or_default();
    let replaced = written.iter().filter(|w| w.replaced).count();
    let tail = match replaced {
        0 => String::new(),
        n if n == written.len() => " (ersatte omgångens förra version)".into(),
        n => format!(" ({n} ersatte omgångens förra version)"),
    };
    if written.len() > 4 {
        return format!("Exporterat till {dir}: {} filer{tail}.", written.len());
    }
    let names: Vec<String> = written
        .iter()
        .filter_map(|w| w.path.file_name().map(|n| n.to_string_lossy().into_owned()))
        .collect();
    format!("Exporterat till {dir}: {}{tail}", names.join(", "))
}
