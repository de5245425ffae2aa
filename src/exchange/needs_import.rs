//! Reading a returned needs template (xlsx from any program, or CSV). The
//! table is found by name, else by its headers; columns may come in any
//! order. Every row is checked; any error refuses the whole file with row
//! and column. A file can be imported again after corrections: needs are
//! matched by number and updated, never duplicated, and needs missing from
//! the file are reported, never deleted. Nothing is written until the plan
//! is applied.

use std::path::Path;

use calamine::{Data, Reader, Xlsx, open_workbook};
use jiff::Timestamp;

use super::ballot_sheet::{SheetProblem, parse_csv};
use super::needs_template::{
    CHALLENGE, COLUMNS, DESCRIPTION, DOTS, EXAMPLE_NUMBER, HEALTH, KIND, KNOWN, LEVEL, NOTES,
    NUMBER, SOURCE, TABLE_NAME, TARGET, TITLE, YES_NO,
};
use crate::domain::need::{next_number, split_number};
use crate::domain::text_safety::is_unsafe;
use crate::domain::{Level, Need, NeedKind, Round, Source};

/// Longest title and longest other text accepted, in characters.
pub use crate::domain::need::{MAX_TEXT, MAX_TITLE};

/// The cells of a sheet from its header row on, with where they came from.
#[derive(Debug, Clone, PartialEq)]
pub struct NeedsSheet {
    /// 1-based sheet row of each entry in `rows`; the first is the header.
    pub row_numbers: Vec<usize>,
    pub rows: Vec<Vec<String>>,
    /// "tabellen Kunskapsbehov" or "bladet Behov".
    pub found_in: String,
}

fn data_text(d: &Data) -> String {
    match d {
        Data::Empty => String::new(),
        Data::String(s) => s.clone(),
        Data::Float(f) if f.fract() == 0.0 && f.abs() < 1e15 => format!("{}", *f as i64),
        other => other.to_string(),
    }
}

fn normalise(h: &str) -> String {
    h.trim().to_lowercase()
}

fn header_index(header: &str) -> Option<usize> {
    COLUMNS
        .iter()
        .position(|c| normalise(c.header) == normalise(header))
}

/// Where the header row is: the first row with the title column, or
/// naming at least three of the template's columns.
fn find_header(rows: &[Vec<String>]) -> Option<usize> {
    rows.iter().position(|r| {
        r.iter().any(|c| header_index(c) == Some(TITLE))
            || r.iter().filter(|c| header_index(c).is_some()).count() >= 3
    })
}

/// Reads a needs sheet: xlsx (by table name, else by headers) or CSV.
pub fn read_needs_sheet(path: &Path) -> Result<NeedsSheet, String> {
    let is_csv = path
        .extension()
        .is_some_and(|e| e.eq_ignore_ascii_case("csv"));
    if is_csv {
        let bytes =
            std::fs::read(path).map_err(|e| format!("Kunde inte läsa {}: {e}", path.display()))?;
        let rows = parse_csv(&bytes).map_err(|e| format!("{}: {e}", path.display()))?;
        let h = find_header(&rows).ok_or_else(|| no_header(path))?;
        return Ok(NeedsSheet {
            row_numbers: (h + 1..=rows.len()).collect(),
            rows: rows[h..].to_vec(),
            found_in: "CSV-filen".into(),
        });
    }
    let mut wb: Xlsx<_> = open_workbook(path)
        .map_err(|e| format!("{} kunde inte läsas som xlsx: {e}", path.display()))?;
    if wb.load_tables().is_ok()
        && wb.table_names().iter().any(|n| *n == TABLE_NAME)
        && let Ok(table) = wb.table_by_name(TABLE_NAME)
    {
        let data = table.data();
        let (r0, _) = data.start().unwrap_or((0, 0));
        let mut rows = vec![table.columns().to_vec()];
        let mut numbers = vec![r0 as usize]; // the header sits just above the data
        for (i, row) in data.rows().enumerate() {
            rows.push(row.iter().map(data_text).collect());
            numbers.push(r0 as usize + 1 + i);
        }
        return Ok(NeedsSheet {
            row_numbers: numbers,
            rows,
            found_in: format!("tabellen {TABLE_NAME}"),
        });
    }
    // Renamed or no table: look for the header row on each sheet.
    for name in wb.sheet_names() {
        let Ok(range) = wb.worksheet_range(&name) else {
            continue;
        };
        let (r0, c0) = range.start().unwrap_or((0, 0));
        let rows: Vec<Vec<String>> = range
            .rows()
            .map(|r| {
                std::iter::repeat_n(String::new(), c0 as usize)
                    .chain(r.iter().map(data_text))
                    .collect()
            })
            .collect();
        if let Some(h) = find_header(&rows) {
            let numbers = (0..rows.len() - h)
                .map(|i| r0 as usize + h + i + 1)
                .collect();
            return Ok(NeedsSheet {
                row_numbers: numbers,
                rows: rows[h..].to_vec(),
                found_in: format!("bladet {name}"),
            });
        }
    }
    Err(no_header(path))
}

