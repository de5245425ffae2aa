//! An open round: the value in memory, where it lives, and whether we may
//! write it. Every change is saved at once through [`OpenRound::save`]; a
//! save that fails marks the round unsaved, so nobody leaves it unasked.
//!
//! A round is always the real file: a path through a link is resolved
//! first, so two paths to one file are one round with one lock. A round is
//! opened read-only, with the reason, when another lbk holds it, when the
//! file or its folder cannot be written, or when no lock can be taken
//! there; a read-only round follows the file on disk and can be taken over
//! once its writer has gone.

use std::path::{Path, PathBuf};
use std::time::SystemTime;

use super::error::StoreError;
use super::file::{Fingerprint, MAX_ROUND_BYTES, io, load_file as load, read_bounded, save};
use super::format::parse_round;
use super::lock::{RoundLock, acquire, is_free};
use super::replay::replay;
use crate::domain::Round;

/// The file's and its journal's size and change time, to notice cheaply
/// that either changed.
type Stamp = (Option<(u64, SystemTime)>, Option<(u64, SystemTime)>);

fn stamp(path: &Path) -> Stamp {
    let one = |p: &Path| {
        let m = std::fs::metadata(p).ok()?;
        Some((m.len(), m.modified().ok()?))
    };
    (one(path), one(&super::journal::journal_path(path)))
}

/// What following the file on disk found.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Followed {
    Unchanged,
    /// Someone saved; memory now holds their version.
    Reloaded,
    /// The lbk that held the round has gone; it can be taken over.
    WriterLeft,
}

#[derive(Debug)]
pub struct OpenRound {
    /// The round file itself (a link is resolved when the round is opened).
    pub path: PathBuf,
    pub round: Round,
    fingerprint: Option<Fingerprint>,
    lock: Option<RoundLock>,
    /// Why the round is read-only, if it is.
    pub read_only: Option<String>,
    /// Memory holds changes the file does not: the last save failed.
    pub unsaved: bool,
    /// Read-only because another lbk holds the lock (which may go).
    held_elsewhere: bool,
    /// The lbk that held the round has gone; it can be taken over.
    writer_left: bool,
    /// What the file says against itself, each with its line: while any
    /// is left the round is read-only (lbk never mends it by itself).
    pub contradictions: Vec<String>,
    /// The round as it was at the last write, while changes since are not
    /// yet in the journal (`mark_before`, `save_change`).
    durable: Option<std::sync::Arc<Round>>,
    /// The journal's size: changes on disk not yet in the file.
    journal_bytes: u64,
    /// What opening found to tell (a journal read in after a crash).
    pub notice: Option<String>,
    seen: Stamp,
}

pub mod journaled;

/// The real path of a file that exists, or of a new file in a folder that does.
fn real_path(path: &Path) -> PathBuf {
    if let Ok(p) = std::fs::canonicalize(path) {
        return p;
    }
    match (path.parent(), path.file_name()) {
        (Some(dir), Some(name)) if !dir.as_os_str().is_empty() => std::fs::canonicalize(dir)
            .map(|d| d.join(name))
            .unwrap_or_else(|_| path.to_path_buf()),
        _ => path.to_path_buf(),
    }
}

/// Why this user cannot write the file, if they cannot. A file nobody may
/// write (`chmod 444`) counts even for the system administrator.
fn write_refusal(path: &Path) -> Option<String> {
    let meta = std::fs::metadata(path).ok()?;
    if meta.permissions().readonly() {
        return Some(format!(
            "{} är skrivskyddad (ingen har skrivrätt till filen). Ge skrivrätt (chmod u+w) och öppna den igen för att ändra.",
            path.display()
        ));
    }
    match std::fs::OpenOptions::new().append(true).open(path) {
        Ok(_) => None,
        Err(e) if e.kind() == std::io::ErrorKind::PermissionDenied => Some(format!(
            "Du har inte skrivrätt till {}. Be ägaren dela den med din grupp (se README) för att kunna ändra.",
            path.display()
        )),
        Err(e) if e.kind() == std::io::ErrorKind::ReadOnlyFilesystem => Some(format!(
            "{} ligger på en skrivskyddad disk eller mapp.",
            path.display()
        )),
        Err(_) => None,
    }
}

