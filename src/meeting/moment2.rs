//! Moment 2 as changes to the round and views of it: the dot vote, counts
//! per RSS by level and kind, and the kick-off view of the knowledge gaps
//! that earlier rounds prioritised.

use jiff::Timestamp;

use crate::domain::need::token_names;
use crate::domain::{Level, NeedKind, Round};
use crate::tally::{dot_tally_rows, place_label};

/// How many needs an RSS has, by level and kind.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct RssCounts {
    pub total: usize,
    /// In the order of `Level::ALL`.
    pub by_level: [usize; 4],
    /// In the order of `NeedKind::ALL`.
    pub by_kind: [usize; 2],
}

impl RssCounts {
    pub fn line(&self) -> String {
        let levels: Vec<String> = Level::ALL
            .iter()
            .zip(self.by_level)
            .filter(|(_, n)| *n > 0)
            .map(|(l, n)| format!("{} {n}", l.label()))
            .collect();
        let local = self.by_kind[1];
        format!(
            "{} behov · {}{}",
            self.total,
            levels.join(" · "),
            if local > 0 {
                format!(" · varav lokal kunskap {local}")
            } else {
                String::new()
            }
        )
    }
}

pub fn rss_counts(round: &Round, code: &str) -> RssCounts {
    let mut c = RssCounts::default();
    for n in round.needs.iter().filter(|n| n.rss == code) {
        c.total += 1;
        c.by_level[Level::ALL.iter().position(|l| *l == n.level).unwrap_or(0)] += 1;
        c.by_kind[NeedKind::ALL.iter().position(|k| *k == n.kind).unwrap_or(0)] += 1;
    }
    c
}

impl Round {
    /// Sets the dots a need got in its network's dot vote.
    pub fn set_dots(
        &mut self,
        number: &str,
        dots: Option<u32>,
        at: Timestamp,
    ) -> Result<(), String> {
        let need = self
            .needs
            .iter_mut()
            .find(|n| n.number == number)
            .ok_or(format!("Behov {number} finns inte."))?;
        if need.dots == dots {
            return Ok(());
        }
        let old = need.dots;
        need.dots = dots;
        let show = |d: Option<u32>| d.map(|d| d.to_string()).unwrap_or_else(|| "inga".into());
        self.record(
            at,
            format!(
                "Prickar för {number}: {} (tidigare {})",
                show(dots),
                show(old)
            ),
        );
        Ok(())
    }

    /// One participant's dots, given one by one: each typed number is one
    /// dot for that need of the RSS. All or nothing.
    pub fn add_participant_dots(
        &mut self,
        rss: &str,
        typed: &str,
        at: Timestamp,
    ) -> Result<usize, String> {
        let mut numbers: Vec<String> = vec![];
        for token in typed
            .split([' ', ',', ';'])
            .filter(|t| !t.trim().is_empty())
        {
            let need = self
                .needs
                .iter()
                .find(|n| n.rss == rss && token_names(&n.number, token))
                .ok_or(format!("{token} är inget av {rss}:s behov."))?;
            numbers.push(need.number.clone());
        }
        if numbers.is_empty() {
            return Err("Skriv ett behovsnummer per prick, t.ex. gr1 gr1 gr3.".into());
        }
        for n in &numbers {
            if let Some(need) = self.needs.iter_mut().find(|x| x.number == *n) {
                need.dots = Some(need.dots.unwrap_or(0) + 1);
            }
        }
        self.record(
            at,
            format!("Prickar från en deltagare i {rss}: {}", numbers.join(", ")),
        );
        Ok(numbers.len())
    }

    /// The dot vote of an RSS's needs, most dots first.
    pub fn dot_rows(&self, rss: &str) -> Vec<crate::tally::dots::DotRow> {
        let needs: Vec<(&str, u32)> = self
            .needs
            .iter()
            .filter(|n| n.rss == rss)
            .map(|n| (n.number.as_str(), n.dots.unwrap_or(0)))
            .collect();
        dot_tally_rows(&needs)
    }
}