fn no_header(path: &Path) -> String {
    format!(
        "{}: hittar ingen tabell {TABLE_NAME} och ingen rubrikrad med kolumnerna (t.ex. \"Kort titel\", \"Beskrivning\", \"Nivå\"). Använd mallen från lbk template.",
        path.display()
    )
}

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
    /// Things fixed on the way (control characters removed).
    pub warnings: Vec<SheetProblem>,
}

impl ImportPlan {
    /// The report shown before anything is written.
    pub fn report(&self) -> String {
        let mut out = format!(
            "{} nya behov, {} ändrade, {} oförändrade för {}.",
            self.new.len(),
            self.updated.len(),
            self.unchanged,
            self.rss
        );
        for n in &self.new {
            out.push_str(&format!("\n  nytt: {} {}", n.number, n.title));
        }
        for (old, new) in &self.updated {
            out.push_str(&format!("\n  ändrat: {} {}", old.number, new.title));
        }
        if !self.missing.is_empty() {
            out.push_str(&format!(
                "\nFinns i omgången men inte i filen (tas inte bort): {}",
                self.missing.join(", ")
            ));
        }
        for w in &self.warnings {
            out.push_str(&format!("\n  varning: {w}"));
        }
        out
    }
}

fn problem(row: usize, col: Option<usize>, message: impl Into<String>) -> SheetProblem {
    SheetProblem {
        row,
        column: col,
        message: message.into(),
    }
}

/// Removes control characters (keeping line breaks where text may span
/// lines); says whether anything was removed.
fn strip_controls(s: &str, multiline: bool) -> (String, bool) {
    let mut removed = false;
    let out: String = s
        .replace("\r\n", "\n")
        .chars()
        .filter_map(|c| match c {
            '\n' if multiline => Some('\n'),
            '\n' | '\t' => Some(' '),
            c if is_unsafe(c) => {
                removed = true;
                None
            }
            c => Some(c),
        })
        .collect();
    (out.trim().to_string(), removed)
}

/// Folds case and å ä ö so "osaker" matches "Osäker".
fn fold(s: &str) -> String {
    normalise(s).replace(['ä', 'å'], "a").replace('ö', "o")
}

fn choice<T: Copy>(value: &str, all: &[T], label: impl Fn(T) -> &'static str) -> Option<T> {
    let v = fold(value);
    all.iter().copied().find(|x| fold(label(*x)) == v)
}

