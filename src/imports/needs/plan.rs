//! Checking a returned template against the round for one RSS, all or
//! nothing. What could be a mistake the file cannot settle is asked, not
//! guessed: a file made for another RSS, a changed example row, and a row
//! without a number whose title a need in the round already has (most
//! likely the same need sent again). Needs are matched by number (any
//! case, å/ä/ö included) and updated, never duplicated; needs missing from
//! the file are reported, never deleted.

use std::collections::{HashMap, HashSet};

use jiff::Timestamp;

use crate::documents::needs_template::{COLUMNS, TITLE};
use crate::domain::collate::same_code;
use crate::domain::need::next_number;
use crate::domain::{Need, Round};
use crate::imports::cells::SheetProblem;
use crate::imports::needs::questions::{Answers, Question, Refusal, question_row};
use crate::imports::needs::row::{Example, problem, read};
use crate::imports::needs::sheet::{NeedsSheet, header_index};
use crate::meeting::need_tokens::fold;

/// What an import would do.
#[derive(Debug, Clone, PartialEq)]
pub struct ImportPlan {
    pub rss: String,
    pub new: Vec<Need>,
    /// (as in the round, as in the file)
    pub updated: Vec<(Need, Need)>,
    pub unchanged: usize,
    /// Needs of this RSS in the round that the file no longer has.
    pub missing: Vec<String>,
    /// Things fixed on the way (control characters removed, unknown columns).
    pub warnings: Vec<SheetProblem>,
    /// New needs whose title a need in the round has (answered yes): (row, title, like).
    pub duplicates: Vec<(usize, String, String)>,
    /// How a CSV file was encoded.
    pub encoding: Option<&'static str>,
}

/// Plans with no questions answered; a question is a refusal with the
/// command line's flag in it.
pub fn plan_import(
    round: &Round,
    rss_code: &str,
    sheet: &NeedsSheet,
) -> Result<ImportPlan, Vec<SheetProblem>> {
    plan_import_with(round, rss_code, sheet, Answers::default()).map_err(|r| {
        let mut all = r.problems;
        all.extend(
            r.questions
                .iter()
                .map(|q| problem(question_row(q), None, q.to_string())),
        );
        all.sort_by_key(|p| (p.row, p.column));
        all
    })
}