impl OpenRound {
    /// Opens a round file. If it cannot be written here (another lbk holds
    /// it, no write permission, a read-only place), opens it read-only and
    /// says why; a file that cannot be read is refused.
    pub fn open(path: &Path) -> Result<OpenRound, StoreError> {
        let path = std::fs::canonicalize(path).map_err(io(path, "läsa"))?;
        let (round, fp) = load(&path)?;
        let mut open = OpenRound {
            seen: stamp(&path),
            path,
            round,
            fingerprint: Some(fp),
            lock: None,
            read_only: None,
            unsaved: false,
            held_elsewhere: false,
            writer_left: false,
            contradictions: vec![],
            durable: None,
            journal_bytes: 0,
            notice: None,
        };
        open.try_to_lock()?;
        open.take_up_journal(fp)?;
        open.contradictions = super::contradicted::findings(&open.round, &open.path);
        open.refuse_if_contradicted();
        Ok(open)
    }

    /// Takes the lock if the round can be written here; otherwise records why not.
    fn try_to_lock(&mut self) -> Result<(), StoreError> {
        if let Some(why) = write_refusal(&self.path) {
            self.read_only = Some(why);
            return Ok(());
        }
        match acquire(&self.path) {
            Ok(lock) => {
                self.lock = Some(lock);
                self.read_only = None;
                self.held_elsewhere = false;
                self.writer_left = false;
                super::temp::remove_stale(&self.path);
            }
            Err(e @ StoreError::Locked { .. }) => {
                self.read_only = Some(e.to_string());
                self.held_elsewhere = true;
            }
            Err(e @ StoreError::LockUnavailable { .. }) => {
                self.read_only = Some(format!(
                    "Omgången öppnas skrivskyddad: {e}. Kopiera den till en mapp där du kan skriva (S sparar en kopia) för att ändra."
                ));
            }
            Err(e) => return Err(e),
        }
        Ok(())
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
        let path = real_path(path);
        let lock = acquire(&path)?;
        let fp = save(&path, &mut round, None)?;
        Ok(OpenRound {
            seen: stamp(&path),
            path,
            round,
            fingerprint: Some(fp),
            lock: Some(lock),
            read_only: None,
            unsaved: false,
            held_elsewhere: false,
            writer_left: false,
            contradictions: vec![],
            durable: None,
            journal_bytes: 0,
            notice: None,
        })
    }

    /// Saves the round under a new name (which must not exist) and goes on
    /// there: the way out when the original cannot be written, or for a copy
    /// of a round someone else holds.
    pub fn save_as(&mut self, path: &Path) -> Result<(), StoreError> {
        let path = real_path(path);
        let lock = acquire(&path)?;
        let fp = save(&path, &mut self.round, None)?;
        self.seen = stamp(&path);
        self.path = path;
        self.fingerprint = Some(fp);
        self.lock = Some(lock);
        self.read_only = None;
        self.unsaved = false;
        self.held_elsewhere = false;
        self.writer_left = false;
        self.contradictions = super::contradicted::findings(&self.round, &self.path);
        self.refuse_if_contradicted();
        Ok(())
    }

    /// A round that says against itself stays read-only, lock or not.
    fn refuse_if_contradicted(&mut self) {
        if !self.contradictions.is_empty() {
            self.lock = None;
            self.held_elsewhere = false;
            self.read_only = Some(super::contradicted::read_only_reason(
                &self.path,
                &self.contradictions,
            ));
        }
    }

    /// Saves the round as it is in memory. On failure, memory is unchanged
    /// (nothing is lost), the round is marked unsaved, and the error says why.
    pub fn save(&mut self) -> Result<(), StoreError> {
        if let Some(reason) = &self.read_only {
            return Err(StoreError::ReadOnly {
                reason: reason.clone(),
            });
        }
        match save(&self.path, &mut self.round, self.fingerprint) {
            Ok(fp) => {
                self.fingerprint = Some(fp);
                // The journal's changes are in the file now; a journal
                // left by a failed removal is known stale at the next open.
                let _ = self.journal_folded();
                self.seen = stamp(&self.path);
                self.unsaved = false;
                Ok(())
            }
            Err(e) => {
                self.unsaved = true;
                Err(e)
            }
        }
    }

