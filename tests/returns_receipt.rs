//! Moment 6's return, as an actor sends it back: the receipt form written
//! by `lbk template --moment 6`, filled in an office program and read by
//! `lbk import`. The fixtures are LibreOffice's own saves of the form
//! (tests/fixtures/README.md); every refusal leaves the round file
//! byte-identical.

mod common;

use std::path::{Path, PathBuf};

use common::cli::{lbk, s, text};
use common::returns::{fixture, load, refused};
use lbk::documents::returns::receipt_form::{RECEIVED, RESPONSIBLE, WAY, WHEN};
use lbk::domain::Round;
use lbk::domain::followup::Way;
use mail_parser::MimeHeaders;

/// The finished sample round (it has handed needs to SoS) as `r.ron`.
fn sample(dir: &Path) -> PathBuf {
    common::returns::sample(dir, 0)
}

/// SoS's form from the round at `path`, with `fill` applied to its rows.
fn form_file(path: &Path, out: &Path, fill: impl Fn(&mut Vec<Vec<String>>)) -> PathBuf {
    common::returns::form_file(
        lbk::documents::returns::form::ReturnKind::Receipt,
        path,
        "SoS",
        out,
        fill,
    )
}

fn receipt<'a>(r: &'a Round, need: &str, actor: &str) -> &'a lbk::domain::followup::Receipt {
    r.handovers
        .iter()
        .find(|h| h.need == need)
        .and_then(|h| h.receipts.iter().find(|x| x.actor == actor))
        .unwrap()
}

#[test]
fn the_form_saved_by_libreoffice_in_every_format_reads_back_with_nothing_to_change() {
    let dir = tempfile::tempdir().unwrap();
    let path = sample(dir.path());
    let before = std::fs::read(&path).unwrap();
    // Written here, and as LibreOffice saved it: ods, xls, xlsx.
    let written = dir.path().join("mottagande-SoS.xlsx");
    let o = lbk(&[
        "template",
        s(&path),
        "--for",
        "sos",
        "--moment",
        "6",
        "-o",
        s(&written),
    ]);
    assert!(o.status.success(), "{}", text(&o));
    assert!(text(&o).contains("2 behov"), "{}", text(&o));
    for file in [
        written.clone(),
        fixture("mottagande-SoS.ods"),
        fixture("mottagande-SoS.xls"),
        fixture("mottagande-SoS-libreoffice.xlsx"),
    ] {
        let o = lbk(&["import", s(&path), s(&file), "--dry-run"]);
        let said = text(&o);
        assert!(o.status.success(), "{}: {said}", file.display());
        assert!(
            said.contains("0 ändras, 2 oförändrade"),
            "{}: {said}",
            file.display()
        );
        assert_eq!(std::fs::read(&path).unwrap(), before, "{}", file.display());
    }
}

#[test]
fn a_filled_form_from_libreoffice_records_who_how_and_when_with_where_it_came_from() {
    for name in ["mottagande-SoS-ifylld.ods", "mottagande-SoS-ifylld.xls"] {
        let dir = tempfile::tempdir().unwrap();
        let path = sample(dir.path());
        let o = lbk(&["import", s(&path), s(&fixture(name)), "--yes"]);
        assert!(o.status.success(), "{name}: {}", text(&o));
        let r = load(&path);
        let got = receipt(&r, "SÖD-02", "SoS");
        assert_eq!(got.responsible, "Åsa Öberg, enheten för kunskapsstöd");
        assert_eq!(got.way, Some(Way::Kunskapsstod));
        assert_eq!(got.planned, "2027 kv 3");
        let from = got.returned.as_ref().unwrap();
        assert_eq!((from.file.as_str(), from.party.as_str()), (name, "SoS"));
        assert_eq!(from.written, Some("2026-12-07T09:00:00Z".parse().unwrap()));
        // "Kunskapsöversikt" with a capital, as typed over the dropdown.
        assert_eq!(
            receipt(&r, "SKÅ-02", "SoS").way,
            Some(Way::Kunskapsoversikt)
        );
        assert!(
            r.log
                .iter()
                .any(|l| l.what.contains("SÖD-02: SoS mottaget; ansvarig Åsa Öberg")),
            "logged"
        );
        // The trace says where the answer came from.
        let o = lbk(&["trace", s(&path), "--rss", "SÖD"]);
        assert!(
            text(&o).contains(&format!("svarsfil {name} från SoS")),
            "{}",
            text(&o)
        );
        // The same file again changes nothing, and writes nothing.
        let after = std::fs::read(&path).unwrap();
        let o = lbk(&["import", s(&path), s(&fixture(name)), "--yes"]);
        assert!(text(&o).contains("Inget att ändra"), "{}", text(&o));
        assert_eq!(std::fs::read(&path).unwrap(), after);
    }
}

