//! What a returned form cannot settle on its own, and why one is refused:
//! shared by every kind of return. Asked in the app, a flag on the command
//! line; a refusal names sheet row and column.

use crate::imports::cells::SheetProblem;

/// The answers to the questions a return may raise.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct ReturnAnswers {
    /// The file is another party's form: read it for the one named.
    pub other_party: bool,
    /// The file was written from another round (or the round was renamed).
    pub other_round: bool,
    /// Let the file change answers changed in the round after it was written.
    pub newer: bool,
}

/// What the file cannot settle on its own.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ReturnQuestion {
    OtherParty {
        file: String,
        given: String,
    },
    OtherRound {
        file: String,
        this: String,
    },
    ChangedSince {
        row: usize,
        need: String,
        when: String,
    },
}

impl std::fmt::Display for ReturnQuestion {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let c = crate::documents::cell_text;
        match self {
            ReturnQuestion::OtherParty { file, given } => write!(
                f,
                "Filen är formuläret för {} men läses in för {}. Rätt part? (kommandoraden: --force-party)",
                c(file),
                c(given)
            ),
            ReturnQuestion::OtherRound { file, this } => write!(
                f,
                "Filen skrevs från omgången \"{}\", inte \"{}\". Rätt omgång? (kommandoraden: --force-round)",
                c(file),
                c(this)
            ),
            ReturnQuestion::ChangedSince { row, need, when } => write!(
                f,
                "rad {row}: svaret om {} ändrades i omgången {when}, efter att formuläret skrevs; filen skulle skriva över det. Skicka ett nytt formulär, eller skriv över (kommandoraden: --overwrite-newer)",
                c(need)
            ),
        }
    }
}

/// Why nothing was read: the cells that are wrong, and the questions.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct ReturnRefusal {
    pub problems: Vec<SheetProblem>,
    pub questions: Vec<ReturnQuestion>,
}

impl ReturnRefusal {
    /// One line per problem, then per question.
    pub fn lines(&self) -> Vec<String> {
        self.problems
            .iter()
            .map(ToString::to_string)
            .chain(self.questions.iter().map(ToString::to_string))
            .collect()
    }

    /// Only questions: answering them would let the file in.
    pub fn only_questions(&self) -> bool {
        self.problems.is_empty() && !self.questions.is_empty()
    }
}