    /// The last way out for unsaved changes (the app is being closed and the
    /// file cannot be written): a new file `<name>-osparad-<time>.ron`
    /// beside the round, else in `fallback`. Returns where it went.
    pub fn save_rescue_copy(&mut self, fallback: &Path) -> Result<PathBuf, StoreError> {
        let stem = self
            .path
            .file_stem()
            .map(|s| s.to_string_lossy().into_owned())
            .unwrap_or_else(|| "omgang".into());
        let stamp = jiff::Timestamp::now().strftime("%Y%m%d-%H%M%S").to_string();
        let name = format!("{stem}-osparad-{stamp}.ron");
        let beside = self.path.with_file_name(&name);
        let mut round = self.round.clone();
        match save(&beside, &mut round, None) {
            Ok(_) => Ok(beside),
            Err(first) => {
                let other = fallback.join(&name);
                std::fs::create_dir_all(fallback).map_err(|_| first)?;
                save(&other, &mut round, None).map(|_| other)
            }
        }
    }

    /// For a read-only round: reads the file again when someone saved it,
    /// and notices when the lbk that held it has gone. Cheap when nothing
    /// changed (one look at the file's size and time).
    pub fn follow(&mut self) -> Result<Followed, StoreError> {
        if self.read_only.is_none() {
            return Ok(Followed::Unchanged);
        }
        let now = stamp(&self.path);
        let mut result = Followed::Unchanged;
        if now != self.seen {
            let bytes = read_bounded(&self.path, MAX_ROUND_BYTES)?;
            let journal_moved = now.1 != self.seen.1;
            self.seen = now;
            let fp = Fingerprint::of(&bytes);
            if Some(fp) != self.fingerprint || journal_moved {
                self.round = parse_round(&bytes, &self.path)?;
                // The writer's changes not yet in the file, in memory only.
                let _ = replay(&self.path, &mut self.round, fp)?;
                self.fingerprint = Some(fp);
                result = Followed::Reloaded;
                // Mended in an editor: the round can be written again.
                let was = !self.contradictions.is_empty();
                self.contradictions = super::contradicted::findings(&self.round, &self.path);
                if was && self.contradictions.is_empty() {
                    self.read_only = None;
                    self.try_to_lock()?;
                } else {
                    self.refuse_if_contradicted();
                }
            }
        }
        if self.held_elsewhere && is_free(&self.path) {
            self.held_elsewhere = false;
            self.writer_left = true;
            self.read_only = Some(format!(
                "{} är inte längre öppen i någon annan lbk och kan tas över.",
                self.path.display()
            ));
            result = Followed::WriterLeft;
        }
        Ok(result)
    }

    /// Can a read-only round be taken over now (its writer has gone)?
    pub fn can_take_over(&self) -> bool {
        self.writer_left && self.read_only.is_some()
    }

    /// Takes over a read-only round whose writer has gone: the newest file
    /// is read and the lock taken. Refused, with the reason, when the round
    /// still cannot be written here.
    pub fn take_over(&mut self) -> Result<(), StoreError> {
        if self.read_only.is_none() {
            return Ok(());
        }
        self.try_to_lock()?;
        if let Some(reason) = &self.read_only {
            return Err(StoreError::ReadOnly {
                reason: reason.clone(),
            });
        }
        let (round, fp) = load(&self.path)?;
        self.round = round;
        self.fingerprint = Some(fp);
        self.take_up_journal(fp)?;
        self.seen = stamp(&self.path);
        self.contradictions = super::contradicted::findings(&self.round, &self.path);
        self.refuse_if_contradicted();
        Ok(())
    }
}

/// A round closed with changes only in the journal writes its file first
/// (quitting is a quiet moment); if that fails, the journal keeps them.
impl Drop for OpenRound {
    fn drop(&mut self) {
        if self.journal_bytes > 0 && self.read_only.is_none() {
            let _ = self.save();
        }
    }
}

#[cfg(test)]
mod tests;
