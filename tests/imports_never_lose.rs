//! Imports that never lose, duplicate or misfile a need, and never bring
//! lbk down: each case from generated files (xlsx written here, ods and xls
//! made from them by LibreOffice and kept in tests/fixtures, Windows-1252
//! CSV, a 1.6 KB sheet that declares a huge one), through the real binary,
//! with the round file byte for byte unchanged on every refusal.

mod common;

use std::path::Path;
use std::process::Output;

use common::cli::{lbk, round_copy, s, text};
use common::templates::{filled, filled_at, headers, need, sparse};
use lbk::store::load;

fn import(round: &Path, rss: &str, file: &Path, extra: &[&str]) -> Output {
    let mut args = vec!["needs", "import", s(round), "--rss", rss, s(file), "--yes"];
    args.extend_from_slice(extra);
    lbk(&args)
}

fn refused(round: &Path, out: &Output, expect: &[&str]) {
    let t = text(out);
    assert!(!out.status.success(), "should be refused: {t}");
    for e in expect {
        assert!(t.contains(e), "missing {e:?} in:\n{t}");
    }
    let _ = round;
}

#[test]
fn a_corrected_template_sent_again_updates_and_never_duplicates() {
    let dir = tempfile::tempdir().unwrap();
    let round = round_copy(dir.path());
    let before = load(&round)
        .unwrap()
        .0
        .needs
        .iter()
        .filter(|n| n.rss == "VRM")
        .count();
    // The template lbk writes for VRM lists VRM's needs with their numbers.
    let mall = dir.path().join("mall-VRM.xlsx");
    let out = lbk(&["template", s(&round), "--rss", "vrm", "-o", s(&mall)]);
    assert!(out.status.success(), "{}", text(&out));
    assert!(text(&out).contains(&format!("{before} behov i omgången (med nummer)")));
    let sheet = lbk::imports::needs::read_needs_sheet(&mall).unwrap();
    let numbers: Vec<&str> = sheet
        .rows
        .iter()
        .skip(1)
        .map(|r| r[0].as_str())
        .filter(|n| n.starts_with("VRM"))
        .collect();
    assert_eq!(numbers.len(), before);
    // The RSS corrects one (its level) and adds one; sent back: one
    // updated, one new, nothing duplicated.
    let r = load(&round).unwrap().0;
    let first = r.needs.iter().find(|n| n.rss == "VRM").unwrap().clone();
    let rows = vec![
        need(&first.number, &first.title, "Regional"),
        need("", "Ny fråga om spelskulder", "Nationell"),
    ];
    let back = dir.path().join("tillbaka.xlsx");
    filled(&back, "VRM", "RSS Värmland", &headers(), &rows);
    let out = import(&round, "VRM", &back, &[]);
    assert!(out.status.success(), "{}", text(&out));
    let t = text(&out);
    assert!(t.contains("1 nya behov, 1 ändrade"), "{t}");
    assert!(
        t.contains("Nivå: \"Nationell\" → \"Regional\"") || t.contains("→ \"Regional\""),
        "what changed is said: {t}"
    );
    // The same file once more (the new row still without its number):
    // asked as a probable duplicate, not imported twice.
    let out = import(&round, "VRM", &back, &["--dry-run"]);
    refused(
        &round,
        &out,
        &["Ny fråga om spelskulder", "samma titel som VRM-"],
    );
    // A fresh template has the new need's number: sent back, nothing new.
    let out = lbk(&["template", s(&round), "--rss", "VRM", "-o", s(&mall)]);
    assert!(out.status.success());
    let out = import(&round, "VRM", &mall, &["--dry-run"]);
    assert!(
        text(&out).contains("0 nya behov, 0 ändrade"),
        "{}",
        text(&out)
    );
    let after = load(&round)
        .unwrap()
        .0
        .needs
        .iter()
        .filter(|n| n.rss == "VRM")
        .count();
    assert_eq!(after, before + 1);
    // A row without a number whose title a need has: asked, not imported.
    let copy = vec![need("", &first.title, "Nationell")];
    filled(&back, "VRM", "RSS Värmland", &headers(), &copy);
    let bytes = std::fs::read(&round).unwrap();
    let out = import(&round, "VRM", &back, &[]);
    refused(
        &round,
        &out,
        &["samma titel som", &first.number, "--allow-duplicates"],
    );
    assert_eq!(std::fs::read(&round).unwrap(), bytes);
    let out = import(&round, "VRM", &back, &["--allow-duplicates"]);
    assert!(text(&out).contains("trolig dubblett"), "{}", text(&out));
}

