//! The round file: both sample rounds survive a save and load unchanged;
//! bad files are refused with a Swedish message naming the position, and
//! their bytes are never changed.

use std::path::{Path, PathBuf};
use std::process::Command;

use lbk::domain::{Round, SCHEMA_VERSION};
use lbk::store::samples::SAMPLES;
use lbk::store::{OpenRound, load, parse_round, round_to_string, save};

fn sample(i: usize) -> Round {
    parse_round(SAMPLES[i].text.as_bytes(), Path::new(SAMPLES[i].file_name))
        .expect("exempelomgången kan läsas")
}

#[test]
fn both_sample_rounds_round_trip_through_save_and_load() {
    for (i, s) in SAMPLES.iter().enumerate() {
        let original = sample(i);
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("r.ron");
        let mut copy = original.clone();
        save(&path, &mut copy, None).unwrap();
        let (loaded, _) = load(&path).unwrap();
        assert_eq!(loaded.revision, original.revision + 1);
        let mut expected = original.clone();
        expected.revision += 1;
        assert_eq!(loaded, expected, "{}", s.file_name);
        // The committed sample file is exactly what lbk writes for it.
        assert_eq!(
            round_to_string(&original),
            SAMPLES[i].text,
            "{} är inte i lbk:s eget format",
            SAMPLES[i].file_name
        );
    }
}

#[test]
fn sample_b_has_what_a_moment_5_round_needs() {
    let r = sample(1);
    assert!(r.rss.iter().filter(|x| x.participates).count() >= 12);
    assert!(r.needs.len() >= 60);
    assert!(r.final_compilation().len() >= 30);
    assert!(r.representatives.len() >= 21);
    assert!(
        r.needs
            .iter()
            .any(|n| matches!(n.status, lbk::domain::NeedStatus::Sammanslaget { .. }))
    );
    assert!(
        r.needs
            .iter()
            .any(|n| matches!(n.status, lbk::domain::NeedStatus::Undanlagt { .. }))
    );
    assert!(!r.prioritization.pick_closed && !r.prioritization.pick_ballots.is_empty());
    assert_eq!(r.current_moment(), lbk::domain::Moment::Prioritering);
    let a = sample(0);
    assert!(
        a.timeline
            .iter()
            .all(|m| m.status == lbk::domain::MomentStatus::Klar)
    );
    assert!(a.feedback.iter().any(|f| !f.produced.is_empty()));
}

/// Writes `bytes` as a round file and checks that opening it is refused
/// with a message containing each of `expect`, leaving the bytes as they were.
fn refused(bytes: &[u8], expect: &[&str]) -> String {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("trasig.ron");
    std::fs::write(&path, bytes).unwrap();
    let err = OpenRound::open(&path).expect_err("filen ska vägras");
    let msg = err.to_string();
    for e in expect {
        assert!(msg.contains(e), "meddelandet saknar {e:?}: {msg}");
    }
    assert!(msg.contains("trasig.ron"), "{msg}");
    assert_eq!(std::fs::read(&path).unwrap(), bytes, "filen ändrades");
    msg
}

fn sample_text() -> String {
    SAMPLES[1].text.to_string()
}

#[test]
fn a_corrupt_file_is_refused_with_line_and_column() {
    let text = sample_text().replacen("revision: 0,", "revision: noll,", 1);
    refused(
        text.as_bytes(),
        &["rad 3, kolumn 13", "heltal", "har inte ändrats"],
    );
}

#[test]
fn a_truncated_file_is_refused() {
    let text = sample_text();
    let cut = &text.as_bytes()[..text.len() / 2];
    refused(cut, &["rad ", "kolumn", "slut"]);
}

#[test]
fn an_empty_file_is_refused() {
    refused(b"", &["tom"]);
    refused(b"  \n\n", &["tom"]);
}

#[test]
fn a_binary_file_is_refused() {
    refused(
        &[0x28, 0x0a, 0xff, 0xfe, 0x00, 0x01],
        &["rad 2, kolumn 1", "inte text"],
    );
    refused(b"(\n  schema_version: 1\0", &["inte text"]);
}

#[test]
fn a_newer_schema_version_is_refused_naming_both_versions() {
    let text = sample_text().replacen("schema_version: 1,", "schema_version: 99,", 1);
    refused(
        text.as_bytes(),
        &["99", &format!("högst version {SCHEMA_VERSION}")],
    );
}

