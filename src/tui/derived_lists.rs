//! The lists the screens show, filtered and sorted: the needs of moment 2
//! and the progress of moment 7. Plain functions of the round, called by
//! the derived view when the round or the filter changes.

use std::cmp::Ordering;

use crate::domain::collate::{contains_folded, swedish_cmp};
use crate::domain::followup::Outcome;
use crate::domain::{Need, Round};
use crate::tally::{RankRow, number_order};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum NeedSort {
    /// By RSS name (Swedish order), then number.
    #[default]
    Rss,
    Number,
    /// By title, Swedish order.
    Title,
    Status,
}

impl NeedSort {
    pub fn next(self) -> NeedSort {
        match self {
            NeedSort::Rss => NeedSort::Number,
            NeedSort::Number => NeedSort::Title,
            NeedSort::Title => NeedSort::Status,
            NeedSort::Status => NeedSort::Rss,
        }
    }
    pub fn label(self) -> &'static str {
        match self {
            NeedSort::Rss => "RSS",
            NeedSort::Number => "nummer",
            NeedSort::Title => "titel (a–ö)",
            NeedSort::Status => "status",
        }
    }
}

fn matches(round: &Round, n: &Need, filter: &str) -> bool {
    let rss_name = round
        .rss_by_code(&n.rss)
        .map(|r| r.name.as_str())
        .unwrap_or("");
    filter.split_whitespace().all(|word| {
        [
            n.number.as_str(),
            n.title.as_str(),
            n.rss.as_str(),
            rss_name,
            n.description.as_str(),
            n.target_group.as_str(),
        ]
        .iter()
        .any(|field| contains_folded(field, word))
            || contains_folded(&n.status.label(), word)
    })
}

/// Indices into `round.needs` of the needs to show, filtered and sorted.
/// Every word of the filter must match somewhere (number, title, RSS,
/// description, target group or status), ignoring case.
pub fn visible_needs(round: &Round, filter: &str, sort: NeedSort) -> Vec<usize> {
    let mut idx: Vec<usize> = (0..round.needs.len())
        .filter(|i| matches(round, &round.needs[*i], filter))
        .collect();
    let rss_name = |n: &Need| {
        round
            .rss_by_code(&n.rss)
            .map(|r| r.name.clone())
            .unwrap_or_else(|| n.rss.clone())
    };
    idx.sort_by(|a, b| {
        let (x, y) = (&round.needs[*a], &round.needs[*b]);
        let by_number = number_order(&x.number, &y.number);
        let first = match sort {
            NeedSort::Rss => swedish_cmp(&rss_name(x), &rss_name(y)),
            NeedSort::Number => Ordering::Equal,
            NeedSort::Title => swedish_cmp(&x.title, &y.title),
            NeedSort::Status => x.status.label().cmp(&y.status.label()),
        };
        first.then(by_number)
    });
    idx
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum ProgressSort {
    #[default]
    Place,
    State,
    Number,
}

impl ProgressSort {
    pub fn next(self) -> ProgressSort {
        match self {
            ProgressSort::Place => ProgressSort::State,
            ProgressSort::State => ProgressSort::Number,
            ProgressSort::Number => ProgressSort::Place,
        }
    }
    pub fn label(self) -> &'static str {
        match self {
            ProgressSort::Place => "plats",
            ProgressSort::State => "läge",
            ProgressSort::Number => "nummer",
        }
    }
}

/// One line of the moment-7 progress view.
#[derive(Debug, Clone, PartialEq)]
pub struct ProgressRow {
    pub place: String,
    /// "3" or "3=", where space is short.
    pub short_place: String,
    pub place_no: usize,
    pub number: String,
    pub title: String,
    pub state: String,
    /// 0 no answer, 1 not taken on, 2 taken on, 3 knowledge produced.
    pub rank: u8,
    pub produced: usize,
}

