//! The trace of a need: its whole path through the round and how far it has
//! come, computed from the round alone. Every screen and document that says
//! what happened to a need asks this one function, so they can never
//! disagree (the 2018 mapping's main complaint: needs vanished without a
//! true word back).

use crate::domain::{Moment, Need, NeedStatus, Round};

pub use super::trace_model::{Fate, Step, Trace, outcome_of};

/// The traces of every need, in number order.
pub fn trace_all(round: &Round) -> Vec<Trace> {
    let ctx = Context::of(round);
    let mut needs: Vec<&Need> = round.needs.iter().collect();
    needs.sort_by(|a, b| crate::domain::need::number_order(&a.number, &b.number));
    needs.iter().map(|n| trace_with(&ctx, n, 0)).collect()
}

/// The trace of one need (None when there is no such need).
pub fn trace(round: &Round, number: &str) -> Option<Trace> {
    let n = round.need(number)?;
    Some(trace_with(&Context::of(round), n, 0))
}

/// What moment 5 decided, computed once for every need.
pub(super) struct Context<'a> {
    pub round: &'a Round,
    picks: Option<(std::collections::HashMap<String, u32>, usize)>,
    ranked: Vec<crate::tally::RankRow>,
}

impl<'a> Context<'a> {
    fn of(round: &'a Round) -> Context<'a> {
        let p = &round.prioritization;
        let picks = p
            .pick_closed
            .then(|| (round.pick_counts(), p.pick_ballots.len()));
        Context {
            round,
            picks,
            ranked: super::moment67::prioritised(round),
        }
    }
}

/// A chain of merges longer than this is a loop in a hand-edited file.
const MAX_MERGE_DEPTH: usize = 16;

fn trace_with(ctx: &Context, n: &Need, depth: usize) -> Trace {
    let r = ctx.round;
    let mut t = Trace {
        number: n.number.clone(),
        rss: n.rss.clone(),
        title: n.title.to_string(),
        raised_by: r.raised_by(&n.number),
        fate: match n.status {
            NeedStatus::Inskickat => Fate::Submitted,
            NeedStatus::Diskuterat => Fate::Discussed,
            _ => Fate::Verified,
        },
        reason: None,
        merged_into: None,
        carrier: None,
        picks: None,
        ballots: 0,
        place: None,
        handed_over: r
            .moment_record(Moment::Mottagande)
            .is_some_and(|m| m.status == crate::domain::MomentStatus::Klar || m.done.is_some()),
        history: super::trace_steps::early_steps(r, n),
    };
    match &n.status {
        NeedStatus::Inskickat | NeedStatus::Diskuterat | NeedStatus::Verifierat => {}
        NeedStatus::Undanlagt { reason, note, .. } => {
            t.fate = Fate::SetAside;
            let mut why = reason.label();
            if !note.trim().is_empty() {
                why.push_str(" – ");
                why.push_str(note.trim());
            }
            t.reason = Some(why);
        }
        NeedStatus::Sammanslaget { into, .. } => {
            t.fate = Fate::Merged;
            t.merged_into = Some(into.clone());
            if depth < MAX_MERGE_DEPTH
                && let Some(target) = r.need(into)
            {
                t.carrier = Some(Box::new(trace_with(ctx, target, depth + 1)));
            }
        }
        NeedStatus::Kunskapslucka => {
            t.fate = Fate::Gap;
            moment5(ctx, &mut t);
            super::trace_steps::followup(r, &mut t);
        }
    }
    t
}

/// Moment 5: picked or not, on the joint list or not, its place.
fn moment5(ctx: &Context, t: &mut Trace) {
    let r = ctx.round;
    let Some((counts, ballots)) = &ctx.picks else {
        return;
    };
    let picks = counts.get(&t.number).copied().unwrap_or(0);
    t.picks = Some(picks);
    t.ballots = *ballots;
    let date = r.moment_record(Moment::Prioritering).and_then(|m| m.done);
    let said = crate::domain::swedish::count(*ballots, "valsedel", "valsedlar");
    if picks == 0 {
        t.fate = Fate::NotPicked;
        t.history.push(Step {
            moment: Moment::Prioritering,
            what: format!("Inte valt av någon representant (0 av {said})"),
            date,
            from: vec![],
        });
        return;
    }
    let joint = r.model.ranks_own_picks() || r.prioritization.joint_list.contains(&t.number);
    t.history.push(Step {
        moment: Moment::Prioritering,
        what: if r.model.ranks_own_picks() {
            format!("Vald på {picks} av {said}")
        } else if joint {
            format!("Vald på {picks} av {said}; på den gemensamma listan")
        } else {
            format!("Vald på {picks} av {said} men inte på den gemensamma listan")
        },
        date,
        from: vec![],
    });
    if !joint {
        t.fate = Fate::NotOnJointList;
        return;
    }
    t.fate = Fate::OnJointList;
    if let Some(row) = ctx.ranked.iter().find(|x| x.number == t.number) {
        t.place = Some(row.place);
        t.fate = Fate::Ranked;
        t.history.push(Step {
            moment: Moment::Prioritering,
            what: format!(
                "Prioriterat: plats {}",
                crate::tally::place_label(row.place)
            ),
            date,
            from: vec![],
        });
    }
}
