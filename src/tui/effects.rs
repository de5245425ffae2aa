//! Effects: what the app asks for and does not do itself. `perform` is the
//! only place the terminal app touches the disk: saving, opening, reading
//! the data folder and earlier rounds, following a read-only file, and
//! writing documents. Each effect's outcome comes back as a value for the
//! app to absorb.

use std::path::PathBuf;

use super::home_list::HomeEntry;
use super::session::Session;
use crate::imports::needs::ImportPlan;
use crate::meeting::moment2::PastGap;
use crate::store::open::Followed;
use crate::store::samples::{SAMPLES, working_copy};
use crate::store::{Folders, OpenRound, Settings, StoreError, save_settings};

/// What the app asks the loop to do after an update.
#[derive(Debug, Clone, PartialEq)]
pub enum Effect {
    /// Save the open round; the text says what changed.
    Save(String),
    /// Save the round under a new name and go on there.
    SaveAs(PathBuf),
    SaveSettings(Settings),
    /// Load the theme after this one (built-in and the user's own).
    NextTheme(String),
    OpenFile(PathBuf),
    OpenSample(usize),
    /// Read the data folder for the home screen.
    ScanHome,
    /// Look at a read-only round's file (the tick).
    Follow,
    /// Take over a read-only round whose writer has gone.
    TakeOver,
    /// Earlier rounds' prioritised gaps: for the kick-off (from a round) or
    /// the history (from the home screen).
    LoadGaps,
    /// Read a returned template for an RSS and plan its import.
    PlanImport(String, PathBuf, crate::imports::needs::Answers),
    /// Read a file of ballots (form export, sheet, saved chat).
    ReadBallots(PathBuf),
    Export(crate::documents::plan::Document),
    /// Write the mail-out drafts (.eml) the round is ready for.
    WriteDrafts,
    /// Read a returned form.
    ReadReturn(PathBuf),
    /// Start the ballot server for phones, on the address given (else this
    /// machine's own, port 8080).
    StartPhones(Option<String>),
    /// Stop it.
    StopPhones,
}

/// What an effect came to.
#[derive(Debug)]
pub enum Outcome {
    Nothing,
    /// Something to say on the status line (an error when `Err`).
    Said(Result<String, String>),
    Saved(Result<String, SaveFailure>),
    Opened(Box<OpenRound>, Option<String>),
    Home(Vec<HomeEntry>),
    Gaps(Vec<PastGap>),
    ImportPlanned(Result<Box<ImportPlan>, String>),
    /// The template raised questions only it cannot settle: (RSS, file, the questions).
    /// (RSS, file, the questions, whether a probable duplicate is among them).
    ImportAsks(String, PathBuf, Vec<String>, bool),
    /// Ballots read from a file, and the file's name for the report.
    BallotsRead(Result<Box<crate::imports::ballots::Source>, String>, String),
    /// A returned form read from disk, and its file name.
    ReturnRead(
        Result<Box<crate::imports::returns::ReturnSheet>, String>,
        String,
    ),
    Followed(Result<Followed, String>),
    TookOver(Result<(), String>),
    PhonesStarted(Box<crate::tui::phone_model::Phones>),
    PhonesStop,
    /// The theme loaded, its name, and what was wrong with its file.
    Theme(Box<crate::tui::theme::Theme>, String, Option<String>),
}

#[derive(Debug)]
pub struct SaveFailure {
    pub message: String,
    /// Will the next change's save try again (a full disk may clear; a file
    /// someone else changed does not)?
    pub retried: bool,
}

