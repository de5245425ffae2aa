//! The minutes of the NSK-S priority meeting (moment 5) as the secretariat
//! enters them in its protocol: the date, who was present and who voted
//! (names, never ballots), N and the joint-list rule, the joint list and
//! how it was formed, the result with points and why each equal score was
//! split, the "omstridd" pairs, and the meeting's change log (corrections,
//! reopenings with their reasons). Built as blocks, written as Markdown and
//! as Word.

pub use crate::documents::blocks::{Block, markdown};
use crate::domain::Round;
use crate::domain::priority::Stage;
use crate::tally::{RankRow, place_label};

fn title(r: &Round, number: &str) -> String {
    r.need(number)
        .map(|n| n.title.clone())
        .unwrap_or_default()
        .to_string()
}

/// The moment-5 log entries, by the words the meeting's changes begin with.
fn meeting_log(r: &Round) -> Vec<(String, String)> {
    const MEETING: [&str; 14] = [
        "Val ",
        "Valsteget",
        "Rangordning",
        "Rangordningssteget",
        "Närvaro",
        "Antal val",
        "Regel",
        "Steget",
        "Val tillbakadraget",
        "Val ändrat",
        "Gemensam",
        "Omgången",
        "Öppen röstning",
        "Sluten röstning",
    ];
    r.log
        .iter()
        .filter(|e| MEETING.iter().any(|m| e.what.starts_with(m)))
        .map(|e| {
            let at =
                e.at.in_tz("Europe/Stockholm")
                    .map(|z| z.strftime("%Y-%m-%d %H:%M").to_string())
                    .unwrap_or_default();
            (at, e.what.clone())
        })
        .collect()
}

/// Why a need is below another with the same points: the first position
/// where their counts differ, else the picks.
fn split_reason(above: &RankRow, below: &RankRow) -> Option<String> {
    if above.points != below.points || above.place.place == below.place.place {
        return None;
    }
    let k = above
        .positions
        .iter()
        .zip(&below.positions)
        .position(|(a, b)| a != b);
    Some(match k {
        Some(0) => format!(
            "{} före {} på lika poäng: fler förstaplatser ({} mot {}).",
            above.number, below.number, above.positions[0], below.positions[0]
        ),
        Some(k) => format!(
            "{} före {} på lika poäng och förstaplatser: fler {}:e-platser ({} mot {}).",
            above.number,
            below.number,
            k + 1,
            above.positions[k],
            below.positions[k]
        ),
        None => format!(
            "{} före {} på lika poäng och placeringar: fler val i steg 1 ({} mot {}).",
            above.number, below.number, above.picks, below.picks
        ),
    })
}

/// The minutes as blocks.
/// The day of the priority meeting: its first logged change, else moment
/// 5's own dates (started, done, planned).
pub fn meeting_date(r: &Round) -> Option<String> {
    let record = r.moment_record(crate::domain::Moment::Prioritering);
    meeting_log(r)
        .first()
        .map(|(at, _)| at[..10].to_string())
        .or_else(|| {
            record
                .and_then(|m| m.started.or(m.done).or(m.planned))
                .map(|d| d.to_string())
        })
}

pub fn blocks(r: &Round) -> Vec<Block> {
    let p = &r.prioritization;
    let log = meeting_log(r);
    let date = meeting_date(r).unwrap_or_else(|| "inget datum antecknat".into());
    let mut out = vec![Block::Heading(format!("Prioritering i NSK-S – {}", r.area))];
    let pick = r.current_pick_tally();
    out.push(Block::Para(format!(
        "Datum: {date}. Närvarande ({}): {}.",
        p.present.len(),
        if p.present.is_empty() {
            "–".to_string()
        } else {
            p.present.join(", ")
        }
    )));
    out.push(Block::Para(format!(
        "Steg 1 (val): {} val per representant; regel för gemensam lista: {}. Röstade ({} av {}): {}.",
        p.max_picks,
        crate::meeting::moment5::joint_rule_label(p.joint_rule),
        pick.ballots,
        pick.eligible,
        if pick.voted.is_empty() { "–".to_string() } else { pick.voted.join(", ") }
    )));
    let uncounted = r.uncounted(Stage::Pick);
    if !uncounted.is_empty() {
        out.push(Block::Para(format!(
            "Valsedlar som finns men inte räknas (inte närvarande): {}.",
            uncounted.join(", ")
        )));
    }
    if p.pick_closed {
        out.push(Block::Heading("Gemensam lista".into()));
        let rows = p
            .joint_list
            .iter()
            .map(|n| {
                let picks = pick
                    .rows
                    .iter()
                    .find(|x| x.number == *n)
                    .map_or(0, |x| x.picks);
                vec![n.clone(), title(r, n), picks.to_string()]
            })
            .collect();
        out.push(Block::Table(vec!["Nr", "Behov", "Val"], rows));
    }
    if let Some(rank) = r.current_rank_tally() {
        out.push(Block::Heading("Resultat (rangordning)".into()));
        out.push(Block::Para(format!(
            "{} rangordningar av {} närvarande. {}",
            rank.ballots,
            p.present.len(),
            crate::documents::handover_doc::points_explained(rank.list_length)
        )));
        let rows = rank
            .rows
            .iter()
            .map(|x| {
                vec![
                    place_label(x.place),
                    x.number.clone(),
                    title(r, &x.number),
                    x.points.to_string(),
                    x.first_places.to_string(),
                    x.mean_position
                        .map(|m| crate::domain::swedish::decimal(m, 2))
                        .unwrap_or_else(|| "–".into()),
                ]
            })
            .collect();
        out.push(Block::Table(
            vec![
                "Plats",
                "Nr",
                "Behov",
                "Poäng",
                "Förstaplatser",
                "Medelplats",
            ],
            rows,
        ));
        let splits: Vec<String> = rank
            .rows
            .windows(2)
            .filter_map(|w| split_reason(&w[0], &w[1]))
            .collect();
        if !splits.is_empty() {
            out.push(Block::Para(format!("Lika poäng: {}", splits.join(" "))));
        }
        let contested = crate::documents::tally_out::contested_lines(&rank);
        if !contested.is_empty() {
            out.push(Block::Para(format!(
                "Omstridda par: {}. {}",
                contested.join("; "),
                crate::documents::tally_out::CONTESTED_NOTE
            )));
        }
    }
    out.push(Block::Heading("Mötets ändringslogg".into()));
    let open = crate::meeting::ballot_log::ballots_open(r);
    out.push(Block::Para(if open {
        "Nätverket röstar öppet: loggen visar vem som valde och rangordnade vad.".into()
    } else {
        "Valsedlarna redovisas inte per person; loggen visar hur många som kom in och vad som rättades."
            .into()
    }));
    let log = crate::meeting::ballot_log::public_log(&log, open);
    if log.is_empty() {
        out.push(Block::Para(
            "Inga ändringar från mötet finns i omgångens logg.".into(),
        ));
    } else {
        out.push(log_table(log));
    }
    out
}

