//! One change to a round as the journal keeps it: the fields that changed,
//! a list field as the items that changed (so adding a ballot or a log
//! entry to a round of 5 000 needs writes the ballot and the entry, not the
//! needs), every other field whole. Values are JSON (serde_json), one line
//! per record. Every field of the round is named below, and the compiler
//! refuses the list the day a field is added and not named here.

use serde::{Deserialize, Serialize};
use serde_json::value::RawValue;

/// A value as JSON text, parsed only once it is known what it must be.
type Value = Box<RawValue>;

use crate::domain::Round;
use crate::domain::priority::Prioritization;

/// The fields that changed, in the order of the round.
#[derive(Debug, Clone, Serialize, Deserialize, Default)]
pub struct Patch {
    pub fields: Vec<FieldPatch>,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub enum FieldPatch {
    /// The field's new value.
    Whole { field: String, value: Value },
    /// A list field: its new length and the items that differ, by place.
    Items {
        field: String,
        len: usize,
        set: Vec<(usize, Value)>,
    },
    /// A list field that grew or shrank: `remove` items from place `at`
    /// replaced by `insert`. A person taken off a list of 300 or a ballot
    /// withdrawn is written as that, not as every item after it moved up.
    Splice {
        field: String,
        at: usize,
        remove: usize,
        insert: Vec<Value>,
    },
}

impl Patch {
    pub fn is_empty(&self) -> bool {
        self.fields.is_empty()
    }
}

fn value<T: Serialize>(v: &T) -> Value {
    serde_json::value::to_raw_value(v)
        .unwrap_or_else(|_| RawValue::from_string("null".into()).expect("null is JSON"))
}

/// A list's change as the smaller of two records: the items that differ
/// by place, or (when it grew or shrank) one splice between the part that
/// is the same at its start and at its end.
fn items<T: Serialize + PartialEq>(field: &str, before: &[T], after: &[T], out: &mut Patch) {
    let differ: Vec<usize> = (0..after.len())
        .filter(|&i| before.get(i) != Some(&after[i]))
        .collect();
    if before.len() != after.len() {
        let at = before.iter().zip(after).take_while(|(b, a)| b == a).count();
        let room = before.len().min(after.len()) - at;
        let end = (before.iter().rev().zip(after.iter().rev()))
            .take(room)
            .take_while(|(b, a)| b == a)
            .count();
        if after.len() - end - at < differ.len() {
            out.fields.push(FieldPatch::Splice {
                field: field.to_string(),
                at,
                remove: before.len() - end - at,
                insert: after[at..after.len() - end].iter().map(value).collect(),
            });
            return;
        }
    }
    if !differ.is_empty() || before.len() != after.len() {
        out.fields.push(FieldPatch::Items {
            field: field.to_string(),
            len: after.len(),
            set: differ.into_iter().map(|i| (i, value(&after[i]))).collect(),
        });
    }
}

/// A value read as what it must be, or what was wrong with it.
fn read<T: serde::de::DeserializeOwned>(v: &Value) -> Result<T, String> {
    serde_json::from_str(v.get()).map_err(|e| e.to_string())
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
        out.push((*i, read(v)?));
    }
    if next < len {
        return Err(format!("listan ska bli {len} lång men har för få poster"));
    }
    Ok(out)
}

/// The items a splice puts in, read and checked against the list now.
fn ready_splice<T: serde::de::DeserializeOwned>(
    now: usize,
    at: usize,
    remove: usize,
    insert: &[Value],
) -> Result<Vec<T>, String> {
    if at.checked_add(remove).is_none_or(|end| end > now) {
        return Err(format!(
            "{remove} poster från plats {at} ligger utanför listans {now}"
        ));
    }
    insert.iter().map(read).collect()
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
     whole: [$($w:ident),*], lists: [$($l:ident),*], within: [$($n:ident),*]) => {
        /// What changed in the fields of this type from `before` to `after`.
        fn $diff(before: &$ty, after: &$ty, out: &mut Patch) {
            // Every field is named: a new field of the type fails here.
            let $ty { $($w: _,)* $($l: _,)* $($n: _,)* } = after;
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
                    read(value)
                        .map(|v| Box::new(move |r: &mut $ty| r.$w = v) as Box<dyn FnOnce(&mut $ty)>)
                })*
                $(FieldPatch::Items { field, len, set } if field == concat!($prefix, stringify!($l)) => {
                    let len = *len;
                    ready_items(now.$l.len(), len, set).map(|items| {
                        Box::new(move |r: &mut $ty| put_items(&mut r.$l, len, items))
                            as Box<dyn FnOnce(&mut $ty)>
                    })
                })*
                $(FieldPatch::Splice { field, at, remove, insert }
                    if field == concat!($prefix, stringify!($l)) =>
                {
                    let (at, remove) = (*at, *remove);
                    ready_splice(now.$l.len(), at, remove, insert).map(|items| {
                        Box::new(move |r: &mut $ty| {
                            r.$l.splice(at..at + remove, items);
                        }) as Box<dyn FnOnce(&mut $ty)>
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
    lists: [timeline, rss, representatives, actors, needs, dialogues, verifications, network_checks,
            actor_marks, handovers, coordination, feedback, log, sent],
    within: [prioritization]
);

// Moment 5 field by field: a ballot is written as itself, not with every
// other ballot of the meeting (300 rankings of 500 needs at stress).
journaled!(
    Prioritization, diff_prioritization, ready_prioritization, "prioritization.",
    whole: [max_picks, joint_rule, pick_closed, rank_closed, open_ballots],
    lists: [present, pick_ballots, joint_list, rank_ballots, codes, by_phone, held],
    within: []
);

/// What changed from `before` to `after`. Shared texts and rankings
/// (`Text`, `Shared`) are compared by address first, so an unchanged one
/// costs a look, whatever the size of the round.
pub fn diff(before: &Round, after: &Round) -> Patch {
    let mut out = Patch::default();
    diff_round(before, after, &mut out);
    diff_prioritization(&before.prioritization, &after.prioritization, &mut out);
    out
}

/// Applies `patch` to `round`: every field is read and checked first, and
/// only then changed, so a record that does not fit changes nothing
/// (refused with what was wrong).
pub fn apply(round: &mut Round, patch: &Patch) -> Result<(), String> {
    let mut ready: Vec<Ready> = Vec::with_capacity(patch.fields.len());
    for f in &patch.fields {
        let (FieldPatch::Whole { field, .. }
        | FieldPatch::Items { field, .. }
        | FieldPatch::Splice { field, .. }) = f;
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