#[test]
fn every_wrong_cell_is_refused_with_its_row_and_column_and_the_round_untouched() {
    let dir = tempfile::tempdir().unwrap();
    let path = sample(dir.path());
    let f = |name: &str| dir.path().join(name);
    // A word outside the dropdowns, row 7 (the first below the header).
    let bad_way = form_file(&path, &f("a.xlsx"), |rows| {
        rows[0][WAY] = "webbinarium".into()
    });
    refused(
        &path,
        &bad_way,
        &[],
        &[
            "rad 7, kolumn G",
            "webbinarium",
            "kunskapsöversikt, kunskapsstöd",
        ],
    );
    let bad_yes = form_file(&path, &f("b.xlsx"), |rows| {
        rows[1][RECEIVED] = "kanske".into()
    });
    refused(
        &path,
        &bad_yes,
        &[],
        &["rad 8, kolumn E", "\"kanske\"", "ja, nej"],
    );
    // A need the round does not have; one not prioritised; one twice.
    let unknown = form_file(&path, &f("c.xlsx"), |rows| rows[0][0] = "XYZ-99".into());
    refused(
        &path,
        &unknown,
        &[],
        &["rad 7, kolumn A", "XYZ-99 finns inte"],
    );
    let twice = form_file(&path, &f("d.xlsx"), |rows| {
        let first = rows[0].clone();
        rows.push(first);
    });
    refused(
        &path,
        &twice,
        &[],
        &["rad 9, kolumn A", "står redan på rad 7"],
    );
    // An error value where an answer should be.
    let error = form_file(&path, &f("e.xlsx"), |rows| {
        rows[0][RESPONSIBLE] = "#DIV/0!".into()
    });
    refused(&path, &error, &[], &["rad 7, kolumn F", "felvärde"]);
    // Answers with "Mottaget" left empty.
    let no_yes = form_file(&path, &f("g.xlsx"), |rows| {
        rows[0][RECEIVED] = String::new();
        rows[0][WHEN] = "2027".into();
    });
    refused(&path, &no_yes, &[], &["rad 7, kolumn E", "skriv ja"]);
}

#[test]
fn a_renamed_column_another_party_or_round_and_a_newer_change_are_asked_not_guessed() {
    let dir = tempfile::tempdir().unwrap();
    let path = sample(dir.path());
    let form = dir.path().join("mottagande-SoS.xlsx");
    let o = lbk(&[
        "template",
        s(&path),
        "--for",
        "SoS",
        "--moment",
        "6",
        "-o",
        s(&form),
    ]);
    assert!(o.status.success(), "{}", text(&o));
    // A renamed header, through a CSV as a form tool exports it.
    let csv = dir.path().join("omdopt.csv");
    let rows = lbk::imports::sheet_reader::read_sheet(&form).unwrap();
    let mut out = String::new();
    for (i, row) in rows.iter().enumerate() {
        let cells: Vec<String> = row
            .iter()
            .map(|c| {
                if i == 5 && c == "Ansvarig" {
                    "Ansvarig person".into()
                } else {
                    c.clone()
                }
            })
            .map(|c| format!("\"{}\"", c.replace('"', "\"\"")))
            .collect();
        out.push_str(&cells.join(","));
        out.push('\n');
    }
    std::fs::write(&csv, out).unwrap();
    refused(
        &path,
        &csv,
        &[],
        &["rad 6, kolumn F", "\"Ansvarig person\"", "\"Ansvarig\""],
    );
    // Another party's form read for SBU: asked; answered, it is SBU's.
    let filled = form_file(&path, &dir.path().join("f.xlsx"), |rows| {
        rows[0][WHEN] = "2028".into()
    });
    refused(
        &path,
        &filled,
        &["--for", "SBU"],
        &["formuläret för SoS men läses in för SBU", "--force-party"],
    );
    // Another round: the area renamed since the form was written.
    let mut r = load(&path);
    let area = r.area.clone();
    r.area = "Annat område".into();
    std::fs::write(&path, lbk::store::format::round_to_string(&r)).unwrap();
    refused(
        &path,
        &filled,
        &[],
        &["Funktionshinder 2022", "--force-round"],
    );
    r.area = area;
    std::fs::write(&path, lbk::store::format::round_to_string(&r)).unwrap();
    // A receipt changed in the round after the form was written.
    let o = lbk(&["import", s(&path), s(&filled), "--yes"]);
    assert!(o.status.success(), "{}", text(&o));
    let older = form_file(&path, &dir.path().join("h.xlsx"), |rows| {
        rows[0][WHEN] = "2029".into()
    });
    let newer = form_file(&path, &dir.path().join("i.xlsx"), |rows| {
        rows[0][WHEN] = "2030".into()
    });
    let o = lbk(&["import", s(&path), s(&newer), "--yes"]);
    assert!(o.status.success(), "{}", text(&o));
    refused(
        &path,
        &older,
        &[],
        &["ändrades i omgången", "--overwrite-newer"],
    );
    let o = lbk(&["import", s(&path), s(&older), "--yes", "--overwrite-newer"]);
    assert!(o.status.success(), "{}", text(&o));
    assert_eq!(receipt(&load(&path), "SÖD-02", "SoS").planned, "2029");
}

