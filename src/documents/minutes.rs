//! Documents of moments 3 and 4: the agenda sent to the actors before a
//! dialogue, the minutes (minnesanteckningar) with one section per RSS so
//! each can verify its part, the final compilation for moment 5, and the
//! feedback to each RSS on what happened to every one of its needs.

use crate::documents::blocks::Listing;
use crate::documents::session_minutes::{merged_note, session_title};
use crate::domain::{Need, NeedStatus, Round};

/// The agenda: when and where, the time plan, then the session's needs in
/// order with their descriptions.
pub fn agenda(round: &Round, session: usize) -> Listing {
    use crate::documents::agenda_plan::{prepared_answers, prepared_by, rss_form, time_plan};
    let s = &round.dialogues[session];
    let needs = round.agenda(session);
    let per: Vec<(String, usize)> = s
        .rss
        .iter()
        .map(|c| (c.clone(), needs.iter().filter(|n| n.rss == *c).count()))
        .collect();
    let mut intro = vec![format!(
        "Tid: {}.",
        crate::meeting::session_details::when(s)
    )];
    if !s.place.trim().is_empty() {
        intro.push(format!("Plats eller länk: {}", s.place.trim()));
    }
    intro.push(format!(
        "RSS: {}.",
        s.rss
            .iter()
            .map(|c| rss_form(round, c))
            .collect::<Vec<_>>()
            .join(", ")
    ));
    let plan = time_plan(round, s, &per);
    if !plan.is_empty() {
        intro.push(format!("Tidsplan:\n{}", plan.join("\n")));
    }
    intro.push(
        "Läs behoven före mötet och se efter om befintligt stöd redan svarar på dem eller om arbete pågår."
            .into(),
    );
    let by = prepared_by(s);
    if !by.is_empty() {
        intro.push(format!(
            "Förberedda svar från {}: de står i kolumnen Förberett och bekräftas eller ändras vid mötet.",
            by.join(", ")
        ));
    }
    Listing {
        title: format!("Dagordning: {}", session_title(round, session)),
        intro: intro.join("\n"),
        header: vec![
            "Nr",
            "RSS",
            "Kunskapsbehov",
            "Beskrivning",
            "Utmaningen i praktiken",
            "Målgrupp",
            "Förberett",
        ],
        widths: vec![9.0, 6.0, 30.0, 60.0, 40.0, 20.0, 30.0],
        rows: round
            .agenda(session)
            .iter()
            .map(|n| {
                vec![
                    n.number.clone(),
                    n.rss.clone(),
                    n.title.to_string(),
                    n.description.to_string(),
                    n.challenge.to_string(),
                    n.target_group.to_string(),
                    prepared_answers(s, &n.number),
                ]
            })
            .collect(),
    }
}

/// The minutes as a table: one row per response.
pub fn minutes_listing(round: &Round, session: usize) -> Listing {
    let s = &round.dialogues[session];
    let mut rows = vec![];
    for n in round.agenda(session) {
        let assessments: Vec<_> = s
            .assessments
            .iter()
            .filter(|a| a.need == n.number)
            .collect();
        let remarks: Vec<_> = s.remarks.iter().filter(|r| r.need == n.number).collect();
        let merged = match &n.status {
            NeedStatus::Sammanslaget { into, .. } => merged_note(round, into),
            _ => String::new(),
        };
        if assessments.is_empty() {
            rows.push(vec![
                n.rss.clone(),
                n.number.clone(),
                n.title.to_string(),
                String::new(),
                "Inga svar antecknade".into(),
                String::new(),
                merged.clone(),
            ]);
        }
        for a in assessments {
            let prepared = a.prepared_label();
            let note = [prepared.as_str(), a.note.as_str(), merged.as_str()]
                .iter()
                .filter(|x| !x.is_empty())
                .copied()
                .collect::<Vec<_>>()
                .join("\n");
            rows.push(vec![
                n.rss.clone(),
                n.number.clone(),
                n.title.to_string(),
                a.actor.clone(),
                a.response.label(),
                a.questions.clone(),
                note,
            ]);
        }
        for r in remarks {
            let (question, note) = if r.question {
                (r.text.clone(), String::new())
            } else {
                (String::new(), r.text.clone())
            };
            rows.push(vec![
                n.rss.clone(),
                n.number.clone(),
                n.title.to_string(),
                round.remark_label(r),
                String::new(),
                question,
                note,
            ]);
        }
    }
    Listing {
        title: format!("Minnesanteckningar: {}", session_title(round, session)),
        intro: "En rad per svar; varje RSS verifierar sina rader.".into(),
        header: vec![
            "RSS",
            "Nr",
            "Kunskapsbehov",
            "Aktör",
            "Svar",
            "Frågor",
            "Anteckningar",
        ],
        widths: vec![6.0, 9.0, 30.0, 8.0, 40.0, 30.0, 30.0],
        rows,
    }
}

/// The final compilation with full descriptions and provenance.
pub fn final_compilation(round: &Round) -> Listing {
    Listing {
        title: format!("Slutlig sammanställning – {}", round.area),
        intro: "Kunskapsluckor som går vidare till prioriteringen i NSK-S (moment 5).".into(),
        header: vec![
            "Nr",
            "Kunskapslucka",
            "Beskrivning",
            "Utmaningen i praktiken",
            "Målgrupp",
            "Lyft av RSS",
        ],
        widths: vec![9.0, 30.0, 60.0, 40.0, 20.0, 16.0],
        rows: round
            .final_compilation()
            .iter()
            .map(|n| {
                vec![
                    n.number.clone(),
                    n.title.to_string(),
                    n.description.to_string(),
                    n.challenge.to_string(),
                    n.target_group.to_string(),
                    round.raised_by(&n.number).join(", "),
                ]
            })
            .collect(),
    }
}

