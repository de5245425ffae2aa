//! Workbooks that read well in Excel and in LibreOffice (part of issue
//! #16): read back with calamine and as their XML parts. Counts, places,
//! means and shares are numbers; rows whose text wraps have a height;
//! header cells are bold by their own format; A4 with a page footer; line
//! breaks are line breaks, never "␊"; the tally CSV opens right in Swedish
//! Excel (BOM, CRLF, `;`).

mod common;

use std::io::Read as _;
use std::path::Path;
use std::process::Command;

use calamine::{Data, Reader, open_workbook_auto};
use common::cli::export_paths;

fn export(dir: &Path, what: &str, format: &str) -> Vec<std::path::PathBuf> {
    let round = dir.join("b.ron");
    if !round.exists() {
        let mut r = lbk::store::parse_round(
            lbk::store::samples::SAMPLES[1].text.as_bytes(),
            Path::new("b.ron"),
        )
        .unwrap();
        // A description with a line break, as a pasted text has.
        r.needs[0].description = "Första raden.\nAndra raden.".into();
        lbk::store::save(&round, &mut r, None).unwrap();
    }
    export_paths(&round, what, format, &dir.join("ut"))
        .into_iter()
        .filter(|p| p.exists())
        .collect()
}

fn part(path: &Path, name: &str) -> String {
    let f = std::fs::File::open(path).unwrap();
    let mut z = zip::ZipArchive::new(f).unwrap();
    let mut s = String::new();
    z.by_name(name).unwrap().read_to_string(&mut s).unwrap();
    s
}

#[test]
fn the_final_compilation_has_row_heights_bold_headers_a4_and_real_line_breaks() {
    let dir = tempfile::tempdir().unwrap();
    let files = export(dir.path(), "compilation", "xlsx");
    let xlsx = files
        .iter()
        .find(|p| p.extension().is_some_and(|e| e == "xlsx"))
        .unwrap();
    let sheet = part(xlsx, "xl/worksheets/sheet1.xml");
    assert!(
        sheet.contains("customHeight=\"1\""),
        "rows with wrapped text get a height"
    );
    assert!(sheet.contains("paperSize=\"9\""), "A4");
    assert!(
        sheet.contains("sida &amp;P av &amp;N"),
        "page numbers in the footer"
    );
    let styles = part(xlsx, "xl/styles.xml");
    assert!(styles.contains("<b/>"), "a bold format of its own");
    let mut wb = open_workbook_auto(xlsx).unwrap();
    let range = wb.worksheet_range_at(0).unwrap().unwrap();
    let all: Vec<String> = range.cells().map(|(_, _, d)| d.to_string()).collect();
    assert!(all.iter().all(|t| !t.contains('␊')), "no ␊ in any cell");
    assert!(
        all.iter()
            .any(|t| t.contains("Första raden.\nAndra raden.")),
        "the line break is one"
    );
}

