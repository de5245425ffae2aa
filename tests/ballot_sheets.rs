//! Ballots from spreadsheets, through the real binary: every refusal leaves
//! the round file's bytes unchanged; semicolon CSV with a BOM and xlsx are
//! read; the template and the xlsx tally are read back with calamine.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use calamine::{Data, Reader, open_workbook_auto};
use lbk::store::load;

/// A copy of sample round (b) in a temporary folder.
fn round_copy(dir: &Path) -> PathBuf {
    let path = dir.join("r.ron");
    std::fs::write(&path, lbk::store::samples::SAMPLES[1].text).unwrap();
    path
}

fn lbk(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_lbk"))
        .args(args)
        .output()
        .unwrap()
}

fn s(p: &Path) -> &str {
    p.to_str().unwrap()
}

fn import(round: &Path, stage: &str, sheet: &Path, extra: &[&str]) -> Output {
    let mut args = vec!["ballots", "import", s(round), "--stage", stage, s(sheet)];
    args.extend_from_slice(extra);
    lbk(&args)
}

/// Writes `csv`, imports it and expects a refusal mentioning each of
/// `expect`, with the round file byte for byte as before.
fn refused(csv: &str, expect: &[&str]) {
    let dir = tempfile::tempdir().unwrap();
    let round = round_copy(dir.path());
    let sheet = dir.path().join("val.csv");
    std::fs::write(&sheet, csv).unwrap();
    let before = std::fs::read(&round).unwrap();
    let out = import(&round, "pick", &sheet, &[]);
    let err = String::from_utf8_lossy(&out.stderr).to_string();
    assert!(!out.status.success(), "importen skulle vägras: {err}");
    for e in expect {
        assert!(err.contains(e), "meddelandet saknar {e:?}:\n{err}");
    }
    assert!(err.contains("omgången är oförändrad"), "{err}");
    assert_eq!(
        std::fs::read(&round).unwrap(),
        before,
        "omgångsfilen ändrades"
    );
}

#[test]
fn each_kind_of_bad_row_is_refused_with_row_and_column() {
    refused(
        "Representant;Val 1\nOkänd Person;GR-01\n",
        &["rad 2, kolumn A", "Okänd Person"],
    );
    refused(
        "Representant;Val 1;Val 2\nAnna Lindqvist;GR-01;XX-99\n",
        &["rad 2, kolumn C", "\"XX-99\" är inget behov"],
    );
    refused(
        "Representant;Val 1\nAnna Lindqvist;GR-03\n",
        &["rad 2, kolumn B", "inte i den slutliga sammanställningen"],
    );
    refused(
        "Representant;Val 1;Val 2\nAnna Lindqvist;GR-01;gr-01\n",
        &["rad 2, kolumn C", "två gånger"],
    );
    refused(
        "Representant;Val 1;Val 2;Val 3;Val 4;Val 5;Val 6\nAnna Lindqvist;GR-01;GR-02;HAL-01;HAL-02;HAL-03;DAL-01\n",
        &["rad 2, kolumn G", "högst 5"],
    );
    refused(
        "Representant;Val 1\nAnna Lindqvist;GR-01\nanna lindqvist ;GR-02\n",
        &["rad 3, kolumn A", "står redan på rad 2"],
    );
    refused(
        "Person;Val 1\nAnna Lindqvist;GR-01\n",
        &["rad 1, kolumn A", "Ingen kolumn med namn", "Representant"],
    );
    // Hans Östlund (Gotland) is not present at the sample meeting.
    refused(
        "Representant;Val 1\nHans Östlund;GR-01\n",
        &["rad 2", "inte markerad som närvarande"],
    );
    // One good row does not let a bad one through.
    refused(
        "Representant;Val 1\nAnna Lindqvist;GR-01\nBjörn Ekström;NOPE\n",
        &["rad 3, kolumn B"],
    );
}

