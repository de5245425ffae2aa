//! Moment 3's return, as a national actor sends it back: the preparation
//! form written by `lbk template --moment 3`, filled in an office program
//! and read by `lbk import`. The answers enter the dialogue as prepared;
//! `confirm_prepared` and a typed answer confirm or change them, and the
//! agenda and minutes say which. The fixtures are LibreOffice's own saves
//! (tests/fixtures/README.md); every refusal leaves the round file
//! byte-identical.

mod common;

use std::path::{Path, PathBuf};

use common::cli::{lbk, s, text};
use common::returns::{fixture, load, refused};
use lbk::documents::returns::preparation_form::{ANSWER, NEED, SUPPORT, WHO};
use lbk::domain::Round;
use lbk::domain::meetings::{PreparedState, Response};

/// The sample round with dialogue sessions (skadligt-bruk-2024) as `r.ron`.
fn sample(dir: &Path) -> PathBuf {
    common::returns::sample(dir, 1)
}

/// `actor`'s form from the round at `path`, with `fill` applied to its rows.
fn form_file(
    path: &Path,
    actor: &str,
    out: &Path,
    fill: impl Fn(&mut Vec<Vec<String>>),
) -> PathBuf {
    common::returns::form_file(
        lbk::documents::returns::form::ReturnKind::Preparation,
        path,
        actor,
        out,
        fill,
    )
}

fn assessment<'a>(r: &'a Round, need: &str, actor: &str) -> &'a lbk::domain::meetings::Assessment {
    r.dialogues
        .iter()
        .flat_map(|s| &s.assessments)
        .find(|a| a.need == need && a.actor == actor)
        .unwrap()
}

#[test]
fn the_form_saved_by_libreoffice_in_every_format_reads_back_with_nothing_to_change() {
    let dir = tempfile::tempdir().unwrap();
    let path = sample(dir.path());
    let before = std::fs::read(&path).unwrap();
    let written = dir.path().join("forberedelse-SBU.xlsx");
    let o = lbk(&[
        "template",
        s(&path),
        "--for",
        "sbu",
        "--moment",
        "3",
        "-o",
        s(&written),
    ]);
    assert!(o.status.success(), "{}", text(&o));
    assert!(text(&o).contains("64 behov"), "{}", text(&o));
    for file in [
        written,
        fixture("forberedelse-SBU.ods"),
        fixture("forberedelse-SBU.xls"),
        fixture("forberedelse-SBU-libreoffice.xlsx"),
    ] {
        let o = lbk(&["import", s(&path), s(&file), "--dry-run"]);
        let said = text(&o);
        assert!(o.status.success(), "{}: {said}", file.display());
        assert!(
            said.contains("0 ändras, 0 oförändrade, 64 tomma"),
            "{}: {said}",
            file.display()
        );
        assert_eq!(std::fs::read(&path).unwrap(), before, "{}", file.display());
    }
    // SoS answered in the dialogues: its form comes prefilled with those
    // answers, and sent back as it was it changes nothing either.
    let sos = form_file(&path, "SoS", &dir.path().join("sos.xlsx"), |_| {});
    let o = lbk(&["import", s(&path), s(&sos), "--dry-run"]);
    assert!(text(&o).contains("0 ändras"), "{}", text(&o));
    assert_eq!(std::fs::read(&path).unwrap(), before);
}