#[test]
fn a_file_for_another_rss_is_refused_with_both_names_unless_forced() {
    let dir = tempfile::tempdir().unwrap();
    let round = round_copy(dir.path());
    let file = dir.path().join("vrm.xlsx");
    filled(
        &file,
        "VRM",
        "RSS Värmland",
        &headers(),
        &[need("", "Helt nytt behov", "Lokal")],
    );
    let bytes = std::fs::read(&round).unwrap();
    let out = import(&round, "GR", &file, &[]);
    refused(
        &round,
        &out,
        &["mallen för", "VRM", "importeras för", "GR", "--force-rss"],
    );
    assert_eq!(std::fs::read(&round).unwrap(), bytes);
    let out = import(&round, "gr", &file, &["--force-rss"]);
    assert!(out.status.success(), "{}", text(&out));
}

#[test]
fn a_changed_example_row_is_asked_and_an_untouched_one_skipped() {
    let dir = tempfile::tempdir().unwrap();
    let round = round_copy(dir.path());
    let file = dir.path().join("ex.xlsx");
    let example_title = lbk::documents::needs_template::EXAMPLE_TITLE;
    filled(
        &file,
        "VRM",
        "RSS Värmland",
        &headers(),
        &[
            need("EXEMPEL", example_title, "Nationell"),
            need(
                "EXEMPEL",
                "Ett riktigt behov skrivet över exemplet",
                "Nationell",
            ),
        ],
    );
    let bytes = std::fs::read(&round).unwrap();
    refused(
        &round,
        &import(&round, "VRM", &file, &[]),
        &["rad 6", "märkt EXEMPEL", "--read-example"],
    );
    assert_eq!(std::fs::read(&round).unwrap(), bytes);
    let out = import(&round, "VRM", &file, &["--read-example"]);
    assert!(
        text(&out).contains("1 nya behov"),
        "the untouched example is not read: {}",
        text(&out)
    );
}

#[test]
fn a_renamed_column_refuses_the_file_naming_both() {
    let dir = tempfile::tempdir().unwrap();
    let round = round_copy(dir.path());
    let file = dir.path().join("namn.xlsx");
    let mut h = headers();
    h[6] = "Nivå (välj)";
    filled(
        &file,
        "VRM",
        "RSS Värmland",
        &h,
        &[need("", "Behov A", "Osäker")],
    );
    let bytes = std::fs::read(&round).unwrap();
    refused(
        &round,
        &import(&round, "VRM", &file, &[]),
        &["\"Nivå\" saknas", "\"Nivå (välj)\""],
    );
    assert_eq!(std::fs::read(&round).unwrap(), bytes);
}

#[test]
fn codes_with_swedish_letters_match_in_any_case_everywhere() {
    let dir = tempfile::tempdir().unwrap();
    let round = round_copy(dir.path());
    let r = load(&round).unwrap().0;
    let ska = r.needs.iter().find(|n| n.rss == "SKÅ").unwrap().clone();
    let lower = ska.number.to_lowercase();
    let file = dir.path().join("ska.xlsx");
    filled(
        &file,
        "SKÅ",
        "Kommunförbundet Skåne",
        &headers(),
        &[need(&lower, &ska.title, "Regional")],
    );
    let out = import(&round, "skå", &file, &[]);
    assert!(out.status.success(), "{}", text(&out));
    assert!(
        text(&out).contains("0 nya behov, 1 ändrade"),
        "{}",
        text(&out)
    );
    let list = lbk(&[
        "needs",
        "list",
        s(&round),
        "--rss",
        "gäv",
        "--format",
        "json",
    ]);
    let v: serde_json::Value = serde_json::from_slice(&list.stdout).unwrap();
    assert!(!v.as_array().unwrap().is_empty(), "gäv finds GÄV's needs");
    let none = lbk(&["needs", "list", s(&round), "--rss", "xyz"]);
    assert!(!none.status.success());
    assert!(
        text(&none).contains("RSS-koden xyz finns inte"),
        "{}",
        text(&none)
    );
}

