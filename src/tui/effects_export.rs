//! The documents the screens write. Part of the effects: the only disk
//! access of the terminal app. What each document holds is planned in
//! `documents::plan` (the drafts in `mailouts::plan`); this only chooses
//! the folder and says where, and what the round still lacks for it.

use super::session::Session;
use crate::documents::export::{Planned, Written, export_dir, said, write_files};
use crate::documents::plan::{Document, kickoff_files, plan};
use crate::store::Folders;

/// Writes the documents and says where (None: no round to write from).
pub fn write(
    what: Document,
    session: &Session,
    folders: &Folders,
) -> Option<Result<String, String>> {
    // From the home screen the list of earlier gaps goes to the data folder.
    if let (Document::Kickoff(gaps), None) = (&what, session.open()) {
        let written = kickoff_files(gaps)
            .and_then(|files| write_files(&folders.data.join("export"), files, None));
        return Some(say(written, None));
    }
    let open = session.open()?;
    let files = plan(&what, &open.round, session.now());
    // What the document lacks is said (a need with no actor, a dialogue
    // without place or length).
    let note = crate::documents::doc_gaps::note(&what, &open.round);
    Some(write_planned(session, files, note))
}

/// Writes the mail-out drafts, with the secretariat's own texts from the
/// config folder, and names whom the register lacks.
pub fn write_drafts(session: &Session, folders: &Folders) -> Option<Result<String, String>> {
    let open = session.open()?;
    let own = folders.mailout_texts();
    let files = crate::mailouts::plan::mailout_files(&open.round, session.now(), &own);
    let note = crate::mailouts::due::unaddressed_note(&open.round);
    Some(write_planned(session, files, note))
}

/// Writes planned files into the open round's export folder; a
/// command-line hint in `note` names the round's file, as it would be typed.
fn write_planned(
    session: &Session,
    files: Result<Vec<Planned>, String>,
    note: Option<String>,
) -> Result<String, String> {
    let Some(open) = session.open() else {
        return Err("Ingen omgång är öppen.".into());
    };
    let written = files.and_then(|files| write_files(&export_dir(&open.path), files, None));
    let name = open
        .path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let note = note.map(|n| n.replace("OMGÅNG", &crate::domain::text_safety::clean_line(&name)));
    say(written, note)
}

fn say(written: Result<Vec<Written>, String>, note: Option<String>) -> Result<String, String> {
    match written {
        Ok(w) if w.is_empty() => Err("Det finns inget att exportera ännu.".into()),
        Ok(w) => Ok(match note {
            Some(n) => format!("{} {n}", said(&w)),
            None => said(&w),
        }),
        Err(e) => Err(format!("Exporten misslyckades: {e}")),
    }
}
