//! The checks every returned form shares: it is the form asked for, for
//! a party the round has, from this round, with its columns as written and
//! no error values; and each row names a prioritised need once.

use crate::documents::returns::form::{FormColumn, ReturnKind};
use crate::domain::Round;
use crate::domain::people::Actor;
use crate::imports::cells::SheetProblem;
use crate::imports::returns::{ReturnAnswers, ReturnQuestion, ReturnRefusal, ReturnSheet};

pub fn problem(row: usize, column: Option<usize>, message: impl Into<String>) -> SheetProblem {
    SheetProblem {
        row,
        column,
        message: message.into(),
    }
}

/// A form that passed the checks of its whole: whose it is, the needs it
/// may answer, and the rows seen so far.
pub struct Opened<'a> {
    pub actor: &'a Actor,
    pub prioritised: Vec<String>,
    seen: Vec<(String, usize)>,
}

/// Checks what the form is as a whole; None (with the problems in `no`)
/// when no row can be read. Questions are added to `no` and reading goes on.
pub fn open_form<'a>(
    r: &'a Round,
    sheet: &ReturnSheet,
    kind: ReturnKind,
    want: &[FormColumn],
    for_party: Option<&str>,
    answers: ReturnAnswers,
    no: &mut ReturnRefusal,
) -> Option<Opened<'a>> {
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
    let Some(actor) = r
        .actors
        .iter()
        .find(|a| a.code.eq_ignore_ascii_case(&party))
    else {
        let codes: Vec<&str> = r.actors.iter().map(|a| a.code.as_str()).collect();
        no.problems.push(problem(
            header_row,
            None,
            format!(
                "formuläret är för {}, som inte är en aktör i omgången; aktörerna är {}",
                crate::documents::cell_text(&party),
                codes.join(", ")
            ),
        ));
        return None;
    };
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
    let prioritised: Vec<String> = crate::meeting::moment67::prioritised(r)
        .into_iter()
        .map(|p| p.number)
        .collect();
    Some(Opened {
        actor,
        prioritised,
        seen: vec![],
    })
}

impl Opened<'_> {
    /// The need a row names: None (with a problem in `no` if the row has
    /// answers) for a row that names none the round prioritised, or one
    /// already on an earlier row.
    pub fn need_of(
        &mut self,
        r: &Round,
        row: usize,
        typed: &str,
        answered: bool,
        no: &mut ReturnRefusal,
    ) -> Option<String> {
        let Some(number) = self
            .prioritised
            .iter()
            .find(|n| n.eq_ignore_ascii_case(typed))
        else {
            if typed.is_empty() && !answered {
                return None;
            }
            let c = crate::documents::cell_text;
            let why = if typed.is_empty() {
                "raden har svar men inget behov i kolumnen Behov".to_string()
            } else if r.need(typed).is_some() {
                format!("{} prioriterades inte i omgången", c(typed))
            } else {
                format!(
                    "behovet {} finns inte i omgången (de prioriterade är {})",
                    c(typed),
                    self.prioritised.join(", ")
                )
            };
            no.problems.push(problem(row, Some(0), why));
            return None;
        };
        if let Some((_, first)) = self.seen.iter().find(|(n, _)| n == number) {
            no.problems.push(problem(
                row,
                Some(0),
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

/// "Socialstyrelsen (SoS)", as a report names the party.
pub fn party_name(r: &Round, code: &str) -> String {
    let name = r
        .actors
        .iter()
        .find(|a| a.code == code)
        .map(|a| a.name.as_str())
        .unwrap_or("");
    format!("{} ({code})", crate::documents::cell_text(name))
}

/// Where the answers of `sheet`, read from the file named `file`, came from.
pub fn origin(
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
