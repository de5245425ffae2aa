//! One step of the loop, as the loop and the tests drive it: an event is
//! handled (no I/O), its effects are performed (`effects::perform`, the
//! only disk access), their outcomes absorbed, and the derived view
//! refreshed before the next frame.

use std::path::PathBuf;

use crossterm::event::KeyEvent;
use jiff::Timestamp;

use super::app::App;
use super::effects::{Effect, perform};
use crate::store::{Folders, Settings};

/// How long nothing must change before the round file is written from its
/// journal.
const QUIET: std::time::Duration = std::time::Duration::from_secs(3);

impl App {
    /// The app at its home screen with the data folder read.
    pub fn new(
        folders: Folders,
        settings: Settings,
        no_color: bool,
        now: fn() -> Timestamp,
    ) -> App {
        let mut app = App::build(folders, settings, no_color, now);
        app.run(vec![Effect::ScanHome]);
        app
    }

    /// A key press and everything it leads to.
    pub fn press(&mut self, key: KeyEvent) {
        self.follow();
        let effects = self.handle_key(key);
        self.run(effects);
    }

    /// Pasted text (bracketed paste): text for the focused field, never keys.
    pub fn paste(&mut self, text: &str) {
        let effects = self.handle_paste(text);
        self.run(effects);
    }

    /// What runs when no key comes: a read-only round follows its file.
    pub fn tick(&mut self) {
        self.follow();
        self.session.fold_when_quiet(QUIET);
        self.run(vec![]);
    }

    fn follow(&mut self) {
        if self.session.read_only().is_some() {
            self.run(vec![Effect::Follow]);
        }
    }

    /// Opens a round file as the home screen's Enter does.
    pub fn open_file(&mut self, path: PathBuf) {
        self.run(vec![Effect::OpenFile(path)]);
    }

    fn perform_all(&mut self, mut effects: Vec<Effect>) {
        while !effects.is_empty() {
            let mut next = vec![];
            for effect in effects {
                let outcome = perform(effect, &mut self.session, &self.folders);
                next.extend(self.absorb(outcome));
            }
            effects = next;
        }
    }

    /// Performs effects (and those their outcomes ask for), then refreshes
    /// what the screen shows.
    pub(crate) fn run(&mut self, effects: Vec<Effect>) {
        self.perform_all(effects);
        // What the phones sent meanwhile, answered on the round as it now is.
        let answered = self.answer_phones();
        self.perform_all(answered);
        self.refresh();
        self.offer_done();
        if let (Some(number), Some(round)) = (self.pending_select.take(), self.session.round()) {
            self.screens
                .select(self.screen, &number, round, &self.derived);
        }
    }

    /// Before lbk is closed from outside (SIGTERM, SIGHUP): changes that a
    /// failed save left in memory are saved, else written to a rescue copy.
    /// Returns what to tell the user.
    pub fn shutdown(&mut self) -> Option<String> {
        self.stop_phones("Röstningen från mobil är stoppad.");
        let fallback = self.folders.data.clone();
        let open = self.session.open_mut()?;
        if !open.unsaved || open.save().is_ok() {
            return Some(format!("Allt är sparat i {}.", open.path.display()));
        }
        match open.save_rescue_copy(&fallback) {
            Ok(p) => Some(format!(
                "{} kunde inte skrivas; det som inte var sparat finns i {}.",
                open.path.display(),
                p.display()
            )),
            Err(e) => Some(format!(
                "Ändringarna kunde inte sparas någonstans ({e}); de senast sparade finns i {}.",
                open.path.display()
            )),
        }
    }
}
