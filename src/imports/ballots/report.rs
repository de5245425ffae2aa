//! What an import will do, and why one was refused, in the words shown to
//! the secretariat before anything is written (the app's question, the
//! command line's dry run).

use crate::domain::priority::Stage;
use crate::imports::ballots::plan::{ImportPlan, Refusal};
use crate::imports::ballots::source::{SourceKind, clip};

impl ImportPlan {
    /// The dry-run report: every ballot with its row, then what was left.
    pub fn report(&self) -> String {
        let what = match self.stage {
            Stage::Pick => "valsedlar",
            Stage::Rank => "rangordningar",
        };
        let from = match self.kind {
            SourceKind::Sheet => "rad",
            SourceKind::Form => "rad",
            SourceKind::Chat => "chattrad",
        };
        let mut out = format!("{} {what}:", self.ballots.len());
        for b in &self.ballots {
            out.push_str(&format!(
                "\n  {from} {}: {}: {}",
                b.row,
                clip(&b.representative),
                b.needs.join(", ")
            ));
            if let Some((_, saved)) = self.replacing.iter().find(|(n, _)| *n == b.representative) {
                out.push_str(&format!(" (ersätter sparad: {})", saved.join(", ")));
            }
        }
        if !self.replacing.is_empty() {
            out.push_str(&format!(
                "\n{} sparade valsedlar ersätts (u ångrar efteråt).",
                self.replacing.len()
            ));
        }
        for (earlier, later, name) in &self.replaced {
            out.push_str(&format!(
                "\n{} på {from} {earlier} ersätts av den senare på {from} {later}.",
                clip(name)
            ));
        }
        if !self.skipped.is_empty() {
            out.push_str(&format!("\nUtan val (orörda): {}", self.skipped.join(", ")));
        }
        for (written, person) in &self.aliases {
            out.push_str(&format!(
                "\n\"{}\" sparas som annat namn för {}.",
                clip(written),
                clip(person)
            ));
        }
        if self.ignored > 0 {
            out.push_str(&format!(
                "\n{} chattmeddelanden var inga valsedlar och lämnas.",
                self.ignored
            ));
        }
        out
    }
}

impl Refusal {
    /// Every problem on its own line, in the order of the rows.
    pub fn lines(&self) -> Vec<String> {
        let mut all: Vec<crate::imports::cells::SheetProblem> = self.problems.clone();
        for (row, column, name) in &self.unknown {
            let at = crate::imports::cells::SheetProblem {
                row: *row,
                column: *column,
                message: format!(
                    "\"{name}\" finns inte i registret (R): säg vem det är, eller lägg till personen."
                ),
            };
            all.push(at);
        }
        all.sort_by_key(|p| (p.row, p.column));
        all.iter().map(|p| p.to_string()).collect()
    }
}