#[test]
fn a_windows_1252_csv_is_read_and_the_report_says_so() {
    let dir = tempfile::tempdir().unwrap();
    let round = round_copy(dir.path());
    let csv = dir.path().join("mall.csv");
    let body = "Kort titel;Beskrivning;Nivå\nÄldre och spel;Vad vet vi om åldrande?;Osäker\n";
    let (bytes, _, bad) = encoding_rs::WINDOWS_1252.encode(body);
    assert!(!bad);
    std::fs::write(&csv, &bytes).unwrap();
    let out = import(&round, "VRM", &csv, &[]);
    let t = text(&out);
    assert!(out.status.success(), "{t}");
    assert!(t.contains("Windows-1252"), "{t}");
    let r = load(&round).unwrap().0;
    let n = r
        .needs
        .iter()
        .find(|n| n.title == "Äldre och spel")
        .expect("å ä ö read right");
    assert_eq!(n.level, lbk::domain::Level::Osaker);
}

#[test]
fn error_values_duplicated_rows_and_rows_below_the_table_are_never_silent() {
    let dir = tempfile::tempdir().unwrap();
    let round = round_copy(dir.path());
    let file = dir.path().join("fel.xlsx");
    filled(
        &file,
        "VRM",
        "RSS Värmland",
        &headers(),
        &[need("", "#VALUE!", "Nationell")],
    );
    let bytes = std::fs::read(&round).unwrap();
    refused(
        &round,
        &import(&round, "VRM", &file, &[]),
        &["rad 5, kolumn B", "felvärde"],
    );
    filled(
        &file,
        "VRM",
        "RSS Värmland",
        &headers(),
        &[
            need("", "Samma behov", "Nationell"),
            need("", "Samma behov", "Nationell"),
        ],
    );
    refused(
        &round,
        &import(&round, "VRM", &file, &[]),
        &["rad 6, kolumn B", "samma kort titel som rad 5"],
    );
    assert_eq!(std::fs::read(&round).unwrap(), bytes);
    // 205 rows: every one is read (the template's table holds 200).
    let titles: Vec<String> = (1..=205).map(|i| format!("Behov nummer {i}")).collect();
    let rows: Vec<Vec<&str>> = titles.iter().map(|t| need("", t, "Nationell")).collect();
    filled(&file, "VRM", "RSS Värmland", &headers(), &rows);
    let out = import(&round, "VRM", &file, &[]);
    assert!(text(&out).contains("205 nya behov"), "{}", text(&out));
}

#[test]
fn a_small_file_that_declares_a_huge_sheet_is_refused_and_nothing_crashes() {
    let dir = tempfile::tempdir().unwrap();
    let round = round_copy(dir.path());
    let file = dir.path().join("gles.xlsx");
    sparse(&file);
    assert!(std::fs::metadata(&file).unwrap().len() < 20_000);
    let bytes = std::fs::read(&round).unwrap();
    for args in [
        vec![
            "needs",
            "import",
            s(&round),
            "--rss",
            "VRM",
            s(&file),
            "--yes",
        ],
        vec!["ballots", "import", s(&round), "--stage", "pick", s(&file)],
    ] {
        let out = lbk(&args);
        let t = text(&out);
        assert_eq!(out.status.code(), Some(1), "a refusal, not a crash: {t}");
        assert!(
            t.contains("XFD1048576") && t.contains("lbk läser högst"),
            "{t}"
        );
    }
    assert_eq!(std::fs::read(&round).unwrap(), bytes);
}

