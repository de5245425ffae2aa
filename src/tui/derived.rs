//! What the screens show, computed once per change of the round (by its
//! generation) or of what the screen asks for (a filter, a sort, a
//! session), never per key or per frame. Update and render both read it.
//! Only what the current screen wants is computed; the rest waits until a
//! screen wants it.

use std::collections::HashMap;

use super::derived_lists::{NeedSort, ProgressRow, ProgressSort, progress_rows, visible_needs};
use super::tally_cache::TallyCache;
use crate::domain::Round;
use crate::meeting::moment1::{DatePoll, area_tally, date_poll};
use crate::tally::{PickTally, RankRow};

/// What the current screen needs derived.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Wants<'a> {
    Nothing,
    Area,
    Needs(&'a str, NeedSort),
    Agenda(usize),
    Sorting,
    Tallies,
    Prioritised,
    Progress(&'a str, ProgressSort),
}

/// A value and the inputs it was computed from.
#[derive(Debug, Default)]
struct Memo<K, V> {
    key: Option<K>,
    value: V,
}

impl<K: PartialEq, V> Memo<K, V> {
    fn refresh(&mut self, key: K, compute: impl FnOnce() -> V) {
        if self.key.as_ref() != Some(&key) {
            self.value = compute();
            self.key = Some(key);
        }
    }
}

/// The moment-4 list: every need by number, with how many RSSs raised it.
#[derive(Debug, Default)]
pub struct Sorting {
    pub order: Vec<usize>,
    pub raised: HashMap<String, usize>,
}

#[derive(Default)]
pub struct Derived {
    area: Memo<u64, Option<(PickTally, DatePoll)>>,
    needs: Memo<(u64, String, NeedSort), Vec<usize>>,
    agenda: Memo<(u64, usize), Vec<usize>>,
    sorting: Memo<u64, Sorting>,
    tallies: Option<TallyCache>,
    prioritised: Memo<u64, Vec<RankRow>>,
    progress: Memo<(u64, String, ProgressSort), Vec<ProgressRow>>,
}

impl Derived {
    /// Brings what `wants` names up to date with the round.
    pub fn refresh(&mut self, round: Option<&Round>, generation: u64, wants: Wants) {
        let Some(r) = round else { return };
        match wants {
            Wants::Nothing => {}
            Wants::Area => self
                .area
                .refresh(generation, || Some((area_tally(r), date_poll(r)))),
            Wants::Needs(filter, sort) => self
                .needs
                .refresh((generation, filter.to_string(), sort), || {
                    visible_needs(r, filter, sort)
                }),
            Wants::Agenda(session) => self
                .agenda
                .refresh((generation, session), || r.agenda_indices(session)),
            Wants::Sorting => self.sorting.refresh(generation, || sorting(r)),
            Wants::Tallies => {
                if self
                    .tallies
                    .as_ref()
                    .is_none_or(|t| t.generation != generation)
                {
                    self.tallies = Some(TallyCache::refresh(self.tallies.take(), r, generation));
                }
            }
            Wants::Prioritised => self.refresh_prioritised(r, generation),
            Wants::Progress(filter, sort) => {
                self.refresh_prioritised(r, generation);
                let ranked = &self.prioritised.value;
                self.progress
                    .refresh((generation, filter.to_string(), sort), || {
                        progress_rows(r, ranked, filter, sort)
                    });
            }
        }
    }

    fn refresh_prioritised(&mut self, r: &Round, generation: u64) {
        self.prioritised
            .refresh(generation, || crate::meeting::moment67::prioritised(r));
    }

    pub fn area(&self) -> Option<&(PickTally, DatePoll)> {
        self.area.value.as_ref()
    }

    /// Indices into the round's needs, filtered and sorted as shown.
    pub fn needs(&self) -> &[usize] {
        &self.needs.value
    }

    /// The shown session's needs in order, as indices into the round's needs.
    pub fn agenda(&self) -> &[usize] {
        &self.agenda.value
    }

    pub fn sorting(&self) -> &Sorting {
        &self.sorting.value
    }

    pub fn tallies(&self) -> Option<&TallyCache> {
        self.tallies.as_ref()
    }

    /// The ranked needs, best first (moments 6 and 7).
    pub fn prioritised(&self) -> &[RankRow] {
        &self.prioritised.value
    }

    pub fn progress(&self) -> &[ProgressRow] {
        &self.progress.value
    }
}

fn sorting(r: &Round) -> Sorting {
    let mut order: Vec<usize> = (0..r.needs.len()).collect();
    order.sort_by(|a, b| {
        crate::domain::need::number_order(&r.needs[*a].number, &r.needs[*b].number)
    });
    Sorting {
        order,
        raised: raised_counts(r),
    }
}

/// How many RSSs raised each need, those merged into it (at any depth)
/// counted: what `Round::raised_by` says for one need, for all at once.
pub fn raised_counts(r: &Round) -> HashMap<String, usize> {
    let mut merged: HashMap<&str, Vec<usize>> = HashMap::new();
    for (i, n) in r.needs.iter().enumerate() {
        if let crate::domain::NeedStatus::Sammanslaget { into, .. } = &n.status {
            merged.entry(into.as_str()).or_default().push(i);
        }
    }
    r.needs
        .iter()
        .map(|n| {
            let mut codes: Vec<&str> = vec![n.rss.as_str()];
            let mut seen: Vec<usize> = vec![];
            let mut frontier: Vec<&str> = vec![n.number.as_str()];
            while let Some(target) = frontier.pop() {
                for &i in merged.get(target).into_iter().flatten() {
                    if seen.contains(&i) {
                        continue;
                    }
                    seen.push(i);
                    let m = &r.needs[i];
                    if !codes.contains(&m.rss.as_str()) {
                        codes.push(&m.rss);
                    }
                    frontier.push(&m.number);
                }
            }
            (n.number.clone(), codes.len())
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn raised_counts_agree_with_the_round_for_every_need() {
        for round in [
            crate::store::parse_round(
                crate::store::samples::SAMPLES[1].text.as_bytes(),
                std::path::Path::new("b.ron"),
            )
            .unwrap(),
            crate::synth::round(crate::synth::REALISTIC, 3),
        ] {
            let counts = raised_counts(&round);
            for n in &round.needs {
                assert_eq!(
                    counts[&n.number],
                    round.raised_by(&n.number).len(),
                    "{}",
                    n.number
                );
            }
        }
    }

    #[test]
    fn a_memo_computes_again_only_when_its_inputs_change() {
        let mut m: Memo<u64, u32> = Memo::default();
        let mut runs = 0;
        for key in [1, 1, 2, 2, 1] {
            m.refresh(key, || {
                runs += 1;
                runs
            });
        }
        assert_eq!(runs, 3);
        assert_eq!(m.value, 3);
    }
}
