//! Simple lists as documents: the candidate areas to send before the NSK-S
//! meeting, and the kick-off list of earlier rounds' knowledge gaps. Each a
//! `Listing`, written by `formats::listing` as Markdown and xlsx and by
//! `formats::docx` as Word.

use crate::documents::blocks::Listing;
use crate::domain::Round;
use crate::meeting::moment2::PastGap;

pub fn candidates(round: &Round) -> Listing {
    // The NSK-S meeting's date, when the timeline has it.
    let date = round
        .moment_record(crate::domain::Moment::ValAvOmrade)
        .and_then(|m| m.planned.or(m.started))
        .map(|d| format!(" den {d}"))
        .unwrap_or_default();
    Listing {
        title: "Kandidatområden inför val av verksamhetsområde".into(),
        intro: format!(
            "Lokala representanter i NSK-S väljer ett av områdena vid mötet{date} (moment 1)."
        ),
        header: vec!["Verksamhetsområde", "Beskrivning"],
        widths: vec![36.0, 90.0],
        rows: round
            .area_choice
            .candidates
            .iter()
            .map(|c| vec![c.name.clone(), c.description.clone()])
            .collect(),
    }
}

pub fn kickoff(gaps: &[PastGap]) -> Listing {
    Listing {
        title: "Kunskapsluckor som tidigare omgångar prioriterat".into(),
        intro: "Till uppstartsmötet för moment 2: vad tidigare omgångar lyfte och vad som återkopplades.".into(),
        header: vec!["Omgång", "Plats", "Nr", "Kunskapslucka", "Återkoppling", "Framtagen kunskap"],
        widths: vec![24.0, 16.0, 9.0, 50.0, 50.0, 40.0],
        rows: gaps
            .iter()
            .map(|g| {
                vec![
                    g.round_area.clone(),
                    g.place.clone(),
                    g.number.clone(),
                    g.title.clone(),
                    g.feedback.clone(),
                    g.produced.join("; "),
                ]
            })
            .collect(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_candidate_list_names_the_meetings_date_when_it_is_planned() {
        let mut r = Round::new("X", crate::domain::ModelVariant::V2, 2026);
        let date: jiff::civil::Date = "2026-03-10".parse().unwrap();
        r.plan_moment(
            crate::domain::Moment::ValAvOmrade,
            date,
            jiff::Timestamp::UNIX_EPOCH,
        )
        .unwrap();
        assert!(candidates(&r).intro.contains("vid mötet den 2026-03-10"));
    }
}
