//! The moment-7 feedback meeting on slides (pure): a summary, then one
//! slide per prioritised need with everything about it (who raised it,
//! what was merged into it, its points, who takes it on, how and when,
//! what has come of it, or why it is not taken on), and one table of what
//! became of each RSS's needs. An actor or RSS is written out the first
//! time the deck names it ("Socialstyrelsen (SoS)"), by its code after;
//! a need without feedback says so once.

use std::collections::HashSet;

use crate::documents::slides::{Body, Deck, Line, head, line, paginate, sub};
use crate::domain::Round;
use crate::domain::followup::Outcome;
use crate::domain::swedish::count;
use crate::meeting::moment67::prioritised;
use crate::meeting::trace::Fate;
use crate::tally::place_label;

/// Names written out once, then by code.
struct Names<'a> {
    r: &'a Round,
    said: HashSet<String>,
}

impl Names<'_> {
    fn say(&mut self, code: &str) -> String {
        if !self.said.insert(code.to_string()) {
            return code.to_string();
        }
        let name = self
            .r
            .actors
            .iter()
            .find(|a| a.code == code)
            .map(|a| a.name.trim().to_string())
            .or_else(|| self.r.rss_by_code(code).map(|x| x.name.trim().to_string()))
            .unwrap_or_default();
        if name.is_empty() || name == code {
            code.to_string()
        } else {
            format!("{name} ({code})")
        }
    }

    fn list(&mut self, codes: &[String]) -> String {
        codes
            .iter()
            .map(|c| self.say(c))
            .collect::<Vec<_>>()
            .join(", ")
    }
}

fn title_of(r: &Round, number: &str) -> String {
    r.need(number)
        .map(|n| n.title.clone())
        .unwrap_or_default()
        .to_string()
}

/// What has come of a need so far, as the lines of its slide.
fn need_lines(r: &Round, number: &str, names: &mut Names) -> Vec<Line> {
    let mut body = vec![line(format!(
        "Lyft av: {}",
        names.list(&r.raised_by(number))
    ))];
    let merged: Vec<String> = r
        .merged_into(number)
        .iter()
        .map(|n| format!("{} {}", n.number, n.title))
        .collect();
    if !merged.is_empty() {
        body.push(line(format!("Sammanslagna behov: {}", merged.join("; "))));
    }
    let fb = r.feedback.iter().find(|f| f.need == number);
    match fb.map(|f| &f.outcome) {
        Some(Outcome::Tas { actors, how, when }) => {
            body.push(head(format!("Tas om hand av {}", names.list(actors))));
            body.push(sub(format!("{how}, {when}")));
        }
        Some(Outcome::TasInte { why }) => {
            body.push(head("Tas inte om hand"));
            body.push(sub(why.clone()));
        }
        _ => {
            let (handed, _) = crate::meeting::assign::handed_to(r, number);
            body.push(head("Ingen återkoppling ännu"));
            if !handed.is_empty() {
                body.push(sub(format!("Lämnat till {}", names.list(&handed))));
            }
        }
    }
    let produced: Vec<String> = fb
        .map(|f| {
            f.produced
                .iter()
                .map(super::reports::produced_line)
                .collect()
        })
        .unwrap_or_default();
    if !produced.is_empty() {
        body.push(head("Framtagen kunskap eller kunskapsstöd"));
        body.extend(produced.into_iter().map(sub));
    }
    body
}

/// "GR-02 plats 1 · GR-03 med i UPP-01 · SKB-02 undanlagt": one RSS's
/// needs in a table cell.
fn rss_cell(r: &Round, code: &str) -> String {
    let mut traces: Vec<_> = crate::meeting::trace::trace_all(r)
        .into_iter()
        .filter(|t| t.rss == code)
        .collect();
    traces.sort_by(|a, b| crate::domain::need::number_order(&a.number, &b.number));
    traces
        .iter()
        .map(|t| {
            let what = match (&t.merged_into, t.place, &t.fate) {
                (Some(into), ..) => format!("med i {into}"),
                (None, Some(p), _) => format!("plats {}", p.place),
                (None, None, Fate::SetAside) => "undanlagt".into(),
                (None, None, _) => "inte prioriterat".into(),
            };
            format!("{} {what}", t.number)
        })
        .collect::<Vec<_>>()
        .join(" · ")
}

/// The moment-7 feedback meeting's deck.
pub fn feedback_deck(r: &Round, now: jiff::Timestamp) -> Deck {
    let ranked = prioritised(r);
    let mut names = Names {
        r,
        said: HashSet::new(),
    };
    let (mut taken, mut not, mut open) = (vec![], vec![], vec![]);
    for row in &ranked {
        let name = format!("{} {}", row.number, title_of(r, &row.number));
        match r
            .feedback
            .iter()
            .find(|f| f.need == row.number)
            .map(|f| &f.outcome)
        {
            Some(Outcome::Tas { actors, .. }) => {
                taken.push(sub(format!("{name} – {}", names.list(actors))))
            }
            Some(Outcome::TasInte { .. }) => not.push(sub(name)),
            _ => open.push(sub(name)),
        }
    }
    let mut summary = vec![];
    for (label, group) in [
        ("Tas om hand", taken),
        ("Tas inte om hand", not),
        ("Ingen återkoppling ännu", open),
    ] {
        if !group.is_empty() {
            summary.push(head(format!("{label} ({})", group.len())));
            summary.extend(group);
        }
    }
    let mut slides = paginate("Sammanfattning", Body::Lines(summary));
    for row in &ranked {
        let mut body = need_lines(r, &row.number, &mut names);
        body.insert(
            1,
            line(format!(
                "{} poäng, {}",
                row.points,
                count(row.first_places as usize, "förstaplats", "förstaplatser")
            )),
        );
        let title = format!(
            "{} · {} {}",
            place_label(row.place),
            row.number,
            title_of(r, &row.number)
        );
        let mut pages = paginate(&title, Body::Lines(body));
        if let Some(first) = pages.first_mut() {
            first.notes = vec![format!(
                "Plats {}: {} poäng, {}, vald på {} i valsteget.",
                place_label(row.place),
                row.points,
                count(row.first_places as usize, "förstaplats", "förstaplatser"),
                count(row.picks as usize, "valsedel", "valsedlar")
            )];
        }
        slides.extend(pages);
    }
    let rows: Vec<Vec<String>> = crate::documents::minutes::rss_with_needs(r)
        .iter()
        .map(|code| vec![names.say(code), rss_cell(r, code)])
        .collect();
    if !rows.is_empty() {
        slides.extend(paginate(
            "Vad blev det av era behov?",
            Body::Table(
                vec!["RSS".into(), "Behoven och vad det blev av dem".into()],
                vec![30, 70],
                rows,
            ),
        ));
    }
    Deck {
        title: format!("Återkoppling – {}", r.area),
        subtitle: format!(
            "Lokala behov av kunskap · vad de nationella aktörerna gör med de prioriterade behoven · {}",
            crate::documents::doc_dates::long(crate::documents::kinds::of_document(
                r,
                &crate::documents::kinds::Document::Feedback,
                now
            ))
        ),
        slides,
    }
}
