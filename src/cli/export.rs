//! `lbk export FILE WHAT [--format F] [-o DIR] [--session N]`: writes any
//! document the app writes, into the round's export folder unless told
//! otherwise, and prints each path written, one per line.

use std::path::Path;

use anyhow::{anyhow, bail};

use crate::documents::export::{export_dir, write_files};
use crate::documents::plan::{Document, plan};
use crate::mailouts::due::unaddressed_note;
use crate::mailouts::plan::mailout_files;
use crate::store::{Folders, load, other_rounds};

/// The names `lbk export` takes, in the order of the moments: the
/// documents and, last, the mail-out drafts.
pub const NAMES: [&str; 14] = [
    "candidates",
    "templates",
    "kickoff",
    "agenda",
    "minutes",
    "compilation",
    "rss-feedback",
    "tally",
    "ballot-log",
    "ballot-codes",
    "handover",
    "feedback",
    "history",
    "mailouts",
];

/// What a name on the command line asks for: a document or the drafts.
enum Wanted {
    Document(Document),
    Mailouts,
}

/// The document a name on the command line asks for.
fn document(
    what: &str,
    session: Option<usize>,
    actor: Option<&str>,
    addr: Option<&str>,
    file: &Path,
    folders: &Folders,
) -> anyhow::Result<Wanted> {
    if actor.is_some() && what.trim().to_lowercase() != "handover" {
        bail!("--actor gäller bara handover: lbk export OMGÅNG handover --actor KOD.");
    }
    let (round, _) = load(file)?;
    let session = || -> anyhow::Result<usize> {
        let n = round.dialogues.len();
        match session {
            _ if n == 0 => bail!("Omgången har inga dialogmöten ännu (moment 3)."),
            None if n == 1 => Ok(0),
            None => bail!("Omgången har {n} dialogmöten: välj ett med --session 1–{n}."),
            Some(s) if (1..=n).contains(&s) => Ok(s - 1),
            Some(s) => bail!("Dialogmöte {s} finns inte: välj --session 1–{n}."),
        }
    };
    Ok(Wanted::Document(
        match what.trim().to_lowercase().as_str() {
            "candidates" => Document::Candidates,
            "templates" => Document::Templates,
            "kickoff" => Document::Kickoff(crate::meeting::moment2::past_gaps(&other_rounds(
                folders,
                Some((file, &round)),
            ))),
            "history" => {
                let mut rounds = vec![round.clone()];
                rounds.extend(other_rounds(folders, Some((file, &round))));
                Document::History(crate::meeting::moment2::past_gaps(&rounds))
            }
            "agenda" => Document::Agenda(session()?),
            "minutes" => Document::Minutes(session()?),
            "compilation" => Document::Compilation,
            "rss-feedback" => Document::RssFeedback,
            "tally" => Document::Tally,
            "ballot-log" => Document::BallotLog,
            "ballot-codes" => {
                let at = crate::serve::server::listen_address(addr)
                    .map_err(|e| anyhow::anyhow!("{e} (--addr)"))?;
                Document::BallotSlips(format!("http://{at}/"))
            }
            "handover" => match actor {
                Some(a) => Document::HandoverTo(a.to_string()),
                None => Document::Handover,
            },
            "feedback" => Document::Feedback,
            "mailouts" => return Ok(Wanted::Mailouts),
            other => bail!(
                "Okänt dokument {other:?}: välj ett av {}.",
                NAMES.join(", ")
            ),
        },
    ))
}

/// The formats `--format` takes: the files' endings.
const FORMATS: [&str; 8] = ["docx", "xlsx", "pptx", "md", "txt", "csv", "eml", "pdf"];

/// What some documents need besides the round: the dialogue, the actor,
/// the address the phones open.
pub struct Extra<'a> {
    pub session: Option<usize>,
    pub actor: Option<&'a str>,
    pub addr: Option<&'a str>,
}

pub fn run(
    file: &Path,
    what: &str,
    format: Option<&str>,
    output: Option<&Path>,
    extra: Extra,
    folders: &Folders,
) -> anyhow::Result<String> {
    let Extra {
        session,
        actor,
        addr,
    } = extra;
    if let Some(f) = format
        && !FORMATS.contains(&f.trim().trim_start_matches('.').to_lowercase().as_str())
    {
        bail!(
            "Okänt format {f:?}: ange {} (utan --format skrivs alla).",
            FORMATS.join(", ")
        );
    }
    let wanted = document(what, session, actor, addr, file, folders)?;
    let (round, _) = load(file)?;
    let now = jiff::Timestamp::now();
    let files = match &wanted {
        Wanted::Document(doc) => plan(doc, &round, now),
        Wanted::Mailouts => mailout_files(&round, now, &folders.mailout_texts()),
    }
    .map_err(|e| anyhow!(e))?;
    let dir = output
        .map(Path::to_path_buf)
        .unwrap_or_else(|| export_dir(file));
    let written = write_files(&dir, files, format).map_err(|e| anyhow!(e))?;
    // What the round lacks is said on stderr, with how to add it from
    // here; what could be written is written.
    let note = match &wanted {
        Wanted::Document(doc) => crate::documents::doc_gaps::note(doc, &round),
        Wanted::Mailouts => unaddressed_note(&round).map(|n| {
            format!("{n}\n(Från kommandoraden: lbk people OMGÅNG contact …, lbk people OMGÅNG kansli --email …)")
        }),
    };
    if written.is_empty() {
        bail!(
            "Inget skrevs: dokumentet {what} finns inte i formatet {}.{}",
            format.unwrap_or("?"),
            note.map(|n| format!("\n{n}")).unwrap_or_default()
        );
    }
    if let Some(note) = note {
        crate::cli::out::error(&note);
    }
    Ok(written
        .iter()
        .map(|w| w.path.display().to_string())
        .collect::<Vec<_>>()
        .join("\n"))
}
