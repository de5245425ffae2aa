//! Documents of moment 7 (the hand-over of moment 6 is `handover_doc`): the feedback
//! report for the Partnerskapet dialogue meeting, with a version per RSS
//! ("what became of our needs") to forward to municipalities.

use crate::documents::blocks::Block;
use crate::documents::blocks::Listing;
use crate::domain::Round;
use crate::domain::followup::{Feedback, Outcome};
use crate::meeting::moment67::prioritised;
use crate::tally::place_label;

pub(crate) const NO_ANSWER: &str = "ännu ingen återkoppling";

pub(crate) fn merged_numbers(round: &Round, number: &str) -> Vec<String> {
    round
        .merged_into(number)
        .iter()
        .map(|n| n.number.clone())
        .collect()
}

fn feedback_of<'a>(round: &'a Round, number: &str) -> Option<&'a Feedback> {
    round.feedback.iter().find(|f| f.need == number)
}

/// The four questions answered for one need, as lines.
pub(crate) fn answers(round: &Round, number: &str) -> Vec<(&'static str, String)> {
    let fb = feedback_of(round, number);
    let outcome = fb.map(|f| &f.outcome).unwrap_or(&Outcome::Obesvarat);
    let (who, how_when, not) = match outcome {
        Outcome::Obesvarat => (
            NO_ANSWER.to_string(),
            NO_ANSWER.to_string(),
            NO_ANSWER.to_string(),
        ),
        Outcome::Tas { actors, how, when } => {
            (actors.join(", "), format!("{how}, {when}"), "–".to_string())
        }
        Outcome::TasInte { why } => ("–".to_string(), "–".to_string(), why.clone()),
    };
    let produced = fb
        .map(|f| {
            f.produced
                .iter()
                .map(produced_line)
                .collect::<Vec<_>>()
                .join("; ")
        })
        .filter(|s| !s.is_empty())
        .unwrap_or_else(|| {
            if matches!(outcome, Outcome::Obesvarat) {
                NO_ANSWER.into()
            } else {
                "inget ännu".into()
            }
        });
    vec![
        ("Vilka aktörer tar sig an behovet", who),
        ("När och hur", how_when),
        ("Om det inte tas om hand, varför", not),
        ("Framtagen kunskap eller kunskapsstöd", produced),
    ]
}

/// The feedback report: one section per prioritised need answering the
/// model's four questions. A need without an answer says so once; none is
/// dropped.
pub fn feedback_blocks(round: &Round) -> Vec<Block> {
    let mut out = vec![
        Block::Heading(format!("Återkoppling – {}", round.area)),
        Block::Para("Vad de nationella aktörerna gör med de prioriterade kunskapsbehoven.".into()),
    ];
    for r in prioritised(round) {
        let title = round
            .need(&r.number)
            .map(|n| n.title.clone())
            .unwrap_or_default();
        out.push(Block::Heading(format!(
            "{} · {} {}",
            place_label(r.place),
            r.number,
            title
        )));
        let answered = answers(round, &r.number);
        if answered.iter().all(|(_, a)| a == NO_ANSWER) {
            // Said once, not after each of the four questions.
            out.push(Block::Para("Ingen återkoppling ännu.".into()));
            continue;
        }
        for (q, a) in answered {
            out.push(Block::Item(format!("{q}: {a}")));
        }
    }
    out
}

pub fn feedback_markdown(round: &Round) -> String {
    crate::documents::blocks::markdown(&feedback_blocks(round))
}

pub fn feedback_listing(round: &Round) -> Listing {
    Listing {
        title: format!("Återkoppling – {}", round.area),
        intro: "En rad per prioriterat behov.".into(),
        header: vec![
            "Plats",
            "Nr",
            "Kunskapsbehov",
            "Aktörer",
            "När och hur",
            "Tas inte om hand",
            "Framtagen kunskap",
        ],
        widths: vec![16.0, 9.0, 30.0, 16.0, 30.0, 30.0, 40.0],
        rows: prioritised(round)
            .iter()
            .map(|r| {
                let title = round
                    .need(&r.number)
                    .map(|n| n.title.clone())
                    .unwrap_or_default();
                let mut row = vec![place_label(r.place), r.number.clone(), title.to_string()];
                row.extend(answers(round, &r.number).into_iter().map(|(_, a)| a));
                row
            })
            .collect(),
    }
}

