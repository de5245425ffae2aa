//! An open round's changes through the journal: each change appended and
//! fsynced (`save_change`), the whole file rewritten at quiet moments
//! (`save`, which then removes the journal), and a journal left by a crash
//! replayed when the round is opened, said in `notice`.

use std::sync::Arc;

use super::OpenRound;
use crate::domain::Round;
use crate::store::error::StoreError;
use crate::store::file::Fingerprint;
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
        let p = patch::diff(&before, &self.round);
        if p.is_empty() {
            self.durable = None;
            return Ok(());
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
