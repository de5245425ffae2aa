//! Who picked or ranked what stays with the secretariat. The change log
//! names each representative with their ballot ("Val registrerat för Anna
//! Berg: GR-01, …"); the minutes that go to NSK-S, the actors and every RSS
//! carry what happened without it: how many ballots came in and when, that
//! one was corrected or withdrawn, each stage closed and reopened with its
//! reason. Unless the round votes openly (`Prioritization::open_ballots`).

use crate::domain::Round;
use crate::domain::priority::Stage;

/// What a ballot entry of the log did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BallotChange {
    Registered,
    Changed,
    Withdrawn,
}

/// The log's wordings of a ballot change, as `moment5` writes them; each is
/// followed by the representative's name.
const WORDINGS: [(&str, Stage, BallotChange); 6] = [
    (
        "Val registrerat för ",
        Stage::Pick,
        BallotChange::Registered,
    ),
    ("Val ändrat för ", Stage::Pick, BallotChange::Changed),
    (
        "Val tillbakadraget för ",
        Stage::Pick,
        BallotChange::Withdrawn,
    ),
    (
        "Rangordning registrerad för ",
        Stage::Rank,
        BallotChange::Registered,
    ),
    (
        "Rangordning ändrad för ",
        Stage::Rank,
        BallotChange::Changed,
    ),
    (
        "Rangordning tillbakadragen för ",
        Stage::Rank,
        BallotChange::Withdrawn,
    ),
];

/// The stage and change of a log line that records one person's ballot.
pub fn ballot_entry(what: &str) -> Option<(Stage, BallotChange)> {
    WORDINGS
        .iter()
        .find(|(w, ..)| what.starts_with(w))
        .map(|(_, s, c)| (*s, *c))
}

fn stage_word(s: Stage) -> &'static str {
    match s {
        Stage::Pick => "valsteget",
        Stage::Rank => "rangordningssteget",
    }
}

/// The meeting's log lines (time "HH:MM" or a full stamp, what) as they may
/// leave the secretariat: each stage's registrations told once, where the
/// first came ("20 valsedlar registrerade i valsteget, 10:02–10:15"), each
/// correction and withdrawal without whose ballot or what it held, and every
/// other line as it is. `open` keeps the lines as they are.
pub fn public_log(lines: &[(String, String)], open: bool) -> Vec<(String, String)> {
    if open {
        return lines.to_vec();
    }
    let mut out: Vec<(String, String)> = vec![];
    // (stage, index in out, count, first time, last time)
    let mut runs: Vec<(Stage, usize, usize, String, String)> = vec![];
    for (at, what) in lines {
        match ballot_entry(what) {
            Some((stage, BallotChange::Registered)) => {
                match runs.iter_mut().find(|r| r.0 == stage) {
                    Some(r) => {
                        r.2 += 1;
                        r.4 = at.clone();
                    }
                    None => {
                        runs.push((stage, out.len(), 1, at.clone(), at.clone()));
                        out.push((at.clone(), String::new()));
                    }
                }
            }
            Some((stage, BallotChange::Changed)) => out.push((
                at.clone(),
                format!("En valsedel i {} rättades.", stage_word(stage)),
            )),
            Some((stage, BallotChange::Withdrawn)) => out.push((
                at.clone(),
                format!("En valsedel i {} drogs tillbaka.", stage_word(stage)),
            )),
            None => out.push((at.clone(), what.clone())),
        }
    }
    for (stage, i, n, first, last) in runs {
        let clock = |t: &str| t.rsplit(' ').next().unwrap_or(t).to_string();
        let span = if first == last {
            clock(&first)
        } else {
            format!("{}–{}", clock(&first), clock(&last))
        };
        let (noun, verb) = if n == 1 {
            ("valsedel", "registrerad")
        } else {
            ("valsedlar", "registrerade")
        };
        out[i].1 = format!("{n} {noun} {verb} i {} ({span}).", stage_word(stage));
    }
    out
}

/// Whether the round's minutes may name who voted how.
pub fn ballots_open(r: &Round) -> bool {
    r.prioritization.open_ballots
}

impl Round {
    /// Lets the minutes name who voted how (the network votes openly), or
    /// keeps the ballots with the secretariat; logged when it changes.
    pub fn set_open_ballots(&mut self, open: bool, at: jiff::Timestamp) {
        if self.prioritization.open_ballots != open {
            self.prioritization.open_ballots = open;
            self.record(
                at,
                if open {
                    "Öppen röstning: protokollet visar vem som valde vad."
                } else {
                    "Sluten röstning: valsedlarna stannar hos kansliet."
                },
            );
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn l(at: &str, what: &str) -> (String, String) {
        (at.to_string(), what.to_string())
    }

    #[test]
    fn registrations_are_counted_once_and_no_name_or_ballot_is_left() {
        let log = vec![
            l("2026-09-10 10:00", "Närvaro: Anna Berg närvarande"),
            l(
                "2026-09-10 10:02",
                "Val registrerat för Anna Berg: GR-01, HAL-02",
            ),
            l("2026-09-10 10:05", "Val registrerat för Bo Ek: GR-03"),
            l(
                "2026-09-10 10:07",
                "Val ändrat för Bo Ek: GR-01 (tidigare: GR-03)",
            ),
            l(
                "2026-09-10 10:09",
                "Val tillbakadraget för Anna Berg (var: GR-01)",
            ),
            l("2026-09-10 10:10", "Valsteget stängt med 1 valsedlar."),
            l(
                "2026-09-10 10:20",
                "Rangordning registrerad för Bo Ek: GR-01",
            ),
        ];
        let public = public_log(&log, false);
        let text: Vec<&str> = public.iter().map(|(_, w)| w.as_str()).collect();
        assert_eq!(
            text,
            [
                "Närvaro: Anna Berg närvarande",
                "2 valsedlar registrerade i valsteget (10:02–10:05).",
                "En valsedel i valsteget rättades.",
                "En valsedel i valsteget drogs tillbaka.",
                "Valsteget stängt med 1 valsedlar.",
                "1 valsedel registrerad i rangordningssteget (10:20).",
            ]
        );
        assert!(public.iter().skip(1).all(|(_, w)| !w.contains("Bo Ek")
            && !w.contains("Anna Berg")
            && !w.contains("GR-03")));
        assert_eq!(public_log(&log, true), log, "an open vote keeps the log");
    }

    #[test]
    fn every_ballot_wording_of_the_meeting_is_known() {
        assert_eq!(
            ballot_entry("Rangordning tillbakadragen för X (var: A)"),
            Some((Stage::Rank, BallotChange::Withdrawn))
        );
        assert_eq!(ballot_entry("Rangordningssteget stängt med 3."), None);
        assert_eq!(ballot_entry("Valsteget öppnat igen. Skäl: fel"), None);
    }
}
