//! Checking read ballots against the round, all or nothing. Every ballot
//! is cast on a copy; one refusal refuses the whole import and the round is
//! untouched. Names no one in the register has are gathered so that they
//! can be asked once; the answers become the people's aliases when the
//! import is applied.

use jiff::Timestamp;

use crate::domain::Round;
use crate::domain::priority::Stage;
use crate::imports::ballots::answers::Choices;
use crate::imports::ballots::source::{Source, SourceKind, clip, problem};
use crate::imports::cells::SheetProblem;

/// One ballot read from a sheet row.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SheetBallot {
    pub row: usize,
    pub representative: String,
    pub needs: Vec<String>,
}

/// What an import will do: shown before anything is written.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ImportPlan {
    pub stage: Stage,
    pub kind: SourceKind,
    pub ballots: Vec<SheetBallot>,
    /// People whose row had no answers: left as they were.
    pub skipped: Vec<String>,
    /// An earlier row or message by the same person, replaced by a later one.
    pub replaced: Vec<(usize, usize, String)>,
    /// Names as written, and who they are: remembered as aliases.
    pub aliases: Vec<(String, String)>,
    /// Chat messages that were talk.
    pub ignored: usize,
    /// Saved ballots the import replaces: (name, the ballot now).
    pub replacing: Vec<(String, Vec<String>)>,
}

/// Why nothing was imported.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Refusal {
    pub problems: Vec<SheetProblem>,
    /// Names that matched no one: (row, column, name as written), each once.
    pub unknown: Vec<(usize, Option<usize>, String)>,
}

/// Checks every ballot in `source`; `known` are names already answered
/// (name as written → person in the register).
pub fn plan(
    round: &Round,
    stage: Stage,
    source: &Source,
    known: &[(String, String)],
) -> Result<ImportPlan, Refusal> {
    let mut refusal = Refusal {
        problems: source.problems.clone(),
        unknown: vec![],
    };
    let p = &round.prioritization;
    let closed = match stage {
        Stage::Pick if p.pick_closed => Some("Valsteget är stängt; val kan inte importeras."),
        Stage::Rank if !p.pick_closed => {
            Some("Rangordningen har inte börjat; stäng valsteget först.")
        }
        Stage::Rank if p.rank_closed => Some("Rangordningssteget är stängt."),
        _ => None,
    };
    if let Some(msg) = closed {
        refusal.problems.push(problem(1, None, msg));
    }
    if !refusal.problems.is_empty() {
        return Err(refusal);
    }
    let choices = Choices::of(round);
    let mut out = ImportPlan {
        stage,
        kind: source.kind,
        ballots: vec![],
        skipped: vec![],
        replaced: vec![],
        aliases: vec![],
        ignored: source.ignored,
        replacing: vec![],
    };
    for b in &source.incoming {
        let col = Some(b.name_column);
        if b.name.is_empty() && b.email.is_empty() {
            if b.answers.iter().any(|a| !a.text.is_empty()) {
                refusal
                    .problems
                    .push(problem(b.row, col, "Namn saknas, men raden har val."));
            }
            continue;
        }
        let answered = known
            .iter()
            .find(|(w, _)| w.trim().eq_ignore_ascii_case(b.name.trim()))
            .map(|(_, who)| who.clone());
        let Some(person) = answered
            .clone()
            .or_else(|| round.person_written(&b.name, &b.email))
        else {
            let shown = clip(&b.name);
            if !refusal
                .unknown
                .iter()
                .any(|(.., n)| n.eq_ignore_ascii_case(&shown))
            {
                let col = (source.kind != SourceKind::Chat).then_some(b.name_column);
                refusal.unknown.push((b.row, col, shown));
            }
            continue;
        };
        if answered.is_some() && !out.aliases.iter().any(|(w, _)| *w == b.name) {
            out.aliases
                .push((b.name.trim().to_string(), person.clone()));
        }
        let name = round.ballot_name(&person);
        let Some(needs) = read_answers(round, stage, &choices, b, &name, &mut refusal.problems)
        else {
            continue;
        };
        if let Some(i) = out.ballots.iter().position(|x| x.representative == name) {
            if source.kind == SourceKind::Sheet {
                let msg = format!("{name} står redan på rad {}.", out.ballots[i].row);
                refusal.problems.push(problem(b.row, col, msg));
                continue;
            }
            let earlier = out.ballots.remove(i);
            out.replaced.push((earlier.row, b.row, name.clone()));
        }
        if needs.is_empty() {
            out.skipped.push(name);
            continue;
        }
        out.ballots.push(SheetBallot {
            row: b.row,
            representative: name,
            needs,
        });
    }
    for b in &out.ballots {
        let saved = match stage {
            Stage::Pick => p.pick_ballot(&b.representative).map(|x| x.needs.clone()),
            Stage::Rank => p
                .rank_ballots
                .iter()
                .find(|x| x.representative == b.representative)
                .map(|x| x.order.to_vec()),
        };
        if let Some(saved) = saved.filter(|s| *s != b.needs) {
            out.replacing.push((b.representative.clone(), saved));
        }
    }
    // Every ballot cast on a copy: the round's own rules have the last word.
    let mut work = round.clone();
    for b in &out.ballots {
        let cast = match stage {
            Stage::Pick => work.cast_picks(&b.representative, &b.needs, Timestamp::UNIX_EPOCH),
            Stage::Rank => work.cast_ranking(&b.representative, &b.needs, Timestamp::UNIX_EPOCH),
        };
        if let Err(e) = cast {
            refusal.problems.push(problem(b.row, None, e.to_string()));
        }
    }
    if refusal.problems.is_empty() && refusal.unknown.is_empty() {
        Ok(out)
    } else {
        refusal.problems.sort_by_key(|p| (p.row, p.column));
        Err(refusal)
    }
}