#[test]
fn a_file_that_is_no_form_and_a_moment_without_one_say_what_to_do() {
    let dir = tempfile::tempdir().unwrap();
    let path = sample(dir.path());
    let other = dir.path().join("lista.csv");
    std::fs::write(&other, "Namn,Antal\nEva,3\n").unwrap();
    refused_plain(&path, &other, "inget svarsformulär från lbk");
    let o = lbk(&[
        "template",
        s(&path),
        "--for",
        "SoS",
        "--moment",
        "4",
        "-o",
        s(&dir.path().join("x.xlsx")),
    ]);
    assert!(
        !o.status.success() && text(&o).contains("--moment 2"),
        "{}",
        text(&o)
    );
    let o = lbk(&[
        "template",
        s(&path),
        "--for",
        "XYZ",
        "--moment",
        "6",
        "-o",
        s(&dir.path().join("x.xlsx")),
    ]);
    assert!(
        !o.status.success() && text(&o).contains("koderna är SoS"),
        "{}",
        text(&o)
    );
    assert!(!dir.path().join("x.xlsx").exists());
}

fn refused_plain(path: &Path, file: &Path, says: &str) {
    let before = std::fs::read(path).unwrap();
    let o = lbk(&["import", s(path), s(file), "--yes"]);
    assert!(
        !o.status.success() && text(&o).contains(says),
        "{}",
        text(&o)
    );
    assert_eq!(std::fs::read(path).unwrap(), before);
}

#[test]
fn a_windows_1252_csv_of_the_form_reads_like_the_workbook() {
    let dir = tempfile::tempdir().unwrap();
    let path = sample(dir.path());
    let filled = form_file(&path, &dir.path().join("f.xlsx"), |rows| {
        rows[0][RESPONSIBLE] = "Åsa Öberg".into();
    });
    let rows = lbk::imports::sheet_reader::read_sheet(&filled).unwrap();
    let text_csv: String = rows
        .iter()
        .map(|r| {
            r.iter()
                .map(|c| format!("\"{}\"", c.replace('"', "\"\"")))
                .collect::<Vec<_>>()
                .join(";")
                + "\r\n"
        })
        .collect();
    let (bytes, _, lossy) = encoding_rs::WINDOWS_1252.encode(&text_csv);
    assert!(!lossy);
    let csv = dir.path().join("mottagande-SoS.csv");
    std::fs::write(&csv, bytes).unwrap();
    let o = lbk(&["import", s(&path), s(&csv), "--yes"]);
    assert!(o.status.success(), "{}", text(&o));
    assert_eq!(
        receipt(&load(&path), "SÖD-02", "SoS").responsible,
        "Åsa Öberg"
    );
}

#[test]
fn the_commission_draft_to_an_actor_carries_its_form() {
    let dir = tempfile::tempdir().unwrap();
    let path = sample(dir.path());
    let o = lbk(&[
        "people",
        s(&path),
        "contact",
        "--actor",
        "SoS",
        "Eva Ek",
        "--email",
        "eva@sos.example",
    ]);
    assert!(o.status.success(), "{}", text(&o));
    let out = dir.path().join("ut");
    let o = lbk(&["export", s(&path), "mailouts", "-o", s(&out)]);
    assert!(o.status.success(), "{}", text(&o));
    let eml = std::fs::read(out.join("utskick/prioriterade-behov-SoS.eml")).unwrap();
    let msg = mail_parser::MessageParser::default().parse(&eml).unwrap();
    let names: Vec<String> = msg
        .attachments()
        .filter_map(|a| a.attachment_name().map(String::from))
        .collect();
    assert!(
        names.contains(&"mottagande-SoS.xlsx".to_string()),
        "{names:?}"
    );
    let form = msg
        .attachments()
        .find(|a| a.attachment_name() == Some("mottagande-SoS.xlsx"))
        .unwrap();
    let read = dir.path().join("bilaga.xlsx");
    std::fs::write(&read, form.contents()).unwrap();
    let sheet = lbk::imports::returns::read_return(&read).unwrap();
    assert_eq!((sheet.party.as_str(), sheet.rows.len() >= 2), ("SoS", true));
    assert!(msg.body_text(0).unwrap().contains("bifogade formuläret"));
}

#[test]
fn a_needs_template_goes_through_lbk_import_too_with_its_rss_from_the_file() {
    let dir = tempfile::tempdir().unwrap();
    let path = common::cli::round_copy(dir.path());
    let filled = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/mall-VRM-ifylld.ods");
    let before = std::fs::read(&path).unwrap();
    let o = lbk(&["import", s(&path), s(&filled), "--dry-run"]);
    assert!(
        o.status.success() && text(&o).contains("2 nya behov"),
        "{}",
        text(&o)
    );
    assert_eq!(std::fs::read(&path).unwrap(), before);
    let o = lbk(&["import", s(&path), s(&filled), "--yes"]);
    assert!(o.status.success(), "{}", text(&o));
    assert!(
        load(&path)
            .needs
            .iter()
            .any(|n| n.title == "Äldre och spel om pengar")
    );
}
