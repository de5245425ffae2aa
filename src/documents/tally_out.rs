//! The moment-5 tally as documents: plain text and Markdown for the minutes,
//! CSV and JSON for scripts (the JSON shape is a documented contract, see
//! docs/ballot-sheet.md), and xlsx with a table, print setup and a chart.

use std::fmt::Write as _;

use comfy_table::{Table, presets::UTF8_FULL_CONDENSED};

use crate::documents::cell_text;
use crate::domain::Round;
use crate::domain::priority::Stage;
use crate::tally::{PickTally, RankTally, place_label};

/// Everything the documents show, computed once.
pub struct TallyReport {
    pub area: String,
    pub max_picks: usize,
    pub present: Vec<String>,
    pub pick: PickTally,
    pub rank: Option<RankTally>,
    pub rank_voters: Vec<String>,
    titles: std::collections::HashMap<String, String>,
    pub joint_rule: String,
    /// Model 1.0: each ranks only their own picks (no joint list).
    pub own_picks: bool,
    /// Ballots kept in the file but not counted: their voter is not present.
    pub uncounted_pick: Vec<String>,
    pub uncounted_rank: Vec<String>,
}

impl TallyReport {
    pub fn of(round: &Round) -> TallyReport {
        TallyReport {
            area: round.area.clone(),
            max_picks: round.prioritization.max_picks,
            present: round.voters(),
            pick: round.current_pick_tally(),
            rank: round.current_rank_tally(),
            rank_voters: round
                .counted_rank_ballots()
                .iter()
                .map(|b| b.representative.clone())
                .collect(),
            titles: round
                .needs
                .iter()
                .map(|n| (n.number.clone(), n.title.to_string()))
                .collect(),
            joint_rule: crate::meeting::joint_rule_label(round.prioritization.joint_rule),
            own_picks: round.model.ranks_own_picks(),
            uncounted_pick: round.uncounted(Stage::Pick),
            uncounted_rank: round.uncounted(Stage::Rank),
        }
    }

    pub fn title(&self, number: &str) -> &str {
        self.titles.get(number).map(String::as_str).unwrap_or("")
    }

    /// The stage shown when none is asked for: ranking once it has begun.
    pub fn default_stage(&self) -> Stage {
        if self.rank.is_some() {
            Stage::Rank
        } else {
            Stage::Pick
        }
    }
}

/// Explains the contested mark in one line, as on screen.
pub const CONTESTED_NOTE: &str = "Omstridd: fler valsedlar rangordnar behovet närmast under före behovet över än tvärtom; båda markeras.";

/// One line per contested pair: "11 av 20 rangordnar HAL-02 före GR-01".
pub fn contested_lines(rank: &crate::tally::RankTally) -> Vec<String> {
    rank.rows
        .windows(2)
        .filter_map(|w| {
            let v = w[0].vs_next.as_ref()?;
            (w[0].place.place != w[1].place.place && v.prefer_next > v.prefer_this).then(|| {
                format!(
                    "{} av {} rangordnar {} före {} ({} tvärtom)",
                    v.prefer_next, rank.ballots, v.number, w[0].number, v.prefer_this
                )
            })
        })
        .collect()
}

pub(super) fn not_ranked() -> String {
    "Rangordningen har inte börjat: valsteget är öppet. Använd --stage pick eller stäng valsteget först.".into()
}

/// Rows of the table for a stage: header, then one row per need. For
/// people (`text`, Markdown) a mean has a decimal comma; for data (CSV,
/// xlsx) a point. Both are rounded half away from zero.
pub fn rows(
    report: &TallyReport,
    stage: Stage,
    people: bool,
) -> Result<(Vec<&'static str>, Vec<Vec<String>>), String> {
    match stage {
        Stage::Pick => Ok((
            vec!["Plats", "Nr", "Behov", "Val", "Andel"],
            report
                .pick
                .rows
                .iter()
                .map(|r| {
                    vec![
                        place_label(r.place),
                        r.number.clone(),
                        report.title(&r.number).to_string(),
                        r.picks.to_string(),
                        format!("{:.0} %", r.share * 100.0),
                    ]
                })
                .collect(),
        )),
        Stage::Rank => {
            let rank = report.rank.as_ref().ok_or_else(not_ranked)?;
            Ok((
                vec![
                    "Plats",
                    "Nr",
                    "Behov",
                    "Poäng",
                    "Medelplats",
                    "Förstaplatser",
                    "Val",
                    "Omstridd",
                ],
                rank.rows
                    .iter()
                    .map(|r| {
                        vec![
                            place_label(r.place),
                            r.number.clone(),
                            report.title(&r.number).to_string(),
                            r.points.to_string(),
                            r.mean_position
                                .map(|m| {
                                    if people {
                                        crate::domain::swedish::decimal(m, 2)
                                    } else {
                                        format!(
                                            "{:.2}",
                                            crate::domain::swedish::round_half_away(m, 2)
                                        )
                                    }
                                })
                                .unwrap_or_else(|| "–".into()),
                            r.first_places.to_string(),
                            r.picks.to_string(),
                            if r.contested {
                                "omstridd".into()
                            } else {
                                String::new()
                            },
                        ]
                    })
                    .collect(),
            ))
        }
    }
}

