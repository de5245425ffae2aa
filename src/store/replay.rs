//! A round as it is on disk: its file with the journal beside it read in
//! (`load`), and what the journal held (`replay`). Only reads; what to do
//! with a journal (fold it into the file) is the open round's business.

use std::path::Path;

use crate::domain::Round;
use crate::store::error::StoreError;
use crate::store::file::{Fingerprint, MAX_ROUND_BYTES, backup_path, load_file, read_bounded};
use crate::store::journal;
use crate::store::patch;

/// What was found in the journal beside a round.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Journal {
    /// No journal.
    None,
    /// `applied` changes read in; `dropped` says why the rest was not.
    Applied {
        applied: usize,
        dropped: Option<String>,
    },
    /// A journal already folded into the file (the crash came after the
    /// file was written, before the journal was removed).
    Stale,
    /// A journal of another version of the file (the file was changed by
    /// other means since): not read in.
    Foreign,
}

/// Reads the journal beside `path` into `round`, whose file had the
/// fingerprint `fp`. Each record is applied whole or not at all; the first
/// that is not whole ends the replay.
pub fn replay(path: &Path, round: &mut Round, fp: Fingerprint) -> Result<Journal, StoreError> {
    let Some(read) = journal::read(&journal::journal_path(path))? else {
        return Ok(Journal::None);
    };
    if read.base != fp.value() {
        let bak = read_bounded(&backup_path(path), MAX_ROUND_BYTES)
            .map(|b| Fingerprint::of(&b).value())
            .ok();
        return Ok(if bak == Some(read.base) {
            Journal::Stale
        } else {
            Journal::Foreign
        });
    }
    let mut applied = 0;
    let mut dropped = read.dropped;
    for (i, record) in read.records.iter().enumerate() {
        let result = serde_json::from_slice::<patch::Patch>(record)
            .map_err(|e| e.to_string())
            .and_then(|p| patch::apply(round, &p));
        if let Err(e) = result {
            dropped = Some(format!(
                "ändring {} kunde inte läggas till ({e}); den och allt efter den togs inte med",
                i + 1
            ));
            break;
        }
        applied += 1;
    }
    Ok(Journal::Applied { applied, dropped })
}

/// Reads and checks a round file with its journal's changes (the round as
/// lbk last saved it). The files are only read, never changed; the
/// fingerprint is the file's.
pub fn load(path: &Path) -> Result<(Round, Fingerprint), StoreError> {
    let (mut round, fp) = load_file(path)?;
    replay(path, &mut round, fp)?;
    Ok((round, fp))
}