/// What happened to a need so far, in one sentence for its RSS: its trace.
pub fn fate(round: &Round, n: &Need) -> String {
    crate::meeting::trace::trace(round, &n.number)
        .map(|t| t.sentence(round.model))
        .unwrap_or_default()
}

/// Feedback to one RSS: every one of its needs with what happened to it.
pub fn rss_feedback(round: &Round, code: &str) -> Listing {
    let name = round
        .rss_by_code(code)
        .map(|r| r.name.clone())
        .unwrap_or_default();
    let mut needs: Vec<&Need> = round.needs.iter().filter(|n| n.rss == code).collect();
    needs.sort_by(|a, b| crate::domain::need::number_order(&a.number, &b.number));
    Listing {
        title: format!("Återkoppling till {name} ({code}) – {}", round.area),
        intro: "Vad som hittills hänt med vart och ett av era kunskapsbehov.".into(),
        header: vec!["Nr", "Kunskapsbehov", "Status", "Vad som hänt"],
        widths: vec![9.0, 40.0, 20.0, 70.0],
        rows: needs
            .iter()
            .map(|n| {
                let t = crate::meeting::trace::trace(round, &n.number);
                vec![
                    n.number.clone(),
                    n.title.to_string(),
                    t.as_ref()
                        .map(|t| t.fate.label(round.model).to_string())
                        .unwrap_or_default(),
                    t.map(|t| t.sentence(round.model)).unwrap_or_default(),
                ]
            })
            .collect(),
    }
}

/// RSS codes that have needs in the round, in list order.
pub fn rss_with_needs(round: &Round) -> Vec<String> {
    round
        .rss
        .iter()
        .filter(|r| round.needs.iter().any(|n| n.rss == r.code))
        .map(|r| r.code.clone())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sample_b() -> Round {
        crate::store::parse_round(
            crate::store::samples::SAMPLES[1].text.as_bytes(),
            std::path::Path::new("b.ron"),
        )
        .unwrap()
    }

    #[test]
    fn the_agenda_says_when_where_and_the_time_plan_once_the_session_has_them() {
        let mut r = sample_b();
        let bare = agenda(&r, 0).intro;
        assert!(bare.starts_with("Tid: "), "{bare}");
        assert!(
            !bare.contains("Plats") && !bare.contains("Tidsplan"),
            "{bare}"
        );
        let at = jiff::Timestamp::from_second(1_700_000_000).unwrap();
        r.set_session_details(0, Some(180), Some("Teams: https://teams.example/m"), at)
            .unwrap();
        let intro = agenda(&r, 0).intro;
        assert!(
            intro.contains("Plats eller länk: Teams: https://teams.example/m"),
            "{intro}"
        );
        assert!(intro.contains("Tidsplan:\n"), "{intro}");
        let s = &r.dialogues[0];
        let end = s
            .starts
            .checked_add(jiff::Span::new().minutes(180))
            .unwrap();
        assert!(
            intro.contains(&format!("{} Sammanfattning", end.strftime("%H:%M"))),
            "the plan ends when the meeting does: {intro}"
        );
        for code in &s.rss {
            assert!(
                intro.contains(&crate::documents::agenda_plan::rss_form(&r, code)),
                "{code}"
            );
        }
    }

    #[test]
    fn every_need_of_every_rss_is_in_its_feedback_with_what_happened() {
        let r = sample_b();
        let codes = rss_with_needs(&r);
        assert!(codes.len() >= 12);
        let mut listed = 0;
        for code in &codes {
            let l = rss_feedback(&r, code);
            let own: Vec<&Need> = r.needs.iter().filter(|n| n.rss == *code).collect();
            assert_eq!(l.rows.len(), own.len(), "{code}");
            for n in own {
                let row = l
                    .rows
                    .iter()
                    .find(|row| row[0] == n.number)
                    .unwrap_or_else(|| panic!("{} saknas", n.number));
                match &n.status {
                    NeedStatus::Sammanslaget { into, .. } => {
                        assert!(row[3].contains(into.as_str()))
                    }
                    NeedStatus::Undanlagt { reason, .. } => {
                        assert!(row[3].contains(&reason.label()))
                    }
                    NeedStatus::Kunskapslucka => {
                        assert!(row[3].contains("slutliga sammanställningen"))
                    }
                    _ => {}
                }
            }
            listed += l.rows.len();
        }
        assert_eq!(listed, r.needs.len(), "no need is absent");
    }

    #[test]
    fn the_final_compilation_document_is_exactly_the_gaps() {
        let r = sample_b();
        let l = final_compilation(&r);
        let numbers: Vec<&str> = l.rows.iter().map(|row| row[0].as_str()).collect();
        let gaps: Vec<&str> = r
            .final_compilation()
            .iter()
            .map(|n| n.number.as_str())
            .collect();
        assert_eq!(numbers, gaps);
        assert!(
            l.rows.iter().any(|row| row[5].contains(',')),
            "merged needs show every RSS"
        );
    }
}