#[test]
fn the_tally_workbook_stores_numbers_as_numbers_and_the_csv_opens_in_swedish_excel() {
    let dir = tempfile::tempdir().unwrap();
    let files = export(dir.path(), "tally", "xlsx");
    let xlsx = files
        .iter()
        .find(|p| p.extension().is_some_and(|e| e == "xlsx"))
        .unwrap();
    let mut wb = open_workbook_auto(xlsx).unwrap();
    let range = wb.worksheet_range_at(0).unwrap().unwrap();
    let rows: Vec<&[Data]> = range.rows().collect();
    let header = rows
        .iter()
        .position(|r| {
            r.iter()
                .any(|c| matches!(c, Data::String(s) if s == "Andel"))
        })
        .unwrap();
    let col = |name: &str| {
        rows[header]
            .iter()
            .position(|c| matches!(c, Data::String(s) if s == name))
            .unwrap()
    };
    let first = rows[header + 1];
    assert!(
        matches!(first[col("Val")], Data::Float(_)),
        "Val is a number"
    );
    assert!(
        matches!(first[col("Andel")], Data::Float(v) if v > 0.0 && v <= 1.0),
        "Andel is a share"
    );
    assert!(matches!(
        rows[header + 1][col("Plats")],
        Data::Float(_) | Data::String(_)
    ));
    assert!(
        rows[1].iter().any(|c| c.to_string().contains("närvarande")),
        "the ballots-of-present line"
    );
    let csv = dir.path().join("t.csv");
    let o = Command::new(env!("CARGO_BIN_EXE_lbk"))
        .args([
            "tally",
            dir.path().join("b.ron").to_str().unwrap(),
            "--format",
            "csv",
            "-o",
            csv.to_str().unwrap(),
        ])
        .output()
        .unwrap();
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let bytes = std::fs::read(&csv).unwrap();
    assert!(bytes.starts_with(&[0xEF, 0xBB, 0xBF]), "a BOM");
    let text = String::from_utf8(bytes).unwrap();
    assert!(text.contains(";Poäng;") || text.contains(";Val;"), "{text}");
    assert!(
        text.lines().count() > 2
            && text.contains("\r\n")
            && !text.replace("\r\n", "").contains('\n'),
        "CRLF line ends"
    );
}

#[test]
fn the_final_compilation_in_word_has_a_table_a4_page_numbers_and_line_breaks() {
    let dir = tempfile::tempdir().unwrap();
    let files = export(dir.path(), "compilation", "docx");
    let docx = files
        .iter()
        .find(|p| p.extension().is_some_and(|e| e == "docx"))
        .unwrap();
    let body = part(docx, "word/document.xml");
    assert!(body.contains("<w:tbl>"), "a real table");
    assert!(
        body.contains("w:w=\"16838\"") || body.contains("w:w=\"11906\""),
        "A4"
    );
    assert!(
        body.contains("Första raden.") && body.contains("<w:br"),
        "the line break is a break"
    );
    assert!(!body.contains('␊'));
    assert!(body.contains("<w:b "), "the header row is bold");
    let z = zip::ZipArchive::new(std::fs::File::open(docx).unwrap()).unwrap();
    let names: Vec<String> = z
        .file_names()
        .filter_map(|n| n.ok())
        .map(|n| n.to_string())
        .collect();
    let footer = names.iter().find(|n| n.starts_with("word/footer")).unwrap();
    let footer = part(docx, footer);
    assert!(
        footer.contains("PAGE") && footer.contains("NUMPAGES"),
        "sida x av y"
    );
    let header = names.iter().find(|n| n.starts_with("word/header")).unwrap();
    assert!(
        part(docx, header).contains("Skadligt bruk"),
        "the round in the page header"
    );
}

#[test]
fn the_hand_over_carries_the_known_supports_and_the_actors_answers() {
    let dir = tempfile::tempdir().unwrap();
    let round = dir.path().join("a.ron");
    let parse = |i: usize| {
        lbk::store::parse_round(
            lbk::store::samples::SAMPLES[i].text.as_bytes(),
            Path::new("x.ron"),
        )
        .unwrap()
    };
    // The finished sample, with one moment-3 answer on its first need.
    let mut a = parse(0);
    let b = parse(1);
    let first = lbk::meeting::moment67::prioritised(&a)[0].number.clone();
    let mut session = b
        .dialogues
        .iter()
        .find(|s| !s.assessments.is_empty())
        .unwrap()
        .clone();
    let mut answer = session.assessments[0].clone();
    answer.need = first.clone();
    answer.actor = a.actors[0].code.clone();
    answer.note = "Vi ser över vägledningen.".into();
    session.assessments = vec![answer];
    session.rss.clear();
    session.actors.clear();
    session.remarks.clear();
    session.rss_present.clear();
    a.dialogues.push(session);
    a.needs
        .iter_mut()
        .find(|n| n.number == first)
        .unwrap()
        .known_support = "Ett stödmaterial från 2019.".into();
    lbk::store::save(&round, &mut a, None).unwrap();
    let out = dir.path().join("ut");
    let o = Command::new(env!("CARGO_BIN_EXE_lbk"))
        .args([
            "export",
            round.to_str().unwrap(),
            "handover",
            "--format",
            "md",
            "-o",
            out.to_str().unwrap(),
        ])
        .output()
        .unwrap();
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let md = std::fs::read_to_string(out.join("prioriterade-behov.md")).unwrap();
    assert!(
        md.contains("- Kända stöd som inte räcker: Ett stödmaterial från 2019."),
        "{md}"
    );
    assert!(
        md.contains(&format!("  - {}: ", a.actors[0].code))
            && md.contains("Vi ser över vägledningen"),
        "{md}"
    );
}

