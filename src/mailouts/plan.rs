//! The drafts of the mail-outs the round is ready for (`due`),
//! each with its text and its documents attached. The texts are Swedish
//! defaults unless the secretariat has its own in the config folder
//! (`utskick/<namn>.txt`, first line `Ämne: …`).

use crate::documents::plan::{Document, Planned, plan};
use crate::domain::Round;
use crate::domain::return_kind::ReturnKind;
use crate::mailouts::due::{Due, due};
use crate::mailouts::eml::{Mailout, eml, fill};

/// The built-in texts: (name, subject, body). `{datum}` is the day the
/// mail speaks of (the meeting, the day to answer by), `{plats}` a
/// dialogue's link or place, `{signatur}` the secretariat from the register.
pub const DEFAULTS: [(&str, &str, &str); 9] = [
    (
        "kandidatomraden",
        "Kandidatområden – omgången {omrade}",
        "Hej!\n\nBifogat finns kandidatområdena inför valet av område för nästa omgång av Lokala behov av kunskap. Valet görs på NSK-S-mötet {datum}; läs gärna igenom områdena före mötet.\n\n{signatur}",
    ),
    (
        "behovsmall",
        "Mall för kunskapsbehov – {rss} – {omrade}",
        "Hej!\n\nNu börjar identifieringen av kunskapsbehov inom {omrade}. Bifogat finns {rss}s mall: fyll i ett behov per rad och skicka tillbaka filen till kansliet {senast} genom att svara på det här mejlet.\n\n{signatur}",
    ),
    (
        "inbjudan-dialog",
        "Inbjudan till dialogmöte {datum} – {omrade}",
        "Hej!\n\nVälkomna till dialogmötet om kunskapsbehoven inom {omrade}.\n\nTid: {datum}\nPlats: {plats}\n\nDagordningen med behoven som tas upp bifogas. Svara gärna på det här mejlet med vilka som kommer.\n\n{signatur}",
    ),
    (
        "forberedelse",
        "Förberedelse inför dialogmötena – {omrade}",
        "Hej!\n\nInför dialogmötena om kunskapsbehoven inom {omrade} ber vi er förbereda era preliminära svar. Bifogat finns ett formulär (forberedelse-…xlsx) med behoven från alla dialogmöten: fyll i er bedömning (lucka, täckt, pågår, oklart), känt stöd, vem hos er som svarar och eventuella frågor till RSS:en, och skicka tillbaka filen till kansliet senast {datum} genom att svara på det här mejlet. Svaren visas som förberedda vid mötet och bekräftas eller ändras där.\n\n{signatur}",
    ),
    (
        "slutlig-sammanstallning",
        "Slutlig sammanställning – {omrade}",
        "Hej!\n\nHär är den slutliga sammanställningen av kunskapsluckor inom {omrade}. Prioriteringen görs på NSK-S-mötet {datum}: läs igenom behoven före mötet.\n\n{signatur}",
    ),
    (
        "aterkoppling",
        "Verifiering av minnesanteckningarna för {rss} – {omrade}",
        "Hej!\n\nBifogat finns {bifogat} {rss}s kunskapsbehov inom {omrade}. Stämmer det? Fyll i det bifogade formuläret (verifiering-…xlsx): ja där det stämmer, annars nej och vad som ska rättas, och skicka tillbaka det senast {datum} genom att svara på det här mejlet; hör vi inget räknar vi med att det stämmer.\n\n{signatur}",
    ),
    (
        "prioriterade-behov",
        "Prioriterade kunskapsbehov – {omrade}",
        "Hej!\n\nNSK-S har prioriterat kunskapsbehoven inom {omrade}. Bifogat finns de behov som lämnas över till er, med vad vi ber er om. Bekräfta att ni tagit emot dem i det bifogade formuläret (mottagande-…xlsx): vem som är ansvarig, hur och när, och skicka tillbaka det till kansliet. Återkoppla till kansliet senast {datum}: om ni tar er an varje behov, hur och när, eller varför inte.\n\n{signatur}",
    ),
    (
        "aterkopplingsformular",
        "Återkoppling om prioriterade behov – {omrade}",
        "Hej!\n\nInför Partnerskapets dialogmöte ber vi om er återkoppling på de prioriterade kunskapsbehoven inom {omrade} som lämnades över till er. Fyll i det bifogade formuläret (aterkoppling-…xlsx) för varje behov: tas det om hand, av vem, hur och när, om inte varför, och vad som tagits fram. Skicka tillbaka filen till kansliet senast {datum} genom att svara på det här mejlet.\n\n{signatur}",
    ),
    (
        "vad-blev-det-av",
        "Vad blev det av era behov? {rss} – {omrade}",
        "Hej!\n\nBifogat finns vad de nationella aktörerna har gjort med de kunskapsbehov som {rss} lyfte inom {omrade}. Sprid gärna vidare.\n\n{signatur}",
    ),
];

/// The list for the RSSs "för kännedom" has its own text: it asks nothing.
pub const FOR_INFORMATION: (&str, &str) = (
    "Prioriterade kunskapsbehov för kännedom – {omrade}",
    "Hej!\n\nNSK-S har prioriterat kunskapsbehoven inom {omrade}. Bifogat finns hela listan för kännedom, med vilka nationella aktörer varje behov lämnas över till. Återkopplingen redovisas på Partnerskapets dialogmöte.\n\n{signatur}",
);

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

