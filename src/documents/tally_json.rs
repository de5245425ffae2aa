//! The moment-5 tally as JSON: a stable, documented contract for scripts
//! (see docs/ballot-sheet.md), with each need's head-to-head count against
//! the one below it (`vs_next`) and the ballots kept but not counted.

use serde::Serialize;

use crate::documents::tally_out::{TallyReport, not_ranked};
use crate::domain::priority::Stage;

#[derive(Serialize)]
struct JsonRep<'a> {
    name: &'a str,
    voted: bool,
}

#[derive(Serialize)]
struct JsonPickNeed<'a> {
    place: usize,
    shared: bool,
    number: &'a str,
    title: &'a str,
    picks: u32,
}

#[derive(Serialize)]
struct JsonPick<'a> {
    stage: &'static str,
    max_picks: usize,
    eligible: usize,
    ballots: usize,
    representatives: Vec<JsonRep<'a>>,
    uncounted: &'a [String],
    needs: Vec<JsonPickNeed<'a>>,
}

#[derive(Serialize)]
struct JsonRankNeed<'a> {
    place: usize,
    shared: bool,
    number: &'a str,
    title: &'a str,
    points: u64,
    first_places: u32,
    mean_position: Option<f64>,
    positions: &'a [u32],
    picks: u32,
    contested: bool,
    vs_next: Option<JsonVsNext<'a>>,
}

#[derive(Serialize)]
struct JsonVsNext<'a> {
    number: &'a str,
    prefer_this: u32,
    prefer_next: u32,
}

#[derive(Serialize)]
struct JsonRank<'a> {
    stage: &'static str,
    list_length: usize,
    ballots: usize,
    representatives: Vec<JsonRep<'a>>,
    uncounted: &'a [String],
    needs: Vec<JsonRankNeed<'a>>,
}

pub fn json(report: &TallyReport, stage: Stage) -> Result<String, String> {
    let reps = |voted: &dyn Fn(&str) -> bool| -> Vec<JsonRep> {
        report
            .present
            .iter()
            .map(|n| JsonRep {
                name: n,
                voted: voted(n),
            })
            .collect()
    };
    let text = match stage {
        Stage::Pick => {
            let voted: Vec<&String> = report.pick.voted.iter().collect();
            serde_json::to_string_pretty(&JsonPick {
                stage: "pick",
                max_picks: report.max_picks,
                eligible: report.pick.eligible,
                ballots: report.pick.ballots,
                representatives: reps(&|n| voted.iter().any(|v| *v == n)),
                uncounted: &report.uncounted_pick,
                needs: report
                    .pick
                    .rows
                    .iter()
                    .map(|r| JsonPickNeed {
                        place: r.place.place,
                        shared: r.place.shared,
                        number: &r.number,
                        title: report.title(&r.number),
                        picks: r.picks,
                    })
                    .collect(),
            })
        }
        Stage::Rank => {
            let rank = report.rank.as_ref().ok_or_else(not_ranked)?;
            serde_json::to_string_pretty(&JsonRank {
                stage: "rank",
                list_length: rank.list_length,
                ballots: rank.ballots,
                representatives: reps(&|n| report.rank_voters.iter().any(|v| v == n)),
                uncounted: &report.uncounted_rank,
                needs: rank
                    .rows
                    .iter()
                    .map(|r| JsonRankNeed {
                        place: r.place.place,
                        shared: r.place.shared,
                        number: &r.number,
                        title: report.title(&r.number),
                        points: r.points,
                        first_places: r.first_places,
                        mean_position: r
                            .mean_position
                            .map(|m| crate::domain::swedish::round_half_away(m, 2)),
                        positions: &r.positions,
                        picks: r.picks,
                        contested: r.contested,
                        vs_next: r.vs_next.as_ref().map(|v| JsonVsNext {
                            number: &v.number,
                            prefer_this: v.prefer_this,
                            prefer_next: v.prefer_next,
                        }),
                    })
                    .collect(),
            })
        }
    };
    text.map_err(|e| e.to_string())
}