#[test]
fn what_the_round_trip_through_libreoffice_showed() {
    let dir = tempfile::tempdir().unwrap();
    let round = round_copy(dir.path());
    let r = load(&round).unwrap().0;
    let ska = r.needs.iter().find(|n| n.rss == "SKÅ").unwrap().clone();
    // "SKÅ-1" for SKÅ-01 updates it; it is not a second copy.
    let (code, seq) = lbk::domain::need::split_number(&ska.number).unwrap();
    let short = format!("{}-{seq}", code.to_lowercase());
    let file = dir.path().join("kort.xlsx");
    filled(
        &file,
        "SKÅ",
        "Kommunförbundet Skåne",
        &headers(),
        &[need(&short, &ska.title, "Lokal")],
    );
    let out = import(&round, "SKÅ", &file, &["--dry-run"]);
    assert!(
        text(&out).contains("0 nya behov, 1 ändrade"),
        "{}",
        text(&out)
    );
    // A new row with a number of its own but the title of a need: asked.
    filled(
        &file,
        "SKÅ",
        "Kommunförbundet Skåne",
        &headers(),
        &[need("SKÅ-99", &ska.title, "Lokal")],
    );
    refused(
        &round,
        &import(&round, "SKÅ", &file, &[]),
        &["samma titel som", &ska.number],
    );
    // A numbered file for another RSS: one question, not a line per row.
    let vrm = r.needs.iter().find(|n| n.rss == "VRM").unwrap().clone();
    filled(
        &file,
        "VRM",
        "RSS Värmland",
        &headers(),
        &[need(&vrm.number, &vrm.title, "Lokal")],
    );
    let out = import(&round, "GR", &file, &[]);
    refused(&round, &out, &["mallen för", "--force-rss"]);
    assert!(!text(&out).contains("hör inte till"), "{}", text(&out));
    // An RSS code that does not exist is said as such, not as the file's fault.
    let out = import(&round, "xyz", &file, &[]);
    refused(
        &round,
        &out,
        &["RSS-koden xyz finns inte i omgången; koderna är"],
    );
    // A CSV that LibreOffice saved with a failed formula in it.
    let csv = dir.path().join("fel.csv");
    std::fs::write(
        &csv,
        "Kort titel;Beskrivning;Nivå\nEtt behov;#DIV/0!;Nationell\n",
    )
    .unwrap();
    refused(
        &round,
        &import(&round, "VRM", &csv, &[]),
        &["rad 2, kolumn B", "felvärdet #DIV/0!"],
    );
    // A change at the end of a long text shows where it is.
    let mut long = vrm.clone();
    long.description = format!("{} Tillägg i slutet.", vrm.description).into();
    let rows = vec![vec![
        long.number.as_str(),
        long.title.as_str(),
        long.description.as_str(),
        "",
        "",
        "",
        "Nationell",
        "",
        "Kunskapsbehov",
        "Nätverksmöte",
        "Nej",
        "",
    ]];
    filled(&file, "VRM", "RSS Värmland", &headers(), &rows);
    let out = import(&round, "VRM", &file, &["--dry-run"]);
    assert!(text(&out).contains("Tillägg i slutet"), "{}", text(&out));
}

#[test]
fn a_file_from_an_older_template_does_not_undo_a_newer_change_without_asking() {
    let dir = tempfile::tempdir().unwrap();
    let round = round_copy(dir.path());
    let r = load(&round).unwrap().0;
    let vrm = r.needs.iter().find(|n| n.rss == "VRM").unwrap().clone();
    let before = jiff::Timestamp::now().to_string();
    // Someone changes VRM's need after the template went out…
    let newer = dir.path().join("ny.xlsx");
    filled(
        &newer,
        "VRM",
        "RSS Värmland",
        &headers(),
        &[need(&vrm.number, &vrm.title, "Lokal")],
    );
    assert!(import(&round, "VRM", &newer, &[]).status.success());
    // …and the RSS returns the older template with another level.
    let old = dir.path().join("gammal.xlsx");
    filled_at(
        &old,
        "VRM",
        "RSS Värmland",
        &headers(),
        &[need(&vrm.number, &vrm.title, "Regional")],
        Some(&before),
    );
    let bytes = std::fs::read(&round).unwrap();
    refused(
        &round,
        &import(&round, "VRM", &old, &[]),
        &[
            &vrm.number,
            "efter att mallen skrevs ut",
            "--overwrite-newer",
        ],
    );
    assert_eq!(std::fs::read(&round).unwrap(), bytes);
    let out = import(&round, "VRM", &old, &["--overwrite-newer"]);
    assert!(out.status.success(), "{}", text(&out));
}
