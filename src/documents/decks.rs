//! The moment-5 result deck, planned from the round as slides (see
//! `slides` for how they are paged; the moment-7 deck is `feedback_deck`):
//! how the meeting went, the points as a bar chart, the result table and
//! the contested placings, each slide with the numbers in its notes.

use crate::documents::slides::{Bar, Body, Deck, line, paginate};
use crate::documents::tally_out::{TallyReport, contested_lines};
use crate::domain::Round;
use crate::domain::swedish::count;
use crate::tally::place_label;

/// "4" or "4 (delad)": a place in a slide's narrow column.
fn short_place(p: crate::tally::Place) -> String {
    if p.shared {
        format!("{} (delad)", p.place)
    } else {
        p.place.to_string()
    }
}

fn date_of(now: jiff::Timestamp) -> String {
    now.in_tz("Europe/Stockholm")
        .map(|z| z.date().to_string())
        .unwrap_or_default()
}

/// The bars of those with a value, and the numbers of those without (left
/// out of the chart, named once under it).
fn bars_of(rows: impl Iterator<Item = (String, String, u32)>) -> (Vec<Bar>, Vec<String>) {
    let (mut bars, mut none) = (vec![], vec![]);
    for (label, number, value) in rows {
        if value == 0 {
            none.push(number);
        } else {
            bars.push(Bar {
                label,
                value,
                top: 0,
            });
        }
    }
    bars.sort_by_key(|b| std::cmp::Reverse(b.value));
    let top = bars.first().map_or(1, |b| b.value);
    for b in &mut bars {
        b.top = top;
    }
    (bars, none)
}

fn none_line(what: &str, numbers: &[String]) -> String {
    if numbers.is_empty() {
        String::new()
    } else {
        format!("{what}: {}", numbers.join(", "))
    }
}

/// What a contested placing is, as the slides say it (the result table on
/// a slide has no mark column).
const CONTESTED_SLIDE: &str = "Fler valsedlar rangordnar behovet under före behovet över än tvärtom: placeringen är omstridd.";

/// The moment-5 result: how the meeting went (present, ballots, the joint
/// list), the result table and the contested placings.
pub fn result_deck(r: &Round, now: jiff::Timestamp) -> Deck {
    let report = TallyReport::of(r);
    let mut how = vec![
        line(format!(
            "{} närvarande representanter",
            report.present.len()
        )),
        line(format!(
            "Valsteget: {} valsedlar, högst {} val per representant",
            report.pick.ballots, report.max_picks
        )),
    ];
    let mut slides = vec![];
    match &report.rank {
        Some(rank) => {
            how.push(line(format!(
                "Rangordningen: {}",
                crate::documents::tally_out::rank_summary(&report)
            )));
            let (bars, none) = bars_of(rank.rows.iter().map(|x| {
                (
                    format!(
                        "{} · {} {}",
                        short_place(x.place),
                        x.number,
                        report.title(&x.number)
                    ),
                    x.number.clone(),
                    x.points as u32,
                )
            }));
            let mut chart = paginate("Poängen", Body::Bars(bars, none_line("Utan poäng", &none)));
            let notes: Vec<String> = rank
                .rows
                .iter()
                .map(|x| {
                    format!(
                        "Plats {}: {} {}, {} poäng, {}.",
                        place_label(x.place),
                        x.number,
                        report.title(&x.number),
                        x.points,
                        count(x.first_places as usize, "förstaplats", "förstaplatser")
                    )
                })
                .collect();
            for s in &mut chart {
                s.notes = notes.clone();
            }
            slides.extend(chart);
            let rows = rank
                .rows
                .iter()
                .map(|x| {
                    vec![
                        short_place(x.place),
                        x.number.clone(),
                        report.title(&x.number).to_string(),
                        x.points.to_string(),
                        x.first_places.to_string(),
                    ]
                })
                .collect();
            let head = ["Plats", "Nr", "Kunskapsbehov", "Poäng", "Förstaplatser"];
            let mut table = paginate(
                "Resultat",
                Body::Table(
                    head.map(String::from).to_vec(),
                    vec![8, 11, 52, 10, 19],
                    rows,
                ),
            );
            for s in &mut table {
                s.notes = notes.clone();
            }
            slides.extend(table);
            let contested = contested_lines(rank);
            if !contested.is_empty() {
                // What the mark means first, then the pairs.
                let mut body = vec![line(CONTESTED_SLIDE)];
                body.extend(contested.iter().cloned().map(line));
                let mut pages = paginate("Omstridda placeringar", Body::Lines(body));
                for s in &mut pages {
                    s.notes = contested.clone();
                }
                slides.extend(pages);
            }
        }
        None => {
            how.push(line("Rangordningen har inte börjat."));
            let (bars, none) = bars_of(report.pick.rows.iter().map(|x| {
                (
                    format!("{} {}", x.number, report.title(&x.number)),
                    x.number.clone(),
                    x.picks,
                )
            }));
            slides.extend(paginate(
                "Valen",
                Body::Bars(bars, none_line("Utan val", &none)),
            ));
            let rows = report
                .pick
                .rows
                .iter()
                .filter(|x| x.picks > 0)
                .map(|x| {
                    vec![
                        x.number.clone(),
                        report.title(&x.number).to_string(),
                        x.picks.to_string(),
                    ]
                })
                .collect();
            let head = ["Nr", "Kunskapsbehov", "Val"];
            slides.extend(paginate(
                "Valsteget",
                Body::Table(head.map(String::from).to_vec(), vec![12, 76, 12], rows),
            ));
        }
    }
    let notes: Vec<String> = how.iter().map(|l| l.text.clone()).collect();
    let mut all = paginate("Så gick det till", Body::Lines(how));
    for s in &mut all {
        s.notes = notes.clone();
    }
    all.extend(slides);
    Deck {
        title: format!("Prioriteringen i NSK-S – {}", r.area),
        subtitle: format!(
            "Lokala behov av kunskap · NSK-S {}",
            crate::documents::priority_minutes::meeting_date(r).unwrap_or_else(|| date_of(now))
        ),
        slides: all,
    }
}