#[test]
fn mail_out_drafts_are_addressed_carry_their_document_and_use_the_secretariats_text() {
    let dir = tempfile::tempdir().unwrap();
    let round = dir.path().join("a.ron");
    std::fs::write(&round, lbk::store::samples::SAMPLES[0].text).unwrap();
    // The secretariat's own text for the hand-over.
    let config = dir.path().join("cfg");
    std::fs::create_dir_all(config.join("utskick")).unwrap();
    std::fs::write(
        config.join("utskick").join("prioriterade-behov.txt"),
        "Ämne: Resultat NSK-S {omrade}\nHej alla!\nHär kommer resultatet.",
    )
    .unwrap();
    let out = dir.path().join("ut");
    let o = Command::new(env!("CARGO_BIN_EXE_lbk"))
        .env("LBK_CONFIG_DIR", &config)
        .env("LBK_DATA_DIR", dir.path().join("data"))
        .args([
            "export",
            round.to_str().unwrap(),
            "mailouts",
            "-o",
            out.to_str().unwrap(),
        ])
        .output()
        .unwrap();
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let r = lbk::store::parse_round(
        lbk::store::samples::SAMPLES[0].text.as_bytes(),
        Path::new("a.ron"),
    )
    .unwrap();
    let handover =
        std::fs::read_to_string(out.join("utskick").join("prioriterade-behov-rss.eml")).unwrap();
    assert!(
        handover.contains("X-Unsent: 1"),
        "opens as a draft in Outlook"
    );
    // The list for the RSSs asks nothing, so it has its own text.
    assert!(
        handover.contains("Prioriterade_kunskapsbehov_f=C3=B6r_k=C3=A4nnedom"),
        "{handover}"
    );
    assert!(
        handover.contains("prioriterade-behov.docx"),
        "the document is attached"
    );
    let actor_mail = r
        .actors
        .iter()
        .flat_map(|a| a.contacts.iter())
        .find(|p| p.email.contains('@'));
    if let Some(p) = actor_mail {
        assert!(
            !handover.contains(p.email.as_str()),
            "the actors get their own commission, not the RSSs' list"
        );
    }
    let rss_mail = r
        .rss
        .iter()
        .filter(|x| x.participates)
        .flat_map(|x| x.contacts.iter())
        .find(|p| p.email.contains('@'))
        .unwrap();
    assert!(
        handover.contains(rss_mail.email.as_str()),
        "för kännedom to the RSSs"
    );
    // One feedback draft per RSS with needs, to that RSS.
    let per_rss: Vec<_> = std::fs::read_dir(out.join("utskick"))
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.starts_with("vad-blev-det-av-"))
        .collect();
    assert!(!per_rss.is_empty());
    // Nothing to send before the final compilation: said, nothing written.
    let blank = dir.path().join("b.ron");
    let o = Command::new(env!("CARGO_BIN_EXE_lbk"))
        .args(["new", blank.to_str().unwrap(), "--area", "Prov"])
        .output()
        .unwrap();
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let o = Command::new(env!("CARGO_BIN_EXE_lbk"))
        .args([
            "export",
            blank.to_str().unwrap(),
            "mailouts",
            "-o",
            out.to_str().unwrap(),
        ])
        .output()
        .unwrap();
    assert!(!o.status.success());
    assert!(String::from_utf8_lossy(&o.stderr).contains("Inget att skicka ännu"));
}
