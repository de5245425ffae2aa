//! What a panic says: the terminal is given back (ratatui's hook) and the
//! user is told where the round is saved, since every change was saved.

use std::path::{Path, PathBuf};
use std::sync::Mutex;

static SAVED_AT: Mutex<Option<PathBuf>> = Mutex::new(None);

pub fn set_saved_at(path: &Path) {
    if let Ok(mut p) = SAVED_AT.lock() {
        *p = Some(path.to_path_buf());
    }
}

/// Installs the hook that prints where the round is. Install before
/// ratatui's init, whose hook restores the terminal and then calls this.
pub fn install() {
    let previous = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        previous(info);
        let _ = crossterm::execute!(std::io::stdout(), crossterm::event::DisableBracketedPaste);
        let saved = SAVED_AT.lock().ok().and_then(|p| p.clone());
        match saved {
            Some(p) => eprintln!(
                "\nlbk avbröts av ett internt fel. Inget av det du matat in har gått förlorat: varje ändring sparades direkt i {}.",
                crate::domain::text_safety::clean_line(&p.display().to_string())
            ),
            None => eprintln!("\nlbk avbröts av ett internt fel. Ingen omgång var öppen."),
        }
    }));
}
