//! A round file that parses but says against itself: each finding of
//! `domain::contradictions` with the line of the file it is on, for
//! `lbk check` and for the reason a round opens read-only.

use std::path::Path;

use crate::domain::Round;
use crate::domain::contradictions::{Contradiction, contradictions};

/// The line (counted from 1) to point at: the line that opens `field`,
/// then each of `needles` in turn on a line after the one before; the
/// last found. None when the field is not in the file.
pub fn line_of<S: AsRef<str>>(text: &str, field: &str, needles: &[S]) -> Option<usize> {
    let opens = format!("{field}:");
    let lines: Vec<&str> = text.lines().collect();
    let mut at = lines
        .iter()
        .position(|l| l.trim_start().starts_with(&opens))?;
    for needle in needles {
        match lines
            .iter()
            .enumerate()
            .skip(at + 1)
            .find(|(_, l)| l.contains(needle.as_ref()))
        {
            Some((i, _)) => at = i,
            None => break,
        }
    }
    Some(at + 1)
}

/// The findings as lines to show, each with its place: "rad 120: …".
pub fn located(text: &str, found: &[Contradiction]) -> Vec<String> {
    found
        .iter()
        .map(|c| match line_of(text, c.field, &c.needle) {
            Some(line) => format!("rad {line}: {}", c.what),
            None => c.what.clone(),
        })
        .collect()
}

/// What the round at `path` says against itself, each with its line; the
/// file is read again only when there is something to place.
pub fn findings(round: &Round, path: &Path) -> Vec<String> {
    let found = contradictions(round);
    if found.is_empty() {
        return vec![];
    }
    let text = super::file::read_bounded(path, super::file::MAX_ROUND_BYTES)
        .map(|b| String::from_utf8_lossy(&b).into_owned())
        .unwrap_or_default();
    located(&text, &found)
}

/// The reason a contradicting round is read-only: the first finding, how
/// many more, and what to do.
pub fn read_only_reason(path: &Path, lines: &[String]) -> String {
    let more = match lines.len() {
        0 | 1 => String::new(),
        n => format!(" (och {} till)", n - 1),
    };
    format!(
        "{} säger emot sig själv och öppnas skrivskyddad: {}{more}. Rätta filen i en texteditor (lbk check visar alla, med rad) och öppna den igen; lbk lagar den inte själv.",
        path.display(),
        lines.first().map(String::as_str).unwrap_or("")
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_needle_is_found_in_its_field_not_before_it() {
        let text = "(\n  needs: [\n    \"A-1\",\n  ],\n  pick_ballots: [\n    \"A-1\",\n  ],\n)";
        assert_eq!(line_of(text, "pick_ballots", &["\"A-1\""]), Some(6));
        assert_eq!(line_of(text, "needs", &["\"A-1\""]), Some(3));
        assert_eq!(line_of(text, "needs", &["\"B-2\""]), Some(2));
        assert_eq!(line_of(text, "timeline", &["x"]), None);
        // In turn: the second after the first.
        let twice = "(\n  people: [\n    name: \"A\",\n    name: \"A\",\n  ],\n)";
        assert_eq!(
            line_of(twice, "people", &["name: \"A\"", "name: \"A\""]),
            Some(4)
        );
    }
}
