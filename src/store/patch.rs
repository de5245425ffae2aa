//! One change to a round as the journal keeps it: the fields that changed,
//! a list field as the items that changed (so adding a ballot or a log
//! entry to a round of 5 000 needs writes the ballot and the entry, not the
//! needs), every other field whole. Values are JSON (serde_json), one line
//! per record. Every field of the round is named below, and the compiler
//! refuses the list the day a field is added and not named here.

use serde::{Deserialize, Serialize};
use serde_json::Value;

use crate::domain::Round;

/// The fields that changed, in the order of the round.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
pub struct Patch {
    pub fields: Vec<FieldPatch>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub enum FieldPatch {
    /// The field's new value.
    Whole { field: String, value: Value },
    /// A list field: its new length and the items that differ, by place.
    Items {
        field: String,
        len: usize,
        set: Vec<(usize, Value)>,
    },
}

impl Patch {
    pub fn is_empty(&self) -> bool {
        self.fields.is_empty()
    }
}

fn value<T: Serialize>(v: &T) -> Value {
    serde_json::to_value(v).unwrap_or(Value::Null)
}

fn items<T: Serialize + PartialEq>(field: &str, before: &[T], after: &[T], out: &mut Patch) {
    let set: Vec<(usize, Value)> = after
        .iter()
        .enumerate()
        .filter(|(i, a)| before.get(*i) != Some(*a))
        .map(|(i, a)| (i, value(a)))
        .collect();
    if !set.is_empty() || before.len() != after.len() {
        out.fields.push(FieldPatch::Items {
            field: field.to_string(),
            len: after.len(),
            set,
        });
    }
}

/// A change checked and ready to make: nothing is changed until every
/// field of a record has been read.
type Ready = Box<dyn FnOnce(&mut Round)>;

/// The items of a list read and checked against its length now.
fn ready_items<T: serde::de::DeserializeOwned>(
    now: usize,
    len: usize,
    set: &[(usize, Value)],
) -> Result<Vec<(usize, T)>, String> {
    // After cutting to `len`, the list keeps `kept` items; the rest must
    // come one after another.
    let kept = now.min(len);
    let mut next = kept;
    let mut out = Vec::with_capacity(set.len());
    for (i, v) in set {
        if *i >= len {
            return Err(format!("post {i} ligger utanför listans {len}"));
        }
        if *i >= kept {
            if *i != next {
                return Err(format!("post {i} saknar föregångare"));
            }
            next += 1;
        }
        out.push((
            *i,
            serde_json::from_value(v.clone()).map_err(|e| e.to_string())?,
        ));
    }
    if next < len {
        return Err(format!("listan ska bli {len} lång men har för få poster"));
    }
    Ok(out)
}

fn put_items<T>(list: &mut Vec<T>, len: usize, items: Vec<(usize, T)>) {
    list.truncate(len);
    for (i, item) in items {
        if i < list.len() {
            list[i] = item;
        } else {
            list.push(item);
        }
    }
}

macro_rules! journaled {
    (whole: [$($w:ident),*], lists: [$($l:ident),*]) => {
        /// What changed from `before` to `after`.
        pub fn diff(before: &Round, after: &Round) -> Patch {
            // Every field is named: a new field of the round fails here.
            let Round { $($w: _,)* $($l: _,)* } = after;
            let mut out = Patch::default();
            $(
                if before.$w != after.$w {
                    out.fields.push(FieldPatch::Whole {
                        field: stringify!($w).to_string(),
                        value: value(&after.$w),
                    });
                }
            )*
            $( items(stringify!($l), &before.$l, &after.$l, &mut out); )*
            out
        }

        /// Applies `patch` to `round`: every field is read and checked
        /// first, and only then changed, so a record that does not fit
        /// changes nothing (refused with what was wrong).
        pub fn apply(round: &mut Round, patch: &Patch) -> Result<(), String> {
            let mut ready: Vec<Ready> = Vec::with_capacity(patch.fields.len());
            for f in &patch.fields {
                let one: Result<Ready, String> = match f {
                    $(FieldPatch::Whole { field, value } if field == stringify!($w) => {
                        serde_json::from_value(value.clone())
                            .map(|v| Box::new(move |r: &mut Round| r.$w = v) as Ready)
                            .map_err(|e| e.to_string())
                    })*
                    $(FieldPatch::Items { field, len, set } if field == stringify!($l) => {
                        let len = *len;
                        ready_items(round.$l.len(), len, set).map(|items| {
                            Box::new(move |r: &mut Round| put_items(&mut r.$l, len, items)) as Ready
                        })
                    })*
                    FieldPatch::Whole { field, .. } | FieldPatch::Items { field, .. } => {
                        Err(format!("okänt fält {field}"))
                    }
                };
                let field = match f {
                    FieldPatch::Whole { field, .. } | FieldPatch::Items { field, .. } => field,
                };
                ready.push(one.map_err(|e| format!("{field}: {e}"))?);
            }
            for change in ready {
                change(round);
            }
            Ok(())
        }
    };
}

journaled!(
    whole: [schema_version, revision, area, model, area_choice, prioritization, carried_from, secretariat],
    lists: [timeline, rss, representatives, actors, needs, dialogues, verifications, network_checks,
            actor_marks, handovers, coordination, feedback, log, sent]
);

#[cfg(test)]
mod tests {
    use super::*;