fn log_table(log: Vec<(String, String)>) -> Block {
    Block::Table(
        vec!["Tid", "Ändring"],
        log.into_iter().map(|(at, what)| vec![at, what]).collect(),
    )
}

/// The secretariat's own copy: every ballot with its representative and
/// the meeting's whole log. Its name and first line say "internt"; no
/// mail-out attaches it.
pub fn internal_blocks(r: &Round) -> Vec<Block> {
    let p = &r.prioritization;
    let mut out = vec![
        Block::Heading(format!(
            "Internt – valsedlar vid prioriteringen i NSK-S – {}",
            r.area
        )),
        Block::Para(
            "Internt för kansliet; skickas inte ut. Protokollet som går till NSK-S, aktörerna och RSS redovisar resultatet utan vem som valde vad."
                .into(),
        ),
        Block::Heading("Val (steg 1)".into()),
    ];
    let ballots = |rows: Vec<(String, Vec<String>)>, none: &str| {
        if rows.is_empty() {
            Block::Para(none.into())
        } else {
            Block::Table(
                vec!["Representant", "Behov"],
                rows.into_iter()
                    .map(|(who, needs)| vec![who, needs.join(", ")])
                    .collect(),
            )
        }
    };
    out.push(ballots(
        p.pick_ballots
            .iter()
            .map(|b| (b.representative.clone(), b.needs.clone()))
            .collect(),
        "Inga valsedlar.",
    ));
    out.push(Block::Heading("Rangordning (steg 2), bäst först".into()));
    out.push(ballots(
        p.rank_ballots
            .iter()
            .map(|b| (b.representative.clone(), b.order.to_vec()))
            .collect(),
        "Inga rangordningar.",
    ));
    out.push(Block::Heading("Mötets hela ändringslogg".into()));
    let log = meeting_log(r);
    out.push(if log.is_empty() {
        Block::Para("Inga ändringar från mötet finns i omgångens logg.".into())
    } else {
        log_table(log)
    });
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tally::Place;

    fn row(number: &str, place: usize, positions: [u32; 3], picks: u32) -> RankRow {
        RankRow {
            number: number.into(),
            points: 24,
            mean_position: None,
            first_places: positions[0],
            positions: positions.to_vec(),
            picks,
            place: Place {
                place,
                shared: false,
            },
            vs_next: None,
            contested: false,
        }
    }

    #[test]
    fn an_equal_score_is_split_by_the_first_position_that_differs_then_picks() {
        let a = row("GR-01", 5, [3, 1, 0], 4);
        let b = row("HAL-02", 6, [2, 3, 0], 4);
        assert_eq!(
            split_reason(&a, &b).unwrap(),
            "GR-01 före HAL-02 på lika poäng: fler förstaplatser (3 mot 2)."
        );
        let c = row("STH-01", 6, [3, 0, 2], 4);
        assert!(
            split_reason(&a, &c)
                .unwrap()
                .contains("fler 2:e-platser (1 mot 0)")
        );
        let d = row("UPP-01", 6, [3, 1, 0], 3);
        assert!(
            split_reason(&a, &d)
                .unwrap()
                .contains("fler val i steg 1 (4 mot 3)")
        );
        let shared = row("VRM-01", 5, [3, 1, 0], 4);
        assert_eq!(
            split_reason(&a, &shared),
            None,
            "a shared place needs no reason"
        );
    }
}
