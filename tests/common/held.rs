//! A priority meeting held through the round's own rules (presence, picks
//! with one correction and one withdrawal, the joint list, rankings, both
//! stages closed), so its change log is the one a real meeting leaves, and
//! a reader that turns any document lbk writes into the units a reader
//! sees together: a line, a paragraph, a table row, a slide's paragraph.

#![allow(dead_code)]

use std::io::Read as _;

use jiff::{Timestamp, ToSpan};
use lbk::domain::Round;

/// Sample round (b) at moment 5 with the meeting held and closed.
pub fn held_meeting() -> Round {
    let mut r = lbk::store::parse_round(
        lbk::store::samples::SAMPLES[1].text.as_bytes(),
        std::path::Path::new("r.ron"),
    )
    .unwrap();
    let start: Timestamp = "2025-09-16T08:00:00Z".parse().unwrap();
    let at = |m: i64| start.checked_add(m.minutes()).unwrap();
    let reps: Vec<String> = r
        .representatives
        .iter()
        .filter(|p| p.participates)
        .map(|p| p.name.clone())
        .collect();
    for rep in &reps {
        r.set_present(rep, true, at(0)).unwrap();
    }
    let list: Vec<String> = r
        .final_compilation()
        .iter()
        .map(|n| n.number.clone())
        .collect();
    let n = r.prioritization.max_picks.min(list.len());
    for (i, rep) in reps.iter().enumerate() {
        let picks: Vec<String> = (0..n).map(|k| list[(i + k) % list.len()].clone()).collect();
        r.cast_picks(rep, &picks, at(5 + i as i64)).unwrap();
    }
    // A correction and a withdrawal, as a meeting has them.
    let again: Vec<String> = list.iter().rev().take(n).cloned().collect();
    r.cast_picks(&reps[0], &again, at(40)).unwrap();
    r.withdraw_picks(&reps[1], at(41)).unwrap();
    r.close_picks(at(45)).unwrap();
    for (i, rep) in reps.iter().enumerate() {
        let mut order = r.rank_list_for(rep);
        let k = i % order.len().max(1);
        order.rotate_left(k);
        r.cast_ranking(rep, &order, at(50 + i as i64)).unwrap();
    }
    r.close_ranking(at(90)).unwrap();
    r
}

/// The text a reader sees together in a file: lines of text files, the
/// paragraphs and table rows of Word and slides, the rows of a workbook.
pub fn units(name: &str, bytes: &[u8]) -> Vec<String> {
    let ext = name.rsplit('.').next().unwrap_or("");
    match ext {
        "docx" => xml_units(&part(bytes, "word/"), &["w:p", "w:tr"]),
        "pptx" => xml_units(&part(bytes, "ppt/slides/"), &["a:p", "a:tr"]),
        "xlsx" => workbook_rows(bytes),
        _ => String::from_utf8_lossy(bytes)
            .lines()
            .map(str::to_string)
            .collect(),
    }
}

/// Every XML part under `prefix` of a zip, one after another.
pub fn part(bytes: &[u8], prefix: &str) -> String {
    let mut z = zip::ZipArchive::new(std::io::Cursor::new(bytes)).unwrap();
    let mut out = String::new();
    for i in 0..z.len() {
        let mut f = z.by_index(i).unwrap();
        let name = f.name().map(|n| n.to_string()).unwrap_or_default();
        if name.starts_with(prefix) && name.ends_with(".xml") {
            f.read_to_string(&mut out).unwrap();
        }
    }
    out
}

/// The text inside each element named in `tags`.
fn xml_units(xml: &str, tags: &[&str]) -> Vec<String> {
    let mut out = vec![];
    for tag in tags {
        let open = format!("<{tag}");
        let close = format!("</{tag}>");
        let mut rest = xml;
        while let Some(i) = rest.find(&open) {
            let after = &rest[i + open.len()..];
            // <w:p> or <w:p …>, not <w:pPr>.
            if !after.starts_with('>') && !after.starts_with(' ') {
                rest = after;
                continue;
            }
            let Some(j) = after.find(&close) else { break };
            out.push(plain(&after[..j]));
            rest = &after[j..];
        }
    }
    out
}

/// XML without its tags, entities read.
pub fn plain(xml: &str) -> String {
    let mut out = String::new();
    let mut in_tag = false;
    for c in xml.chars() {
        match c {
            '<' => in_tag = true,
            '>' => {
                in_tag = false;
                out.push(' ');
            }
            c if !in_tag => out.push(c),
            _ => {}
        }
    }
    out.replace("&amp;", "&")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&apos;", "'")
}

fn workbook_rows(bytes: &[u8]) -> Vec<String> {
    use calamine::Reader as _;
    let mut wb =
        calamine::open_workbook_auto_from_rs(std::io::Cursor::new(bytes.to_vec())).unwrap();
    let mut out = vec![];
    for name in wb.sheet_names().to_vec() {
        let range = wb.worksheet_range(&name).unwrap();
        for row in range.rows() {
            out.push(
                row.iter()
                    .map(|c| c.to_string())
                    .collect::<Vec<_>>()
                    .join(" | "),
            );
        }
    }
    out
}
