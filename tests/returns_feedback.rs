//! Moment 7's return: each actor's feedback form (`lbk template --moment
//! 7`), filled and read back by `lbk import`. The finished sample round's
//! slides and per-RSS reports rebuilt from returned forms equal those built
//! from the feedback typed in; a wrong cell is refused with the round file
//! byte-identical; two actors answering one need are kept side by side.

mod common;

use std::path::{Path, PathBuf};

use common::cli::{lbk, s, text};
use common::returns::{load, save};
use lbk::documents::feedback_deck::feedback_deck;
use lbk::documents::formats::return_xlsx::return_xlsx;
use lbk::documents::reports::{feedback_blocks, rss_outcome_blocks};
use lbk::documents::returns::feedback_form::{
    BY, HOW, PUBLISHED, TAKEN, TITLES, WHY, feedback_form,
};
use lbk::domain::followup::Outcome;

fn sample(dir: &Path) -> PathBuf {
    common::returns::sample(dir, 0)
}

/// SoS's feedback form from the round at `path`, with `fill` applied.
fn form(path: &Path, out: &Path, fill: impl Fn(&mut Vec<Vec<String>>)) -> PathBuf {
    common::returns::form_file(
        lbk::documents::returns::form::ReturnKind::Feedback,
        path,
        "SoS",
        out,
        fill,
    )
}

#[test]
fn slides_and_reports_rebuilt_from_returned_forms_equal_those_from_typed_feedback() {
    let dir = tempfile::tempdir().unwrap();
    let path = sample(dir.path());
    let typed = load(&path);
    // Each actor's form, as lbk writes it with what is recorded.
    let actors = lbk::meeting::assign::actors_handed(&typed);
    assert!(actors.len() >= 4, "{actors:?}");
    let mut forms = vec![];
    for a in &actors {
        let f = dir.path().join(format!("aterkoppling-{a}.xlsx"));
        let o = lbk(&[
            "template",
            s(&path),
            "--for",
            a,
            "--moment",
            "7",
            "-o",
            s(&f),
        ]);
        assert!(o.status.success(), "{}", text(&o));
        forms.push(f);
    }
    // The feedback typed in is taken away, then read back from the forms.
    let mut blank = typed.clone();
    blank.feedback.clear();
    save(&path, &blank);
    for f in &forms {
        let o = lbk(&["import", s(&path), s(f), "--yes"]);
        assert!(o.status.success(), "{}: {}", f.display(), text(&o));
    }
    let back = load(&path);
    let now: jiff::Timestamp = "2026-12-07T09:00:00Z".parse().unwrap();
    assert_eq!(
        feedback_deck(&back, now),
        feedback_deck(&typed, now),
        "the slides"
    );
    assert_eq!(
        feedback_blocks(&back),
        feedback_blocks(&typed),
        "the report"
    );
    for code in lbk::documents::minutes::rss_with_needs(&typed) {
        assert_eq!(
            rss_outcome_blocks(&back, &code),
            rss_outcome_blocks(&typed, &code),
            "{code}"
        );
    }
    assert!(
        back.feedback.iter().all(|f| f.returned.len() == 1),
        "each names its file"
    );
}

#[test]
fn the_form_saved_by_libreoffice_reads_back_with_nothing_to_change() {
    let dir = tempfile::tempdir().unwrap();
    let path = sample(dir.path());
    let before = std::fs::read(&path).unwrap();
    for name in [
        "aterkoppling-SoS.ods",
        "aterkoppling-SoS.xls",
        "aterkoppling-SoS-libreoffice.xlsx",
    ] {
        let f = Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("tests/fixtures/returns")
            .join(name);
        let o = lbk(&["import", s(&path), s(&f), "--dry-run"]);
        assert!(
            text(&o).contains("0 ändras, 2 oförändrade"),
            "{name}: {}",
            text(&o)
        );
        assert_eq!(std::fs::read(&path).unwrap(), before);
    }
}

/// A change to a form's rows.
type Fill = dyn Fn(&mut Vec<Vec<String>>);