/// A party's returned form as an attachment, if it has anything to answer.
fn form(
    r: &Round,
    kind: ReturnKind,
    party: &str,
    now: jiff::Timestamp,
) -> Result<Option<(String, Vec<u8>)>, String> {
    match crate::documents::returns::form_for(r, kind, party, now) {
        Some(f) if !f.rows.is_empty() => Ok(Some((
            f.file_name(),
            crate::documents::formats::return_xlsx::return_xlsx(&f)?,
        ))),
        _ => Ok(None),
    }
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
        "forberedelse" | "aterkopplingsformular" => {
            let kind = if d.key == "forberedelse" {
                ReturnKind::Preparation
            } else {
                ReturnKind::Feedback
            };
            let actor = d.name.strip_prefix(&format!("{}-", d.key)).unwrap_or("");
            return Ok(form(r, kind, actor, now)?.into_iter().collect());
        }
        "aterkoppling" => {
            // The minutes of the sessions the RSS took part in, and what
            // became of its needs.
            let mut out = attach(
                &plan(&Document::RssFeedback, r, now)?,
                &[&format!("aterkoppling-{code}.docx")],
            );
            for (i, s) in r.dialogues.iter().enumerate() {
                if s.rss.contains(&code) {
                    out.extend(attach(&plan(&Document::Minutes(i), r, now)?, &[".docx"]));
                }
            }
            out.extend(form(r, ReturnKind::Verification, &code, now)?);
            return Ok(out);
        }
        "prioriterade-behov" => match d.name.strip_prefix("prioriterade-behov-") {
            Some("rss") | None => (
                Document::Handover,
                vec![
                    "prioriterade-behov.docx".into(),
                    "prioriterade-behov.xlsx".into(),
                ],
            ),
            Some(actor) => {
                // The commission, and the form to confirm it in.
                let mut out = attach(
                    &plan(&Document::HandoverTo(actor.to_string()), r, now)?,
                    &[
                        &format!("prioriterade-behov-{actor}.docx"),
                        &format!("prioriterade-behov-{actor}.xlsx"),
                    ],
                );
                out.extend(form(r, ReturnKind::Receipt, actor, now)?);
                return Ok(out);
            }
        },
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

/// What the verification mail says it attaches: the session minutes only
/// where the RSS took part in a dialogue (model 1.0 has none).
fn attached_words(r: &Round, d: &Due) -> String {
    let code = d.rss.as_deref().unwrap_or("");
    if r.dialogues.iter().any(|s| s.rss.iter().any(|c| c == code)) {
        "minnesanteckningarna från dialogmötet och vad som hänt med".into()
    } else {
        "vad som hänt med".into()
    }
}

/// The drafts the round is ready for, as files under `utskick/`.
pub fn mailout_files(
    r: &Round,
    now: jiff::Timestamp,
    own: &[(String, String)],
) -> Result<Vec<Planned>, String> {
    let mut out = vec![];
    for d in due(r)
        .into_iter()
        .filter(|d| d.waits.is_none() && d.addressed())
    {
        let (s, b) = if d.name == "prioriterade-behov-rss" {
            (FOR_INFORMATION.0.to_string(), FOR_INFORMATION.1.to_string())
        } else {
            text(own, d.key)
        };
        let rss = d
            .rss
            .as_deref()
            .and_then(|c| r.rss_by_code(c))
            .map(|x| x.name.clone())
            .unwrap_or_default();
        // The dialogue's day and time; the day a template is due back.
        let due_back = match crate::documents::needs_template::due_back(r) {
            Some(day) => format!("senast {day}"),
            None => "i god tid före dialogmötena".into(),
        };
        let more = |t: String| {
            t.replace(
                "{datum}",
                d.when.as_deref().unwrap_or(crate::mailouts::when::NO_DATE),
            )
            .replace(
                "{plats}",
                d.place.as_deref().unwrap_or("[länk eller plats saknas]"),
            )
            .replace("{senast}", &due_back)
            .replace("{signatur}", &r.secretariat.signature())
            .replace("{bifogat}", &attached_words(r, &d))
        };
        let m = Mailout {
            name: d.name.clone(),
            subject: more(fill(&s, &r.area, &rss)),
            body: more(fill(&b, &r.area, &rss)),
            attachments: attachments(&d, r, now)?,
            from: crate::mailouts::who::secretariat(r)
                .people
                .into_iter()
                .next(),
            to: d.to,
            bcc: d.bcc,
        };
        out.push(Planned {
            path: std::path::PathBuf::from("utskick").join(format!("{}.eml", m.name)),
            bytes: eml(&m)?,
        });
    }
    if out.is_empty() {
        if due(r).iter().any(|d| d.waits.is_none()) {
            return Err(format!(
                "Inget utkast kunde skrivas: ingen mottagare har e-postadress i registret. {}",
                crate::mailouts::due::unaddressed_note(r).unwrap_or_default()
            ));
        }
        return Err(
            "Inget att skicka ännu: utskicken börjar med kandidatområdena (moment 1).".into(),
        );
    }
    Ok(out)
}
