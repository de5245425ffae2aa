//! Every document lbk writes, named once: what it is called on the command
//! line, which files it makes and what they hold. Planned in memory (pure),
//! then written by `export::write_files` into the round's own folder.

use std::path::PathBuf;

use crate::documents::blocks::Listing;
use crate::documents::formats::docx_page::Page;
use crate::documents::lists;
use crate::documents::{handover_doc, minutes, reports, session_minutes};
use crate::domain::Round;

pub use crate::documents::export::Planned;
pub use crate::documents::kinds::Document;
use crate::meeting::moment2::PastGap;

/// A listing's files: Markdown, xlsx and Word; `page` (the round and the
/// date) heads every page of the Word document and signs it.
fn listing_in(l: &Listing, stem: &str, page: &Page) -> Result<Vec<Planned>, String> {
    Ok(vec![
        Planned {
            path: format!("{stem}.md").into(),
            bytes: crate::documents::formats::listing::markdown(l).into_bytes(),
        },
        Planned {
            path: format!("{stem}.xlsx").into(),
            bytes: crate::documents::formats::listing::xlsx(l)?,
        },
        Planned {
            path: format!("{stem}.docx").into(),
            bytes: crate::documents::formats::docx::listing_docx(l, page)?,
        },
    ])
}

fn listing(l: &Listing, stem: &str) -> Result<Vec<Planned>, String> {
    listing_in(l, stem, &Page::plain("Lokala behov av kunskap"))
}

/// Replaces the planned file with the same path (a listing's Markdown by
/// the sectioned version), or adds it.
fn put(files: &mut Vec<Planned>, path: &str, bytes: Vec<u8>) {
    let path = PathBuf::from(path);
    files.retain(|f| f.path != path);
    files.push(Planned { path, bytes });
}

/// A document of sections as Markdown and Word, `stem.md` and `stem.docx`,
/// replacing a listing's files of the same names.
fn put_blocks(
    files: &mut Vec<Planned>,
    stem: &str,
    blocks: &[crate::documents::blocks::Block],
    page: &Page,
) -> Result<(), String> {
    put(
        files,
        &format!("{stem}.md"),
        crate::documents::blocks::markdown(blocks).into_bytes(),
    );
    put(
        files,
        &format!("{stem}.docx"),
        crate::documents::formats::docx::blocks_docx(blocks, page)?,
    );
    Ok(())
}

fn session_stamp(r: &Round, i: usize) -> Result<String, String> {
    r.dialogues
        .get(i)
        .map(|s| s.starts.strftime("%Y%m%d-%H%M").to_string())
        .ok_or_else(|| {
            format!(
                "Dialogmöte {} finns inte; omgången har {}.",
                i + 1,
                crate::domain::swedish::count(r.dialogues.len(), "möte", "möten")
            )
        })
}

/// The hand-over's files: the whole list ("prioriterade-behov") or one
/// actor's commission ("prioriterade-behov-SoS"), as a table (xlsx) and as
/// sections (Markdown, Word).
fn handover_files(r: &Round, actor: Option<&str>, page: &Page) -> Result<Vec<Planned>, String> {
    let stem = match actor {
        Some(a) => format!("prioriterade-behov-per-aktor/prioriterade-behov-{a}"),
        None => "prioriterade-behov".into(),
    };
    let blocks = handover_doc::handover_blocks(r, actor);
    let mut files = listing_in(&handover_doc::handover(r, actor), &stem, page)?;
    put_blocks(&mut files, &stem, &blocks, page)?;
    Ok(files)
}

/// The kick-off list's files, which need no round (the home screen writes
/// them too).
pub fn kickoff_files(gaps: &[PastGap]) -> Result<Vec<Planned>, String> {
    listing(&lists::kickoff(gaps), "tidigare-kunskapsluckor")
}

