//! The import report, in the order the secretariat reads it: refused rows
//! (in a refusal), questions, probable duplicates, updated needs with what
//! changed, new needs, needs in the round missing from the file.

use crate::documents::cell_text;
use crate::documents::needs_template::COLUMNS;
use crate::domain::Need;
use crate::imports::needs::plan::ImportPlan;
use crate::imports::needs::questions::Refusal;

/// What differs between two versions of a need, field by field.
fn changes(old: &Need, new: &Need) -> Vec<String> {
    // At most 40 characters of each side, from just before where they
    // begin to differ, so a change at the end of a long text shows.
    let short = |s: &str, from: usize| {
        let chars: Vec<char> = cell_text(s).chars().collect();
        let start = from.saturating_sub(10).min(chars.len());
        let end = (start + 40).min(chars.len());
        format!(
            "{}{}{}",
            if start > 0 { "…" } else { "" },
            chars[start..end].iter().collect::<String>(),
            if end < chars.len() { "…" } else { "" }
        )
    };
    let mut out = vec![];
    let mut text = |i: usize, a: &str, b: &str| {
        if a != b {
            let from = a.chars().zip(b.chars()).take_while(|(x, y)| x == y).count();
            out.push(format!(
                "{}: \"{}\" → \"{}\"",
                COLUMNS[i].header,
                short(a, from),
                short(b, from)
            ));
        }
    };
    text(1, &old.title, &new.title);
    text(2, &old.description, &new.description);
    text(3, &old.challenge, &new.challenge);
    text(4, &old.target_group, &new.target_group);
    text(5, &old.known_support, &new.known_support);
    text(6, old.level.label(), new.level.label());
    let dots = |d: Option<u32>| d.map(|n| n.to_string()).unwrap_or_default();
    text(7, &dots(old.dots), &dots(new.dots));
    text(8, old.kind.label(), new.kind.label());
    text(9, old.source.label(), new.source.label());
    let yn = |b: bool| if b { "Ja" } else { "Nej" };
    text(10, yn(old.health_care), yn(new.health_care));
    text(11, &old.notes, &new.notes);
    out
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
        if let Some(enc) = self.encoding {
            out.push_str(&format!(" CSV-filen lästes som {enc}."));
        }
        for (row, title, like) in &self.duplicates {
            out.push_str(&format!(
                "\n  trolig dubblett (läses in som nytt): rad {row} \"{}\", samma titel som {like}",
                cell_text(title)
            ));
        }
        for (old, new) in &self.updated {
            out.push_str(&format!(
                "\n  ändrat: {} {}",
                old.number,
                cell_text(&new.title)
            ));
            for c in changes(old, new) {
                out.push_str(&format!("\n    {c}"));
            }
        }
        for n in &self.new {
            out.push_str(&format!("\n  nytt: {} {}", n.number, cell_text(&n.title)));
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

impl Refusal {
    /// Refused rows first (by row), then the questions.
    pub fn lines(&self) -> Vec<String> {
        let mut out: Vec<String> = self.problems.iter().map(|p| p.to_string()).collect();
        out.extend(self.questions.iter().map(|q| q.to_string()));
        out
    }
}