#[test]
fn a_filled_form_from_libreoffice_enters_the_dialogue_as_prepared() {
    for name in ["forberedelse-SBU-ifylld.ods", "forberedelse-SBU-ifylld.xls"] {
        let dir = tempfile::tempdir().unwrap();
        let path = sample(dir.path());
        let o = lbk(&["import", s(&path), s(&fixture(name)), "--yes"]);
        assert!(o.status.success(), "{name}: {}", text(&o));
        let r = load(&path);
        let a = assessment(&r, "GR-01", "SBU");
        assert_eq!(a.response, Response::Kunskapslucka);
        assert_eq!(a.prepared_state(), PreparedState::Prepared);
        let p = a.prepared.as_ref().unwrap();
        assert_eq!(p.who, "Eva Ek");
        assert_eq!(
            (p.returned.file.as_str(), p.returned.party.as_str()),
            (name, "SBU")
        );
        assert_eq!(
            assessment(&r, "GR-02", "SBU").response,
            Response::RedanTackt {
                support: "Kunskapsstöd om spelberoende".into(),
                link: "https://www.sbu.se/spel".into()
            }
        );
        // "Oklart" typed with a capital over the dropdown; its question
        // is the dialogue's question to the RSS.
        let unclear = assessment(&r, "GR-04", "SBU");
        assert_eq!(
            unclear.response,
            Response::Oklart {
                clarify: "Gäller det vuxna eller unga?".into()
            }
        );
        assert_eq!(
            unclear.prepared.as_ref().unwrap().question,
            "Gäller det vuxna eller unga?"
        );
        // Prepared is not discussed: the need's status waits for the dialogue.
        assert!(
            r.log
                .iter()
                .any(|l| l.what.contains("Förberett GR-01: SBU"))
        );
        // The trace says where the prepared answer came from.
        let o = lbk(&["trace", s(&path), "--rss", "GR"]);
        let said = text(&o);
        let line = said
            .lines()
            .find(|l| l.contains("SBU: kunskapslucka (förberett, ej taget i dialogen)"))
            .unwrap_or_else(|| panic!("{said}"));
        assert!(
            line.contains(&format!("— svarsfil {name} från SBU")),
            "{line}"
        );
        // The same file again changes nothing, and writes nothing.
        let after = std::fs::read(&path).unwrap();
        let o = lbk(&["import", s(&path), s(&fixture(name)), "--yes"]);
        assert!(text(&o).contains("Inget att ändra"), "{}", text(&o));
        assert_eq!(std::fs::read(&path).unwrap(), after);
    }
}

#[test]
fn the_dialogue_confirms_or_changes_each_prepared_answer_and_the_minutes_say_which() {
    let dir = tempfile::tempdir().unwrap();
    let path = sample(dir.path());
    let o = lbk(&[
        "import",
        s(&path),
        s(&fixture("forberedelse-SBU-ifylld.xls")),
        "--yes",
    ]);
    assert!(o.status.success(), "{}", text(&o));
    let mut r = load(&path);
    let at = jiff::Timestamp::now();
    let session = r.session_of("GR-01").unwrap();
    // The agenda shows what was prepared, before the meeting.
    let agenda = lbk::documents::minutes::agenda(&r, session);
    let col = agenda
        .header
        .iter()
        .position(|h| *h == "Förberett")
        .unwrap();
    let row = agenda.rows.iter().find(|x| x[0] == "GR-01").unwrap();
    assert_eq!(row[col], "SBU: kunskapslucka (förberett)");
    assert!(
        agenda.intro.contains("Förberedda svar från SBU (4)"),
        "{}",
        agenda.intro
    );
    // GR-01 confirmed by the key; GR-02 changed by the answer typed;
    // GR-03 typed as it was prepared, which confirms it.
    assert_eq!(r.confirm_prepared(session, "GR-01", at), Ok(1));
    assert!(
        r.confirm_prepared(session, "GR-01", at).is_err(),
        "nothing left to confirm"
    );
    r.record_response(session, "GR-02", "SBU", Response::Kunskapslucka, at)
        .unwrap();
    let prepared = assessment(&r, "GR-03", "SBU").response.clone();
    r.record_response(session, "GR-03", "SBU", prepared, at)
        .unwrap();
    assert_eq!(
        assessment(&r, "GR-01", "SBU").prepared_state(),
        PreparedState::Confirmed
    );
    assert_eq!(
        assessment(&r, "GR-02", "SBU").prepared_state(),
        PreparedState::Changed
    );
    assert_eq!(
        assessment(&r, "GR-03", "SBU").prepared_state(),
        PreparedState::Confirmed
    );
    assert_eq!(
        assessment(&r, "GR-04", "SBU").prepared_state(),
        PreparedState::Prepared
    );
    assert!(
        r.log
            .iter()
            .any(|l| l.what.contains("GR-01: förberett svar bekräftat (SBU)"))
    );
    let minutes = lbk::documents::session_minutes::minutes_markdown(&r, session);
    assert!(
        minutes.contains("förberett, bekräftat i dialogen"),
        "{minutes}"
    );
    assert!(
        minutes
            .contains("ändrat i dialogen (förberett: redan täckt: Kunskapsstöd om spelberoende)"),
        "{minutes}"
    );
    assert!(
        minutes.contains("förberett, ej taget i dialogen"),
        "{minutes}"
    );
    // A file read after the dialogue answered keeps the dialogue's answer
    // and keeps what was prepared beside it.
    std::fs::write(&path, lbk::store::format::round_to_string(&r)).unwrap();
    let again = form_file(&path, "SBU", &dir.path().join("igen.xlsx"), |rows| {
        let i = rows.iter().position(|x| x[NEED] == "GR-02").unwrap();
        rows[i][ANSWER] = "pågår".into();
        rows[i][SUPPORT] = "Ny översikt".into();
    });
    let o = lbk(&["import", s(&path), s(&again), "--yes"]);
    assert!(
        text(&o).contains("Redan besvarade i dialogen"),
        "{}",
        text(&o)
    );
    let r = load(&path);
    let a = assessment(&r, "GR-02", "SBU");
    assert_eq!(
        a.response,
        Response::Kunskapslucka,
        "the dialogue's answer stands"
    );
    assert_eq!(
        a.prepared.as_ref().unwrap().response,
        Response::ArbeteParar {
            by: "Ny översikt".into()
        }
    );
}

