//! The checks every returned form shares: it is the form asked for, for
//! a party the round has, from this round, with its columns as written and
//! no error values; and each row names a need on the form once.

use crate::documents::returns::form::{FormColumn, ReturnKind};
use crate::domain::Round;
use crate::imports::cells::SheetProblem;
use crate::imports::returns::{ReturnAnswers, ReturnQuestion, ReturnRefusal, ReturnSheet};

pub fn problem(row: usize, column: Option<usize>, message: impl Into<String>) -> SheetProblem {
    SheetProblem {
        row,
        column,
        message: message.into(),
    }
}

/// A form that passed the checks of its whole: whose it is (an actor's
/// code, or an RSS's for a verification), the needs it may answer, and the
/// rows seen so far.
pub struct Opened {
    pub party: String,
    pub allowed: Vec<String>,
    kind: ReturnKind,
    seen: Vec<(String, usize)>,
}

/// The needs a form of `kind` for `party` answers.
fn answerable(r: &Round, kind: ReturnKind, party: &str) -> Vec<String> {
    use crate::documents::returns::verification_form;
    match kind {
        ReturnKind::Preparation => r
            .session_needs()
            .into_iter()
            .map(|(_, i)| r.needs[i].number.clone())
            .collect(),
        ReturnKind::Verification => verification_form::rss_needs(r, party)
            .into_iter()
            .map(|n| n.number.clone())
            .collect(),
        ReturnKind::Receipt | ReturnKind::Feedback => crate::meeting::moment67::prioritised(r)
            .into_iter()
            .map(|p| p.number)
            .collect(),
    }
}

/// Why a need the round has is not on the form.
fn not_on_form(kind: ReturnKind, party: &str) -> String {
    match kind {
        ReturnKind::Preparation => "är inte på något dialogmötes dagordning".into(),
        ReturnKind::Verification => format!("är inte ett behov från {party}"),
        ReturnKind::Receipt | ReturnKind::Feedback => "prioriterades inte i omgången".into(),
    }
}

/// Checks what the form is as a whole; None (with the problems in `no`)
/// when no row can be read. Questions are added to `no` and reading goes on.
pub(super) fn open_form(
    r: &Round,
    sheet: &ReturnSheet,
    kind: ReturnKind,
    want: &[FormColumn],
    for_party: Option<&str>,
    answers: ReturnAnswers,
    no: &mut ReturnRefusal,
) -> Option<Opened> {
    let header_row = sheet.rows.first().map(|(n, _)| n - 1).unwrap_or(1);
    if sheet.kind != kind {
        no.problems.push(problem(
            header_row,
            None,
            format!(
                "filen är formuläret för {}, inte {} (moment {})",
                sheet.kind.label(),
                kind.label(),
                kind.moment()
            ),
        ));
        return None;
    }
    let party = match for_party {
        Some(given) if !given.trim().eq_ignore_ascii_case(sheet.party.trim()) => {
            if !answers.other_party {
                no.questions.push(ReturnQuestion::OtherParty {
                    file: sheet.party.clone(),
                    given: given.to_string(),
                });
            }
            given.trim().to_string()
        }
        _ => sheet.party.trim().to_string(),
    };
    let known: Vec<&str> = if kind.from_rss() {
        r.rss.iter().map(|x| x.code.as_str()).collect()
    } else {
        r.actors.iter().map(|a| a.code.as_str()).collect()
    };
    let Some(code) = known.iter().find(|c| c.eq_ignore_ascii_case(&party)) else {
        let what = if kind.from_rss() {
            "en RSS i omgången; RSS:erna"
        } else {
            "en aktör i omgången; aktörerna"
        };
        no.problems.push(problem(
            header_row,
            None,
            format!(
                "formuläret är för {}, som inte är {what} är {}",
                crate::documents::cell_text(&party),
                known.join(", ")
            ),
        ));
        return None;
    };
    let party = code.to_string();
    if !sheet.round.is_empty() && sheet.round != r.key() && !answers.other_round {
        no.questions.push(ReturnQuestion::OtherRound {
            file: sheet.round.clone(),
            this: r.key(),
        });
    }
    // The columns, as the form wrote them.
    for (c, col) in want.iter().enumerate() {
        let got = sheet.header.get(c).map(|s| s.trim()).unwrap_or("");
        if !got.eq_ignore_ascii_case(col.header) {
            no.problems.push(problem(
                header_row,
                Some(c),
                format!(
                    "kolumnen heter \"{}\"; formuläret har \"{}\" här. Byt tillbaka rubriken eller fyll i ett nytt formulär",
                    crate::documents::cell_text(got),
                    col.header
                ),
            ));
        }
    }
    if !no.problems.is_empty() {
        return None;
    }
    for (row, c) in &sheet.errors {
        no.problems.push(problem(
            *row,
            Some(*c),
            "cellen har ett felvärde (t.ex. #DIV/0! eller #REF!): skriv svaret som text",
        ));
    }
    Some(Opened {
        allowed: answerable(r, kind, &party),
        party,
        kind,
        seen: vec![],
    })
}

impl Opened {
    /// The column that names the need.
    pub fn need_column(&self) -> usize {
        match self.kind {
            ReturnKind::Preparation => crate::documents::returns::preparation_form::NEED,
            _ => 0,
        }
    }