/// One ballot's answers as need numbers, in order; None after a problem.
fn read_answers(
    round: &Round,
    stage: Stage,
    choices: &Choices,
    b: &crate::imports::ballots::source::Incoming,
    name: &str,
    problems: &mut Vec<SheetProblem>,
) -> Option<Vec<String>> {
    let allowed = match stage {
        Stage::Pick => choices.rows.clone(),
        Stage::Rank => round.rank_list_for(name),
    };
    let before = problems.len();
    let mut needs: Vec<String> = vec![];
    let mut gap: Option<Option<usize>> = None;
    for a in &b.answers {
        if a.text.is_empty() {
            gap.get_or_insert(a.column);
            continue;
        }
        if let (Some(g), Stage::Rank) = (gap, stage) {
            problems.push(problem(
                b.row,
                g,
                "Tom plats före en senare plats; fyll i platserna i ordning utan luckor.",
            ));
            return None;
        }
        for part in choices.split_cell(&a.text) {
            let number = match choices.need(&part) {
                Ok(n) => n,
                Err(e) => {
                    problems.push(problem(b.row, a.column, format!("{e}.")));
                    continue;
                }
            };
            if !allowed.contains(&number) {
                let msg = match stage {
                    Stage::Pick => format!("{number} finns inte i den slutliga sammanställningen."),
                    Stage::Rank if round.model.ranks_own_picks() => {
                        format!("{number} är inte bland {name}s egna val.")
                    }
                    Stage::Rank => format!("{number} är inte med på den gemensamma listan."),
                };
                problems.push(problem(b.row, a.column, msg));
            } else if needs.contains(&number) {
                let msg = format!("{number} står två gånger i samma valsedel.");
                problems.push(problem(b.row, a.column, msg));
            } else {
                needs.push(number);
                let max = round.prioritization.max_picks;
                if stage == Stage::Pick && needs.len() == max + 1 {
                    let msg = format!("För många val: högst {max} får väljas.");
                    problems.push(problem(b.row, a.column, msg));
                }
            }
        }
    }
    (problems.len() == before).then_some(needs)
}

/// Applies a checked plan: the aliases are remembered, then every ballot
/// is cast. Nothing changes if any step is refused.
pub fn apply(round: &mut Round, plan: &ImportPlan, at: Timestamp) -> Result<(), String> {
    let mut work = round.clone();
    for (written, person) in &plan.aliases {
        work.add_alias(person, written, at)
            .map_err(|e| e.to_string())?;
    }
    for b in &plan.ballots {
        match plan.stage {
            Stage::Pick => work.cast_picks(&b.representative, &b.needs, at),
            Stage::Rank => work.cast_ranking(&b.representative, &b.needs, at),
        }
        .map_err(|e| format!("rad {}: {e}", b.row))?;
    }
    *round = work;
    Ok(())
}
