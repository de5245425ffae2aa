//! A ballot file as read, before the round is asked: who wrote what in
//! which row and column, and what could not be read.

use crate::imports::cells::SheetProblem;

/// Where the ballots came from; it decides what a repeated name means.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SourceKind {
    /// lbk's own sheet: a name twice is a mistake.
    Sheet,
    /// A form export: the latest answer per person counts.
    Form,
    /// A chat: the latest ballot per person counts.
    Chat,
}

/// One answer as written, and the column it stood in.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Answer {
    pub column: Option<usize>,
    pub text: String,
}

/// One ballot as written: the row (or chat line), who, and the answers.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Incoming {
    pub row: usize,
    pub name: String,
    /// The column the name (or e-mail) stood in, for messages.
    pub name_column: usize,
    pub email: String,
    pub answers: Vec<Answer>,
}

/// The ballots read from one file or paste.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Source {
    pub kind: SourceKind,
    pub incoming: Vec<Incoming>,
    /// Chat messages that were talk, not ballots.
    pub ignored: usize,
    /// What made the file unreadable as ballots.
    pub problems: Vec<SheetProblem>,
}

impl Source {
    pub(super) fn refused(kind: SourceKind, problems: Vec<SheetProblem>) -> Source {
        Source {
            kind,
            incoming: vec![],
            ignored: 0,
            problems,
        }
    }
}

pub(super) fn problem(
    row: usize,
    column: Option<usize>,
    message: impl Into<String>,
) -> SheetProblem {
    SheetProblem {
        row,
        column,
        message: message.into(),
    }
}

/// A written answer or name as it may be quoted in a message: safe and short.
pub(super) fn clip(s: &str) -> String {
    let clean = crate::documents::cell_text(s.trim());
    match clean.char_indices().nth(60) {
        Some((end, _)) => format!("{}…", &clean[..end]),
        None => clean,
    }
}
