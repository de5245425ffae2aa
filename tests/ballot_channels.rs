//! Ballots from every channel through the real binary, with no hand edit:
//! a Microsoft Forms–style export (xlsx and CSV), a meeting chat saved as
//! text, unknown names asked once and remembered, the dry run first, all or
//! nothing; the meeting's settings, withdrawing and listing from the
//! command line; and the import refused while the app holds the round,
//! with a message that says how to do it there.

mod common;

use std::path::Path;

use common::cli::{lbk, round_copy, s, text};
use lbk::store::load;

fn picks(round: &Path, name: &str) -> Option<Vec<String>> {
    let r = load(round).unwrap().0;
    r.prioritization.pick_ballot(name).map(|b| b.needs.clone())
}

/// A Forms export as Microsoft Forms writes it: metadata columns, the
/// respondent's name "Efternamn Förnamn", one answer cell listing choices
/// as "number title;" pairs.
fn forms_xlsx(path: &Path, rows: &[[&str; 6]]) {
    let mut wb = rust_xlsxwriter::Workbook::new();
    let ws = wb.add_worksheet();
    let header = [
        "Id",
        "Starttid",
        "Sluttid",
        "E-post",
        "Namn",
        "Vilka behov väljer du?",
    ];
    for (c, h) in header.iter().enumerate() {
        ws.write_string(0, c as u16, *h).unwrap();
    }
    for (r, row) in rows.iter().enumerate() {
        for (c, v) in row.iter().enumerate() {
            ws.write_string(r as u32 + 1, c as u16, *v).unwrap();
        }
    }
    wb.save(path).unwrap();
}

#[test]
fn a_forms_export_is_imported_as_it_is_after_a_dry_run() {
    let dir = tempfile::tempdir().unwrap();
    let round = round_copy(dir.path());
    let sheet = dir.path().join("Prioritering NSK-S(1-3).xlsx");
    forms_xlsx(
        &sheet,
        &[
            [
                "1",
                "11/23/26 10:01:12",
                "11/23/26 10:03:40",
                "anonymous",
                "Sjöberg Elin",
                "GR-01 Digitala behandlingsinsatser i glesbygd;HAL-02 Alkohol under graviditet;",
            ],
            [
                "2",
                "11/23/26 10:02:00",
                "11/23/26 10:04:10",
                "anonymous",
                "Lindqvist, Anna",
                "öst-01;skå-01;gav1",
            ],
            // Elin again, later: the latest answer counts.
            [
                "3",
                "11/23/26 10:05:00",
                "11/23/26 10:05:30",
                "anonymous",
                "Elin Sjöberg",
                "GR-01 Digitala behandlingsinsatser i glesbygd;STH-01",
            ],
        ],
    );
    let before = std::fs::read(&round).unwrap();
    let dry = lbk(&[
        "ballots",
        "import",
        s(&round),
        "--stage",
        "pick",
        s(&sheet),
        "--dry-run",
    ]);
    let out = text(&dry);
    assert!(dry.status.success(), "{out}");
    assert!(
        out.contains("Skulle importera från") && out.contains(": 2 valsedlar:"),
        "{out}"
    );
    assert!(
        out.contains("rad 3: Anna Lindqvist: ÖST-01, SKÅ-01, GÄV-01"),
        "{out}"
    );
    assert!(
        out.contains("Elin Sjöberg på rad 2 ersätts av den senare på rad 4"),
        "{out}"
    );
    assert_eq!(
        std::fs::read(&round).unwrap(),
        before,
        "a dry run writes nothing"
    );

    let done = lbk(&["ballots", "import", s(&round), "--stage", "pick", s(&sheet)]);
    assert!(done.status.success(), "{}", text(&done));
    assert_eq!(picks(&round, "Elin Sjöberg").unwrap(), ["GR-01", "STH-01"]);
    assert_eq!(
        picks(&round, "Anna Lindqvist").unwrap(),
        ["ÖST-01", "SKÅ-01", "GÄV-01"]
    );
}

