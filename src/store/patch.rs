//! One change to a round as the journal keeps it: the fields that changed,
//! a list field as the items that changed (so adding a ballot or a log
//! entry to a round of 5 000 needs writes the ballot and the entry, not the
//! needs), every other field whole. Values are JSON (serde_json), one line
//! per record. Every field of the round is named below, and the compiler
//! refuses the list the day a field is added and not named here.

use serde::{Deserialize, Serialize};
use serde_json::Value;

use crate::domain::Round;
use crate::domain::priority::Prioritization;

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

/// The items of `after[from..to]` that differ from `before`'s in the same place.
fn changed<T: Serialize + PartialEq>(
    before: &[T],
    after: &[T],
    from: usize,
    to: usize,
) -> Vec<(usize, Value)> {
    after[from..to]
        .iter()
        .enumerate()
        .map(|(i, a)| (from + i, a))
        .filter(|(i, a)| before.get(*i) != Some(*a))
        .map(|(i, a)| (i, value(a)))
        .collect()
}

fn push_items(field: &str, was: usize, len: usize, set: Vec<(usize, Value)>, out: &mut Patch) {
    if !set.is_empty() || was != len {
        out.fields.push(FieldPatch::Items {
            field: field.to_string(),
            len,
            set,
        });
    }
}

fn items<T: Serialize + PartialEq>(field: &str, before: &[T], after: &[T], out: &mut Patch) {
    let set = changed(before, after, 0, after.len());
    push_items(field, before.len(), after.len(), set, out);
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
        out.push((*i, T::deserialize(v).map_err(|e| e.to_string())?));
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

/// A field of a patch made ready to change a `T`: `None` when the field
/// is not one of `T`'s.
type ReadyFor<T> = Option<Result<Box<dyn FnOnce(&mut T)>, String>>;

macro_rules! journaled {
    ($ty:ident, $diff:ident, $ready:ident, $prefix:literal,
     whole: [$($w:ident),*], lists: [$($l:ident),*], apart: [$($a:ident),*],
     within: [$($n:ident),*]) => {
        /// What changed in the fields of this type from `before` to
        /// `after` (the lists `apart` are compared by the caller).
        fn $diff(before: &$ty, after: &$ty, out: &mut Patch) {
            // Every field is named: a new field of the type fails here.
            let $ty { $($w: _,)* $($l: _,)* $($a: _,)* $($n: _,)* } = after;
            $(
                if before.$w != after.$w {
                    out.fields.push(FieldPatch::Whole {
                        field: concat!($prefix, stringify!($w)).to_string(),
                        value: value(&after.$w),
                    });
                }
            )*
            $( items(concat!($prefix, stringify!($l)), &before.$l, &after.$l, out); )*
        }

        /// One field of a patch read and checked against `now`.
        fn $ready(now: &$ty, f: &FieldPatch) -> ReadyFor<$ty> {
            Some(match f {
                $(FieldPatch::Whole { field, value } if field == concat!($prefix, stringify!($w)) => {
                    serde::Deserialize::deserialize(value)
                        .map(|v| Box::new(move |r: &mut $ty| r.$w = v) as Box<dyn FnOnce(&mut $ty)>)
                        .map_err(|e| e.to_string())
                })*
                $(FieldPatch::Items { field, len, set } if field == concat!($prefix, stringify!($l)) => {
                    let len = *len;
                    ready_items(now.$l.len(), len, set).map(|items| {
                        Box::new(move |r: &mut $ty| put_items(&mut r.$l, len, items))
                            as Box<dyn FnOnce(&mut $ty)>
                    })
                })*
                $(FieldPatch::Items { field, len, set } if field == concat!($prefix, stringify!($a)) => {
                    let len = *len;
                    ready_items(now.$a.len(), len, set).map(|items| {
                        Box::new(move |r: &mut $ty| put_items(&mut r.$a, len, items))
                            as Box<dyn FnOnce(&mut $ty)>
                    })
                })*
                _ => return None,
            })
        }
    };
}

journaled!(
    Round, diff_round, ready_round, "",
    whole: [schema_version, revision, area, model, area_choice, carried_from, secretariat],
    lists: [timeline, rss, representatives, actors, dialogues, verifications, network_checks,
            actor_marks, handovers, coordination, feedback, log, sent],
    apart: [needs],
    within: [prioritization]
);

// Moment 5 field by field: a ballot is written as itself, not with every
// other ballot of the meeting (300 rankings of 500 needs at stress).
journaled!(
    Prioritization, diff_prioritization, ready_prioritization, "prioritization.",
    whole: [max_picks, joint_rule, pick_closed, rank_closed, open_ballots],
    lists: [present, pick_ballots, joint_list, rank_ballots, codes, by_phone, held],
    apart: [],
    within: []
);

/// What changed from `before` to `after`.
pub fn diff(before: &Round, after: &Round) -> Patch {
    let mut out = Patch::default();
    let mut meeting = Patch::default();
    let (b, a) = (&before.needs, &after.needs);
    let needs = if a.len() < SIDE_BY_SIDE {
        diff_round(before, after, &mut out);
        diff_prioritization(&before.prioritization, &after.prioritization, &mut meeting);
        changed(b, a, 0, a.len())
    } else {
        // A large round is compared on two cores, each about half: the
        // first half of the needs and the rest of the round on this
        // thread, the second half and moment 5's ballots on another.
        let half = a.len() / 2;
        std::thread::scope(|s| {
            let other = s.spawn(|| {
                diff_prioritization(&before.prioritization, &after.prioritization, &mut meeting);
                changed(b, a, half, a.len())
            });
            diff_round(before, after, &mut out);
            let mut first = changed(b, a, 0, half);
            first.extend(
                other
                    .join()
                    .unwrap_or_else(|e| std::panic::resume_unwind(e)),
            );
            first
        })
    };
    push_items("needs", b.len(), a.len(), needs, &mut out);
    out.fields.append(&mut meeting.fields);
    out
}

/// From this many needs a change is compared on two threads; below it a
/// thread costs more than it saves.
const SIDE_BY_SIDE: usize = 2000;

/// Applies `patch` to `round`: every field is read and checked first, and
/// only then changed, so a record that does not fit changes nothing
/// (refused with what was wrong).
pub fn apply(round: &mut Round, patch: &Patch) -> Result<(), String> {
    let mut ready: Vec<Ready> = Vec::with_capacity(patch.fields.len());
    for f in &patch.fields {
        let (FieldPatch::Whole { field, .. } | FieldPatch::Items { field, .. }) = f;
        let one = if let Some(r) = ready_round(round, f) {
            r
        } else if let Some(r) = ready_prioritization(&round.prioritization, f) {
            r.map(|g| Box::new(move |r: &mut Round| g(&mut r.prioritization)) as Ready)
        } else {
            Err(format!("okänt fält {field}"))
        };
        ready.push(one.map_err(|e| format!("{field}: {e}"))?);
    }
    for change in ready {
        change(round);
    }
    Ok(())
}

#[cfg(test)]
mod tests;