#[test]
fn wrong_shapes_are_refused_with_what_was_expected() {
    let dup = sample_text().replacen("revision: 0,", "revision: 0,\n  revision: 1,", 1);
    refused(dup.as_bytes(), &["förekommer två gånger"]);
    let unknown = sample_text().replacen("model: V2,", "model: V3,", 1);
    refused(unknown.as_bytes(), &["V3", "V2, V1"]);
    let typo = sample_text().replacen("area:", "areaa:", 1);
    refused(typo.as_bytes(), &["areaa"]);
    // A merge into nothing parses: it opens read-only with the reason
    // (tests/store_contradictions.rs), not refused.
    let merge = sample_text().replacen("into: \"", "into: \"XX", 1);
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("trasig.ron");
    std::fs::write(&path, &merge).unwrap();
    let open = OpenRound::open(&path).unwrap();
    assert!(
        open.read_only
            .clone()
            .unwrap()
            .contains("sammanslaget med XX")
    );
    assert_eq!(std::fs::read_to_string(&path).unwrap(), merge);
}

fn lbk() -> Command {
    Command::new(env!("CARGO_BIN_EXE_lbk"))
}

fn repo_file(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("sample-rounds")
        .join(name)
}

#[test]
fn lbk_check_prints_a_summary_of_each_sample() {
    for s in SAMPLES.iter() {
        let out = lbk()
            .arg("check")
            .arg(repo_file(s.file_name))
            .output()
            .unwrap();
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        let text = String::from_utf8(out.stdout).unwrap();
        let r = sample(
            SAMPLES
                .iter()
                .position(|x| x.file_name == s.file_name)
                .unwrap(),
        );
        assert!(
            text.contains(&format!("Verksamhetsområde: {}", r.area)),
            "{text}"
        );
        assert!(
            text.contains(&format!("Behov: {} inskickade", r.needs.len())),
            "{text}"
        );
        assert!(
            text.contains(&format!("{} kunskapsluckor", r.final_compilation().len())),
            "{text}"
        );
    }
}

#[test]
fn lbk_check_on_a_bad_file_exits_non_zero_with_the_position() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("fel.ron");
    std::fs::write(&path, "(\n  schema_version: 1,\n  revision: x,\n)").unwrap();
    let out = lbk().arg("check").arg(&path).output().unwrap();
    assert!(!out.status.success());
    let err = String::from_utf8(out.stderr).unwrap();
    assert!(err.contains("rad 3, kolumn 13"), "{err}");
    assert_eq!(
        std::fs::read_to_string(&path).unwrap(),
        "(\n  schema_version: 1,\n  revision: x,\n)"
    );
}

#[test]
fn lbk_new_creates_a_round_in_the_data_folder_and_refuses_to_overwrite() {
    let dir = tempfile::tempdir().unwrap();
    let run = || {
        lbk()
            .env("LBK_DATA_DIR", dir.path())
            .args([
                "new",
                "aldre",
                "--area",
                "Äldreomsorg",
                "--model",
                "1.0",
                "--year",
                "2027",
            ])
            .output()
            .unwrap()
    };
    let out = run();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let path = dir.path().join("aldre.ron");
    let (r, _) = load(&path).unwrap();
    assert_eq!((r.area.as_str(), r.model.label()), ("Äldreomsorg", "1.0"));
    let second = run();
    assert!(!second.status.success());
    assert!(String::from_utf8_lossy(&second.stderr).contains("finns redan"));
}

#[test]
fn lbk_help_is_in_swedish() {
    let out = lbk().arg("--help").output().unwrap();
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(text.contains("Användning:"), "{text}");
    assert!(text.contains("Kontrollera en omgångsfil"), "{text}");
    assert!(!text.contains("Usage:"), "{text}");
    let out = lbk().args(["new", "x"]).output().unwrap();
    assert!(!out.status.success());
    // A subcommand's help and the command line's own mistakes too.
    let out = lbk().args(["ballots", "close", "--help"]).output().unwrap();
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(out.status.success());
    assert!(
        text.contains("Argument:") && text.contains("Flaggor:"),
        "{text}"
    );
    assert!(
        !text.contains("Options:") && !text.contains("Arguments:"),
        "{text}"
    );
    let out = lbk()
        .args(["mailouts", "r.ron", "--datum", "1"])
        .output()
        .unwrap();
    let err = String::from_utf8(out.stderr).unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(
        err.contains("Okänd flagga") && err.contains("Menade du --date?"),
        "{err}"
    );
    assert!(!err.contains("error:") && !err.contains("tip:"), "{err}");
}

#[test]
fn a_locked_round_can_be_checked_and_opens_read_only() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("r.ron");
    let _holder = OpenRound::create(&path, sample(1)).unwrap();
    // `lbk check` only reads, so it works on a locked round.
    let out = lbk().arg("check").arg(&path).output().unwrap();
    assert!(out.status.success());
    assert!(
        lbk::store::lock::lock_path(&path).exists(),
        "the lock file is beside the round"
    );
    let second = OpenRound::open(&path).unwrap();
    assert!(matches!(second.read_only, Some(ref r) if r.contains("låst av")));
}
