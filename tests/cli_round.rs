//! The command line of a real round: `lbk people`, `lbk moment`, `lbk
//! export`, `lbk trace` and `lbk new --from`. What they change is saved and
//! logged; what they refuse gets a Swedish message, exit code 1 and a file
//! left byte for byte as it was; what they print is safe for a terminal.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn lbk(dir: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_lbk"))
        .args(args)
        .env("LBK_DATA_DIR", dir.join("data"))
        .env("LBK_CONFIG_DIR", dir.join("cfg"))
        .output()
        .unwrap()
}

fn out(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

fn err(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

fn round(dir: &Path, sample: usize) -> PathBuf {
    let path = dir.join("R.ron");
    std::fs::write(&path, lbk::store::samples::SAMPLES[sample].text).unwrap();
    path
}

/// Runs a command that must be refused: exit 1, the message, the file as it was.
fn refused(dir: &Path, file: &Path, args: &[&str], says: &str) {
    let before = std::fs::read(file).unwrap();
    let o = lbk(dir, args);
    assert_eq!(o.status.code(), Some(1), "{args:?}: {}", out(&o));
    assert!(err(&o).contains(says), "{args:?}: {}", err(&o));
    assert_eq!(
        std::fs::read(file).unwrap(),
        before,
        "{args:?} changed the file"
    );
}

#[test]
fn people_are_added_renamed_and_retired_and_bad_input_changes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let f = round(dir.path(), 1);
    let p = f.to_str().unwrap();
    let o = lbk(
        dir.path(),
        &[
            "people",
            p,
            "add",
            "representative",
            "Nora Nyström",
            "--rss",
            "GR",
            "--email",
            "nora@gr.example",
        ],
    );
    assert!(o.status.success(), "{}", err(&o));
    refused(
        dir.path(),
        &f,
        &["people", p, "add", "representative", "nora nyström"],
        "finns redan",
    );
    refused(
        dir.path(),
        &f,
        &[
            "people",
            p,
            "add",
            "representative",
            "X",
            "--email",
            "inte-en-adress",
        ],
        "e-postadress",
    );
    refused(
        dir.path(),
        &f,
        &["people", p, "add", "grupp", "X"],
        "representative, actor eller rss",
    );
    refused(
        dir.path(),
        &f,
        &["people", p, "add", "rss", "TST", "Test"],
        "--county",
    );
    refused(
        dir.path(),
        &f,
        &["people", p, "rename", "rss", "XX", "Nytt"],
        "finns inte",
    );
    assert!(
        lbk(dir.path(), &["people", p, "contact", "GR", "Eva Berg"])
            .status
            .success()
    );
    refused(
        dir.path(),
        &f,
        &["people", p, "contact", "GR", "Per Al"],
        "två kontaktpersoner",
    );
    // Someone who voted stays; retired, they are still in the list.
    let (r, _) = lbk::store::load(&f).unwrap();
    let voter = r.prioritization.pick_ballots[0].representative.clone();
    refused(
        dir.path(),
        &f,
        &["people", p, "remove", "representative", &voter],
        "går inte att ta bort",
    );
    assert!(
        lbk(
            dir.path(),
            &["people", p, "retire", "representative", &voter]
        )
        .status
        .success()
    );
    assert!(
        lbk(
            dir.path(),
            &[
                "people",
                p,
                "rename",
                "representative",
                "Nora Nyström",
                "Nora Berg"
            ]
        )
        .status
        .success()
    );
    let json: serde_json::Value =
        serde_json::from_str(&out(&lbk(dir.path(), &["people", p, "--format", "json"]))).unwrap();
    let reps = json["representatives"].as_array().unwrap();
    assert!(
        reps.iter()
            .any(|x| x["name"] == voter.as_str() && x["participates"] == false)
    );
    assert!(
        reps.iter()
            .any(|x| x["name"] == "Nora Berg" && x["rss"] == "GR")
    );
    let gr = json["rss"]
        .as_array()
        .unwrap()
        .iter()
        .find(|x| x["code"] == "GR")
        .unwrap()
        .clone();
    assert_eq!(gr["contacts"].as_array().unwrap().len(), 2);
    let (r, _) = lbk::store::load(&f).unwrap();
    assert!(
        r.log
            .iter()
            .any(|l| l.what.contains("Nora Nyström heter nu Nora Berg"))
    );
    assert!(out(&lbk(dir.path(), &["people", p])).contains("Nora Berg"));
}

#[test]
fn moments_are_marked_and_planned_and_a_bad_date_changes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let f = round(dir.path(), 1);
    let p = f.to_str().unwrap();
    refused(dir.path(), &f, &["moment", p, "9", "start"], "ange 1–7");
    refused(
        dir.path(),
        &f,
        &["moment", p, "6", "plan", "2025-13-01"],
        "ÅÅÅÅ-MM-DD",
    );
    refused(
        dir.path(),
        &f,
        &["moment", p, "6", "plan"],
        "planerade datumet",
    );
    refused(
        dir.path(),
        &f,
        &["moment", p, "6", "klar"],
        "start, done, plan eller reset",
    );
    let o = lbk(
        dir.path(),
        &["moment", p, "6", "start", "--date", "2025-10-01"],
    );
    assert!(o.status.success(), "{}", err(&o));
    refused(
        dir.path(),
        &f,
        &["moment", p, "6", "done", "--date", "2025-09-01"],
        "påbörjades 2025-10-01",
    );
    assert!(
        lbk(
            dir.path(),
            &["moment", p, "6", "done", "--date", "2025-10-20"]
        )
        .status
        .success()
    );
    let (r, _) = lbk::store::load(&f).unwrap();
    let m6 = r.moment_record(lbk::domain::Moment::Mottagande).unwrap();
    assert_eq!(
        (m6.started, m6.done),
        (
            Some(jiff::civil::date(2025, 10, 1)),
            Some(jiff::civil::date(2025, 10, 20))
        )
    );
    assert!(r.log.iter().any(|l| l.what == "Moment 6 klart 2025-10-20"));
    let listing = out(&lbk(dir.path(), &["moment", p]));
    assert!(listing.contains("klart 2025-10-20"), "{listing}");
    // `lbk check` says where the round stands from the same record.
    assert!(out(&lbk(dir.path(), &["check", p])).contains("5 Prioritering"));
}

