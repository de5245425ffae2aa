//! The drafts of the mail-outs the round is ready for (`mailout_due`),
//! each with its text and its documents attached. The texts are Swedish
//! defaults unless the secretariat has its own in the config folder
//! (`utskick/<namn>.txt`, first line `Ämne: …`).

use super::documents::{Document, Planned, plan};
use super::mailout_due::{Due, due};
use super::mailouts::{Mailout, eml, fill};
use crate::domain::Round;

/// The built-in texts: (name, subject, body).
pub const DEFAULTS: [(&str, &str, &str); 7] = [
    (
        "kandidatomraden",
        "Kandidatområden – omgången {omrade}",
        "Hej!\n\nBifogat finns kandidatområdena inför valet av område för nästa omgång av Lokala behov av kunskap. Välkomna att rösta på mötet i NSK-S.\n\nVänliga hälsningar\nKansliet",
    ),
    (
        "behovsmall",
        "Mall för kunskapsbehov – {rss} – {omrade}",
        "Hej!\n\nNu börjar identifieringen av kunskapsbehov inom {omrade}. Bifogat finns {rss}s mall: fyll i ett behov per rad och skicka tillbaka filen till kansliet {senast} genom att svara på det här mejlet.\n\nVänliga hälsningar\nKansliet",
    ),
    (
        "inbjudan-dialog",
        "Inbjudan till dialogmöte {datum} – {omrade}",
        "Hej!\n\nVälkomna till dialogmötet {datum} om kunskapsbehoven inom {omrade}. Dagordningen med behoven som tas upp bifogas.\n\nVänliga hälsningar\nKansliet",
    ),
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
        "Hej!\n\nNSK-S har prioriterat kunskapsbehoven inom {omrade}. Resultatet bifogas: till er som nationella aktörer, och för kännedom till alla RSS.\n\nVänliga hälsningar\nKansliet",
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

/// The files a mail-out carries: (document, endings of its files to attach).
fn attachments(d: &Due, r: &Round, now: jiff::Timestamp) -> Result<Vec<(String, Vec<u8>)>, String> {
    let code = d.rss.clone().unwrap_or_default();
    let (doc, ends): (Document, Vec<String>) = match d.key {
        "kandidatomraden" => (Document::Candidates, vec![".docx".into(), ".xlsx".into()]),
        "behovsmall" => (Document::Templates, vec![format!("mall-{code}.xlsx")]),
        "inbjudan-dialog" => {
            let i = r
                .dialogues
                .iter()
                .position(|s| {
                    d.name
                        .ends_with(&s.starts.strftime("%Y%m%d-%H%M").to_string())
                })
                .unwrap_or(0);
            (Document::Agenda(i), vec![".docx".into()])
        }
        "slutlig-sammanstallning" => (Document::Compilation, vec![".docx".into(), ".xlsx".into()]),
        "aterkoppling" => (
            Document::RssFeedback,
            vec![format!("aterkoppling-{code}.docx")],
        ),
        "prioriterade-behov" => (
            Document::Handover,
            vec![
                "prioriterade-behov.docx".into(),
                "prioriterade-behov.xlsx".into(),
            ],
        ),
        _ => (
            Document::Feedback,
            vec![
                format!("vad-blev-det-av-{code}.docx"),
                "aterkoppling.pptx".into(),
            ],
        ),
    };
    let files = plan(&doc, r, now)?;
    let ends: Vec<&str> = ends.iter().map(String::as_str).collect();
    Ok(attach(&files, &ends))
}

/// The drafts the round is ready for, as files under `utskick/`.
pub fn mailout_files(
    r: &Round,
    now: jiff::Timestamp,
    own: &[(String, String)],
) -> Result<Vec<Planned>, String> {
    let mut out = vec![];
    for d in due(r).into_iter().filter(|d| d.waits.is_none()) {
        let (s, b) = text(own, d.key);
        let rss = d
            .rss
            .as_deref()
            .and_then(|c| r.rss_by_code(c))
            .map(|x| x.name.clone())
            .unwrap_or_default();
        // The dialogue's day and time; the day a template is due back.
        let due_back = match super::needs_template::due_back(r) {
            Some(day) => format!("senast {day}"),
            None => "i god tid före dialogmötena".into(),
        };
        let more = |t: String| {
            t.replace("{datum}", d.when.as_deref().unwrap_or(""))
                .replace("{senast}", &due_back)
        };
        let m = Mailout {
            name: d.name.clone(),
            subject: more(fill(&s, &r.area, &rss)),
            body: more(fill(&b, &r.area, &rss)),
            attachments: attachments(&d, r, now)?,
            to: d.to,
            cc: d.cc,
        };
        out.push(Planned {
            path: std::path::PathBuf::from("utskick").join(format!("{}.eml", m.name)),
            bytes: eml(&m)?,
        });
    }
    if out.is_empty() {
        return Err(
            "Inget att skicka ännu: utskicken börjar med kandidatområdena (moment 1).".into(),
        );
    }
    Ok(out)
}
