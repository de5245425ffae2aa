//! A return form as plain data: what `formats::return_xlsx` writes and
//! `imports::returns` expects to read back.

use jiff::Timestamp;

pub use crate::domain::return_kind::ReturnKind;

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

impl FormColumn {
    /// A column lbk fills and the party leaves as it is.
    pub fn given(header: &'static str, width: f64) -> FormColumn {
        FormColumn {
            header,
            width,
            words: vec![],
            answer: false,
        }
    }

    /// A column the party fills: free text, or one of `words`.
    pub fn answer(header: &'static str, width: f64, words: &[&'static str]) -> FormColumn {
        FormColumn {
            header,
            width,
            words: words.to_vec(),
            answer: true,
        }
    }
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