#[test]
fn export_writes_into_the_rounds_folder_and_says_every_path() {
    let dir = tempfile::tempdir().unwrap();
    let f = round(dir.path(), 1);
    let p = f.to_str().unwrap();
    let o = lbk(dir.path(), &["export", p, "compilation"]);
    assert!(o.status.success(), "{}", err(&o));
    let paths: Vec<PathBuf> = out(&o).lines().map(PathBuf::from).collect();
    assert_eq!(paths.len(), 3, "Markdown, xlsx and Word");
    for path in &paths {
        assert!(
            path.starts_with(dir.path().join("export").join("R")),
            "{path:?}"
        );
        assert!(path.exists());
    }
    let only = lbk(
        dir.path(),
        &["export", p, "minutes", "--session", "2", "--format", "xlsx"],
    );
    assert!(only.status.success(), "{}", err(&only));
    assert!(out(&only).trim().ends_with(".xlsx") && out(&only).lines().count() == 1);
    let elsewhere = dir.path().join("ut");
    let o = lbk(
        dir.path(),
        &[
            "export",
            p,
            "rss-feedback",
            "-o",
            elsewhere.to_str().unwrap(),
        ],
    );
    assert!(
        o.status.success()
            && out(&o)
                .lines()
                .all(|l| l.starts_with(elsewhere.to_str().unwrap()))
    );
    refused(
        dir.path(),
        &f,
        &["export", p, "protokoll"],
        "candidates, templates",
    );
    refused(dir.path(), &f, &["export", p, "minutes"], "--session 1–3");
    refused(
        dir.path(),
        &f,
        &["export", p, "minutes", "--session", "9"],
        "finns inte",
    );
    refused(dir.path(), &f, &["export", p, "handover"], "inte stängd");
    refused(
        dir.path(),
        &f,
        &["export", p, "compilation", "--format", "odt"],
        "docx, xlsx, pptx, md, txt, csv, eml, pdf",
    );
    // The finished sample has every document.
    let a = dir.path().join("A.ron");
    std::fs::write(&a, lbk::store::samples::SAMPLES[0].text).unwrap();
    for what in lbk::cli::export::NAMES {
        if ["agenda", "minutes"].contains(&what) {
            continue; // model 1.0 has no dialogue meetings
        }
        if what == "ballot-codes" {
            // A finished round has no stage open to vote in.
            refused(
                dir.path(),
                &a,
                &["export", a.to_str().unwrap(), what],
                "Båda stegen är stängda",
            );
            continue;
        }
        let o = lbk(dir.path(), &["export", a.to_str().unwrap(), what]);
        assert!(o.status.success(), "{what}: {}", err(&o));
        assert!(!out(&o).is_empty(), "{what}");
    }
}

