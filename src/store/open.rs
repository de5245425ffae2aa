//! An open round: the value in memory, where it lives, and whether we may
//! write it. Every change is saved at once through [`OpenRound::save`].

use std::path::{Path, PathBuf};

use super::error::StoreError;
use super::file::{Fingerprint, load, save};
use super::lock::{RoundLock, acquire};
use crate::domain::Round;

#[derive(Debug)]
pub struct OpenRound {
    pub path: PathBuf,
    pub round: Round,
    fingerprint: Option<Fingerprint>,
    _lock: Option<RoundLock>,
    /// Why the round is read-only, if it is (another lbk holds the lock).
    pub read_only: Option<String>,
}

impl OpenRound {
    /// Opens a round file. If another lbk holds it, opens it read-only and
    /// says who holds it; a file that cannot be read is refused.
    pub fn open(path: &Path) -> Result<OpenRound, StoreError> {
        let (round, fp) = load(path)?;
        let (lock, read_only) = match acquire(path) {
            Ok(l) => (Some(l), None),
            Err(e @ StoreError::Locked { .. }) => (None, Some(e.to_string())),
            Err(e) => return Err(e),
        };
        Ok(OpenRound {
            path: path.to_path_buf(),
            round,
            fingerprint: Some(fp),
            _lock: lock,
            read_only,
        })
    }

    /// Writes a new round to a path that must not exist yet, and opens it.
    pub fn create(path: &Path, mut round: Round) -> Result<OpenRound, StoreError> {
        if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
            std::fs::create_dir_all(dir).map_err(|source| StoreError::Io {
                path: dir.to_path_buf(),
                action: "skapa mappen",
                source,
            })?;
        }
        let lock = acquire(path)?;
        let fp = save(path, &mut round, None)?;
        Ok(OpenRound {
            path: path.to_path_buf(),
            round,
            fingerprint: Some(fp),
            _lock: Some(lock),
            read_only: None,
        })
    }

    /// Saves the round under a new name (which must not exist) and goes on
    /// there: the way out when the original cannot be written, or for a copy
    /// of a round someone else holds.
    pub fn save_as(&mut self, path: &Path) -> Result<(), StoreError> {
        let lock = acquire(path)?;
        let fp = save(path, &mut self.round, None)?;
        self.path = path.to_path_buf();
        self.fingerprint = Some(fp);
        self._lock = Some(lock);
        self.read_only = None;
        Ok(())
    }

    /// Saves the round as it is in memory. On failure, memory is unchanged
    /// (nothing is lost) and the error says why.
    pub fn save(&mut self) -> Result<(), StoreError> {
        if let Some(reason) = &self.read_only {
            return Err(StoreError::ReadOnly {
                reason: reason.clone(),
            });
        }
        self.fingerprint = Some(save(&self.path, &mut self.round, self.fingerprint)?);
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::ModelVariant;

    #[test]
    fn a_second_opener_gets_a_read_only_round_that_refuses_to_save() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("r.ron");
        let _first = OpenRound::create(&path, Round::new("A", ModelVariant::V2, 2024)).unwrap();
        let mut second = OpenRound::open(&path).unwrap();
        assert!(second.read_only.as_deref().unwrap().contains("låst"));
        let before = std::fs::read(&path).unwrap();
        second.round.area = "B".into();
        assert!(matches!(second.save(), Err(StoreError::ReadOnly { .. })));
        assert_eq!(std::fs::read(&path).unwrap(), before);
    }

    #[test]
    fn a_save_over_a_file_changed_on_disk_is_refused_and_keeps_memory() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("r.ron");
        let mut open = OpenRound::create(&path, Round::new("A", ModelVariant::V2, 2024)).unwrap();
        // A colleague on a shared drive saves a different version.
        let mut theirs = open.round.clone();
        theirs.area = "Deras".into();
        std::fs::write(&path, super::super::format::round_to_string(&theirs)).unwrap();
        open.round.area = "Min".into();
        let err = open.save().unwrap_err();
        assert!(matches!(err, StoreError::ChangedOnDisk { .. }), "{err}");
        assert_eq!(open.round.area, "Min");
        assert!(std::fs::read_to_string(&path).unwrap().contains("Deras"));
    }

    #[test]
    fn a_save_after_the_file_was_moved_away_is_refused_and_keeps_memory() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("r.ron");
        let mut open = OpenRound::create(&path, Round::new("A", ModelVariant::V2, 2024)).unwrap();
        std::fs::rename(&path, dir.path().join("flyttad.ron")).unwrap();
        open.round.area = "Kvar".into();
        assert!(matches!(open.save(), Err(StoreError::Gone { .. })));
        assert!(!path.exists());
        assert_eq!(open.round.area, "Kvar");
    }
}