#[test]
fn a_csv_export_with_one_answer_per_column_and_an_email_for_the_name() {
    let dir = tempfile::tempdir().unwrap();
    let round = round_copy(dir.path());
    // The register knows Karin's e-mail; her form row has no name.
    let (mut r, seen) = load(&round).unwrap();
    r.representatives
        .iter_mut()
        .find(|p| p.name == "Karin Lund")
        .unwrap()
        .email = "karin.lund@example.se".into();
    lbk::store::save(&round, &mut r, Some(seen)).unwrap();
    let csv = dir.path().join("svar.csv");
    std::fs::write(
        &csv,
        "Tidsstämpel,E-postadress,Namn,Val 1,Val 2,Val 3\n\
         2026-11-23 10:01,karin.lund@example.se,,Alkohol under graviditet,gr1,3\n",
    )
    .unwrap();
    let out = lbk(&["ballots", "import", s(&round), "--stage", "pick", s(&csv)]);
    assert!(out.status.success(), "{}", text(&out));
    let third = load(&round).unwrap().0.final_compilation()[2]
        .number
        .clone();
    assert_eq!(
        picks(&round, "Karin Lund").unwrap(),
        ["HAL-02".to_string(), "GR-01".into(), third]
    );
}

#[test]
fn a_saved_chat_imports_the_latest_ballot_per_person_and_asks_unknown_names_once() {
    let dir = tempfile::tempdir().unwrap();
    let round = round_copy(dir.path());
    let chat = dir.path().join("chatt.txt");
    std::fs::write(
        &chat,
        "Anna Lindqvist: val gr1 hal2 sth1\n\
         Per Dahlgren 10:32\n\
         Hej! Jag röstar strax.\n\
         val gäv1 ost1\n\
         Anna L 10:35\n\
         gr2\n\
         Anna Lindqvist: val gr1 hal2\n",
    )
    .unwrap();
    let before = std::fs::read(&chat).unwrap();
    let refused = lbk(&["ballots", "import", s(&round), "--stage", "pick", s(&chat)]);
    let out = text(&refused);
    assert!(!refused.status.success());
    assert!(out.contains("\"Anna L\" finns inte i registret"), "{out}");
    assert!(
        out.contains("--alias \"Anna L=Förnamn Efternamn\""),
        "{out}"
    );
    assert!(out.contains("omgången är oförändrad"), "{out}");
    assert_eq!(std::fs::read(&chat).unwrap(), before);

    let ok = lbk(&[
        "ballots",
        "import",
        s(&round),
        "--stage",
        "pick",
        s(&chat),
        "--alias",
        "Anna L=Björn Ekström",
    ]);
    assert!(ok.status.success(), "{}", text(&ok));
    assert!(
        text(&ok).contains("1 chattmeddelanden var inga valsedlar"),
        "{}",
        text(&ok)
    );
    assert_eq!(
        picks(&round, "Anna Lindqvist").unwrap(),
        ["GR-01", "HAL-02"],
        "the latest counts"
    );
    assert_eq!(picks(&round, "Per Dahlgren").unwrap(), ["GÄV-01", "ÖST-01"]);
    assert_eq!(picks(&round, "Björn Ekström").unwrap(), ["GR-02"]);
    // Remembered: the next import knows "Anna L".
    let r = load(&round).unwrap().0;
    let bjorn = r
        .representatives
        .iter()
        .find(|p| p.name == "Björn Ekström")
        .unwrap();
    assert_eq!(bjorn.aliases, ["Anna L"]);
    let again = lbk(&[
        "ballots",
        "import",
        s(&round),
        "--stage",
        "pick",
        s(&chat),
        "--dry-run",
    ]);
    assert!(again.status.success(), "{}", text(&again));
}

#[test]
fn one_bad_answer_refuses_the_whole_import_with_its_row_and_column() {
    let dir = tempfile::tempdir().unwrap();
    let round = round_copy(dir.path());
    let csv = dir.path().join("svar.csv");
    std::fs::write(&csv, "Namn;Val\nAnna Lindqvist;gr1\nPer Dahlgren;sto1; \n").unwrap();
    let before = std::fs::read(&round).unwrap();
    let out = lbk(&["ballots", "import", s(&round), "--stage", "pick", s(&csv)]);
    let t = text(&out);
    assert!(!out.status.success());
    assert!(
        t.contains("rad 3, kolumn B: \"sto1\" är inget behov"),
        "{t}"
    );
    assert!(t.contains("menades STH-01?"), "{t}");
    assert_eq!(std::fs::read(&round).unwrap(), before);
}