/// The files of a document. `now` names the tally's files by the time they
/// were written, so each tally for the minutes is kept.
pub fn plan(doc: &Document, r: &Round, now: jiff::Timestamp) -> Result<Vec<Planned>, String> {
    // Each page's header carries the day the document speaks of (the
    // meeting, the decision), not the day it was exported.
    let header = format!(
        "Lokala behov av kunskap · {} · {}",
        r.area,
        crate::documents::doc_dates::long(crate::documents::kinds::of_document(r, doc, now))
    );
    let page = Page::of(r, &header);
    let listing = |l: &Listing, stem: &str| listing_in(l, stem, &page);
    match doc {
        Document::Candidates => listing(&lists::candidates(r), "kandidatomraden"),
        Document::Kickoff(gaps) => kickoff_files(gaps),
        Document::History(gaps) => listing(&lists::kickoff(gaps), "alla-omgangars-kunskapsluckor"),
        Document::Templates => {
            let mut out = vec![];
            for rss in r.rss.iter().filter(|x| x.participates) {
                out.push(Planned {
                    path: PathBuf::from("mallar").join(format!("mall-{}.xlsx", rss.code)),
                    bytes: crate::documents::needs_template::needs_template(
                        rss,
                        r,
                        &r.needs
                            .iter()
                            .filter(|n| n.rss == rss.code)
                            .collect::<Vec<_>>(),
                        now,
                    )?,
                });
            }
            if out.is_empty() {
                return Err("Ingen RSS deltar ännu; markera deltagande på moment 1.".into());
            }
            Ok(out)
        }
        Document::Agenda(i) => {
            let stem = format!("dagordning-{}", session_stamp(r, *i)?);
            listing(&minutes::agenda(r, *i), &stem)
        }
        Document::Minutes(i) => {
            let stem = format!("minnesanteckningar-{}", session_stamp(r, *i)?);
            let mut files = listing(&minutes::minutes_listing(r, *i), &stem)?;
            put(
                &mut files,
                &format!("{stem}.md"),
                session_minutes::minutes_markdown(r, *i).into_bytes(),
            );
            put(
                &mut files,
                &format!("{stem}.txt"),
                session_minutes::minutes_text(r, *i).into_bytes(),
            );
            // Word reads best as the sections; the table stays in xlsx.
            put(
                &mut files,
                &format!("{stem}.docx"),
                crate::documents::formats::docx::blocks_docx(
                    &session_minutes::minutes_blocks(r, *i),
                    &page,
                )?,
            );
            Ok(files)
        }
        Document::Compilation => listing(&minutes::final_compilation(r), "slutlig-sammanstallning"),
        Document::RssFeedback => {
            let mut out = vec![];
            for code in minutes::rss_with_needs(r) {
                let stem = format!("aterkoppling-rss/aterkoppling-{code}");
                out.extend(listing(&minutes::rss_feedback(r, &code), &stem)?);
            }
            Ok(out)
        }
        Document::Tally => crate::documents::export::tally_files(r, now),
        // The PDF only when its fonts hold every name (doc_gaps says why
        // not); the Word file always.
        Document::BallotSlips(url) => {
            let mut files = vec![Planned {
                path: PathBuf::from("valkoder.docx"),
                bytes: crate::documents::ballot_slips::ballot_slips(r, url)?,
            }];
            if let Ok(bytes) = crate::documents::ballot_slips::ballot_slips_pdf(r, url) {
                files.push(Planned {
                    path: PathBuf::from("valkoder.pdf"),
                    bytes,
                });
            }
            Ok(files)
        }
        Document::BallotLog => {
            let blocks = crate::documents::priority_minutes::internal_blocks(r);
            let mut files = vec![];
            let internal = Page::of(r, &format!("INTERNT · {header}"));
            put_blocks(&mut files, "internt-valsedlar", &blocks, &internal)?;
            Ok(files)
        }
        Document::Handover | Document::HandoverTo(_) | Document::Feedback
            if !r.prioritization.rank_closed =>
        {
            Err("Rangordningen i moment 5 är inte stängd; det finns inget prioriterat ännu.".into())
        }
        Document::Handover => {
            let mut files = handover_files(r, None, &page)?;
            for code in crate::meeting::assign::actors_handed(r) {
                files.extend(handover_files(r, Some(&code), &page)?);
            }
            Ok(files)
        }
        Document::HandoverTo(code) => {
            let code = r.actor_code(code)?;
            if crate::meeting::assign::needs_of(r, &code).is_empty() {
                return Err(format!(
                    "Inget prioriterat behov lämnas över till {code}: ange aktören med lbk handover OMGÅNG assign BEHOV {code}."
                ));
            }
            handover_files(r, Some(&code), &page)
        }
        Document::Feedback => {
            let mut files = listing(&reports::feedback_listing(r), "aterkoppling")?;
            put(
                &mut files,
                "aterkoppling.md",
                reports::feedback_markdown(r).into_bytes(),
            );
            // Word reads best as a section per need; the table stays in xlsx.
            put(
                &mut files,
                "aterkoppling.docx",
                crate::documents::formats::docx::blocks_docx(&reports::feedback_blocks(r), &page)?,
            );
            put(
                &mut files,
                "aterkoppling.pptx",
                crate::documents::formats::pptx::deck_pptx(
                    &crate::documents::feedback_deck::feedback_deck(r, now),
                    &Page::of(r, &format!("Lokala behov av kunskap · {}", r.area)),
                )?,
            );
            for code in minutes::rss_with_needs(r) {
                let blocks = reports::rss_outcome_blocks(r, &code);
                let stem = format!("aterkoppling-per-rss/vad-blev-det-av-{code}");
                put_blocks(&mut files, &stem, &blocks, &page)?;
            }
            Ok(files)
        }
        Document::ReturnForms(kind) => return_forms(r, *kind, now),
    }
}

/// One form per party to fill and return: moment 6's receipt and moment
/// 7's feedback to every actor with needs handed to it.
pub fn return_forms(
    r: &Round,
    kind: crate::documents::returns::form::ReturnKind,
    now: jiff::Timestamp,
) -> Result<Vec<Planned>, String> {
    let forms: Vec<_> = crate::documents::returns::parties(r, kind)
        .into_iter()
        .filter_map(|p| crate::documents::returns::form_for(r, kind, &p, now))
        .filter(|f| !f.rows.is_empty())
        .collect();
    forms
        .iter()
        .map(|f| {
            Ok(Planned {
                path: PathBuf::from("svarsformular").join(f.file_name()),
                bytes: crate::documents::formats::return_xlsx::return_xlsx(f)?,
            })
        })
        .collect()
}
