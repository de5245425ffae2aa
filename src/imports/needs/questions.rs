//! What a returned template cannot settle on its own, and how the answers
//! come back: a file made for another RSS, a changed example row, a row
//! that looks like a need already in the round, a need changed in the round
//! after the template went out. Asked in the app, a flag on the command line.

use crate::documents::needs_template::EXAMPLE_NUMBER;
use crate::imports::cells::SheetProblem;

/// The answers to the questions an import may raise.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Answers {
    /// The file says it is another RSS's: import it for this one anyway.
    pub other_rss: bool,
    /// Read a changed example row as a new need.
    pub example: bool,
    /// Import rows whose title a need in the round already has as new.
    pub duplicates: bool,
    /// Let such a row (of the same RSS) update the need with its title
    /// instead, as if its number had been written.
    pub update_duplicates: bool,
    /// Let the file change needs that were changed in the round after the
    /// template was written.
    pub newer: bool,
}

/// What the file cannot settle on its own.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Question {
    OtherRss {
        file: String,
        given: String,
    },
    ExampleChanged {
        row: usize,
        title: String,
    },
    ProbableDuplicate {
        row: usize,
        title: String,
        like: String,
    },
    ChangedSince {
        row: usize,
        number: String,
        when: String,
    },
}

impl std::fmt::Display for Question {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let c = crate::documents::cell_text;
        match self {
            Question::OtherRss { file, given } => write!(
                f,
                "Filen är mallen för {} men importeras för {given}. Rätt RSS? (kommandoraden: --force-rss)",
                c(file)
            ),
            Question::ExampleChanged { row, title } => write!(
                f,
                "rad {row}: raden är märkt {EXAMPLE_NUMBER} men har ändrats (\"{}\"). Läsa in den som ett nytt behov? (kommandoraden: --read-example)",
                c(title)
            ),
            Question::ChangedSince { row, number, when } => write!(
                f,
                "rad {row}: {number} ändrades i omgången {when}, efter att mallen skrevs ut; filen skulle skriva över den ändringen. Hämta en ny mall, eller skriv över (kommandoraden: --overwrite-newer)"
            ),
            Question::ProbableDuplicate { row, title, like } => write!(
                f,
                "rad {row}: \"{}\" har samma titel som {like} i omgången, troligen samma behov utan nummer. Skriv {like} i Nummer för att rätta det, uppdatera {like} med raden (kommandoraden: --update-duplicates) eller läs in den som ett nytt behov (--allow-duplicates)",
                c(title)
            ),
        }
    }
}

/// Why nothing was imported: the rows that are wrong, and the questions.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Refusal {
    pub problems: Vec<SheetProblem>,
    pub questions: Vec<Question>,
}

pub(super) fn question_row(q: &Question) -> usize {
    match q {
        Question::OtherRss { .. } => 1,
        Question::ExampleChanged { row, .. }
        | Question::ProbableDuplicate { row, .. }
        | Question::ChangedSince { row, .. } => *row,
    }
}