/// Checks a sheet against the round for one RSS and plans the import.
pub fn plan_import_with(
    round: &Round,
    rss_code: &str,
    sheet: &NeedsSheet,
    answers: Answers,
) -> Result<ImportPlan, Refusal> {
    let mut refusal = Refusal::default();
    let Some(rss) = round.rss_by_code(rss_code) else {
        refusal.problems.push(problem(
            1,
            None,
            format!(
                "RSS-koden {} finns inte i omgången.",
                crate::documents::cell_text(rss_code)
            ),
        ));
        return Err(refusal);
    };
    let code = rss.code.clone();
    if let Some(file) = &sheet.rss
        && file.to_lowercase() != code.to_lowercase()
        && !answers.other_rss
    {
        let name = round
            .rss_by_code(file)
            .map_or(file.clone(), |r| format!("{} ({})", r.name, r.code));
        refusal.questions.push(Question::OtherRss {
            file: name,
            given: format!("{} ({code})", rss.name),
        });
        // Asked alone: the rows' numbers belong to the file's RSS and would
        // only repeat the same thing.
        return Err(refusal);
    }
    // Forced onto another RSS: the file's own numbers mean nothing here, so
    // its rows come in as new needs of this RSS.
    let foreign = sheet
        .rss
        .clone()
        .filter(|f| !crate::domain::collate::same_code(f, &code));
    let header_row = sheet.row_numbers.first().copied().unwrap_or(1);
    let header = sheet.rows.first().cloned().unwrap_or_default();
    let mut map: Vec<Option<usize>> = vec![];
    let mut warnings = vec![];
    let mut unknown = vec![];
    for (c, h) in header.iter().enumerate() {
        let field = header_index(h).filter(|f| !map.contains(&Some(*f)));
        if field.is_none() && !h.trim().is_empty() {
            unknown.push(format!("\"{}\"", crate::documents::cell_text(h.trim())));
            warnings.push(problem(
                header_row,
                Some(c),
                format!(
                    "okänd kolumn \"{}\" lästes inte",
                    crate::documents::cell_text(h.trim())
                ),
            ));
        }
        map.push(field);
    }
    let missing_cols: Vec<&str> = (0..COLUMNS.len())
        .filter(|f| !map.contains(&Some(*f)))
        .map(|f| COLUMNS[f].header)
        .collect();
    // A template column missing while the header has one lbk does not
    // know: most likely renamed ("Nivå (välj)"), and reading on would give
    // every need a default in place of what was written. Refused.
    if !missing_cols.is_empty()
        && (!unknown.is_empty() || missing_cols.contains(&COLUMNS[TITLE].header))
    {
        let found = if unknown.is_empty() {
            String::new()
        } else {
            format!(" Hittade i stället {}.", unknown.join(", "))
        };
        refusal.problems.push(problem(header_row, None, format!(
            "Kolumnen {} saknas (rubriken ändrad eller borttagen): inget läses in, så att inget får ett påhittat värde.{found} Ge kolumnen mallens rubrik igen.",
            missing_cols.iter().map(|h| format!("\"{h}\"")).collect::<Vec<_>>().join(", ")
        )));
        return Err(refusal);
    }
    // A file made by hand with fewer columns: said, with what each need gets.
    for h in &missing_cols {
        warnings.push(problem(
            header_row,
            None,
            format!("kolumnen \"{h}\" finns inte i filen; behoven får mallens standardvärde där"),
        ));
    }
    let mut new: Vec<Need> = vec![];
    let mut updated = vec![];
    let mut unchanged = 0;
    let mut duplicates = vec![];
    // Looked up per row: kept in maps, so a long file is not read in
    // quadratic time.
    let mut seen_numbers: HashMap<String, usize> = HashMap::new();
    let mut seen_titles: HashMap<String, usize> = HashMap::new();
    let mut taken: HashSet<String> = round.needs.iter().map(|n| n.number.clone()).collect();
    let titles: HashMap<String, &Need> = round.needs.iter().map(|n| (fold(&n.title), n)).collect();
    // New numbers count on from the highest in use (once, not per row).
    let mut next_seq = next_number(&code, taken.iter().map(String::as_str));
    for (i, cells) in sheet.rows.iter().enumerate().skip(1) {
        let rownum = sheet.row_numbers.get(i).copied().unwrap_or(i + 1);
        let Some(r) = read(
            cells,
            &map,
            rownum,
            &code,
            &sheet.errors,
            &mut refusal.problems,
            &mut warnings,
        ) else {
            continue;
        };
        match r.example {
            Example::Untouched => continue,
            Example::Changed if !answers.example => {
                let title = r
                    .need
                    .as_ref()
                    .map_or(String::new(), |n| n.title.to_string());
                refusal
                    .questions
                    .push(Question::ExampleChanged { row: rownum, title });
                continue;
            }
            _ => {}
        }
        let Some(mut need) = r.need else { continue };
        // "SKÅ-1", "skå-01" and "SKÅ-01" are one number.
        let number = match (&foreign, crate::domain::need::split_number(&r.number)) {
            (Some(f), Some((c, _))) if crate::domain::collate::same_code(c, f) => String::new(),
            (_, Some((c, seq))) if crate::domain::collate::same_code(c, &code) => {
                format!("{code}-{seq:02}")
            }
            _ => r.number.clone(),
        };
        let key = fold(&number);
        if !number.is_empty() {
            if let Some(first) = seen_numbers.get(&key) {
                refusal.problems.push(problem(
                    rownum,
                    r.number_col,
                    format!(
                        "numret {} står också på rad {first}.",
                        crate::documents::cell_text(&number)
                    ),
                ));
                continue;
            }
            seen_numbers.insert(key.clone(), rownum);
        }
        let title_key = fold(&need.title);
        if let Some(first) = seen_titles.get(&title_key) {
            refusal.problems.push(problem(rownum, r.title_col, format!(
                "samma kort titel som rad {first}: raden finns två gånger i filen. Ta bort den ena, eller ge dem olika titlar."
            )));
            continue;
        }
        seen_titles.insert(title_key.clone(), rownum);
        let existing = round
            .needs
            .iter()
            .find(|n| !key.is_empty() && fold(&n.number) == key);
        match existing {
            Some(old) if old.rss != code => refusal.problems.push(problem(
                rownum,
                r.number_col,
                format!(
                    "{} tillhör {} i omgången, inte {code}.",
                    old.number, old.rss
                ),
            )),
            Some(old) => {
                need.number = old.number.clone();
                need.status = old.status.clone();
                if *old == need {
                    unchanged += 1;
                } else if let Some(when) = changed_since(round, &old.number, sheet.written)
                    && !answers.newer
                {
                    refusal.questions.push(Question::ChangedSince {
                        row: rownum,
                        number: old.number.clone(),
                        when,
                    });
                } else {
                    updated.push((old.clone(), need));
                }
            }
            None if !number.is_empty() && !titles.contains_key(&title_key) => {
                need.number = number.clone();
                taken.insert(need.number.clone());
                new.push(need);
            }
            None => {
                if let Some(like) = titles.get(&title_key) {
                    // The row is the need with its title, numbered as if typed.
                    if answers.update_duplicates && same_code(&like.rss, &code) {
                        let old = (*like).clone();
                        need.number = old.number.clone();
                        need.status = old.status.clone();
                        taken.insert(old.number.clone());
                        if old == need {
                            unchanged += 1;
                        } else {
                            updated.push((old, need));
                        }
                        continue;
                    }
                    if !answers.duplicates {
                        refusal.questions.push(Question::ProbableDuplicate {
                            row: rownum,
                            title: need.title.to_string(),
                            like: like.number.clone(),
                        });
                        continue;
                    }
                    duplicates.push((rownum, need.title.to_string(), like.number.clone()));
                }
                need.number = next_free(&code, &mut next_seq, &taken);
                taken.insert(need.number.clone());
                new.push(need);
            }
        }
    }
    if !refusal.problems.is_empty() || !refusal.questions.is_empty() {
        refusal.problems.sort_by_key(|p| (p.row, p.column));
        return Err(refusal);
    }
    let in_file = |n: &str| {
        new.iter().any(|x| x.number == n)
            || updated.iter().any(|(o, _): &(Need, Need)| o.number == n)
            || seen_numbers.contains_key(&fold(n))
    };
    let missing = round
        .needs
        .iter()
        .filter(|n| n.rss == code && !in_file(&n.number))
        .map(|n| n.number.clone())
        .collect();
    Ok(ImportPlan {
        rss: code,
        new,
        updated,
        unchanged,
        missing,
        warnings,
        duplicates,
        encoding: sheet.encoding,
    })
}

