//! The rounds to look back on, for the kick-off list and the history: from
//! an open round, the other rounds of the data folder, the round it was
//! carried over from, and (from a sample) the other samples; from the home
//! screen, every round and every sample. A sample counts as its working
//! copy where one was made, else as shipped. Unreadable files are skipped.

use std::path::{Path, PathBuf};

use super::{Folders, load, parse_round, samples::SAMPLES};
use crate::domain::Round;

fn real(p: &Path) -> PathBuf {
    std::fs::canonicalize(p).unwrap_or_else(|_| p.to_path_buf())
}

/// The other rounds, for the round at `own` (None: from the home screen).
pub fn other_rounds(folders: &Folders, own: Option<(&Path, &Round)>) -> Vec<Round> {
    let own_path = own.map(|(p, _)| real(p));
    let samples_dir = real(&folders.samples());
    let with_samples = own_path
        .as_ref()
        .is_none_or(|p| p.parent() == Some(samples_dir.as_path()));
    let mut seen: Vec<PathBuf> = own_path.iter().cloned().collect();
    let mut rounds = vec![];
    let mut take = |f: &Path, rounds: &mut Vec<Round>| {
        let r = real(f);
        if seen.contains(&r) {
            return;
        }
        seen.push(r);
        if let Ok((round, _)) = load(f) {
            rounds.push(round);
        }
    };
    if let Some((p, round)) = own
        && let Some(from) = &round.carried_from
    {
        let from = Path::new(from);
        let from = if from.is_relative() {
            p.parent().unwrap_or(Path::new(".")).join(from)
        } else {
            from.to_path_buf()
        };
        take(&from, &mut rounds);
    }
    for f in folders.round_files() {
        take(&f, &mut rounds);
    }
    if with_samples {
        for s in SAMPLES.iter() {
            let copy = folders.samples().join(s.file_name);
            if seen.contains(&real(&copy)) {
                continue;
            }
            let r = load(&copy)
                .map(|(r, _)| r)
                .or_else(|_| parse_round(s.text.as_bytes(), Path::new(s.file_name)));
            if let Ok(r) = r {
                rounds.push(r);
            }
        }
    }
    rounds
}
