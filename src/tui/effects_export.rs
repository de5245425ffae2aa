//! The documents the screens write, and the reading of earlier rounds. Part
//! of the effects: the only disk access of the terminal app.

use std::path::{Path, PathBuf};

use super::session::Session;
use crate::domain::Round;
use crate::exchange::export::export_dir;
use crate::exchange::{lists, minutes, reports};
use crate::meeting::moment2::PastGap;
use crate::store::Folders;

/// A document (or set of documents) to write.
#[derive(Debug, Clone, PartialEq)]
pub enum Export {
    Tally,
    Candidates,
    Templates,
    /// The kick-off or history list, as shown (searched).
    Gaps(Vec<PastGap>),
    Agenda(usize),
    Minutes(usize),
    Compilation,
    RssFeedback,
    Handover,
    Feedback,
}

/// Writes the documents and says where (None: no round to write from).
pub fn write(what: Export, session: &Session, folders: &Folders) -> Option<Result<String, String>> {
    let written = match (&what, session.open()) {
        // From the home screen the history goes to the data folder.
        (Export::Gaps(gaps), None) => gap_list(gaps, &folders.data.join("export")),
        (_, None) => return None,
        (_, Some(open)) => documents(&what, &open.round, &open.path, session.now()),
    };
    Some(match written {
        Ok(paths) if paths.is_empty() => {
            Err("Ingen RSS deltar ännu; markera deltagande på moment 1.".into())
        }
        Ok(paths) => Ok(said(&paths)),
        Err(e) => Err(format!("Exporten misslyckades: {e}")),
    })
}

/// "Exporterat till DIR: a.md, a.xlsx" (or how many, when they are many).
fn said(paths: &[PathBuf]) -> String {
    let dir = paths
        .first()
        .and_then(|p| p.parent())
        .map(|d| d.display().to_string())
        .unwrap_or_default();
    if paths.len() > 4 {
        return format!("Exporterat till {dir}: {} filer.", paths.len());
    }
    let names: Vec<String> = paths
        .iter()
        .filter_map(|p| p.file_name().map(|n| n.to_string_lossy().into_owned()))
        .collect();
    format!("Exporterat till {dir}: {}", names.join(", "))
}

fn gap_list(gaps: &[PastGap], dir: &Path) -> Result<Vec<PathBuf>, String> {
    lists::write(&lists::kickoff(gaps), dir, "tidigare-kunskapsluckor")
}

fn stamp(r: &Round, i: usize) -> String {
    r.dialogues[i].starts.strftime("%Y%m%d-%H%M").to_string()
}

fn documents(
    what: &Export,
    r: &Round,
    path: &Path,
    now: jiff::Timestamp,
) -> Result<Vec<PathBuf>, String> {
    let dir = export_dir(path);
    match what {
        Export::Tally => crate::exchange::export::export_tally(r, path, now),
        Export::Candidates => lists::write(&lists::candidates(r), &dir, "kandidatomraden"),
        Export::Gaps(gaps) => gap_list(gaps, &dir),
        Export::Templates => {
            let dir = dir.join("mallar");
            std::fs::create_dir_all(&dir).map_err(|e| format!("{}: {e}", dir.display()))?;
            let mut written = vec![];
            for rss in r.rss.iter().filter(|x| x.participates) {
                let bytes = crate::exchange::needs_template::needs_template(rss, &r.area)?;
                let p = dir.join(format!("mall-{}.xlsx", rss.code));
                crate::exchange::write_export(&p, bytes)?;
                written.push(p);
            }
            Ok(written)
        }
        Export::Agenda(i) => lists::write(
            &minutes::agenda(r, *i),
            &dir,
            &format!("dagordning-{}", stamp(r, *i)),
        ),
        Export::Minutes(i) => {
            let stem = format!("minnesanteckningar-{}", stamp(r, *i));
            let mut paths = lists::write(&minutes::minutes_listing(r, *i), &dir, &stem)?;
            // The Markdown of the list is replaced by the sectioned minutes; text beside it.
            let md = dir.join(format!("{stem}.md"));
            let txt = dir.join(format!("{stem}.txt"));
            crate::exchange::write_export(&md, minutes::minutes_markdown(r, *i))?;
            crate::exchange::write_export(&txt, minutes::minutes_text(r, *i))?;
            paths.push(txt);
            Ok(paths)
        }
        Export::Compilation => lists::write(
            &minutes::final_compilation(r),
            &dir,
            "slutlig-sammanstallning",
        ),
        Export::RssFeedback => {
            let fb = dir.join("aterkoppling-rss");
            let mut all = vec![];
            for code in minutes::rss_with_needs(r) {
                all.extend(lists::write(
                    &minutes::rss_feedback(r, &code),
                    &fb,
                    &format!("aterkoppling-{code}"),
                )?);
            }
            Ok(all)
        }
        Export::Handover => {
            // The list's Markdown is replaced by the sectioned hand-over.
            let p = lists::write(&reports::handover(r), &dir, "prioriterade-behov")?;
            let md = dir.join("prioriterade-behov.md");
            crate::exchange::write_export(&md, reports::handover_markdown(r))?;
            Ok(p)
        }
        Export::Feedback => {
            let mut p = lists::write(&reports::feedback_listing(r), &dir, "aterkoppling")?;
            crate::exchange::write_export(
                &dir.join("aterkoppling.md"),
                reports::feedback_markdown(r),
            )?;
            let per = dir.join("aterkoppling-per-rss");
            std::fs::create_dir_all(&per).map_err(|e| format!("{}: {e}", per.display()))?;
            for code in minutes::rss_with_needs(r) {
                let f = per.join(format!("vad-blev-det-av-{code}.md"));
                crate::exchange::write_export(&f, reports::rss_outcome_markdown(r, &code))?;
                p.push(f);
            }
            Ok(p)
        }
    }
}

/// The rounds to look back on: from an open round, the other rounds of the
/// data folder (and, from a sample, the other samples); from the home
/// screen, every round and every sample. A sample counts as its working
/// copy where one was made, else as shipped.
pub fn other_rounds(session: &Session, folders: &Folders) -> Vec<Round> {
    let real = |p: &Path| std::fs::canonicalize(p).unwrap_or_else(|_| p.to_path_buf());
    let own = session.open().map(|o| o.path.clone());
    let samples_dir = real(&folders.samples());
    let with_samples = own
        .as_ref()
        .is_none_or(|p| p.parent() == Some(samples_dir.as_path()));
    let mut rounds = vec![];
    for f in folders.round_files() {
        if Some(real(&f)) == own {
            continue;
        }
        if let Ok((r, _)) = crate::store::load(&f) {
            rounds.push(r);
        }
    }
    if with_samples {
        for s in crate::store::samples::SAMPLES.iter() {
            let copy = folders.samples().join(s.file_name);
            if Some(real(&copy)) == own {
                continue;
            }
            let r = crate::store::load(&copy)
                .map(|(r, _)| r)
                .or_else(|_| crate::store::parse_round(s.text.as_bytes(), Path::new(s.file_name)));
            if let Ok(r) = r {
                rounds.push(r);
            }
        }
    }
    rounds
}