#[test]
fn semicolon_csv_with_bom_replaces_only_the_listed_representatives() {
    let dir = tempfile::tempdir().unwrap();
    let round = round_copy(dir.path());
    let before = load(&round).unwrap().0;
    let untouched = before
        .prioritization
        .pick_ballots
        .iter()
        .find(|b| b.representative == "Björn Ekström")
        .cloned()
        .unwrap();
    let sheet = dir.path().join("val.csv");
    std::fs::write(&sheet, "\u{feff}Representant;Val 1;Val 2;Val 3\r\n anna LINDQVIST ;gr-01;HAL-02;\r\nKarin Lund;STH-01;;\r\n").unwrap();

    // A dry run reports and changes nothing.
    let bytes = std::fs::read(&round).unwrap();
    let out = import(&round, "pick", &sheet, &["--dry-run"]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(String::from_utf8_lossy(&out.stdout).contains(": 2 valsedlar:"));
    assert_eq!(std::fs::read(&round).unwrap(), bytes);

    let out = import(&round, "pick", &sheet, &[]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let after = load(&round).unwrap().0;
    let ballot = |n: &str| {
        after
            .prioritization
            .pick_ballots
            .iter()
            .find(|b| b.representative == n)
            .cloned()
    };
    assert_eq!(
        ballot("Anna Lindqvist").unwrap().needs,
        vec!["GR-01", "HAL-02"]
    );
    assert_eq!(ballot("Karin Lund").unwrap().needs, vec!["STH-01"]);
    assert_eq!(ballot("Björn Ekström").unwrap(), untouched);
    assert_eq!(
        after.prioritization.pick_ballots.len(),
        before.prioritization.pick_ballots.len() + 1
    );
}

#[test]
fn an_xlsx_sheet_from_the_template_is_imported() {
    let dir = tempfile::tempdir().unwrap();
    let round = round_copy(dir.path());
    let tpl = dir.path().join("mall.xlsx");
    let out = lbk(&[
        "ballots",
        "template",
        s(&round),
        "--stage",
        "pick",
        "-o",
        s(&tpl),
    ]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );

    // The template: header, present names, and a hidden list of valid numbers.
    let mut wb = open_workbook_auto(&tpl).unwrap();
    let names = wb.sheet_names();
    assert_eq!(names, vec!["Valsedlar", "Behov"]);
    let sheet = wb.worksheet_range("Valsedlar").unwrap();
    let header: Vec<String> = sheet
        .rows()
        .next()
        .unwrap()
        .iter()
        .map(|c| c.to_string())
        .collect();
    assert_eq!(
        header,
        vec!["Representant", "Val 1", "Val 2", "Val 3", "Val 4", "Val 5"]
    );
    let r = load(&round).unwrap().0;
    assert_eq!(sheet.rows().count(), r.prioritization.present.len() + 1);
    let list = wb.worksheet_range("Behov").unwrap();
    assert_eq!(list.rows().count(), r.final_compilation().len() + 1);

    // Fill two rows as a representative would, and import.
    let mut book = rust_xlsxwriter::Workbook::new();
    let ws = book.add_worksheet();
    for (c, h) in header.iter().enumerate() {
        ws.write_string(0, c as u16, h).unwrap();
    }
    ws.write_string(1, 0, "Olivia Strand").unwrap();
    ws.write_string(1, 1, "NBO-01").unwrap();
    ws.write_string(1, 2, "GR-02").unwrap();
    ws.write_string(2, 0, "Per Dahlgren").unwrap();
    ws.write_string(2, 1, "GR-02").unwrap();
    let filled = dir.path().join("ifylld.xlsx");
    book.save(&filled).unwrap();
    let out = import(&round, "pick", &filled, &[]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let after = load(&round).unwrap().0;
    let counts = after.pick_counts();
    assert_eq!(counts.get("GR-02"), Some(&2));
    assert_eq!(counts.get("NBO-01"), Some(&1));
}

#[test]
fn close_forms_the_joint_list_and_reopen_needs_a_reason() {
    let dir = tempfile::tempdir().unwrap();
    let round = round_copy(dir.path());
    let bytes = std::fs::read(&round).unwrap();
    let out = lbk(&[
        "ballots",
        "reopen",
        s(&round),
        "--stage",
        "pick",
        "--reason",
        " ",
    ]);
    assert!(!out.status.success());
    assert_eq!(std::fs::read(&round).unwrap(), bytes);

    let out = lbk(&["ballots", "close", s(&round), "--stage", "pick"]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let r = load(&round).unwrap().0;
    assert!(r.prioritization.pick_closed);
    assert_eq!(r.prioritization.joint_list.len(), r.pick_counts().len());

    let out = lbk(&[
        "ballots",
        "reopen",
        s(&round),
        "--stage",
        "pick",
        "--reason",
        "Ett val saknades",
    ]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let r = load(&round).unwrap().0;
    assert!(!r.prioritization.pick_closed);
    assert!(r.log.last().unwrap().what.contains("Ett val saknades"));
}

#[test]
fn json_tally_has_the_documented_shape() {
    let dir = tempfile::tempdir().unwrap();
    let round = round_copy(dir.path());
    let out = lbk(&["tally", s(&round), "--stage", "pick", "--format", "json"]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let r = load(&round).unwrap().0;
    assert_eq!(v["stage"], "pick");
    assert_eq!(v["max_picks"], 5);
    assert_eq!(v["eligible"], r.prioritization.present.len());
    assert_eq!(v["ballots"], r.prioritization.pick_ballots.len());
    let needs = v["needs"].as_array().unwrap();
    assert_eq!(
        needs.len(),
        r.final_compilation().len(),
        "every need on the compilation, 0 picks too"
    );
    assert!(needs.iter().any(|n| n["picks"] == 0));
    let first = &needs[0];
    for key in ["place", "shared", "number", "title", "picks"] {
        assert!(first.get(key).is_some(), "{key} saknas");
    }
    let reps = v["representatives"].as_array().unwrap();
    assert_eq!(
        reps.iter().filter(|x| x["voted"] == true).count(),
        r.prioritization.pick_ballots.len()
    );

    // The rank stage before it has begun is a clear refusal.
    let out = lbk(&["tally", s(&round), "--stage", "rank", "--format", "json"]);
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("valsteget är öppet"));

    // Sample (a) is ranked: the rank shape.
    let a = dir.path().join("a.ron");
    std::fs::write(&a, lbk::store::samples::SAMPLES[0].text).unwrap();
    let out = lbk(&["tally", s(&a), "--format", "json"]);
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["stage"], "rank");
    let n = &v["needs"][0];
    for key in [
        "place",
        "shared",
        "number",
        "title",
        "points",
        "first_places",
        "mean_position",
        "positions",
        "picks",
        "contested",
    ] {
        assert!(n.get(key).is_some(), "{key} saknas");
    }
    assert_eq!(
        n["positions"].as_array().unwrap().len(),
        v["list_length"].as_u64().unwrap() as usize
    );
}

#[test]
fn the_xlsx_tally_reads_back_with_both_stages() {
    let dir = tempfile::tempdir().unwrap();
    let a = dir.path().join("a.ron");
    std::fs::write(&a, lbk::store::samples::SAMPLES[0].text).unwrap();
    let x = dir.path().join("resultat.xlsx");
    let out = lbk(&["tally", s(&a), "--format", "xlsx", "-o", s(&x)]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let round = load(&a).unwrap().0;
    let rank = round.current_rank_tally().unwrap();
    let mut wb = open_workbook_auto(&x).unwrap();
    assert_eq!(wb.sheet_names(), vec!["Val", "Rangordning"]);
    let sheet = wb.worksheet_range("Rangordning").unwrap();
    let rows: Vec<&[Data]> = sheet.rows().collect();
    let header = rows
        .iter()
        .position(|r| {
            r.first()
                .is_some_and(|c| *c == Data::String("Plats".into()))
        })
        .unwrap();
    assert_eq!(rows[header][3].to_string(), "Poäng");
    for (i, row) in rank.rows.iter().enumerate() {
        let cells = rows[header + 1 + i];
        assert_eq!(cells[1].to_string(), row.number);
        assert_eq!(cells[3], Data::Float(row.points as f64));
    }
    // Print setup and the chart, read from the file's parts.
    let mut zip = zip::ZipArchive::new(std::fs::File::open(&x).unwrap()).unwrap();
    let part = |zip: &mut zip::ZipArchive<std::fs::File>, name: &str| {
        let mut s = String::new();
        std::io::Read::read_to_string(&mut zip.by_name(name).unwrap(), &mut s).unwrap();
        s
    };
    let sheet2 = part(&mut zip, "xl/worksheets/sheet2.xml");
    assert!(sheet2.contains(r#"orientation="landscape""#), "liggande");
    assert!(
        sheet2.contains(r#"fitToHeight="0""#) && sheet2.contains("fitToPage"),
        "anpassa till bredd"
    );
    let workbook = part(&mut zip, "xl/workbook.xml");
    assert!(
        workbook.contains("_xlnm.Print_Titles"),
        "rubrikraden upprepas"
    );
    let chart = part(&mut zip, "xl/charts/chart2.xml");
    assert!(chart.contains("<c:barChart>"), "stapeldiagram");
    assert!(part(&mut zip, "xl/tables/table2.xml").contains("Poäng"));
}
