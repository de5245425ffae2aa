//! The documents the screens write. Part of the effects: the only disk
//! access of the terminal app. What each document holds is planned in
//! `documents::plan`; this only chooses the folder and says where.

use super::session::Session;
use crate::documents::export::{export_dir, said, write_files};
use crate::documents::plan::{Document, kickoff_files, plan};
use crate::store::Folders;

/// Writes the documents and says where (None: no round to write from).
pub fn write(
    what: Document,
    session: &Session,
    folders: &Folders,
) -> Option<Result<String, String>> {
    let written = match (&what, session.open()) {
        // From the home screen the list of earlier gaps goes to the data folder.
        (Document::Kickoff(gaps), None) => kickoff_files(gaps)
            .and_then(|files| write_files(&folders.data.join("export"), files, None)),
        (_, None) => return None,
        // The drafts take the secretariat's own texts from the config folder.
        (Document::Mailouts(_), Some(open)) => plan(
            &Document::Mailouts(folders.mailout_texts()),
            &open.round,
            session.now(),
        )
        .and_then(|files| write_files(&export_dir(&open.path), files, None)),
        (_, Some(open)) => plan(&what, &open.round, session.now())
            .and_then(|files| write_files(&export_dir(&open.path), files, None)),
    };
    // What the document lacks is said (drafts nobody is addressed in, a
    // need with no actor, a dialogue without place or length).
    // A command-line hint names the round's file, as it would be typed.
    let note = session.open().and_then(|open| {
        let name = open.path.file_name()?.to_string_lossy().into_owned();
        crate::documents::doc_gaps::note(&what, &open.round)
            .map(|n| n.replace("OMGÅNG", &crate::domain::text_safety::clean_line(&name)))
    });
    Some(match written {
        Ok(w) if w.is_empty() => Err("Det finns inget att exportera ännu.".into()),
        Ok(w) => Ok(match note {
            Some(n) => format!("{} {n}", said(&w)),
            None => said(&w),
        }),
        Err(e) => Err(format!("Exporten misslyckades: {e}")),
    })
}