#[test]
fn a_wrong_answer_is_refused_with_its_cell_and_the_round_untouched() {
    let dir = tempfile::tempdir().unwrap();
    let path = sample(dir.path());
    let before = std::fs::read(&path).unwrap();
    let cases: Vec<(Box<Fill>, &str)> = vec![
        (Box::new(|r| r[0][TAKEN] = "kanske".into()), "kolumn D"),
        (
            Box::new(|r| r[0][BY] = "SoS XYZ".into()),
            "XYZ är ingen aktör",
        ),
        (
            Box::new(|r| {
                r[0][TAKEN] = "nej".into();
                r[0][WHY] = String::new();
            }),
            "skriv varför",
        ),
        (
            Box::new(|r| r[0][PUBLISHED] = "förra våren".into()),
            "ingen dag",
        ),
        (
            Box::new(|r| {
                r[1][TITLES] = String::new();
                r[1][PUBLISHED] = "2024-01-01".into();
            }),
            "fler länkar eller dagar än titlar",
        ),
        (Box::new(|r| r[0][0] = "XYZ-99".into()), "XYZ-99 finns inte"),
    ];
    for (i, (fill, says)) in cases.into_iter().enumerate() {
        let f = form(&path, &dir.path().join(format!("f{i}.xlsx")), fill);
        let o = lbk(&["import", s(&path), s(&f), "--yes"]);
        let said = text(&o);
        assert!(!o.status.success() && said.contains(says), "{says}: {said}");
        assert!(said.contains("rad 7") || said.contains("rad 8"), "{said}");
        assert_eq!(std::fs::read(&path).unwrap(), before, "{says}");
    }
}

#[test]
fn two_actors_answering_one_need_are_kept_side_by_side() {
    let dir = tempfile::tempdir().unwrap();
    let path = sample(dir.path());
    // SÖD-02 handed to SoS and SBU; SoS answers first, then SBU.
    let o = lbk(&["handover", s(&path), "assign", "SÖD-02", "SoS", "SBU"]);
    assert!(o.status.success(), "{}", text(&o));
    let sos = form(&path, &dir.path().join("sos.xlsx"), |r| {
        r[0][HOW] = "Kunskapsöversikt 2025".into()
    });
    let o = lbk(&["import", s(&path), s(&sos), "--yes"]);
    assert!(o.status.success(), "{}", text(&o));
    let mut f = feedback_form(&load(&path), "SBU", jiff::Timestamp::now()).unwrap();
    let row = f.rows.iter().position(|r| r[0] == "SÖD-02").unwrap();
    f.rows[row][BY] = "SBU".into();
    f.rows[row][HOW] = "Systematisk översikt".into();
    f.rows[row][TITLES] = "SBU:s översikt".into();
    let sbu = dir.path().join("sbu.xlsx");
    std::fs::write(&sbu, return_xlsx(&f).unwrap()).unwrap();
    let o = lbk(&["import", s(&path), s(&sbu), "--yes"]);
    assert!(o.status.success(), "{}", text(&o));
    let r = load(&path);
    let fb = r.feedback.iter().find(|f| f.need == "SÖD-02").unwrap();
    match &fb.outcome {
        Outcome::Tas { actors, how, .. } => {
            assert_eq!(actors, &vec!["SoS".to_string(), "SBU".to_string()]);
            assert!(
                how.starts_with("Kunskapsöversikt 2025; ")
                    && how.contains("SBU: Systematisk översikt"),
                "{how}"
            );
        }
        other => panic!("{other:?}"),
    }
    assert!(fb.produced.iter().any(|p| p.title == "SBU:s översikt"));
    assert!(fb.produced.len() >= 2, "SoS's produced kept too");
    assert_eq!(fb.returned.len(), 2);
    // The trace names both files the answer came in.
    let o = lbk(&["trace", s(&path), "--rss", "SÖD"]);
    let said = text(&o);
    assert!(
        said.contains("svarsfil sos.xlsx från SoS") && said.contains("svarsfil sbu.xlsx från SBU"),
        "{said}"
    );
}
