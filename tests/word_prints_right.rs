//! Word documents that print right and pass an accessibility check (issue
//! #23, item 5), read back as Word reads them: every table's header row
//! repeats on each page and no row splits across pages; headings stay with
//! what follows; lists are Word lists, not typed bullets; the language is
//! Swedish; the title and author are set (the author the secretariat from
//! the register, never "unknown"). Every Word document of a held round.

mod common;

use common::held::{held_meeting, part};
use lbk::documents::plan::{Document, plan};

/// Every Word document of the held meeting, by name.
fn word_documents(r: &lbk::domain::Round) -> Vec<(String, Vec<u8>)> {
    let now: jiff::Timestamp = "2025-09-16T12:00:00Z".parse().unwrap();
    let docs = [
        Document::Candidates,
        Document::Agenda(0),
        Document::Minutes(0),
        Document::Compilation,
        Document::RssFeedback,
        Document::Tally,
        Document::BallotLog,
        Document::Handover,
        Document::Feedback,
    ];
    let mut out = vec![];
    for d in &docs {
        for f in plan(d, r, now).unwrap_or_else(|e| panic!("{d:?}: {e}")) {
            if f.path.extension().is_some_and(|e| e == "docx") {
                out.push((f.path.display().to_string(), f.bytes));
            }
        }
    }
    out
}

/// Each `<w:tr …>…</w:tr>` of the document, grouped by table.
fn tables(doc: &str) -> Vec<Vec<&str>> {
    doc.split("<w:tbl>")
        .skip(1)
        .map(|t| {
            let t = &t[..t.find("</w:tbl>").unwrap()];
            t.split("<w:tr>")
                .skip(1)
                .map(|r| &r[..r.find("</w:tr>").unwrap()])
                .collect()
        })
        .collect()
}

#[test]
fn every_word_document_repeats_its_header_rows_keeps_rows_whole_and_says_who_wrote_it() {
    let mut r = held_meeting();
    r.secretariat.name = "Kansliet för Partnerskapet Socialtjänst".into();
    let docs = word_documents(&r);
    assert!(
        docs.len() >= 10,
        "{:?}",
        docs.iter().map(|d| &d.0).collect::<Vec<_>>()
    );
    let mut tables_seen = 0;
    let mut lists_seen = 0;
    for (name, bytes) in &docs {
        let doc = part(bytes, "word/document.xml");
        for rows in tables(&doc) {
            tables_seen += 1;
            assert!(rows.len() >= 2, "{name}: a table without rows");
            assert!(rows[0].contains("<w:tblHeader />"), "{name}: header row");
            assert!(
                rows.iter().all(|row| row.contains("<w:cantSplit />")),
                "{name}: a row may split across pages"
            );
            assert!(
                rows[1..].iter().all(|row| !row.contains("tblHeader")),
                "{name}: only the first row repeats"
            );
            // The header row stays with the row below it.
            assert!(rows[0].contains("<w:keepNext />"), "{name}");
        }
        // Lists are Word lists: no paragraph starts with a typed bullet.
        for p in doc.split("<w:p ").skip(1) {
            let p = &p[..p.find("</w:p>").unwrap_or(p.len())];
            let text = common::held::plain(p);
            let text = text.trim_start();
            assert!(
                !text.starts_with('•') && !text.starts_with("– "),
                "{name}: a typed bullet: {text}"
            );
            if p.contains("<w:numPr>") {
                lists_seen += 1;
            }
        }
        let styles = part(bytes, "word/styles.xml");
        assert!(
            styles.contains(r#"<w:lang w:val="sv-SE""#),
            "{name}: language"
        );
        let heading = styles.split("w:styleId=\"Heading2\"").nth(1).unwrap();
        let heading = &heading[..heading.find("</w:style>").unwrap()];
        assert!(heading.contains("<w:keepNext />"), "{name}: {heading}");
        let numbering = part(bytes, "word/numbering.xml");
        assert!(
            numbering.contains(r#"<w:numFmt w:val="bullet" />"#),
            "{name}"
        );
        let core = part(bytes, "docProps/core.xml");
        assert!(
            core.contains("<dc:creator>Kansliet för Partnerskapet Socialtjänst</dc:creator>"),
            "{name}: {core}"
        );
        assert!(core.contains("<dc:language>sv-SE</dc:language>"), "{name}");
        assert!(!core.contains("unknown"), "{name}: {core}");
        let title = core
            .split("<dc:title>")
            .nth(1)
            .and_then(|t| t.split("</dc:title>").next())
            .unwrap_or("");
        assert!(!title.trim().is_empty(), "{name}: no title");
        // The title is the document's own first heading.
        let first_heading = doc
            .split("<w:pStyle w:val=\"Heading1\" />")
            .nth(1)
            .map(common::held::plain)
            .unwrap_or_default();
        assert!(
            first_heading.contains(&title.replace("&amp;", "&")),
            "{name}: title {title:?}, heading {first_heading:?}"
        );
    }
    assert!(tables_seen >= 5, "tables in the documents: {tables_seen}");
    assert!(lists_seen >= 5, "list items in the documents: {lists_seen}");
}

#[test]
fn a_register_without_a_secretariat_still_signs_with_a_name_not_unknown() {
    let r = held_meeting();
    assert!(r.secretariat.name.is_empty());
    for (name, bytes) in word_documents(&r) {
        let core = part(&bytes, "docProps/core.xml");
        assert!(
            core.contains("<dc:creator>Kansliet för Partnerskapet</dc:creator>"),
            "{name}: {core}"
        );
    }
}