#[test]
fn every_wrong_cell_is_refused_with_its_row_and_column_and_the_round_untouched() {
    let dir = tempfile::tempdir().unwrap();
    let path = sample(dir.path());
    let f = |name: &str| dir.path().join(name);
    let bad = form_file(&path, "SBU", &f("a.xlsx"), |rows| {
        rows[0][ANSWER] = "kanske".into()
    });
    refused(
        &path,
        &bad,
        &[],
        &[
            "rad 7, kolumn G",
            "\"kanske\"",
            "lucka, täckt, pågår, oklart",
        ],
    );
    let covered = form_file(&path, "SBU", &f("b.xlsx"), |rows| {
        rows[1][ANSWER] = "täckt".into()
    });
    refused(&path, &covered, &[], &["rad 8, kolumn H", "vilket stöd"]);
    let unknown = form_file(&path, "SBU", &f("c.xlsx"), |rows| {
        rows[0][NEED] = "XYZ-99".into();
        rows[0][ANSWER] = "lucka".into();
    });
    refused(
        &path,
        &unknown,
        &[],
        &["rad 7, kolumn B", "XYZ-99 finns inte"],
    );
    let twice = form_file(&path, "SBU", &f("d.xlsx"), |rows| {
        rows[0][ANSWER] = "lucka".into();
        let first = rows[0].clone();
        rows.push(first);
    });
    refused(&path, &twice, &[], &["kolumn B", "står redan på rad 7"]);
    let no_answer = form_file(&path, "SBU", &f("e.xlsx"), |rows| {
        rows[0][WHO] = "Eva".into()
    });
    refused(
        &path,
        &no_answer,
        &[],
        &["rad 7, kolumn G", "Bedömning är tom"],
    );
    let error = form_file(&path, "SBU", &f("g.xlsx"), |rows| {
        rows[0][ANSWER] = "lucka".into();
        rows[0][WHO] = "#REF!".into();
    });
    refused(&path, &error, &[], &["rad 7, kolumn J", "felvärde"]);
    let long = form_file(&path, "SBU", &f("l.xlsx"), |rows| {
        rows[0][ANSWER] = "lucka".into();
        rows[0][WHO] = "x".repeat(1001);
    });
    refused(
        &path,
        &long,
        &[],
        &["rad 7, kolumn J", "längre än 1000 tecken"],
    );
    // Read for an RSS: a preparation is an actor's.
    let fine = form_file(&path, "SBU", &f("h.xlsx"), |rows| {
        rows[0][ANSWER] = "lucka".into()
    });
    refused(
        &path,
        &fine,
        &["--for", "GR", "--force-party"],
        &["som inte är en aktör i omgången"],
    );
    // Another actor's form read for SoS: asked first.
    refused(&path, &fine, &["--for", "SoS"], &["--force-party"]);
}
