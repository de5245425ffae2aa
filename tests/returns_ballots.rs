//! A ballot sheet lbk wrote (`lbk ballots template`) goes through the one
//! `lbk import` too: it is recognised by its header row, reported, and
//! read with `lbk ballots import`'s checks; a refusal leaves the round
//! file byte-identical.

mod common;

use std::path::Path;

use common::cli::{lbk, s, text};

/// The pick-stage template of the sample round at `round`, filled with
/// `picks` for its first representatives, as a CSV the way a form tool
/// exports the sheet.
fn filled(round: &Path, dir: &Path, picks: &[&[&str]]) -> std::path::PathBuf {
    let tpl = dir.join("mall.xlsx");
    let o = lbk(&[
        "ballots",
        "template",
        s(round),
        "--stage",
        "pick",
        "-o",
        s(&tpl),
    ]);
    assert!(o.status.success(), "{}", text(&o));
    let rows = lbk::imports::sheet_reader::read_sheet(&tpl).unwrap();
    let mut csv = String::new();
    for (i, row) in rows.iter().enumerate() {
        let mut cells = vec![row[0].clone()];
        match i.checked_sub(1).and_then(|p| picks.get(p)) {
            Some(chosen) => cells.extend(chosen.iter().map(|c| c.to_string())),
            None if i == 0 => cells.extend(row[1..].iter().cloned()),
            None => continue,
        }
        csv.push_str(&cells.join(";"));
        csv.push('\n');
    }
    let out = dir.join("valsedlar.csv");
    std::fs::write(&out, csv).unwrap();
    out
}

#[test]
fn a_filled_ballot_sheet_is_read_by_lbk_import_after_its_report() {
    let dir = tempfile::tempdir().unwrap();
    let round = common::cli::round_copy(dir.path());
    let sheet = filled(
        &round,
        dir.path(),
        &[&["GR-01", "STH-01", "ÖST-01", "SKÅ-01", "GÄV-01"]],
    );
    let before = std::fs::read(&round).unwrap();
    let o = lbk(&["import", s(&round), s(&sheet), "--dry-run"]);
    assert!(o.status.success(), "{}", text(&o));
    assert!(text(&o).contains("Skulle importera"), "{}", text(&o));
    assert_eq!(
        std::fs::read(&round).unwrap(),
        before,
        "a dry run writes nothing"
    );
    let o = lbk(&["import", s(&round), s(&sheet), "--yes"]);
    assert!(o.status.success(), "{}", text(&o));
    let r = lbk::store::load(&round).unwrap().0;
    let first = lbk::imports::sheet_reader::read_sheet(&sheet).unwrap()[1][0].clone();
    let ballot = r
        .prioritization
        .pick_ballots
        .iter()
        .find(|b| {
            r.person_written(&first, "")
                .is_some_and(|p| p == b.representative)
        })
        .unwrap_or_else(|| panic!("no ballot for {first}"));
    assert_eq!(
        ballot.needs,
        ["GR-01", "STH-01", "ÖST-01", "SKÅ-01", "GÄV-01"]
    );
}

#[test]
fn a_ballot_sheet_with_a_need_off_the_list_is_refused_and_the_round_untouched() {
    let dir = tempfile::tempdir().unwrap();
    let round = common::cli::round_copy(dir.path());
    let sheet = filled(
        &round,
        dir.path(),
        &[&["XYZ-99", "STH-01", "ÖST-01", "SKÅ-01", "GÄV-01"]],
    );
    let before = std::fs::read(&round).unwrap();
    let o = lbk(&["import", s(&round), s(&sheet), "--yes"]);
    assert!(!o.status.success(), "{}", text(&o));
    assert!(text(&o).contains("XYZ-99"), "{}", text(&o));
    assert!(text(&o).contains("omgången är oförändrad"), "{}", text(&o));
    assert_eq!(std::fs::read(&round).unwrap(), before);
}
