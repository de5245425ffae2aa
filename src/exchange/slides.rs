//! The slides the model asks for, planned as plain data (pure): the
//! moment-5 result for the NSK-S minutes and the moment-7 feedback meeting,
//! where the actors' answers are shown and the RSSs take them home. Written
//! as .pptx by `pptx_deck`. Content that does not fit one slide goes on to
//! the next with "(forts.)": nothing is shrunk out of sight or left out.

use super::reports::answers;
use super::tally_out::{TallyReport, contested_lines};
use crate::domain::Round;
use crate::domain::followup::Outcome;
use crate::meeting::moment67::prioritised;
use crate::tally::place_label;

/// A line of a slide's body; `level` 1 is indented under the one above.
#[derive(Debug, Clone, PartialEq)]
pub struct Line {
    pub text: String,
    pub level: u8,
    pub bold: bool,
}

fn head(text: impl Into<String>) -> Line {
    Line {
        text: text.into(),
        level: 0,
        bold: true,
    }
}

fn line(text: impl Into<String>) -> Line {
    Line {
        text: text.into(),
        level: 0,
        bold: false,
    }
}

fn sub(text: impl Into<String>) -> Line {
    Line {
        text: text.into(),
        level: 1,
        bold: false,
    }
}

#[derive(Debug, Clone, PartialEq)]
pub enum Body {
    Lines(Vec<Line>),
    /// Header, the columns' shares of the width, rows.
    Table(Vec<String>, Vec<u32>, Vec<Vec<String>>),
}

#[derive(Debug, Clone, PartialEq)]
pub struct Slide {
    pub title: String,
    pub body: Body,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Deck {
    pub title: String,
    pub subtitle: String,
    pub slides: Vec<Slide>,
}

/// Characters of body text per line and lines per slide at the body's
/// 18 pt on a 16:9 slide (measured in LibreOffice Impress with long
/// Swedish words, kept on the safe side).
const LINE_CHARS: usize = 88;
const SLIDE_LINES: usize = 15;
/// Table text is 14 pt: characters per share of the width, and lines.
const TABLE_CHARS: usize = 110;
const TABLE_LINES: usize = 15;

fn lines_of(text: &str, chars: usize) -> usize {
    text.split('\n')
        .map(|l| l.chars().count().div_ceil(chars.max(1)).max(1))
        .sum()
}

/// One slide, or several when the body does not fit.
pub fn paginate(title: &str, body: Body) -> Vec<Slide> {
    let mut pages: Vec<Body> = vec![];
    match body {
        Body::Lines(lines) => {
            let mut page = vec![];
            let mut used = 0;
            for l in lines {
                let width = LINE_CHARS - usize::from(l.level) * 6;
                let n = lines_of(&l.text, width);
                if used + n > SLIDE_LINES && !page.is_empty() {
                    pages.push(Body::Lines(std::mem::take(&mut page)));
                    used = 0;
                }
                used += n;
                page.push(l);
            }
            pages.push(Body::Lines(page));
        }
        Body::Table(head, shares, rows) => {
            let total: u32 = shares.iter().sum::<u32>().max(1);
            let height = |r: &[String]| {
                r.iter()
                    .zip(&shares)
                    .map(|(c, s)| lines_of(c, TABLE_CHARS * *s as usize / total as usize))
                    .max()
                    .unwrap_or(1)
            };
            let head_lines = height(&head);
            let mut page = vec![];
            let mut used = head_lines;
            for r in rows {
                let n = height(&r);
                if used + n > TABLE_LINES && !page.is_empty() {
                    pages.push(Body::Table(
                        head.clone(),
                        shares.clone(),
                        std::mem::take(&mut page),
                    ));
                    used = head_lines;
                }
                used += n;
                page.push(r);
            }
            // A last page of one or two rows takes some from the one before,
            // so no row stands alone on a "(forts.)" slide.
            if let Some(Body::Table(_, _, prev)) = pages.last_mut() {
                while page.len() + 1 < prev.len() && page.len() < 3 {
                    page.insert(0, prev.pop().unwrap_or_default());
                }
            }
            pages.push(Body::Table(head, shares, page));
        }
    }
    pages
        .into_iter()
        .enumerate()
        .map(|(i, body)| Slide {
            title: if i == 0 {
                title.to_string()
            } else {
                format!("{title} (forts.)")
            },
            body,
        })
        .collect()
}

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
        subtitle: format!("Lokala behov av kunskap · moment 5 · {}", date_of(now)),
        slides: all,
    }
}
