//! An open round's changes through the journal: each change appended and
//! fsynced (`save_change`), the whole file rewritten at quiet moments
//! (`save`, which then removes the journal), and a journal left by a crash
//! replayed when the round is opened, said in `notice`.

use std::sync::Arc;

use super::OpenRound;
use crate::domain::Round;
use crate::store::error::StoreError;
use crate::store::file::{Fingerprint, MAX_ROUND_BYTES, is_missing, read_bounded};
use crate::store::journal::{self, journal_path};
use crate::store::patch;
use crate::store::replay::{Journal, replay};

/// The journal is folded into the file once it passes this size.
pub const COMPACT_BYTES: u64 = 1024 * 1024;

impl OpenRound {
    /// The round as it was before the changes since the last write: what
    /// the next journal record is the difference from. Kept only if none is.
    pub fn mark_before(&mut self, before: Arc<Round>) {
        if self.durable.is_none() {
            self.durable = Some(before);
        }
    }

    /// Saves the changes since the last write as one record appended to
    /// the journal and fsynced; the file itself is rewritten when the
    /// journal has grown past `COMPACT_BYTES`. Without a version to compare
    /// with (a change made some other way), the whole file is written.
    pub fn save_change(&mut self) -> Result<(), StoreError> {
        if let Some(reason) = &self.read_only {
            return Err(StoreError::ReadOnly {
                reason: reason.clone(),
            });
        }
        let (Some(before), Some(fp)) = (self.durable.clone(), self.fingerprint) else {
            return self.save();
        };
        if closes_a_stage(&before, &self.round) {
            // A stage's close is a quiet moment: the file is written whole.
            return self.save();
        }
        let p = patch::diff(&before, &self.round);
        if p.is_empty() {
            self.durable = None;
            return Ok(());
        }
        if let Err(e) = self.file_as_last_written() {
            self.unsaved = true;
            return Err(e);
        }
        let payload = serde_json::to_vec(&p).map_err(|e| StoreError::Io {
            path: journal_path(&self.path),
            action: "skriva journalen",
            source: std::io::Error::other(e),
        })?;
        match journal::append(&journal_path(&self.path), fp, &payload) {
            Ok(size) => {
                self.durable = None;
                self.journal_bytes = size;
                self.unsaved = false;
                if size > COMPACT_BYTES {
                    // The change is safe in the journal whatever happens.
                    let _ = self.save();
                }
                Ok(())
            }
            Err(e) => {
                self.unsaved = true;
                Err(e)
            }
        }
    }

    /// Before a change goes into the journal: the round file is still there
    /// and still what this lbk last wrote, as a whole-file save checks. One
    /// look at its size and time; read only when they moved (a `touch`
    /// that changed nothing is let through).
    fn file_as_last_written(&mut self) -> Result<(), StoreError> {
        let now = super::stamp(&self.path).0;
        if now.is_some() && now == self.seen.0 {
            return Ok(());
        }
        let changed = || StoreError::ChangedOnDisk {
            path: self.path.clone(),
        };
        let bytes = match read_bounded(&self.path, MAX_ROUND_BYTES) {
            Ok(b) => b,
            Err(e) if is_missing(&e) => {
                return Err(StoreError::Gone {
                    path: self.path.clone(),
                });
            }
            Err(StoreError::TooLarge { .. }) => return Err(changed()),
            Err(e) => return Err(e),
        };
        if Some(Fingerprint::of(&bytes)) != self.fingerprint {
            return Err(changed());
        }
        self.seen.0 = now;
        Ok(())
    }

    /// Changes in the journal not yet in the file.
    pub fn journaled(&self) -> bool {
        self.journal_bytes > 0
    }

    /// After a whole file is written: the journal's changes are in it.
    pub(super) fn journal_folded(&mut self) -> Result<(), StoreError> {
        self.durable = None;
        if self.journal_bytes > 0 || journal_path(&self.path).exists() {
            journal::remove(&journal_path(&self.path))?;
        }
        self.journal_bytes = 0;
        Ok(())
    }

    /// Reads a journal left beside the file into the round just opened and,
    /// when this lbk holds the round, writes the file with it at once.
    pub(super) fn take_up_journal(&mut self, fp: Fingerprint) -> Result<(), StoreError> {
        let found = replay(&self.path, &mut self.round, fp)?;
        let holds = self.lock.is_some();
        let journal = journal_path(&self.path);
        match found {
            Journal::None => {}
            Journal::Stale => {
                if holds {
                    journal::remove(&journal)?;
                }
            }
            Journal::Foreign => {
                let aside = journal.with_extension(format!(
                    "journal-{}",
                    jiff::Timestamp::now().strftime("%Y%m%d-%H%M%S")
                ));
                if holds {
                    let _ = std::fs::rename(&journal, &aside);
                }
                self.notice = Some(format!(
                    "Journalen bredvid {} hör till en annan version av filen (ändrad utanför lbk?) och lästes inte in{}.",
                    self.path.display(),
                    if holds {
                        format!("; den ligger kvar som {}", aside.display())
                    } else {
                        String::new()
                    }
                ));
            }
            Journal::Applied { applied, dropped } => {
                let mut said = format!(
                    "{} som inte hann skrivas in i {} lästes in från journalen (lbk avslutades mitt i arbetet)",
                    crate::domain::swedish::count(applied, "ändring", "ändringar"),
                    self.path.display()
                );
                if let Some(d) = dropped {
                    said.push_str(&format!("; {d}"));
                }
                if holds {
                    self.journal_bytes = 1;
                    self.save()?;
                    said.push_str(". Allt är nu sparat i filen.");
                } else {
                    said.push('.');
                }
                self.notice = Some(said);
            }
        }
        Ok(())
    }
}

/// A moment begun or done, or a stage of moment 5 closed or opened again.
fn closes_a_stage(before: &Round, after: &Round) -> bool {
    let statuses = |r: &Round| r.timeline.iter().map(|m| m.status).collect::<Vec<_>>();
    statuses(before) != statuses(after)
        || before.prioritization.pick_closed != after.prioritization.pick_closed
        || before.prioritization.rank_closed != after.prioritization.rank_closed
}

#[cfg(test)]
mod tests;
