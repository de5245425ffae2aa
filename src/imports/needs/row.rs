//! One row of a returned template, read into a need: texts cleaned of
//! control characters (said as a warning), lengths and choices checked,
//! error-value cells refused with their place, the example row recognised.

use crate::documents::needs_template::{
    CHALLENGE, COLUMNS, DESCRIPTION, DOTS, EXAMPLE_NUMBER, EXAMPLE_TITLE, HEALTH, KIND, KNOWN,
    LEVEL, NOTES, NUMBER, SOURCE, TARGET, TITLE, YES_NO,
};
use crate::domain::need::{MAX_TEXT, MAX_TITLE};
use crate::imports::cells::SheetProblem;
use crate::imports::needs::sheet::normalise;
// Case and å ä ö folded, so "osaker" matches "Osäker".
use crate::domain::need::split_number;
use crate::domain::text_safety::is_unsafe;
use crate::domain::{Level, Need, NeedKind, Source};
use crate::meeting::need_tokens::fold;

pub(super) fn problem(row: usize, col: Option<usize>, message: impl Into<String>) -> SheetProblem {
    SheetProblem {
        row,
        column: col,
        message: message.into(),
    }
}

/// Whether a row is the template's example, and whether it was changed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Example {
    No,
    Untouched,
    Changed,
}

/// A row read: its number as written, the need (None after a problem),
/// and whether it is the example.
pub(super) struct Read {
    pub number: String,
    pub number_col: Option<usize>,
    pub title_col: Option<usize>,
    pub need: Option<Need>,
    pub example: Example,
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

fn choice<T: Copy>(value: &str, all: &[T], label: impl Fn(T) -> &'static str) -> Option<T> {
    let v = fold(value);
    all.iter().copied().find(|x| fold(label(*x)) == v)
}

/// Reads one row; problems and warnings are added with their place.
pub(super) fn read(
    cells: &[String],
    map: &[Option<usize>],
    rownum: usize,
    code: &str,
    errors: &[(usize, usize)],
    problems: &mut Vec<SheetProblem>,
    warnings: &mut Vec<SheetProblem>,
) -> Option<Read> {
    let mut fields: [String; 12] = Default::default();
    // (cleared below for a cell that shows an error value)
    let mut cols: [Option<usize>; 12] = [None; 12];
    for (c, cell) in cells.iter().enumerate() {
        if let Some(Some(f)) = map.get(c) {
            fields[*f] = cell.clone();
            cols[*f] = Some(c);
        }
    }
    if fields.iter().all(|f| f.trim().is_empty()) {
        return None;
    }
    let example = if fields[NUMBER].trim().eq_ignore_ascii_case(EXAMPLE_NUMBER) {
        if fields[TITLE].trim() == EXAMPLE_TITLE {
            return Some(Read {
                number: String::new(),
                number_col: cols[NUMBER],
                title_col: cols[TITLE],
                need: None,
                example: Example::Untouched,
            });
        }
        Example::Changed
    } else {
        Example::No
    };
    let before = problems.len();
    for (_, c) in errors.iter().filter(|(r, _)| *r == rownum) {
        if let Some(f) = map.get(*c).copied().flatten() {
            problems.push(problem(
                rownum,
                Some(*c),
                format!(
                    "{} visar felvärdet {} i stället för ett värde: rätta cellen (eller formeln) och spara igen.",
                    COLUMNS[f].header,
                    crate::documents::cell_text(cells.get(*c).map_or("", |s| s.as_str()))
                ),
            ));
            // Said once: the field is not also checked as a level, a number…
            if f != TITLE {
                fields[f].clear();
            }
        }
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
    let kind = match cleaned[KIND].as_str() {
        "" => Some(NeedKind::Kunskapsbehov),
        v => choice(v, &NeedKind::ALL, NeedKind::label),
    };
    let source = match cleaned[SOURCE].as_str() {
        "" => Some(Source::Natverksmote),
        v => choice(v, &Source::ALL, Source::label),
    };
    let health = match normalise(&cleaned[HEALTH]).as_str() {
        "" | "nej" => Some(false),
        "ja" => Some(true),
        _ => None,
    };
    let dots = match cleaned[DOTS].as_str() {
        "" => Some(None),
        v => v.parse::<u32>().ok().map(Some),
    };
    let shown = |f: usize| crate::documents::cell_text(&cleaned[f]);
    let checks = [
        (
            LEVEL,
            level.is_some(),
            format!(
                "okänd nivå \"{}\": välj Lokal, Regional, Nationell eller Osäker.",
                shown(LEVEL)
            ),
        ),
        (
            KIND,
            kind.is_some(),
            format!(
                "okänd typ \"{}\": välj Kunskapsbehov eller Lokal kunskap.",
                shown(KIND)
            ),
        ),
        (
            SOURCE,
            source.is_some(),
            format!("okänd källa \"{}\": välj i listan.", shown(SOURCE)),
        ),
        (
            HEALTH,
            health.is_some(),
            format!(
                "skriv {} eller {}, inte \"{}\".",
                YES_NO[1],
                YES_NO[0],
                shown(HEALTH)
            ),
        ),
        (
            DOTS,
            dots.is_some(),
            format!("Prickar ska vara ett heltal, inte \"{}\".", shown(DOTS)),
        ),
    ];
    for (f, ok, msg) in checks {
        if !ok {
            problems.push(problem(rownum, at(f), msg));
        }
    }
    let number = if example == Example::Changed {
        String::new()
    } else {
        cleaned[NUMBER].clone()
    };
    if !number.is_empty() {
        match split_number(&number) {
            Some((c, _)) if c.to_lowercase() == code.to_lowercase() => {}
            _ => problems.push(problem(
                rownum,
                at(NUMBER),
                format!(
                    "numret {} hör inte till {code} (väntade t.ex. {code}-01).",
                    crate::documents::cell_text(&number)
                ),
            )),
        }
    }
    let need = match (level, kind, source, health, dots) {
        (Some(level), Some(kind), Some(source), Some(health_care), Some(dots))
            if problems.len() == before =>
        {
            Some(Need {
                number: number.clone(),
                rss: code.to_string(),
                title: cleaned[TITLE].clone().into(),
                description: cleaned[DESCRIPTION].clone().into(),
                challenge: cleaned[CHALLENGE].clone().into(),
                target_group: cleaned[TARGET].clone().into(),
                known_support: cleaned[KNOWN].clone().into(),
                level,
                dots,
                kind,
                source,
                health_care,
                notes: cleaned[NOTES].clone().into(),
                status: Default::default(),
            })
        }
        _ => None,
    };
    Some(Read {
        number,
        number_col: at(NUMBER),
        title_col: at(TITLE),
        need,
        example,
    })
}