fn heading(report: &TallyReport, stage: Stage) -> String {
    match stage {
        Stage::Pick => format!(
            "Val: {} valsedlar av {} närvarande, högst {} val per representant",
            report.pick.ballots, report.pick.eligible, report.max_picks
        ),
        Stage::Rank => format!("Rangordning: {}", rank_summary(report)),
    }
}

/// How the ranking was done: in 2.0 the joint list everyone ranked, in 1.0
/// each representative's own picks (the scale is the number of picks, the
/// needs ranked are all that were picked).
pub fn rank_summary(report: &TallyReport) -> String {
    let Some(r) = report.rank.as_ref() else {
        return "har inte börjat".into();
    };
    if report.own_picks {
        format!(
            "{} rangordningar, var och en av sina egna val (poängskala {}); {} behov rangordnade",
            r.ballots,
            r.list_length,
            r.rows.len()
        )
    } else {
        format!(
            "{} rangordningar, {} behov på listan (gemensam lista: {})",
            r.ballots, r.list_length, report.joint_rule
        )
    }
}

fn stages(report: &TallyReport, stage: Option<Stage>) -> Vec<Stage> {
    match stage {
        Some(s) => vec![s],
        None if report.rank.is_some() => vec![Stage::Pick, Stage::Rank],
        None => vec![Stage::Pick],
    }
}

/// Plain text (for e-mail): a table per stage. `None`: both stages when both exist.
pub fn text(report: &TallyReport, stage: Option<Stage>) -> Result<String, String> {
    let mut out = format!("Prioritering – {}\n", report.area);
    for s in stages(report, stage) {
        let (header, body) = rows(report, s, true)?;
        let mut t = Table::new();
        t.load_style(UTF8_FULL_CONDENSED).set_header(header);
        for r in body {
            t.add_row(r.iter().map(|c| cell_text(c)).collect::<Vec<_>>());
        }
        let _ = write!(out, "\n{}\n{t}\n", heading(report, s));
        if s == Stage::Rank {
            let _ = writeln!(out, "{CONTESTED_NOTE}");
            if let Some(rank) = &report.rank {
                for l in contested_lines(rank) {
                    let _ = writeln!(out, "  {l}.");
                }
            }
        }
    }
    let missing = &report.pick.missing;
    if !missing.is_empty() && stage != Some(Stage::Rank) {
        let _ = writeln!(out, "\nHar inte röstat: {}", missing.join(", "));
    }
    for (s, names) in [
        (Stage::Pick, &report.uncounted_pick),
        (Stage::Rank, &report.uncounted_rank),
    ] {
        if !names.is_empty() && stage.is_none_or(|x| x == s) {
            let _ = writeln!(
                out,
                "Räknas inte i {} (inte närvarande; valsedeln finns kvar): {}",
                s.label(),
                names.join(", ")
            );
        }
    }
    Ok(out)
}

/// Markdown: a table per stage.
pub fn markdown(report: &TallyReport, stage: Option<Stage>) -> Result<String, String> {
    let mut out = format!("# Prioritering – {}\n", md_escape(&report.area));
    for s in stages(report, stage) {
        let (header, body) = rows(report, s, true)?;
        let _ = write!(
            out,
            "\n## {}\n\n| {} |\n|{}|\n",
            heading(report, s),
            header.join(" | "),
            header.iter().map(|_| "---").collect::<Vec<_>>().join("|")
        );
        for r in body {
            let _ = writeln!(
                out,
                "| {} |",
                r.iter()
                    .map(|c| md_escape(c))
                    .collect::<Vec<_>>()
                    .join(" | ")
            );
        }
        if s == Stage::Rank {
            let _ = writeln!(out, "\n{CONTESTED_NOTE}");
            if let Some(rank) = &report.rank {
                for l in contested_lines(rank) {
                    let _ = writeln!(out, "- {}.", md_escape(&l));
                }
            }
        }
    }
    Ok(out)
}

fn md_escape(s: &str) -> String {
    crate::documents::md_text(s)
}

/// CSV with a header row; cells that a spreadsheet would take as a formula
/// are neutralised with a leading apostrophe.
/// The byte-order mark a CSV file starts with, so Excel reads it as UTF-8.
pub const CSV_BOM: &str = "\u{FEFF}";

/// CSV as Swedish Excel opens it: `;` and CRLF line ends (a file gets the
/// UTF-8 BOM too, see [`CSV_BOM`]). The columns are data (a point in
/// Medelplats), as documented.
pub fn csv(report: &TallyReport, stage: Stage) -> Result<String, String> {
    let (header, body) = rows(report, stage, false)?;
    let mut w = ::csv::WriterBuilder::new()
        .delimiter(b';')
        .terminator(::csv::Terminator::CRLF)
        .from_writer(vec![]);
    w.write_record(&header).map_err(|e| e.to_string())?;
    for r in body {
        w.write_record(
            r.iter()
                .map(|c| crate::documents::neutralise_formula(&cell_text(c))),
        )
        .map_err(|e| e.to_string())?;
    }
    let bytes = w.into_inner().map_err(|e| e.to_string())?;
    String::from_utf8(bytes).map_err(|e| e.to_string())
}