/// Performs one effect against the session and the folders.
pub fn perform(effect: Effect, session: &mut Session, folders: &Folders) -> Outcome {
    let today = session.today();
    match effect {
        Effect::Save(what) => save(session, &what),
        Effect::SaveAs(path) => save_as(session, path),
        Effect::StartPhones(addr) => match crate::tui::phone_model::start(session, addr.as_deref())
        {
            Ok(p) => Outcome::PhonesStarted(Box::new(p)),
            Err(e) => Outcome::Said(Err(e)),
        },
        Effect::StopPhones => Outcome::PhonesStop,
        Effect::SaveSettings(settings) => match save_settings(folders, &settings) {
            Ok(()) => Outcome::Nothing,
            Err(e) => Outcome::Said(Err(format!("Temavalet kunde inte sparas: {e}"))),
        },
        Effect::NextTheme(current) => {
            use crate::tui::theme::Theme;
            let names = Theme::available(&folders.themes());
            let at = names.iter().position(|n| *n == current).unwrap_or(0);
            let next = names[(at + 1) % names.len()].clone();
            let (theme, msg) = Theme::load(&next, &folders.themes());
            Outcome::Theme(Box::new(theme), next, msg)
        }
        Effect::OpenFile(path) => match OpenRound::open(&path) {
            Ok(open) => Outcome::Opened(Box::new(open), None),
            Err(e) => Outcome::Said(Err(e.to_string())),
        },
        Effect::OpenSample(i) => {
            match working_copy(&folders.samples(), &SAMPLES[i]).and_then(|p| OpenRound::open(&p)) {
                Ok(open) => {
                    let note = format!(
                        "Exempelomgång öppnad; ändringar sparas i kopian {}.",
                        open.path.display()
                    );
                    Outcome::Opened(Box::new(open), Some(note))
                }
                Err(e) => Outcome::Said(Err(e.to_string())),
            }
        }
        Effect::ScanHome => Outcome::Home(super::home_list::scan(folders, today)),
        Effect::Follow => match session.open_mut() {
            Some(open) => Outcome::Followed(open.follow().map_err(|e| e.to_string())),
            None => Outcome::Nothing,
        },
        Effect::TakeOver => match session.open_mut() {
            Some(open) => Outcome::TookOver(open.take_over().map_err(|e| e.to_string())),
            None => Outcome::Nothing,
        },
        Effect::LoadGaps => {
            let own = session.open().map(|o| (o.path.as_path(), &o.round));
            let rounds = crate::store::other_rounds(folders, own);
            Outcome::Gaps(crate::meeting::moment2::past_gaps(&rounds))
        }
        Effect::PlanImport(code, path, answers) => {
            let Some(round) = session.round() else {
                return Outcome::Nothing;
            };
            plan_import(round, &code, &path, answers)
        }
        Effect::ReadBallots(path) => Outcome::BallotsRead(
            crate::imports::ballots::read_file(&path).map(Box::new),
            path.file_name()
                .map(|n| crate::tui::widgets::safe(&n.to_string_lossy()))
                .unwrap_or_default(),
        ),
        Effect::Export(what) => match super::effects_export::write(what, session, folders) {
            Some(said) => Outcome::Said(said),
            None => Outcome::Nothing,
        },
        Effect::ReadReturn(path) => Outcome::ReturnRead(
            crate::imports::returns::read_return(&path).map(Box::new),
            path.file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_default(),
        ),
        Effect::WriteDrafts => match super::effects_export::write_drafts(session, folders) {
            Some(said) => Outcome::Said(said),
            None => Outcome::Nothing,
        },
    }
}

fn save(session: &mut Session, what: &str) -> Outcome {
    let Some(open) = session.open_mut() else {
        return Outcome::Nothing;
    };
    // One record appended to the journal; the file is written whole at
    // quiet moments (`Session::fold_when_quiet`, quitting, a stage's close).
    Outcome::Saved(match open.save_change() {
        Ok(()) => Ok(format!("{what} Sparat i {}.", open.path.display())),
        Err(e) => Err(SaveFailure {
            retried: !matches!(
                e,
                StoreError::ChangedOnDisk { .. }
                    | StoreError::Gone { .. }
                    | StoreError::ReadOnly { .. }
            ),
            message: e.to_string(),
        }),
    })
}

fn save_as(session: &mut Session, path: PathBuf) -> Outcome {
    let Some(open) = session.open_mut() else {
        return Outcome::Nothing;
    };
    let path = if path.extension().is_some_and(|e| e == "ron") {
        path
    } else {
        path.with_extension("ron")
    };
    match open.save_as(&path) {
        Ok(()) => {
            crate::tui::panic_note::set_saved_at(&open.path);
            Outcome::Saved(Ok(format!(
                "Sparat som {}; ändringar sparas nu där.",
                open.path.display()
            )))
        }
        Err(e) => Outcome::Said(Err(format!("{e} Allt finns kvar i minnet."))),
    }
}

fn plan_import(
    round: &crate::domain::Round,
    code: &str,
    path: &std::path::Path,
    answers: crate::imports::needs::Answers,
) -> Outcome {
    use crate::imports::needs::{plan_import_with, read_needs_sheet};
    let sheet = match read_needs_sheet(path) {
        Ok(s) => s,
        Err(e) => return Outcome::ImportPlanned(Err(e)),
    };
    match plan_import_with(round, code, &sheet, answers) {
        Ok(plan) => Outcome::ImportPlanned(Ok(Box::new(plan))),
        Err(r) if r.problems.is_empty() => {
            let duplicates = r
                .questions
                .iter()
                .any(|q| matches!(q, crate::imports::needs::Question::ProbableDuplicate { .. }));
            Outcome::ImportAsks(code.to_string(), path.to_path_buf(), r.lines(), duplicates)
        }
        Err(r) => {
            // Each problem is a sentence; joined with semicolons, without its full stop.
            let lines = r.lines();
            let list: Vec<String> = lines
                .iter()
                .take(6)
                .map(|p| p.trim_end_matches('.').to_string())
                .collect();
            let more = lines.len().saturating_sub(6);
            Outcome::ImportPlanned(Err(format!(
                "Filen vägrades, inget importerades: {}{}",
                list.join("; "),
                if more > 0 {
                    format!(" (och {more} till; se lbk needs import --dry-run)")
                } else {
                    String::new()
                }
            )))
        }
    }
}