/// One prioritised knowledge gap of an earlier round, for the kick-off.
#[derive(Debug, Clone, PartialEq)]
pub struct PastGap {
    pub round_area: String,
    pub place: String,
    pub number: String,
    pub title: String,
    pub feedback: String,
    pub produced: Vec<String>,
}

/// The gaps earlier rounds prioritised (those whose ranking closed), in
/// ranking order, with what was fed back: said by each need's trace.
pub fn past_gaps(rounds: &[Round]) -> Vec<PastGap> {
    let mut out = vec![];
    for r in rounds {
        let mut ranked: Vec<super::trace::Trace> = super::trace::trace_all(r)
            .into_iter()
            .filter(|t| t.place.is_some())
            .collect();
        ranked.sort_by_key(|t| t.place.map(|p| p.place));
        for t in ranked {
            let produced = r
                .feedback
                .iter()
                .find(|f| f.need == t.number)
                .map(|f| f.produced.iter().map(|p| p.title.clone()).collect())
                .unwrap_or_default();
            out.push(PastGap {
                round_area: r.area.clone(),
                place: t.place.map(place_label).unwrap_or_default(),
                feedback: t.followup_text(),
                number: t.number,
                title: t.title,
                produced,
            });
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::{ModelVariant, Need};

    fn at() -> Timestamp {
        Timestamp::from_second(1_790_000_000).unwrap()
    }

    fn round() -> Round {
        let mut r = Round::new("X", ModelVariant::V2, 2026);
        for (no, level, kind) in [
            ("GR-01", Level::Nationell, NeedKind::Kunskapsbehov),
            ("GR-02", Level::Osaker, NeedKind::Kunskapsbehov),
            ("GR-03", Level::Nationell, NeedKind::LokalKunskap),
            ("STH-01", Level::Regional, NeedKind::Kunskapsbehov),
        ] {
            r.needs.push(Need {
                number: no.into(),
                rss: no[..no.len() - 3].into(),
                title: no.into(),
                level,
                kind,
                ..Need::default()
            });
        }
        r
    }

    #[test]
    fn counts_by_level_and_kind() {
        let c = rss_counts(&round(), "GR");
        assert_eq!(c.total, 3);
        assert_eq!(c.by_level, [0, 0, 2, 1]);
        assert_eq!(c.by_kind, [2, 1]);
        assert_eq!(
            c.line(),
            "3 behov · Nationell 2 · Osäker 1 · varav lokal kunskap 1"
        );
    }

    #[test]
    fn dots_given_one_by_one_add_up_and_a_wrong_number_adds_none() {
        let mut r = round();
        assert_eq!(r.add_participant_dots("GR", "gr1 gr1 gr3", at()), Ok(3));
        assert_eq!(r.add_participant_dots("GR", "gr2, gr1", at()), Ok(2));
        assert!(
            r.add_participant_dots("GR", "gr2 sth1", at())
                .unwrap_err()
                .contains("sth1")
        );
        let rows = r.dot_rows("GR");
        let got: Vec<_> = rows.iter().map(|x| (x.number.as_str(), x.dots)).collect();
        assert_eq!(got, vec![("GR-01", 3), ("GR-02", 1), ("GR-03", 1)]);
        r.set_dots("GR-03", Some(6), at()).unwrap();
        assert_eq!(r.dot_rows("GR")[0].number, "GR-03");
        assert!(r.log.last().unwrap().what.contains("tidigare 1"));
    }

    #[test]
    fn past_gaps_come_from_ranked_rounds_with_their_feedback() {
        let sample = |i: usize| {
            crate::store::parse_round(
                crate::store::samples::SAMPLES[i].text.as_bytes(),
                std::path::Path::new("s.ron"),
            )
            .unwrap()
        };
        let a = sample(0);
        let gaps = past_gaps(&[a.clone(), sample(1)]);
        // Only the finished round (a) is ranked.
        assert!(gaps.iter().all(|g| g.round_area == "Funktionshinder"));
        assert_eq!(gaps.len(), a.current_rank_tally().unwrap().rows.len());
        assert!(gaps.iter().any(|g| !g.produced.is_empty()));
        assert!(gaps.iter().any(|g| g.feedback == "ännu ingen återkoppling"));
    }
}