    /// The need a row names: None (with a problem in `no` if the row has
    /// answers) for a row that names none the form answers, or one already
    /// on an earlier row.
    pub fn need_of(
        &mut self,
        r: &Round,
        row: usize,
        typed: &str,
        answered: bool,
        no: &mut ReturnRefusal,
    ) -> Option<String> {
        let Some(number) = self.allowed.iter().find(|n| n.eq_ignore_ascii_case(typed)) else {
            if typed.is_empty() && !answered {
                return None;
            }
            let c = crate::documents::cell_text;
            let why = if typed.is_empty() {
                "raden har svar men inget behov i kolumnen Behov".to_string()
            } else if r.need(typed).is_some() {
                format!("{} {}", c(typed), not_on_form(self.kind, &self.party))
            } else {
                format!(
                    "behovet {} finns inte i omgången (formulärets behov är {})",
                    c(typed),
                    self.allowed.join(", ")
                )
            };
            no.problems
                .push(problem(row, Some(self.need_column()), why));
            return None;
        };
        if let Some((_, first)) = self.seen.iter().find(|(n, _)| n == number) {
            no.problems.push(problem(
                row,
                Some(self.need_column()),
                format!("{number} står redan på rad {first}: en rad per behov"),
            ));
            return None;
        }
        self.seen.push((number.clone(), row));
        Some(number.clone())
    }
}

/// The word of a dropdown cell, any case, å/ä/ö optional; Err with the
/// problem for a word outside the list.
pub fn word<'w>(
    words: &[&'w str],
    typed: &str,
    row: usize,
    col: usize,
) -> Result<Option<&'w str>, SheetProblem> {
    if typed.trim().is_empty() {
        return Ok(None);
    }
    let fold = crate::meeting::need_tokens::fold;
    words
        .iter()
        .find(|w| fold(w) == fold(typed))
        .map(|w| Some(*w))
        .ok_or_else(|| {
            problem(
                row,
                Some(col),
                format!(
                    "\"{}\" är inget av orden i listan: {}",
                    crate::documents::cell_text(typed.trim()),
                    words.join(", ")
                ),
            )
        })
}

/// What a row's key column (the one its other answers hang on) says.
pub enum Key<'w> {
    /// Empty, and so is the rest of the row: a row left blank.
    Blank,
    Word(&'w str),
    /// A word outside the list, or empty while the row has answers.
    Wrong(SheetProblem),
}

/// Reads a row's key column: one of `words`; `when_empty` is the problem
/// when it is empty but the row has answers.
pub fn key_word<'w>(
    words: &[&'w str],
    typed: &str,
    answered: bool,
    row: usize,
    col: usize,
    when_empty: &str,
) -> Key<'w> {
    match word(words, typed, row, col) {
        Err(p) => Key::Wrong(p),
        Ok(None) if !answered => Key::Blank,
        Ok(None) => Key::Wrong(problem(row, Some(col), when_empty)),
        Ok(Some(w)) => Key::Word(w),
    }
}

/// The first of `cols` longer than `max` characters, said as a problem.
pub fn too_long(
    cells: &[String],
    cols: impl IntoIterator<Item = usize>,
    max: usize,
    row: usize,
) -> Option<SheetProblem> {
    cols.into_iter()
        .find(|c| cells.get(*c).map_or(0, |s| s.trim().chars().count()) > max)
        .map(|c| {
            problem(
                row,
                Some(c),
                format!("svaret är längre än {max} tecken: korta det"),
            )
        })
}

/// Asks before a file written before the round's latest change of this
/// answer would overwrite it (unless answered).
pub fn ask_if_newer(
    changed: Option<jiff::Timestamp>,
    sheet: &ReturnSheet,
    answers: ReturnAnswers,
    row: usize,
    need: &str,
    no: &mut ReturnRefusal,
) {
    if let (Some(changed), Some(written)) = (changed, sheet.written)
        && changed > written
        && !answers.newer
    {
        no.questions.push(ReturnQuestion::ChangedSince {
            row,
            need: need.to_string(),
            when: crate::documents::doc_dates::long(
                jiff::tz::TimeZone::UTC.to_datetime(changed).date(),
            ),
        });
    }
}

/// The plan, or why not: nothing is read while anything is wrong or asked.
pub fn finished<T>(plan: T, no: ReturnRefusal) -> Result<T, ReturnRefusal> {
    if no.problems.is_empty() && no.questions.is_empty() {
        Ok(plan)
    } else {
        Err(no)
    }
}

/// "Socialstyrelsen (SoS)", as a report names the party (an actor or an RSS).
pub fn party_name(r: &Round, code: &str) -> String {
    let name = r
        .actors
        .iter()
        .find(|a| a.code == code)
        .map(|a| a.name.as_str())
        .or_else(|| {
            r.rss
                .iter()
                .find(|x| x.code == code)
                .map(|x| x.name.as_str())
        })
        .unwrap_or("");
    format!("{} ({code})", crate::documents::cell_text(name))
}

/// Where the answers of `sheet`, read from the file named `file`, came from.
pub(super) fn origin(
    sheet: &ReturnSheet,
    file: &str,
    party: &str,
    now: jiff::Timestamp,
) -> crate::domain::followup::Returned {
    crate::domain::followup::Returned {
        file: crate::domain::text_safety::clean_line(file).into_owned(),
        party: party.to_string(),
        written: sheet.written,
        read: now,
    }
}