/// When a need was last changed in the round after `written` (the
/// template's time), as a local date and time.
fn changed_since(round: &Round, number: &str, written: Option<Timestamp>) -> Option<String> {
    let written = written?;
    let prefix = format!("Behov {number} ändrat");
    round
        .log
        .iter()
        .rev()
        .find(|e| e.at > written && e.what.starts_with(&prefix))
        .map(|e| {
            e.at.in_tz("Europe/Stockholm")
                .map(|z| z.strftime("%Y-%m-%d %H:%M").to_string())
                .unwrap_or_default()
        })
}

/// The next number for `code` not in `taken`, counting on from `next`.
fn next_free(code: &str, next: &mut String, taken: &HashSet<String>) -> String {
    loop {
        let candidate = std::mem::take(next);
        let seq = crate::domain::need::split_number(&candidate).map_or(1, |(_, s)| s);
        *next = format!("{code}-{:02}", seq + 1);
        if !taken.contains(&candidate) {
            return candidate;
        }
    }
}

/// Applies a plan: new needs added, changed ones updated (earlier wording in
/// the log), nothing removed.
pub fn apply_import(round: &mut Round, plan: &ImportPlan, at: Timestamp) -> Result<(), String> {
    let mut work = round.clone();
    for n in &plan.new {
        work.add_need(n.clone(), at).map_err(|e| e.to_string())?;
    }
    for (old, new) in &plan.updated {
        work.update_need(&old.number, new.clone(), at)
            .map_err(|e| e.to_string())?;
    }
    work.record(
        at,
        format!(
            "Mall importerad för {}: {} nya, {} ändrade.",
            plan.rss,
            plan.new.len(),
            plan.updated.len()
        ),
    );
    *round = work;
    Ok(())
}