#[test]
fn import_is_refused_while_the_app_holds_the_round_and_says_how_to_do_it_there() {
    let dir = tempfile::tempdir().unwrap();
    let round = round_copy(dir.path());
    let csv = dir.path().join("svar.csv");
    std::fs::write(&csv, "Namn;Val\nAnna Lindqvist;gr1\n").unwrap();
    let held = lbk::store::OpenRound::open(&round).unwrap();
    let before = std::fs::read(&round).unwrap();
    let out = lbk(&["ballots", "import", s(&round), "--stage", "pick", s(&csv)]);
    let t = text(&out);
    assert!(!out.status.success());
    assert!(
        t.contains("Importera i appen i stället: på moment 5, tryck i"),
        "{t}"
    );
    let dry = lbk(&[
        "ballots",
        "import",
        s(&round),
        "--stage",
        "pick",
        s(&csv),
        "--dry-run",
    ]);
    assert!(dry.status.success(), "a dry run only reads: {}", text(&dry));
    drop(held);
    assert_eq!(std::fs::read(&round).unwrap(), before);
}

#[test]
fn setup_withdraw_and_list_from_the_command_line() {
    let dir = tempfile::tempdir().unwrap();
    let round = round_copy(dir.path());
    let out = lbk(&[
        "ballots",
        "setup",
        s(&round),
        "--picks",
        "6",
        "--rule",
        "topp 4",
        "--present",
        "ostlund hans",
        "--absent",
        "Karin Lund",
    ]);
    assert!(out.status.success(), "{}", text(&out));
    let r = load(&round).unwrap().0;
    let p = &r.prioritization;
    assert_eq!(p.max_picks, 6);
    assert_eq!(p.joint_rule, lbk::domain::priority::JointRule::TopK(4));
    assert!(p.present.contains(&"Hans Östlund".to_string()));
    assert!(!p.present.contains(&"Karin Lund".to_string()));
    // A wrong name refuses the whole setup.
    let before = std::fs::read(&round).unwrap();
    let bad = lbk(&[
        "ballots",
        "setup",
        s(&round),
        "--picks",
        "7",
        "--present",
        "Nobody Here",
    ]);
    assert!(!bad.status.success());
    assert!(text(&bad).contains("Nobody Here finns inte i registret"));
    assert_eq!(std::fs::read(&round).unwrap(), before);

    let list = lbk(&[
        "ballots",
        "list",
        s(&round),
        "--stage",
        "pick",
        "--format",
        "json",
    ]);
    let v: serde_json::Value = serde_json::from_slice(&list.stdout).unwrap();
    let first = &v.as_array().unwrap()[0];
    let name = first["name"].as_str().unwrap().to_string();
    assert!(first["numbers"].as_array().is_some());
    let out = lbk(&["ballots", "withdraw", s(&round), "--stage", "pick", &name]);
    assert!(out.status.success(), "{}", text(&out));
    assert!(picks(&round, &name).is_none());
    let again = lbk(&["ballots", "withdraw", s(&round), "--stage", "pick", &name]);
    assert!(text(&again).contains("har ingen valsedel"));
    let bad = lbk(&[
        "ballots",
        "list",
        s(&round),
        "--stage",
        "pick",
        "--format",
        "xml",
    ]);
    assert!(text(&bad).contains("--format text eller --format json"));
}

#[test]
fn the_ballot_template_offers_number_and_title_and_such_a_choice_is_read() {
    let dir = tempfile::tempdir().unwrap();
    let round = round_copy(dir.path());
    let sheet = dir.path().join("mall.xlsx");
    let out = lbk(&[
        "ballots",
        "template",
        s(&round),
        "--stage",
        "pick",
        "-o",
        s(&sheet),
    ]);
    assert!(out.status.success(), "{}", text(&out));
    use calamine::Reader as _;
    let mut wb = calamine::open_workbook_auto(&sheet).unwrap();
    let list = wb.worksheet_range("Behov").unwrap();
    let label = list.get_value((1, 2)).unwrap().to_string();
    let number = list.get_value((1, 0)).unwrap().to_string();
    assert!(label.starts_with(&format!("{number} – ")), "{label}");
    // A row filled from the dropdown: the label in the cell.
    let csv = dir.path().join("ifylld.csv");
    std::fs::write(
        &csv,
        format!("Representant;Val 1\nAnna Lindqvist;{label}\n"),
    )
    .unwrap();
    let out = lbk(&["ballots", "import", s(&round), "--stage", "pick", s(&csv)]);
    assert!(out.status.success(), "{}", text(&out));
    assert_eq!(picks(&round, "Anna Lindqvist").unwrap(), [number]);
}
