//! The two decks: the moment-7 feedback meeting and the moment-5 result,
//! planned from the round as slides (see `slides` for how they are paged).

use super::reports::answers;
use super::slides::{Body, Deck, head, line, paginate, sub};
use super::tally_out::{TallyReport, contested_lines};
use crate::domain::Round;
use crate::domain::followup::Outcome;
use crate::meeting::moment67::prioritised;
use crate::tally::place_label;

/// "4" or "4 (delad)": a place in a slide's narrow column.
fn short_place(p: crate::tally::Place) -> String {
    if p.shared {
        format!("{} (delad)", p.place)
    } else {
        p.place.to_string()
    }
}

fn title_of(r: &Round, number: &str) -> String {
    r.need(number).map(|n| n.title.clone()).unwrap_or_default()
}

fn date_of(now: jiff::Timestamp) -> String {
    now.in_tz("Europe/Stockholm")
        .map(|z| z.date().to_string())
        .unwrap_or_default()
}

/// The moment-7 feedback meeting: a title, a summary (taken on by whom, not
/// taken on, no answer yet), a slide per prioritised need, and a slide per
/// RSS: "Vad blev det av era behov?".
pub fn feedback_deck(r: &Round, now: jiff::Timestamp) -> Deck {
    let ranked = prioritised(r);
    let outcome = |number: &str| {
        r.feedback
            .iter()
            .find(|f| f.need == number)
            .map(|f| &f.outcome)
    };
    let (mut taken, mut not, mut open) = (vec![], vec![], vec![]);
    for row in &ranked {
        let name = format!(
            "{} · {} {}",
            place_label(row.place),
            row.number,
            title_of(r, &row.number)
        );
        match outcome(&row.number) {
            Some(Outcome::Tas { actors, .. }) => {
                taken.push(sub(format!("{name} – {}", actors.join(", "))))
            }
            Some(Outcome::TasInte { why }) => not.push(sub(format!("{name} – {why}"))),
            _ => open.push(sub(name)),
        }
    }
    let mut summary = vec![];
    for (label, group) in [
        ("Tas om hand", taken),
        ("Tas inte om hand", not),
        ("Ingen återkoppling ännu", open),
    ] {
        summary.push(head(format!("{label} ({})", group.len())));
        summary.extend(group);
    }
    let mut slides = paginate("Sammanfattning", Body::Lines(summary));
    for row in &ranked {
        let mut body = vec![line(format!(
            "Lyft av: {}",
            r.raised_by(&row.number).join(", ")
        ))];
        let merged: Vec<String> = r
            .merged_into(&row.number)
            .iter()
            .map(|n| format!("{} {}", n.number, n.title))
            .collect();
        if !merged.is_empty() {
            body.push(line(format!("Sammanslagna behov: {}", merged.join("; "))));
        }
        let answered = answers(r, &row.number);
        if answered.iter().all(|(_, a)| a == super::reports::NO_ANSWER) {
            body.push(head("Ingen återkoppling från aktörerna ännu."));
        }
        for (q, a) in answered {
            if a != "–" && a != super::reports::NO_ANSWER {
                body.push(head(q));
                body.push(sub(a));
            }
        }
        let title = format!(
            "{} · {} {}",
            place_label(row.place),
            row.number,
            title_of(r, &row.number)
        );
        slides.extend(paginate(&title, Body::Lines(body)));
    }
    for code in super::minutes::rss_with_needs(r) {
        let name = r
            .rss_by_code(&code)
            .map(|x| x.name.clone())
            .unwrap_or_default();
        let mut traces: Vec<_> = crate::meeting::trace::trace_all(r)
            .into_iter()
            .filter(|t| t.rss == code)
            .collect();
        traces.sort_by(|a, b| crate::domain::need::number_order(&a.number, &b.number));
        let body = traces
            .iter()
            .flat_map(|t| {
                [
                    head(format!("{} {}", t.number, t.title)),
                    sub(t.sentence(r.model)),
                ]
            })
            .collect();
        slides.extend(paginate(
            &format!("Vad blev det av era behov? {name} ({code})"),
            Body::Lines(body),
        ));
    }
    Deck {
        title: format!("Återkoppling – {}", r.area),
        subtitle: format!(
            "Lokala behov av kunskap · vad de nationella aktörerna gör med de prioriterade behoven · {}",
            date_of(now)
        ),
        slides,
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
                super::tally_out::rank_summary(&report)
            )));
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
            slides.extend(paginate(
                "Resultat",
                Body::Table(
                    head.map(String::from).to_vec(),
                    vec![10, 10, 56, 9, 15],
                    rows,
                ),
            ));
            let contested = contested_lines(rank);
            if !contested.is_empty() {
                // What the mark means first, then the pairs.
                let mut body = vec![line(CONTESTED_SLIDE)];
                body.extend(contested.into_iter().map(line));
                slides.extend(paginate("Omstridda placeringar", Body::Lines(body)));
            }
        }
        None => {
            how.push(line("Rangordningen har inte börjat."));
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
    let mut all = paginate("Så gick det till", Body::Lines(how));
    all.extend(slides);
    Deck {
        title: format!("Prioriteringen i NSK-S – {}", r.area),
        subtitle: format!(
            "Lokala behov av kunskap · NSK-S {}",
            super::priority_minutes::meeting_date(r).unwrap_or_else(|| date_of(now))
        ),
        slides: all,
    }
}
