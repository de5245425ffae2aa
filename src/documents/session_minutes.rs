//! The minutes of a dialogue (moment 3) as the RSSs verify them: one
//! section per RSS, every need of the session with every response,
//! question and note; written as Markdown, plain text and Word.

use std::fmt::Write as _;

use crate::documents::agenda_plan::rss_form;
use crate::domain::{Need, NeedStatus, Round};

/// "Dialogmöte 2027-02-04 09:00 – Funktionshinder": the heading of the
/// agenda and the minutes.
pub(super) fn session_title(round: &Round, session: usize) -> String {
    let s = &round.dialogues[session];
    format!(
        "Dialogmöte {} – {}",
        s.starts.strftime("%Y-%m-%d %H:%M"),
        round.area
    )
}

/// The minutes as Markdown: one section per RSS, every need of the session
/// with every response, question and note.
pub fn minutes_markdown(round: &Round, session: usize) -> String {
    minutes_with(round, session, crate::documents::md_text)
}

/// The minutes' sections with data text passed through `t` (escaped for
/// Markdown, or only cleaned for plain text).
fn minutes_with(round: &Round, session: usize, t: fn(&str) -> String) -> String {
    let s = &round.dialogues[session];
    let mut out = format!(
        "# Minnesanteckningar: {}\n\n",
        t(&session_title(round, session))
    );
    // Each attendee with their organisation: "Eva Ek och Per Al,
    // Socialstyrelsen (SoS)".
    let present: Vec<String> = s
        .actors
        .iter()
        .map(|a| {
            let org = t(&crate::documents::handover_doc::actor_name(round, &a.actor));
            if a.people.is_empty() {
                org
            } else {
                format!("{}, {org}", t(&crate::domain::swedish::and_list(&a.people)))
            }
        })
        .collect();
    let _ = writeln!(
        out,
        "Närvarande nationella aktörer: {}\n",
        if present.is_empty() {
            "–".into()
        } else {
            present.join("; ")
        }
    );
    let from_rss: Vec<String> = s
        .rss_present
        .iter()
        .filter(|a| !a.people.is_empty())
        .map(|a| {
            format!(
                "{}, {}",
                t(&crate::domain::swedish::and_list(&a.people)),
                t(&rss_form(round, &a.rss))
            )
        })
        .collect();
    if !from_rss.is_empty() {
        let _ = writeln!(out, "Närvarande från RSS: {}\n", from_rss.join("; "));
    }
    if !s.notes.is_empty() {
        let _ = writeln!(out, "{}\n", t(&s.notes));
    }
    let agenda = round.agenda(session);
    for code in &s.rss {
        let _ = writeln!(out, "## {}\n", t(&rss_form(round, code)));
        let needs: Vec<&&Need> = agenda.iter().filter(|n| n.rss == *code).collect();
        if needs.is_empty() {
            out.push_str("Inga behov från denna RSS.\n\n");
        }
        for n in needs {
            let _ = writeln!(out, "### {} {}\n", t(&n.number), t(&n.title));
            if let NeedStatus::Sammanslaget { into, .. } = &n.status {
                let _ = writeln!(out, "{}\n", t(&merged_note(round, into)));
            }
            let assessments: Vec<_> = s
                .assessments
                .iter()
                .filter(|a| a.need == n.number)
                .collect();
            let remarks: Vec<_> = s.remarks.iter().filter(|r| r.need == n.number).collect();
            if assessments.is_empty() && remarks.is_empty() {
                out.push_str("- Inga svar antecknade.\n");
            }
            for a in assessments {
                let _ = writeln!(out, "- **{}**: {}", t(&a.actor), t(&a.response.label()));
                let prepared = a.prepared_label();
                if !prepared.is_empty() {
                    let _ = writeln!(out, "  - {}", t(&prepared));
                }
                if let crate::domain::meetings::Response::RedanTackt { link, .. } = &a.response
                    && !link.is_empty()
                {
                    let _ = writeln!(out, "  - Länk: {}", t(link));
                }
                for q in a.questions.lines() {
                    let _ = writeln!(out, "  - Fråga: {}", t(q));
                }
                for note in a.note.lines() {
                    let _ = writeln!(out, "  - Anteckning: {}", t(note));
                }
            }
            for r in remarks {
                let _ = writeln!(out, "- {}: {}", t(&remark_label(round, r)), t(&r.text));
            }
            out.push('\n');
        }
    }
    out
}

/// Who said a remark, an RSS in the same form as its heading: "Fråga från
/// Göteborgsregionen (GR)", "Från Göteborgsregionen (GR)".
fn remark_label(round: &Round, r: &crate::domain::meetings::Remark) -> String {
    let is_rss = round.actor_code(&r.by).is_err() && round.rss_by_code(&r.by).is_some();
    match (r.question, is_rss) {
        (true, true) => format!("Fråga från {}", rss_form(round, &r.by)),
        (false, true) => format!("Från {}", rss_form(round, &r.by)),
        _ => round.remark_label(r),
    }
}

/// "Sammanslaget med HAL-01 (Uppföljning efter LVM-vård); följ det behovet."
pub fn merged_note(round: &Round, into: &str) -> String {
    let title = round.need(into).map(|n| n.title.as_str()).unwrap_or("");
    format!("Sammanslaget med {into} ({title}); följ det behovet.")
}

/// The minutes as plain text for e-mail (Markdown marks removed); a line
/// break in a note stays one.
pub fn minutes_text(round: &Round, session: usize) -> String {
    minutes_text_marked(round, session)
        .lines()
        .map(|l| {
            let l = l.trim_start_matches('#').trim_start();
            l.replace("**", "")
        })
        .collect::<Vec<_>>()
        .join("\n")
}

/// The minutes for Word: the same sections, as headings, paragraphs and
/// list items.
pub fn minutes_blocks(round: &Round, session: usize) -> Vec<crate::documents::blocks::Block> {
    use crate::documents::blocks::Block;
    minutes_text_marked(round, session)
        .lines()
        .filter(|l| !l.trim().is_empty())
        .map(|l| {
            let plain = l.replace("**", "");
            let heading = ["# ", "## ", "### "]
                .iter()
                .find_map(|m| plain.strip_prefix(m));
            if let Some(h) = heading {
                Block::Heading(h.to_string())
            } else if let Some(i) = plain.strip_prefix("- ") {
                Block::Item(i.to_string())
            } else if let Some(i) = plain.strip_prefix("  - ") {
                Block::SubItem(i.to_string())
            } else {
                Block::Para(plain)
            }
        })
        .collect()
}

/// The sections with their Markdown marks, data text only cleaned.
fn minutes_text_marked(round: &Round, session: usize) -> String {
    minutes_with(round, session, crate::documents::doc_text)
}
