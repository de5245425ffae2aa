//! The home screen's list: the user's rounds in the data folder and the
//! built-in samples, each summarised. Read by an effect, never while drawing.

use std::path::PathBuf;

use crate::domain::Round;
use crate::store::samples::SAMPLES;
use crate::store::{Folders, parse_round};

/// Where a listed round comes from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Origin {
    File(PathBuf),
    Sample(usize),
}

#[derive(Debug, Clone)]
pub struct HomeEntry {
    pub origin: Origin,
    pub name: String,
    /// The summary, or why the file could not be read.
    pub summary: Result<Summary, String>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Summary {
    pub area: String,
    pub model: &'static str,
    pub moment: String,
    pub next_planned: Option<jiff::civil::Date>,
    /// Moments whose planned date passed without their being done.
    pub overdue: Vec<usize>,
}

impl Summary {
    pub fn of(round: &Round, today: jiff::civil::Date) -> Summary {
        let m = round.current_moment();
        let status = round
            .moment_record(m)
            .map(|r| r.status.label())
            .unwrap_or("");
        Summary {
            area: round.area.clone(),
            model: round.model.label(),
            moment: format!("{} {} ({status})", m.number(), m.short_name(round.model)),
            next_planned: round
                .timeline
                .iter()
                .find(|r| r.status != crate::domain::MomentStatus::Klar)
                .and_then(|r| r.planned),
            overdue: crate::meeting::moment67::overdue(round, today)
                .iter()
                .map(|m| m.number())
                .collect(),
        }
    }
}

/// Reads the data folder and the samples. Run as an effect, never while
/// drawing.
pub fn scan(folders: &Folders, today: jiff::civil::Date) -> Vec<HomeEntry> {
    let mut entries: Vec<HomeEntry> = folders
        .round_files()
        .into_iter()
        .map(|path| {
            let name = path
                .file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_default();
            let summary = crate::store::load(&path)
                .map(|(r, _)| Summary::of(&r, today))
                .map_err(|e| e.to_string());
            HomeEntry {
                origin: Origin::File(path),
                name,
                summary,
            }
        })
        .collect();
    for (i, s) in SAMPLES.iter().enumerate() {
        let summary = parse_round(s.text.as_bytes(), std::path::Path::new(s.file_name))
            .map(|r| Summary::of(&r, today))
            .map_err(|e| e.to_string());
        entries.push(HomeEntry {
            origin: Origin::Sample(i),
            name: format!("exempel ({})", s.file_name),
            summary,
        });
    }
    entries
}