/// The prioritised needs with their feedback, filtered and sorted.
pub fn progress_rows(
    round: &Round,
    ranked: &[RankRow],
    filter: &str,
    sort: ProgressSort,
) -> Vec<ProgressRow> {
    let mut rows: Vec<ProgressRow> = ranked
        .iter()
        .map(|r| {
            let fb = round.feedback.iter().find(|f| f.need == r.number);
            let outcome = fb.map(|f| f.outcome.clone()).unwrap_or_default();
            let produced = fb.map_or(0, |f| f.produced.len());
            let rank = match (&outcome, produced) {
                (Outcome::Obesvarat, _) => 0,
                (Outcome::TasInte { .. }, _) => 1,
                (Outcome::Tas { .. }, 0) => 2,
                (Outcome::Tas { .. }, _) => 3,
            };
            ProgressRow {
                place: crate::tally::place_label(r.place),
                short_place: if r.place.shared {
                    format!("{}=", r.place.place)
                } else {
                    r.place.place.to_string()
                },
                place_no: r.place.place,
                number: r.number.clone(),
                title: (round
                    .need(&r.number)
                    .map(|n| n.title.clone())
                    .unwrap_or_default())
                .to_string(),
                state: outcome.text(),
                rank,
                produced,
            }
        })
        .filter(|row| {
            filter.split_whitespace().all(|w| {
                [&row.number, &row.title, &row.state]
                    .iter()
                    .any(|f| contains_folded(f, w))
            })
        })
        .collect();
    match sort {
        ProgressSort::Place => rows.sort_by(|a, b| {
            a.place_no
                .cmp(&b.place_no)
                .then_with(|| number_order(&a.number, &b.number))
        }),
        ProgressSort::State => {
            rows.sort_by(|a, b| a.rank.cmp(&b.rank).then(a.place_no.cmp(&b.place_no)))
        }
        ProgressSort::Number => rows.sort_by(|a, b| number_order(&a.number, &b.number)),
    }
    rows
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::ModelVariant;

    fn round() -> Round {
        let mut r = Round::new("X", ModelVariant::V2, 2024);
        for (no, rss, title) in [
            ("STH-01", "STH", "Örebromodellen"),
            ("STH-02", "STH", "Äldre med spelproblem"),
            ("GR-10", "GR", "Åtgärder för unga"),
            ("GR-2", "GR", "Alkohol i hemtjänsten"),
        ] {
            r.needs.push(Need {
                number: no.into(),
                rss: rss.into(),
                title: title.into(),
                ..Need::default()
            });
        }
        r
    }

    fn numbers(r: &Round, idx: &[usize]) -> Vec<String> {
        idx.iter().map(|i| r.needs[*i].number.clone()).collect()
    }

    #[test]
    fn by_rss_sorts_rss_names_in_swedish_order_then_numbers() {
        let r = round();
        // Göteborgsregionen before Storsthlm; GR-2 before GR-10.
        assert_eq!(
            numbers(&r, &visible_needs(&r, "", NeedSort::Rss)),
            vec!["GR-2", "GR-10", "STH-01", "STH-02"]
        );
    }

    #[test]
    fn by_title_puts_a_ring_a_umlaut_o_umlaut_after_z() {
        let r = round();
        let titles: Vec<String> = visible_needs(&r, "", NeedSort::Title)
            .iter()
            .map(|i| r.needs[*i].title.to_string())
            .collect();
        assert_eq!(
            titles,
            vec![
                "Alkohol i hemtjänsten",
                "Åtgärder för unga",
                "Äldre med spelproblem",
                "Örebromodellen"
            ]
        );
    }

    #[test]
    fn filter_words_must_all_match_ignoring_case() {
        let r = round();
        assert_eq!(
            numbers(&r, &visible_needs(&r, "äldre", NeedSort::Number)),
            vec!["STH-02"]
        );
        assert_eq!(
            numbers(&r, &visible_needs(&r, "göteborgs unga", NeedSort::Number)),
            vec!["GR-10"]
        );
        assert!(visible_needs(&r, "ingenting", NeedSort::Number).is_empty());
    }
}