/// "What became of your needs" (era, as every text to an RSS): every need of one RSS, and for those that
/// were prioritised (or merged into one) what the actors fed back.
pub fn rss_outcome_blocks(round: &Round, code: &str) -> Vec<Block> {
    let name = round
        .rss_by_code(code)
        .map(|r| r.name.clone())
        .unwrap_or_default();
    let mut out = vec![
        Block::Heading(format!(
            "Vad blev det av era kunskapsbehov? {name} ({code})"
        )),
        Block::Para(format!("Omgång: {}", round.area)),
    ];
    let mut traces: Vec<_> = crate::meeting::trace::trace_all(round)
        .into_iter()
        .filter(|t| t.rss == code)
        .collect();
    traces.sort_by(|a, b| crate::domain::need::number_order(&a.number, &b.number));
    for tr in traces {
        out.push(Block::Heading(format!("{} {}", tr.number, tr.title)));
        out.push(Block::Para(tr.sentence(round.model)));
        // A prioritised need (or the one it was merged into) answers the
        // four questions of the feedback too.
        let carrier = tr.end();
        if carrier.place.is_some() {
            let answered = answers(round, &carrier.number);
            // The sentence above already says when no feedback has come.
            if answered.iter().any(|(_, a)| a != NO_ANSWER) {
                for (q, a) in answered {
                    out.push(Block::Item(format!("{q}: {a}")));
                }
            }
        }
    }
    out
}

pub fn rss_outcome_markdown(round: &Round, code: &str) -> String {
    crate::documents::blocks::markdown(&rss_outcome_blocks(round, code))
}

/// One piece of knowledge produced: "titel (länk), publicerad 2026-02-01".
pub fn produced_line(p: &crate::domain::followup::Produced) -> String {
    let mut s = p.title.clone();
    if !p.link.is_empty() {
        s.push_str(&format!(" ({})", p.link));
    }
    if let Some(d) = p.published {
        s.push_str(&format!(", publicerad {d}"));
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::NeedStatus;

    fn sample(i: usize) -> Round {
        crate::store::parse_round(
            crate::store::samples::SAMPLES[i].text.as_bytes(),
            std::path::Path::new("s.ron"),
        )
        .unwrap()
    }

    #[test]
    fn the_feedback_report_covers_every_prioritised_need_and_answers_each_question() {
        let a = sample(0);
        let report = feedback_markdown(&a);
        let ranked = prioritised(&a);
        assert!(!ranked.is_empty());
        for r in &ranked {
            assert!(
                report.contains(&format!("· {} ", r.number)),
                "{} saknas",
                r.number
            );
        }
        let unanswered = ranked
            .iter()
            .filter(|r| !a.feedback.iter().any(|f| f.need == r.number))
            .count();
        assert!(unanswered > 0, "the sample has needs without feedback");
        // The four questions for each need with feedback; the others say
        // once that none has come.
        for q in [
            "- Vilka aktörer tar sig an behovet:",
            "- Framtagen kunskap eller kunskapsstöd:",
        ] {
            assert_eq!(report.matches(q).count(), ranked.len() - unanswered);
        }
        assert_eq!(
            report.matches("Ingen återkoppling ännu.").count(),
            unanswered
        );
        assert!(!report.contains("ännu ingen återkoppling"));
        let not_taken = a
            .feedback
            .iter()
            .find_map(|f| match &f.outcome {
                Outcome::TasInte { why } => Some(why.clone()),
                _ => None,
            })
            .unwrap();
        assert!(report.contains(&format!("- Om det inte tas om hand, varför: {not_taken}")));
        assert_eq!(feedback_listing(&a).rows.len(), ranked.len());
    }

    #[test]
    fn the_per_rss_version_lists_every_need_and_follows_merges() {
        let a = sample(0);
        for code in crate::documents::minutes::rss_with_needs(&a) {
            let md = rss_outcome_markdown(&a, &code);
            for n in a.needs.iter().filter(|n| n.rss == code) {
                assert!(
                    md.contains(&format!("## {} ", n.number)),
                    "{} saknas för {code}",
                    n.number
                );
            }
        }
        let merged = a
            .needs
            .iter()
            .find(|n| matches!(n.status, NeedStatus::Sammanslaget { .. }))
            .unwrap();
        let md = rss_outcome_markdown(&a, &merged.rss);
        assert!(
            md.contains("genom ") || md.contains("Sammanslaget med"),
            "{md}"
        );
    }

    #[test]
    fn the_handover_has_the_ranked_list_with_provenance() {
        let a = sample(0);
        use crate::documents::handover_doc::{handover, handover_blocks};
        let l = handover(&a, None);
        assert_eq!(l.rows.len(), prioritised(&a).len());
        let merged = l.header.iter().position(|h| *h == "Sammanslagna").unwrap();
        assert!(
            l.rows.iter().any(|r| !r[merged].is_empty()),
            "merged needs are shown"
        );
        assert!(
            crate::documents::blocks::markdown(&handover_blocks(&a, None)).contains("Lyft av:")
        );
        // Sample (b) has not ranked yet: nothing to hand over.
        assert!(handover(&sample(1), None).rows.is_empty());
    }
}
