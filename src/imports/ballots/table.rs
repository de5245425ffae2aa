//! Ballots in a table: lbk's own sheet ("Representant", "Val 1", …) or a
//! form tool's export (Microsoft Forms, Google Forms and the like, as xlsx
//! or CSV). The name column is found by its header, or an e-mail column is
//! matched against the people's e-mail; the form's metadata columns (Id,
//! Starttid, Sluttid, Tidsstämpel, points, feedback) are ignored; every
//! other column holds answers, one per column or several in one cell.

use crate::imports::ballots::source::{Answer, Incoming, Source, SourceKind, problem};
use crate::imports::cells::SheetProblem;
use crate::meeting::need_tokens::fold;

/// What a column holds, by its header.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Column {
    Name,
    Email,
    Ignored,
    Answers,
}

fn column(header: &str) -> Column {
    let h = header.trim().to_lowercase();
    let f = fold(&h);
    let is = |words: &[&str]| words.iter().any(|w| f == fold(w));
    let has = |words: &[&str]| words.iter().any(|w| f.contains(&fold(w)));
    if is(&["id", "nr", "#"]) || (h.is_empty()) {
        Column::Ignored
    } else if has(&["e-post", "email", "e-mail", "mejl", "epost", "mail"]) {
        Column::Email
    } else if has(&[
        "starttid",
        "sluttid",
        "start time",
        "completion time",
        "senast ändrad",
        "last modified",
        "tidsstämpel",
        "timestamp",
        "poäng",
        "points",
        "feedback",
        "total",
    ]) {
        Column::Ignored
    } else if has(&["representant", "namn", "name", "vem är du", "deltagare"])
        && !has(&["behov", "välj", "need"])
    {
        Column::Name
    } else {
        Column::Answers
    }
}

/// Reads a table's rows (the first non-empty one is the header).
pub fn read(rows: &[Vec<String>]) -> Source {
    let mut problems: Vec<SheetProblem> = vec![];
    let Some(h) = rows
        .iter()
        .position(|r| r.iter().any(|c| !c.trim().is_empty()))
    else {
        problems.push(problem(1, None, "Bladet är tomt: rubrikraden saknas."));
        return Source::refused(SourceKind::Form, problems);
    };
    let header = &rows[h];
    let kinds: Vec<Column> = header.iter().map(|c| column(c)).collect();
    let name_col = kinds.iter().position(|k| *k == Column::Name);
    let email_col = kinds.iter().position(|k| *k == Column::Email);
    let own = header
        .first()
        .is_some_and(|c| c.trim().eq_ignore_ascii_case("representant"));
    if name_col.is_none() && email_col.is_none() {
        problems.push(problem(
            h + 1,
            Some(0),
            "Ingen kolumn med namn: en rubrik ska vara \"Representant\", \"Namn\" eller \"E-post\".",
        ));
        return Source::refused(SourceKind::Form, problems);
    }
    let answer_cols: Vec<usize> = (0..kinds.len())
        .filter(|c| kinds[*c] == Column::Answers)
        .collect();
    if answer_cols.is_empty() {
        problems.push(problem(
            h + 1,
            None,
            "Ingen kolumn med svar: bladet har bara namn- och tidskolumner.",
        ));
        return Source::refused(SourceKind::Form, problems);
    }
    let cell = |row: &Vec<String>, c: Option<usize>| -> String {
        c.and_then(|c| row.get(c))
            .map(|s| s.trim().to_string())
            .unwrap_or_default()
    };
    let mut incoming = vec![];
    for (i, row) in rows.iter().enumerate().skip(h + 1) {
        if row.iter().all(|c| c.trim().is_empty()) {
            continue;
        }
        // Cells past the header are answers too: nothing typed is dropped.
        let answers: Vec<Answer> = answer_cols
            .iter()
            .copied()
            .chain(kinds.len()..row.len())
            .map(|c| Answer {
                column: Some(c),
                text: row.get(c).map(|s| s.trim().to_string()).unwrap_or_default(),
            })
            .collect();
        incoming.push(Incoming {
            row: i + 1,
            name: cell(row, name_col),
            name_column: name_col.or(email_col).unwrap_or(0),
            email: cell(row, email_col),
            answers,
        });
    }
    Source {
        kind: if own {
            SourceKind::Sheet
        } else {
            SourceKind::Form
        },
        incoming,
        ignored: 0,
        problems,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rows(lines: &[&str]) -> Vec<Vec<String>> {
        lines
            .iter()
            .map(|l| l.split('|').map(String::from).collect())
            .collect()
    }

    #[test]
    fn a_forms_export_finds_the_name_and_ignores_the_metadata() {
        let s = read(&rows(&[
            "Id|Starttid|Sluttid|E-post|Namn|Vilka behov väljer du?",
            "1|2026-11-23 10:01|2026-11-23 10:03|elin@x.se|Sjöberg Elin|GR-01 Digitala;HAL-02|x",
        ]));
        assert_eq!(s.kind, SourceKind::Form);
        assert!(s.problems.is_empty());
        let b = &s.incoming[0];
        assert_eq!(
            (b.row, b.name.as_str(), b.email.as_str()),
            (2, "Sjöberg Elin", "elin@x.se")
        );
        assert_eq!(
            b.answers.len(),
            2,
            "the cell past the last header is an answer too"
        );
        assert_eq!(b.answers[0].text, "GR-01 Digitala;HAL-02");
    }

    #[test]
    fn the_own_sheet_and_a_table_without_names_or_answers() {
        let s = read(&rows(&["Representant|Val 1|Val 2", "Anna|GR-01|"]));
        assert_eq!(s.kind, SourceKind::Sheet);
        assert_eq!(s.incoming[0].answers.len(), 2);
        let s = read(&rows(&["Id|Val 1", "1|GR-01"]));
        assert!(s.problems[0].message.contains("Ingen kolumn med namn"));
        let s = read(&rows(&["Namn|Starttid", "Anna|10:00"]));
        assert!(s.problems[0].message.contains("Ingen kolumn med svar"));
        assert!(read(&[]).problems[0].message.contains("tomt"));
    }
}