    fn sample() -> Round {
        crate::store::parse_round(
            crate::store::samples::SAMPLES[1].text.as_bytes(),
            std::path::Path::new("x"),
        )
        .unwrap()
    }

    #[test]
    fn a_ballot_and_a_log_entry_are_written_as_themselves_and_come_back() {
        let before = sample();
        let mut after = before.clone();
        let at = jiff::Timestamp::from_second(1_790_000_000).unwrap();
        let voter = after.voters()[5].clone();
        let list: Vec<String> = after
            .final_compilation()
            .iter()
            .take(3)
            .map(|n| n.number.clone())
            .collect();
        after.cast_picks(&voter, &list, at).unwrap();
        let p = diff(&before, &after);
        let names: Vec<&str> = p
            .fields
            .iter()
            .map(|f| match f {
                FieldPatch::Whole { field, .. } | FieldPatch::Items { field, .. } => field.as_str(),
            })
            .collect();
        assert!(
            names.contains(&"prioritization") && names.contains(&"log"),
            "{names:?}"
        );
        assert!(!names.contains(&"needs"));
        if let Some(FieldPatch::Items { set, .. }) = p
            .fields
            .iter()
            .find(|f| matches!(f, FieldPatch::Items { field, .. } if field == "log"))
        {
            assert_eq!(set.len(), 1, "only the new entry");
        }
        let mut again = before.clone();
        apply(&mut again, &p).unwrap();
        assert_eq!(again, after);
        assert!(diff(&after, &after).is_empty());
    }

    #[test]
    fn removed_and_changed_items_and_a_bad_patch() {
        let before = sample();
        let mut after = before.clone();
        after.needs.remove(3);
        after.needs[0].title.push_str(" (ändrad)");
        after.area = "Annat".into();
        let p = diff(&before, &after);
        let mut again = before.clone();
        apply(&mut again, &p).unwrap();
        assert_eq!(again, after);
        let bad = Patch {
            fields: vec![FieldPatch::Whole {
                field: "nope".into(),
                value: Value::Null,
            }],
        };
        let mut same = before.clone();
        assert!(
            apply(&mut same, &bad)
                .unwrap_err()
                .contains("okänt fält nope")
        );
        let short = Patch {
            fields: vec![FieldPatch::Items {
                field: "needs".into(),
                len: before.needs.len() + 5,
                set: vec![],
            }],
        };
        assert!(apply(&mut same, &short).is_err());
        assert_eq!(same, before, "a refused patch changes nothing");
    }
}
