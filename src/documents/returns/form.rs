//! A return form as plain data: what `formats::return_xlsx` writes and
//! `imports::returns` expects to read back.

use jiff::Timestamp;

/// Which of the model's returns a form is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ReturnKind {
    /// Moment 3: an actor's preparation before the dialogues.
    Preparation,
    /// Moment 4: an RSS's verification of its session minutes (in model
    /// 1.0 moment 3: its check of its needs with its network).
    Verification,
    /// Moment 6: an actor's receipt of the needs handed to it.
    Receipt,
    /// Moment 7: an actor's feedback on what became of each of its needs.
    Feedback,
}

impl ReturnKind {
    pub const ALL: [ReturnKind; 4] = [
        ReturnKind::Preparation,
        ReturnKind::Verification,
        ReturnKind::Receipt,
        ReturnKind::Feedback,
    ];

    /// The word in the file (`lbk_svar`) and in its name.
    pub fn code(self) -> &'static str {
        match self {
            ReturnKind::Preparation => "forberedelse",
            ReturnKind::Verification => "verifiering",
            ReturnKind::Receipt => "mottagande",
            ReturnKind::Feedback => "aterkoppling",
        }
    }

    /// The moment the form belongs to in model 2.0 (`moment_in` for a round).
    pub fn moment(self) -> u8 {
        match self {
            ReturnKind::Preparation => 3,
            ReturnKind::Verification => 4,
            ReturnKind::Receipt => 6,
            ReturnKind::Feedback => 7,
        }
    }

    /// What it is called in a report: "Mottagandet".
    pub fn label(self) -> &'static str {
        match self {
            ReturnKind::Preparation => "förberedelsen inför dialogerna",
            ReturnKind::Verification => "verifieringen av minnesanteckningarna",
            ReturnKind::Receipt => "mottagandet av de prioriterade behoven",
            ReturnKind::Feedback => "återkopplingen om behoven",
        }
    }

    pub fn from_code(s: &str) -> Option<ReturnKind> {
        ReturnKind::ALL.into_iter().find(|k| k.code() == s.trim())
    }

    /// The moment the form belongs to in a round of `model`: model 1.0's
    /// network check is its moment 3, and it has no preparation.
    pub fn moment_in(self, model: crate::domain::ModelVariant) -> Option<u8> {
        use crate::domain::ModelVariant::V1;
        match (self, model) {
            (ReturnKind::Preparation, V1) => None,
            (ReturnKind::Verification, V1) => Some(3),
            _ => Some(self.moment()),
        }
    }

    /// The form of moment `n` in a round of `model`.
    pub fn for_moment(n: u8, model: crate::domain::ModelVariant) -> Option<ReturnKind> {
        ReturnKind::ALL
            .into_iter()
            .find(|k| k.moment_in(model) == Some(n))
    }

    /// An RSS fills it (else a national actor).
    pub fn from_rss(self) -> bool {
        self == ReturnKind::Verification
    }
}

/// One column of a form.
#[derive(Debug, Clone, PartialEq)]
pub struct FormColumn {
    pub header: &'static str,
    pub width: f64,
    /// The words a dropdown offers; empty for free text.
    pub words: Vec<&'static str>,
    /// The party fills it (else lbk wrote it and reads it only to know
    /// the row).
    pub answer: bool,
}

/// A form for one party.
#[derive(Debug, Clone, PartialEq)]
pub struct ReturnForm {
    pub kind: ReturnKind,
    /// The party's code (an actor's, an RSS's).
    pub party: String,
    /// Which round: `Round::key`.
    pub round: String,
    pub written: Timestamp,
    pub title: String,
    /// What to do, line by line, above the table.
    pub intro: Vec<String>,
    pub columns: Vec<FormColumn>,
    /// One row per thing to answer, a cell per column; answers already
    /// recorded are filled in.
    pub rows: Vec<Vec<String>>,
}

/// The name of the table on the sheet; the reader looks for it first.
pub const TABLE_NAME: &str = "Svar";
/// The sheet's name.
pub const SHEET_NAME: &str = "Svar";
/// The first cell of the line that names the form on the sheet.
pub const ID_PREFIX: &str = "lbk-svar";

impl ReturnForm {
    /// The line on the sheet that says what the form is, kept by a CSV:
    /// `lbk-svar mottagande | SBU | Skadligt bruk 2024 | 2026-12-07T09:00:00Z`.
    pub fn id_line(&self) -> String {
        format!(
            "{ID_PREFIX} {} | {} | {} | {}",
            self.kind.code(),
            self.party,
            self.round,
            self.written
        )
    }

    /// The file's name: `mottagande-SBU.xlsx`.
    pub fn file_name(&self) -> String {
        let safe: String = self
            .party
            .chars()
            .map(|c| {
                if c.is_alphanumeric() || c == '-' {
                    c
                } else {
                    '_'
                }
            })
            .collect();
        format!("{}-{safe}.xlsx", self.kind.code())
    }
}

/// What an id line says, read back; None when the text is no id line.
pub fn parse_id_line(s: &str) -> Option<(ReturnKind, String, String, Option<Timestamp>)> {
    let rest = s.trim().strip_prefix(ID_PREFIX)?.trim();
    let mut parts = rest.split('|').map(str::trim);
    let kind = ReturnKind::from_code(parts.next()?)?;
    let party = parts.next()?.to_string();
    let round = parts.next().unwrap_or("").to_string();
    let written = parts.next().and_then(|t| t.parse().ok());
    Some((kind, party, round, written))
}

/// The needs handed to `actor` (a code the round has), in the order of
/// the ranking, each with its place: the rows of an actor's form.
pub fn handed_needs<'a>(
    r: &'a crate::domain::Round,
    actor: &str,
) -> Option<(
    &'a crate::domain::people::Actor,
    Vec<(&'a crate::domain::Need, String)>,
)> {
    let a = r.actors.iter().find(|a| a.code == actor)?;
    let places = crate::meeting::moment67::prioritised(r);
    let needs = crate::meeting::assign::needs_of(r, &a.code)
        .into_iter()
        .filter_map(|number| {
            let n = r.need(&number)?;
            let place = places
                .iter()
                .find(|p| p.number == number)
                .map(|p| p.place.place.to_string())
                .unwrap_or_default();
            Some((n, place))
        })
        .collect();
    Some((a, needs))
}
