//! What a round file that parses can still say against itself, mostly
//! after a hand edit: a ballot naming a need the round does not have, a
//! merge into itself, into nothing or in a circle, a person twice, a
//! moment done before the one before it began, a moment done before it
//! started. Each finding says what is wrong and where to look (the field
//! and the text to find on its line); the store turns that into a line of
//! the file. The round is never repaired here: the app opens it read-only
//! and the user mends the file.

use std::collections::{HashMap, HashSet};

use crate::domain::{MomentStatus, NeedStatus, Round};

/// The most findings reported: a file broken throughout says the first.
pub const MAX_FINDINGS: usize = 50;

/// One thing the round says against itself.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Contradiction {
    /// What is wrong, in Swedish, with what to do.
    pub what: String,
    /// The field of the file it is under (`pick_ballots`, `needs`, …).
    pub field: &'static str,
    /// Texts to find in turn inside that field, each on a line after the
    /// one before; the last found is the line to point at.
    pub needle: Vec<String>,
}

/// Everything the round says against itself, at most `MAX_FINDINGS`.
pub fn contradictions(r: &Round) -> Vec<Contradiction> {
    let mut out = vec![];
    let numbers: HashSet<String> = r.needs.iter().map(|n| key(&n.number)).collect();
    ballots(r, &numbers, &mut out);
    merges(r, &numbers, &mut out);
    people(r, &mut out);
    timeline(r, &mut out);
    out.truncate(MAX_FINDINGS);
    out
}

fn key(number: &str) -> String {
    number.trim().to_lowercase()
}

fn push<S: AsRef<str>>(
    out: &mut Vec<Contradiction>,
    field: &'static str,
    needle: &[S],
    what: String,
) {
    if out.len() < MAX_FINDINGS {
        out.push(Contradiction {
            what,
            field,
            needle: needle.iter().map(|n| n.as_ref().to_string()).collect(),
        });
    }
}

fn ballots(r: &Round, numbers: &HashSet<String>, out: &mut Vec<Contradiction>) {
    let p = &r.prioritization;
    let picks = p.pick_ballots.iter().map(|b| (&b.representative, &b.needs));
    let ranks = p
        .rank_ballots
        .iter()
        .map(|b| (&b.representative, &*b.order));
    for (field, stage, list) in [
        ("pick_ballots", "valsedel", picks.collect::<Vec<_>>()),
        ("rank_ballots", "rangordning", ranks.collect()),
    ] {
        for (who, needs) in list {
            for n in needs.iter().filter(|n| !numbers.contains(&key(n))) {
                push(
                    out,
                    field,
                    &[&format!("representative: \"{who}\""), &format!("\"{n}\"")],
                    format!(
                        "{who}s {stage} nämner behovet {n}, som inte finns i omgången. Rätta numret eller ta bort det ur {stage}n."
                    ),
                );
            }
        }
    }
    for n in p.joint_list.iter().filter(|n| !numbers.contains(&key(n))) {
        push(
            out,
            "joint_list",
            &[&format!("\"{n}\"")],
            format!("Den gemensamma listan nämner behovet {n}, som inte finns i omgången."),
        );
    }
}

fn merges(r: &Round, numbers: &HashSet<String>, out: &mut Vec<Contradiction>) {
    let into: HashMap<String, &str> = r
        .needs
        .iter()
        .filter_map(|n| match &n.status {
            NeedStatus::Sammanslaget { into, .. } => Some((key(&n.number), into.as_str())),
            _ => None,
        })
        .collect();
    for n in &r.needs {
        let Some(target) = into.get(&key(&n.number)) else {
            continue;
        };
        let number = format!("number: \"{}\"", n.number);
        let into_at = format!("into: \"{target}\"");
        let at: [&str; 2] = [&number, &into_at];
        if key(target) == key(&n.number) {
            push(
                out,
                "needs",
                &at,
                format!(
                    "Behovet {} är sammanslaget med sig självt. Ange behovet det slogs samman med, eller ändra statusen.",
                    n.number
                ),
            );
        } else if !numbers.contains(&key(target)) {
            push(
                out,
                "needs",
                &at,
                format!(
                    "Behovet {} är sammanslaget med {target}, som inte finns i omgången.",
                    n.number
                ),
            );
        } else {
            // Follow the chain; a circle comes back to where it began
            // within as many steps as there are merges.
            let mut at_need = key(target);
            for _ in 0..into.len() {
                match into.get(&at_need) {
                    Some(next) if key(next) == key(&n.number) => {
                        push(
                            out,
                            "needs",
                            &at,
                            format!(
                                "Behovet {} är sammanslaget i en cirkel (via {target}): ett behov måste till slut bära de andra. Ändra ett av dem.",
                                n.number
                            ),
                        );
                        break;
                    }
                    Some(next) => at_need = key(next),
                    None => break,
                }
            }
        }
    }
}

fn people(r: &Round, out: &mut Vec<Contradiction>) {
    let mut seen: HashMap<String, &str> = HashMap::new();
    for p in &r.representatives {
        let name: String = p.name.split_whitespace().collect::<Vec<_>>().join(" ");
        if let Some(first) = seen.insert(name.to_lowercase(), &p.name) {
            push(
                out,
                "representatives",
                &[
                    &format!("name: \"{first}\""),
                    &format!("name: \"{}\"", p.name),
                ],
                format!(
                    "{} står två gånger bland representanterna. Ta bort den ena eller skilj namnen åt.",
                    p.name
                ),
            );
        }
    }
}

fn timeline(r: &Round, out: &mut Vec<Contradiction>) {
    let rows = &r.timeline;
    for (i, row) in rows.iter().enumerate() {
        let n = row.moment.number();
        let moment = format!("moment: {:?}", row.moment);
        let needle = |field: &str| [moment.clone(), format!("{field}:")];
        if let (Some(s), Some(d)) = (row.started, row.done)
            && d < s
        {
            push(
                out,
                "timeline",
                &needle("started"),
                format!("Moment {n} är klart {d} men påbörjat först {s}. Rätta datumen."),
            );
        }
        let Some(before) = i.checked_sub(1).and_then(|b| rows.get(b)) else {
            continue;
        };
        if row.status == MomentStatus::Klar && before.status == MomentStatus::EjPaborjad {
            push(
                out,
                "timeline",
                &needle("status"),
                format!(
                    "Moment {n} är klart men moment {} är inte påbörjat. Rätta statusen för det ena.",
                    before.moment.number()
                ),
            );
        }
        if let (Some(d), Some(s)) = (row.done, before.started)
            && d < s
        {
            push(
                out,
                "timeline",
                &needle("done"),
                format!(
                    "Moment {n} är klart {d}, före moment {} påbörjades {s}. Rätta datumen.",
                    before.moment.number()
                ),
            );
        }
    }
}