/// Checks a sheet against the round for one RSS and plans the import.
pub fn plan_import(
    round: &Round,
    rss_code: &str,
    sheet: &NeedsSheet,
) -> Result<ImportPlan, Vec<SheetProblem>> {
    let Some(rss) = round.rss_by_code(rss_code) else {
        return Err(vec![problem(
            1,
            None,
            format!("RSS-koden {rss_code} finns inte i omgången."),
        )]);
    };
    let code = rss.code.clone();
    let header_row = sheet.row_numbers.first().copied().unwrap_or(1);
    let header = sheet.rows.first().cloned().unwrap_or_default();
    // Column in the file → template field.
    let mut map: Vec<Option<usize>> = header.iter().map(|h| header_index(h)).collect();
    let mut problems = vec![];
    let mut warnings = vec![];
    for (c, field) in map.iter_mut().enumerate() {
        if field.is_none() && !header[c].trim().is_empty() {
            warnings.push(problem(
                header_row,
                Some(c),
                format!(
                    "okänd kolumn \"{}\" lästes inte",
                    crate::exchange::cell_text(header[c].trim())
                ),
            ));
        }
        // A column named twice: the first counts.
        if let Some(f) = *field
            && map_prefix_has(&header[..c], f)
        {
            *field = None;
        }
    }
    if !map.contains(&Some(TITLE)) {
        return Err(vec![problem(
            header_row,
            None,
            "Kolumnen \"Kort titel\" saknas.",
        )]);
    }

    let mut new: Vec<Need> = vec![];
    let mut updated = vec![];
    let mut unchanged = 0;
    let mut seen: Vec<String> = vec![];
    let mut taken: Vec<String> = round.needs.iter().map(|n| n.number.clone()).collect();
    for (i, row) in sheet.rows.iter().enumerate().skip(1) {
        let rownum = sheet.row_numbers.get(i).copied().unwrap_or(i + 1);
        let mut fields: [String; 12] = Default::default();
        let mut cols: [Option<usize>; 12] = [None; 12];
        for (c, cell) in row.iter().enumerate() {
            if let Some(Some(f)) = map.get(c) {
                fields[*f] = cell.clone();
                cols[*f] = Some(c);
            }
        }
        if fields.iter().all(|f| f.trim().is_empty())
            || fields[NUMBER].trim().eq_ignore_ascii_case(EXAMPLE_NUMBER)
        {
            continue;
        }
        let mut cleaned: [String; 12] = Default::default();
        for f in 0..12 {
            let multiline = matches!(f, DESCRIPTION | CHALLENGE | KNOWN | NOTES);
            let (text, removed) = strip_controls(&fields[f], multiline);
            if removed {
                warnings.push(problem(rownum, cols[f], "styrtecken borttagna"));
            }
            let max = if f == TITLE { MAX_TITLE } else { MAX_TEXT };
            let len = text.chars().count();
            if len > max {
                problems.push(problem(
                    rownum,
                    cols[f],
                    format!(
                        "för lång text i {} ({len} tecken, högst {max}). Korta texten.",
                        COLUMNS[f].header
                    ),
                ));
            }
            cleaned[f] = text;
        }
        let at = |f: usize| cols[f];
        if cleaned[TITLE].is_empty() {
            problems.push(problem(
                rownum,
                at(TITLE).or(Some(0)),
                "Kort titel saknas. Skriv en kort titel för behovet.",
            ));
        } else if cleaned[TITLE].parse::<f64>().is_ok() {
            problems.push(problem(
                rownum,
                at(TITLE),
                format!(
                    "Kort titel är bara ett tal ({}): står något i fel kolumn?",
                    cleaned[TITLE]
                ),
            ));
        }
        let level = match cleaned[LEVEL].as_str() {
            "" => Some(Level::Nationell),
            v => choice(v, &Level::ALL, Level::label),
        };
        if level.is_none() {
            problems.push(problem(
                rownum,
                at(LEVEL),
                format!(
                    "okänd nivå \"{}\": välj Lokal, Regional, Nationell eller Osäker.",
                    cleaned[LEVEL]
                ),
            ));
        }
        let kind = match cleaned[KIND].as_str() {
            "" => Some(NeedKind::Kunskapsbehov),
            v => choice(v, &NeedKind::ALL, NeedKind::label),
        };
        if kind.is_none() {
            problems.push(problem(
                rownum,
                at(KIND),
                format!(
                    "okänd typ \"{}\": välj Kunskapsbehov eller Lokal kunskap.",
                    cleaned[KIND]
                ),
            ));
        }
        let source = match cleaned[SOURCE].as_str() {
            "" => Some(Source::Natverksmote),
            v => choice(v, &Source::ALL, Source::label),
        };
        if source.is_none() {
            problems.push(problem(
                rownum,
                at(SOURCE),
                format!("okänd källa \"{}\": välj i listan.", cleaned[SOURCE]),
            ));
        }
        let health = match normalise(&cleaned[HEALTH]).as_str() {
            "" | "nej" => Some(false),
            "ja" => Some(true),
            _ => None,
        };
        if health.is_none() {
            problems.push(problem(
                rownum,
                at(HEALTH),
                format!(
                    "skriv {} eller {}, inte \"{}\".",
                    YES_NO[1], YES_NO[0], cleaned[HEALTH]
                ),
            ));
        }
        let dots = match cleaned[DOTS].as_str() {
            "" => Ok(None),
            v => v.parse::<u32>().map(Some).map_err(|_| ()),
        };
        if dots.is_err() {
            problems.push(problem(
                rownum,
                at(DOTS),
                format!("Prickar ska vara ett heltal, inte \"{}\".", cleaned[DOTS]),
            ));
        }
        let number = cleaned[NUMBER].clone();
        if !number.is_empty() {
            match split_number(&number) {
                Some((c, _)) if c.eq_ignore_ascii_case(&code) => {}
                _ => problems.push(problem(
                    rownum,
                    at(NUMBER),
                    format!("numret {number} hör inte till {code} (väntade t.ex. {code}-01)."),
                )),
            }
            if seen.iter().any(|s| s.eq_ignore_ascii_case(&number)) {
                problems.push(problem(
                    rownum,
                    at(NUMBER),
                    format!("numret {number} står på två rader."),
                ));
            }
            seen.push(number.clone());
        }
        let (Some(level), Some(kind), Some(source), Some(health), Ok(dots)) =
            (level, kind, source, health, dots)
        else {
            continue;
        };
        let existing = round
            .needs
            .iter()
            .find(|n| !number.is_empty() && n.number.eq_ignore_ascii_case(&number));
        let mut need = Need {
            number: existing
                .map(|e| e.number.clone())
                .unwrap_or_else(|| number.clone()),
            rss: code.clone(),
            title: cleaned[TITLE].clone(),
            description: cleaned[DESCRIPTION].clone(),
            challenge: cleaned[CHALLENGE].clone(),
            target_group: cleaned[TARGET].clone(),
            known_support: cleaned[KNOWN].clone(),
            level,
            dots,
            kind,
            source,
            health_care: health,
            notes: cleaned[NOTES].clone(),
            status: existing.map(|e| e.status.clone()).unwrap_or_default(),
        };
        match existing {
            Some(old) if old.rss != code => {
                problems.push(problem(
                    rownum,
                    at(NUMBER),
                    format!(
                        "{} tillhör {} i omgången, inte {code}.",
                        old.number, old.rss
                    ),
                ));
            }
            Some(old) if *old == need => unchanged += 1,
            Some(old) => updated.push((old.clone(), need)),
            None => {
                if need.number.is_empty() {
                    need.number = next_number(&code, taken.iter().map(String::as_str));
                }
                taken.push(need.number.clone());
                new.push(need);
            }
        }
    }
    if !problems.is_empty() {
        return Err(problems);
    }
    let in_file = |n: &str| {
        new.iter().any(|x| x.number == n)
            || updated.iter().any(|(o, _)| o.number == n)
            || seen.iter().any(|s| s.eq_ignore_ascii_case(n))
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
    })
}

fn map_prefix_has(earlier: &[String], field: usize) -> bool {
    earlier.iter().any(|h| header_index(h) == Some(field))
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
