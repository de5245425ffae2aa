//! The session: the open round, the versions `u` can go back to, the
//! generation that tells derived views when the round changed, and the
//! app's clock. Changing the round happens only here.

use jiff::Timestamp;

use crate::domain::Round;
use crate::store::OpenRound;

/// How many earlier versions `u` can go back to.
const UNDO_DEPTH: usize = 30;

pub struct Session {
    open: Option<OpenRound>,
    /// Earlier versions of the round with what changed after each.
    undo: Vec<(std::sync::Arc<Round>, String)>,
    /// When the round last changed, for writing the file at a quiet moment.
    last_change: Option<std::time::Instant>,
    generation: u64,
    now: fn() -> Timestamp,
}

impl Session {
    pub fn new(now: fn() -> Timestamp) -> Session {
        Session {
            open: None,
            undo: vec![],
            last_change: None,
            generation: 0,
            now,
        }
    }

    pub fn open(&self) -> Option<&OpenRound> {
        self.open.as_ref()
    }

    /// For the effects that save, follow and take over the file.
    pub fn open_mut(&mut self) -> Option<&mut OpenRound> {
        self.open.as_mut()
    }

    pub fn round(&self) -> Option<&Round> {
        self.open.as_ref().map(|o| &o.round)
    }

    /// Counts changes to what is shown of the round.
    pub fn generation(&self) -> u64 {
        self.generation
    }

    /// The round changed outside a change of ours (read again from disk).
    pub fn touched(&mut self) {
        self.generation += 1;
    }

    pub fn now(&self) -> Timestamp {
        (self.now)()
    }

    /// Today in Sweden, by the app's clock.
    pub fn today(&self) -> jiff::civil::Date {
        let now = self.now();
        now.in_tz("Europe/Stockholm")
            .map(|z| z.date())
            .unwrap_or_else(|_| now.in_tz("UTC").map(|z| z.date()).unwrap_or_default())
    }

    pub fn read_only(&self) -> Option<String> {
        self.open.as_ref().and_then(|o| o.read_only.clone())
    }

    /// Does memory hold changes that the round file does not?
    pub fn unsaved(&self) -> bool {
        self.open.as_ref().is_some_and(|o| o.unsaved)
    }

    /// Puts a round in the session (or none), forgetting the undo history.
    pub fn set(&mut self, open: Option<OpenRound>) {
        if let Some(o) = &open {
            crate::tui::panic_note::set_saved_at(&o.path);
        }
        self.open = open;
        self.undo.clear();
        self.generation += 1;
    }

    /// After taking over a round: its history starts here.
    pub fn forget_undo(&mut self) {
        self.undo.clear();
        self.generation += 1;
    }

    /// Changes the open round through `change`, keeping the version before
    /// for undo. Refused (nothing changed) when the round is read-only.
    pub fn change(
        &mut self,
        what: &str,
        change: impl FnOnce(&mut Round, Timestamp) -> Result<(), String>,
    ) -> Result<(), String> {
        let now = self.now();
        let open = self.open.as_mut().ok_or("Ingen omgång är öppen.")?;
        if let Some(reason) = &open.read_only {
            return Err(format!("Ändringen gjordes inte: {reason}"));
        }
        let before = std::sync::Arc::new(open.round.clone());
        change(&mut open.round, now)?;
        open.mark_before(before.clone());
        self.generation += 1;
        self.last_change = Some(std::time::Instant::now());
        self.undo.push((before, what.to_string()));
        if self.undo.len() > UNDO_DEPTH {
            self.undo.remove(0);
        }
        Ok(())
    }

    /// Goes back to the version before the last change. The log is
    /// append-only: it keeps the change and says what was undone. Returns
    /// the text for the log and the status line.
    pub fn undo(&mut self) -> Result<String, String> {
        let now = self.now();
        let open = self.open.as_mut().ok_or("Ingen omgång är öppen.")?;
        if let Some(reason) = &open.read_only {
            return Err(format!("Kan inte ångra: {reason}"));
        }
        let (before, what) = self.undo.pop().ok_or("Det finns inget att ångra.")?;
        open.mark_before(std::sync::Arc::new(open.round.clone()));
        let before = std::sync::Arc::try_unwrap(before).unwrap_or_else(|b| (*b).clone());
        let log = std::mem::take(&mut open.round.log);
        let revision = open.round.revision;
        open.round = before;
        open.round.log = log;
        open.round.revision = revision;
        self.generation += 1;
        self.last_change = Some(std::time::Instant::now());
        let text = format!("Ångrat: {what}");
        open.round.record(now, text.clone());
        Ok(text)
    }

    /// Writes the round file from its journal once nothing has changed for
    /// `quiet` (the app calls it every tick): the journal stays short and
    /// the file readable as it is.
    pub fn fold_when_quiet(&mut self, quiet: std::time::Duration) {
        let Some(open) = self.open.as_mut() else {
            return;
        };
        if open.journaled()
            && open.read_only.is_none()
            && self.last_change.is_none_or(|t| t.elapsed() >= quiet)
        {
            let _ = open.save();
        }
    }
}