#[test]
fn trace_lists_every_need_and_is_safe_for_a_terminal() {
    let dir = tempfile::tempdir().unwrap();
    let f = round(dir.path(), 0);
    let mut r = lbk::store::load(&f).unwrap().0;
    r.needs[0].title = "Titel \u{1b}]2;kapad\u{7}\u{1b}[2J med styrtecken".into();
    let f = dir.path().join("S.ron");
    lbk::store::save(&f, &mut r, None).unwrap();
    let p = f.to_str().unwrap();
    let o = lbk(dir.path(), &["trace", p, "--format", "json"]);
    assert!(o.status.success(), "{}", err(&o));
    assert!(!o.stdout.contains(&0x1b), "no escape reaches the terminal");
    let json: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    assert_eq!(json["needs"].as_array().unwrap().len(), r.needs.len());
    let fates = [
        "submitted",
        "discussed",
        "verified",
        "gap",
        "set_aside",
        "merged",
        "not_picked",
        "not_on_joint_list",
        "on_joint_list",
        "ranked",
        "received",
        "taken_on",
        "not_taken_on",
        "produced",
    ];
    for n in json["needs"].as_array().unwrap() {
        assert!(fates.contains(&n["fate"].as_str().unwrap()), "{n}");
        assert!(n["history"].as_array().unwrap()[0]["moment"] == 2);
    }
    let text = lbk(dir.path(), &["trace", p, "--rss", "gr"]);
    assert!(!text.stdout.contains(&0x1b));
    assert!(out(&text).contains("GR-01") && !out(&text).contains("STH-01"));
    refused(dir.path(), &f, &["trace", p, "--rss", "XX"], "finns inte");
    refused(
        dir.path(),
        &f,
        &["trace", p, "--format", "yaml"],
        "text eller json",
    );
}

#[test]
fn a_new_round_from_an_unreadable_earlier_one_is_not_made() {
    let dir = tempfile::tempdir().unwrap();
    let bad = dir.path().join("trasig.ron");
    std::fs::write(&bad, "(schema_version: 1, trasig").unwrap();
    let o = lbk(
        dir.path(),
        &[
            "new",
            "ny",
            "--area",
            "Äldreomsorg",
            "--from",
            bad.to_str().unwrap(),
        ],
    );
    assert_eq!(o.status.code(), Some(1));
    assert!(err(&o).contains("kunde inte läsas"), "{}", err(&o));
    assert!(!dir.path().join("data").join("ny.ron").exists());
    let good = round(dir.path(), 1);
    let o = lbk(
        dir.path(),
        &[
            "new",
            "ny",
            "--area",
            "Äldreomsorg",
            "--from",
            good.to_str().unwrap(),
        ],
    );
    assert!(o.status.success(), "{}", err(&o));
    let (r, _) = lbk::store::load(&dir.path().join("data").join("ny.ron")).unwrap();
    assert!(!r.representatives.is_empty() && r.needs.is_empty());
}
