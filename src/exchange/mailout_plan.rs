//! Which mail-outs the round is ready for, with which documents: the final
//! compilation to NSK-S and each RSS's feedback for verification (moment
//! 4); the prioritised needs to the national actors, "för kännedom" to all
//! RSSs (moment 6); what became of each RSS's needs (moment 7). The texts
//! are Swedish defaults unless the secretariat has its own in the config
//! folder (`utskick/<namn>.txt`, first line `Ämne: …`).

use super::documents::{Document, Planned, plan};
use super::mailouts::{Mailout, actor_contacts, eml, fill, representatives, rss_contacts};
use crate::domain::Round;

/// The built-in texts: (name, subject, body).
pub const DEFAULTS: [(&str, &str, &str); 4] = [
    (
        "slutlig-sammanstallning",
        "Slutlig sammanställning – {omrade}",
        "Hej!\n\nHär är den slutliga sammanställningen av kunskapsluckor inom {omrade}, inför prioriteringen i NSK-S.\n\nVänliga hälsningar\nKansliet",
    ),
    (
        "aterkoppling",
        "Minnesanteckningar och återkoppling för {rss} – {omrade}",
        "Hej!\n\nBifogat finns vad som hänt med {rss}s kunskapsbehov inom {omrade} efter dialogmötena. Stämmer det? Hör av er om något behöver rättas.\n\nVänliga hälsningar\nKansliet",
    ),
    (
        "prioriterade-behov",
        "Prioriterade kunskapsbehov – {omrade}",
        "Hej!\n\nNSK-S har prioriterat kunskapsbehoven inom {omrade}. Resultatet bifogas, till de nationella aktörerna och för kännedom till alla RSS.\n\nVänliga hälsningar\nKansliet",
    ),
    (
        "vad-blev-det-av",
        "Vad blev det av era behov? {rss} – {omrade}",
        "Hej!\n\nBifogat finns vad de nationella aktörerna har gjort med de kunskapsbehov som {rss} lyfte inom {omrade}. Sprid gärna vidare.\n\nVänliga hälsningar\nKansliet",
    ),
];

/// (subject, body) for a mail-out: the secretariat's own text if given.
fn text(own: &[(String, String)], key: &str) -> (String, String) {
    if let Some((_, t)) = own.iter().find(|(k, _)| k == key) {
        let mut lines = t.lines();
        let first = lines.next().unwrap_or("");
        if let Some(subject) = first.strip_prefix("Ämne:") {
            return (
                subject.trim().to_string(),
                lines.collect::<Vec<_>>().join("\n").trim().to_string(),
            );
        }
    }
    let (_, s, b) = DEFAULTS
        .iter()
        .find(|(k, ..)| *k == key)
        .copied()
        .unwrap_or(("", "", ""));
    (s.to_string(), b.to_string())
}

fn attach(files: &[Planned], ends: &[&str]) -> Vec<(String, Vec<u8>)> {
    files
        .iter()
        .filter(|f| ends.iter().any(|e| f.path.to_string_lossy().ends_with(e)))
        .map(|f| {
            let name = f
                .path
                .file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_default();
            (name, f.bytes.clone())
        })
        .collect()
}

/// One draft per participating RSS that has its own file `<key>-<KOD><ext>`
/// among `files`, to that RSS's contacts.
fn per_rss(
    r: &Round,
    own: &[(String, String)],
    files: &[Planned],
    key: &str,
    ext: &str,
) -> Vec<Mailout> {
    let (s, b) = text(own, key);
    r.rss
        .iter()
        .filter(|x| x.participates)
        .filter_map(|x| {
            let mine = attach(files, &[&format!("{key}-{}{ext}", x.code)]);
            (!mine.is_empty()).then(|| Mailout {
                name: format!("{key}-{}", x.code),
                to: x
                    .contacts
                    .iter()
                    .filter(|p| p.email.contains('@'))
                    .cloned()
                    .collect(),
                cc: vec![],
                subject: fill(&s, &r.area, &x.name),
                body: fill(&b, &r.area, &x.name),
                attachments: mine,
            })
        })
        .collect()
}

/// The drafts the round is ready for, as files under `utskick/`.
pub fn mailout_files(
    r: &Round,
    now: jiff::Timestamp,
    own: &[(String, String)],
) -> Result<Vec<Planned>, String> {
    let mut out: Vec<Mailout> = vec![];
    let area = r.area.clone();
    if !r.final_compilation().is_empty() {
        let files = plan(&Document::Compilation, r, now)?;
        let (s, b) = text(own, "slutlig-sammanstallning");
        out.push(Mailout {
            name: "slutlig-sammanstallning".into(),
            to: representatives(r),
            cc: vec![],
            subject: fill(&s, &area, ""),
            body: fill(&b, &area, ""),
            attachments: attach(&files, &[".docx", ".xlsx"]),
        });
        let feedback = plan(&Document::RssFeedback, r, now)?;
        out.extend(per_rss(r, own, &feedback, "aterkoppling", ".docx"));
    }
    if r.prioritization.rank_closed {
        let files = plan(&Document::Handover, r, now)?;
        let (s, b) = text(own, "prioriterade-behov");
        out.push(Mailout {
            name: "prioriterade-behov".into(),
            to: actor_contacts(r),
            cc: rss_contacts(r),
            subject: fill(&s, &area, ""),
            body: fill(&b, &area, ""),
            attachments: attach(
                &files,
                &["prioriterade-behov.docx", "prioriterade-behov.xlsx"],
            ),
        });
        let feedback = plan(&Document::Feedback, r, now)?;
        out.extend(per_rss(r, own, &feedback, "vad-blev-det-av", ".md"));
    }
    if out.is_empty() {
        return Err("Inget att skicka ännu: utskicken börjar med den slutliga sammanställningen (moment 4).".into());
    }
    out.iter()
        .map(|m| {
            Ok(Planned {
                path: std::path::PathBuf::from("utskick").join(format!("{}.eml", m.name)),
                bytes: eml(m)?,
            })
        })
        .collect()
}
