//! Moment 4's return, as an RSS sends it back: the verification form
//! written by `lbk template --moment 4`, filled in an office program and
//! read by `lbk import`; in model 1.0 the same form is moment 3's check
//! with the network. "ja" verifies a need with the file's date; a
//! correction is a proposal, accepted or rejected one by one, never
//! written over what was recorded. Every refusal leaves the round file
//! byte-identical.

mod common;

use std::path::{Path, PathBuf};

use common::cli::{lbk, s, text};
use common::returns::{fixture, load, refused, sample, save};
use lbk::documents::returns::verification_form::{AGREES, CORRECTION, NEED};
use lbk::domain::{NeedStatus, Round};

fn form_file(path: &Path, rss: &str, out: &Path, fill: impl Fn(&mut Vec<Vec<String>>)) -> PathBuf {
    common::returns::form_file(
        lbk::documents::returns::form::ReturnKind::Verification,
        path,
        rss,
        out,
        fill,
    )
}

/// The 2.0 sample with GR's verification not yet in: its needs discussed.
fn unverified(dir: &Path) -> PathBuf {
    let path = sample(dir, 1);
    let mut r = load(&path);
    r.verifications.retain(|v| v.rss != "GR");
    for n in r.needs.iter_mut().filter(|n| n.rss == "GR") {
        n.status = NeedStatus::Diskuterat;
    }
    save(&path, &r);
    path
}

#[test]
fn the_form_saved_by_libreoffice_in_every_format_reads_back_with_nothing_to_change() {
    for (i, name, moment, needs) in [(1, "verifiering-GR", "4", 4), (0, "avstamning-GR", "3", 3)] {
        let dir = tempfile::tempdir().unwrap();
        let path = sample(dir.path(), i);
        let before = std::fs::read(&path).unwrap();
        let written = dir.path().join(format!("{name}.xlsx"));
        let o = lbk(&[
            "template",
            s(&path),
            "--for",
            "gr",
            "--moment",
            moment,
            "-o",
            s(&written),
        ]);
        assert!(o.status.success(), "{}", text(&o));
        assert!(text(&o).contains(&format!("{needs} behov")), "{}", text(&o));
        for file in [
            written,
            fixture(&format!("{name}.ods")),
            fixture(&format!("{name}.xls")),
            fixture(&format!("{name}-libreoffice.xlsx")),
        ] {
            let o = lbk(&["import", s(&path), s(&file), "--dry-run"]);
            let said = text(&o);
            assert!(o.status.success(), "{}: {said}", file.display());
            assert!(
                said.contains(&format!("0 oförändrade, {needs} tomma")),
                "{}: {said}",
                file.display()
            );
            assert_eq!(std::fs::read(&path).unwrap(), before, "{}", file.display());
        }
    }
}

#[test]
fn ja_verifies_with_the_files_date_and_each_correction_waits_for_a_decision() {
    for name in ["verifiering-GR-ifylld.ods", "verifiering-GR-ifylld.xls"] {
        let dir = tempfile::tempdir().unwrap();
        let path = unverified(dir.path());
        let o = lbk(&["import", s(&path), s(&fixture(name)), "--yes"]);
        let said = text(&o);
        assert!(o.status.success(), "{name}: {said}");
        assert!(said.contains("3 stämmer, 1 rättelseförslag"), "{said}");
        let mut r = load(&path);
        let written: jiff::civil::Date = "2026-12-07".parse().unwrap();
        for n in ["GR-01", "GR-03", "GR-04"] {
            assert_eq!(r.need(n).unwrap().status, NeedStatus::Verifierat, "{n}");
        }
        assert_eq!(
            r.need("GR-02").unwrap().status,
            NeedStatus::Diskuterat,
            "waits"
        );
        let rows = r.checked_rows("GR");
        assert!(
            rows.iter()
                .all(|c| c.date == written && c.returned.file == name)
        );
        let gr = |r: &Round| {
            r.verifications
                .iter()
                .find(|v| v.rss == "GR")
                .cloned()
                .unwrap()
        };
        assert_eq!(gr(&r).verified, None, "one correction still open");
        assert_eq!(gr(&r).corrections, "", "a proposal is not a correction yet");
        // Accepted: it joins the corrections, the need is verified, and GR
        // has verified on the file's day. What was recorded stays.
        let recorded = r.dialogues.clone();
        let at = jiff::Timestamp::now();
        r.decide_correction("GR-02", true, at).unwrap();
        assert!(
            r.decide_correction("GR-02", true, at).is_err(),
            "decided once"
        );
        assert_eq!(
            gr(&r).corrections,
            "GR-02: Behovet gäller även anhöriga, inte bara den enskilde."
        );
        assert_eq!(r.need("GR-02").unwrap().status, NeedStatus::Verifierat);
        assert_eq!(gr(&r).verified, Some(written));
        assert_eq!(r.dialogues, recorded);
        save(&path, &r);
        let o = lbk(&["trace", s(&path), "--rss", "GR"]);
        let said = text(&o);
        assert!(
            said.contains(&format!(
                "GR: stämmer (2026-12-07) — svarsfil {name} från GR"
            )),
            "{said}"
        );
        assert!(
            said.contains("Rättelse från GR, godtagen: Behovet gäller även anhöriga"),
            "{said}"
        );
        // The same file again changes nothing.
        let after = std::fs::read(&path).unwrap();
        let o = lbk(&["import", s(&path), s(&fixture(name)), "--yes"]);
        assert!(text(&o).contains("Inget att ändra"), "{}", text(&o));
        assert_eq!(std::fs::read(&path).unwrap(), after);
    }
}

#[test]
fn a_rejected_correction_is_kept_as_rejected_and_an_older_file_asks_before_reopening_it() {
    let dir = tempfile::tempdir().unwrap();
    let path = unverified(dir.path());
    let older = form_file(&path, "GR", &dir.path().join("aldre.xlsx"), |rows| {
        rows[0][AGREES] = "nej".into();
        rows[0][CORRECTION] = "Annan målgrupp.".into();
    });
    let first = form_file(&path, "GR", &dir.path().join("forsta.xlsx"), |rows| {
        rows[0][AGREES] = "nej".into();
        rows[0][CORRECTION] = "Fel målgrupp.".into();
    });
    assert!(
        lbk(&["import", s(&path), s(&first), "--yes"])
            .status
            .success()
    );
    let mut r = load(&path);
    r.decide_correction("GR-01", false, jiff::Timestamp::now())
        .unwrap();
    save(&path, &r);
    let r = load(&path);
    let row = r
        .checked_rows("GR")
        .iter()
        .find(|c| c.need == "GR-01")
        .unwrap();
    assert_eq!(row.decided.map(|d| d.0), Some(false));
    let gr = r.verifications.iter().find(|v| v.rss == "GR").unwrap();
    assert_eq!(gr.corrections, "", "a rejected correction is not one");
    assert!(
        r.log
            .iter()
            .any(|l| l.what.contains("avvisat: GR-01: Fel målgrupp."))
    );
    // A file written before that decision asks before it opens it again.
    refused(
        &path,
        &older,
        &[],
        &["ändrades i omgången", "--overwrite-newer"],
    );
    let o = lbk(&["import", s(&path), s(&older), "--yes", "--overwrite-newer"]);
    assert!(o.status.success(), "{}", text(&o));
    assert!(load(&path).checked_rows("GR").iter().any(|c| c.open()));
}

#[test]
fn in_model_1_the_form_is_the_network_check_and_all_ja_checks_the_rss() {
    let dir = tempfile::tempdir().unwrap();
    let path = sample(dir.path(), 0);
    let mut r = load(&path);
    r.network_checks.retain(|c| c.rss != "GR");
    save(&path, &r);
    let all = form_file(&path, "GR", &dir.path().join("ja.xlsx"), |rows| {
        for row in rows.iter_mut() {
            row[AGREES] = "Ja".into();
        }
    });
    let o = lbk(&["import", s(&path), s(&all), "--yes"]);
    assert!(
        text(&o).contains("Avstämning med nätverket från"),
        "{}",
        text(&o)
    );
    let r = load(&path);
    let check = r.network_checks.iter().find(|c| c.rss == "GR").unwrap();
    assert_eq!(check.date, Some(r.checked_rows("GR")[0].date));
    assert_eq!(check.rows.len(), 3);
}

#[test]
fn every_wrong_cell_is_refused_with_its_row_and_column_and_the_round_untouched() {
    let dir = tempfile::tempdir().unwrap();
    let path = unverified(dir.path());
    let f = |name: &str| dir.path().join(name);
    let word = form_file(&path, "GR", &f("a.xlsx"), |rows| {
        rows[0][AGREES] = "kanske".into()
    });
    refused(
        &path,
        &word,
        &[],
        &["rad 7, kolumn D", "\"kanske\"", "ja, nej"],
    );
    let both = form_file(&path, "GR", &f("b.xlsx"), |rows| {
        rows[1][AGREES] = "ja".into();
        rows[1][CORRECTION] = "Något".into();
    });
    refused(
        &path,
        &both,
        &[],
        &["rad 8, kolumn E", "Stämmer är ja men Rättelse har text"],
    );
    let none = form_file(&path, "GR", &f("c.xlsx"), |rows| {
        rows[0][AGREES] = "nej".into()
    });
    refused(
        &path,
        &none,
        &[],
        &["rad 7, kolumn E", "skriv vad som ska rättas"],
    );
    let other = form_file(&path, "GR", &f("d.xlsx"), |rows| {
        rows[0][NEED] = "STH-01".into();
        rows[0][AGREES] = "ja".into();
    });
    refused(
        &path,
        &other,
        &[],
        &["rad 7, kolumn A", "STH-01 är inte ett behov från GR"],
    );
    let twice = form_file(&path, "GR", &f("e.xlsx"), |rows| {
        rows[0][AGREES] = "ja".into();
        let first = rows[0].clone();
        rows.push(first);
    });
    refused(&path, &twice, &[], &["kolumn A", "står redan på rad 7"]);
    let error = form_file(&path, "GR", &f("g.xlsx"), |rows| {
        rows[0][AGREES] = "nej".into();
        rows[0][CORRECTION] = "#N/A".into();
    });
    refused(&path, &error, &[], &["rad 7, kolumn E", "felvärde"]);
    let long = form_file(&path, "GR", &f("l.xlsx"), |rows| {
        rows[0][AGREES] = "nej".into();
        rows[0][CORRECTION] = "x".repeat(2001);
    });
    refused(
        &path,
        &long,
        &[],
        &["rad 7, kolumn E", "längre än 2000 tecken"],
    );
    // Read for an actor: a verification is an RSS's.
    let fine = form_file(&path, "GR", &f("h.xlsx"), |rows| {
        rows[0][AGREES] = "ja".into()
    });
    refused(
        &path,
        &fine,
        &["--for", "SoS", "--force-party"],
        &["som inte är en RSS i omgången"],
    );
    refused(&path, &fine, &["--for", "STH"], &["--force-party"]);
}
