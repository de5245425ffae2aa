//! The command line never writes an export over a round, never lets an
//! escape sequence from a round or a sheet reach the terminal or a text
//! document, ends quietly when its reader goes away, and refuses a file
//! that is not a round before reading it.

use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

use lbk::domain::text_safety::is_unsafe;

const ESCAPES: &str =
    "\u{1b}]2;kapad titel\u{7}\u{1b}]52;c;aGVq\u{7}\u{1b}[2J\u{9b}31m\u{2028}\u{E0041}";

fn lbk(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_lbk"))
        .args(args)
        .output()
        .unwrap()
}

fn s(p: &Path) -> &str {
    p.to_str().unwrap()
}

fn round_copy(dir: &Path) -> PathBuf {
    let path = dir.join("R.ron");
    std::fs::write(&path, lbk::store::samples::SAMPLES[1].text).unwrap();
    path
}

/// Text that may reach a terminal: only line breaks and tabs of the controls.
fn assert_terminal_safe(bytes: &[u8], what: &str) {
    // A CSV file starts with a byte-order mark for Excel: invisible, harmless.
    let bytes = bytes.strip_prefix("\u{FEFF}".as_bytes()).unwrap_or(bytes);
    let text = String::from_utf8_lossy(bytes);
    let bad: Vec<char> = text
        .chars()
        .filter(|c| is_unsafe(*c) && !matches!(c, '\n' | '\t' | '\r'))
        .collect();
    assert!(bad.is_empty(), "{what}: {bad:?} in {text}");
}

#[test]
fn no_export_is_written_over_a_round_or_its_companions() {
    let dir = tempfile::tempdir().unwrap();
    let round = round_copy(dir.path());
    let before = std::fs::read(&round).unwrap();
    let disguised = dir.path().join("kopia.txt");
    std::fs::write(&disguised, &before).unwrap();
    let bak = dir.path().join("R.ron.bak");
    std::fs::write(&bak, &before).unwrap();
    for target in [&round, &disguised, &bak] {
        for args in [
            vec![
                "ballots",
                "template",
                s(&round),
                "--stage",
                "pick",
                "-o",
                s(target),
            ],
            vec!["tally", s(&round), "--format", "csv", "-o", s(target)],
            vec!["tally", s(&round), "--format", "xlsx", "-o", s(target)],
            vec!["template", s(&round), "--rss", "GR", "-o", s(target)],
        ] {
            let out = lbk(&args);
            let err = String::from_utf8_lossy(&out.stderr);
            assert!(!out.status.success(), "{args:?} was not refused");
            assert!(
                err.contains("skrivs inte över av en export"),
                "{args:?}: {err}"
            );
            assert_eq!(std::fs::read(target).unwrap(), before, "{args:?}");
        }
    }
    // While an lbk holds the round (its lock beside it), the same.
    let held = lbk::store::OpenRound::open(&round).unwrap();
    let out = lbk(&["tally", s(&round), "--format", "csv", "-o", s(&round)]);
    assert!(!out.status.success());
    drop(held);
    assert_eq!(std::fs::read(&round).unwrap(), before);
    // An ordinary target is written.
    let csv = dir.path().join("resultat.csv");
    assert!(
        lbk(&["tally", s(&round), "--format", "csv", "-o", s(&csv)])
            .status
            .success()
    );
}

#[test]
fn escape_sequences_in_a_round_reach_neither_the_terminal_nor_a_text_export() {
    let dir = tempfile::tempdir().unwrap();
    let mut r = lbk::store::parse_round(
        lbk::store::samples::SAMPLES[1].text.as_bytes(),
        Path::new("b.ron"),
    )
    .unwrap();
    r.area = format!("Skadligt bruk{ESCAPES}");
    let picked = r.prioritization.pick_ballots[0].needs[0].clone();
    r.needs
        .iter_mut()
        .find(|n| n.number == picked)
        .unwrap()
        .title = format!("Titel{ESCAPES}").into();
    let path = dir.path().join("fientlig.ron");
    lbk::store::save(&path, &mut r, None).unwrap();
    for format in ["text", "md", "csv", "json"] {
        let out = lbk(&["tally", s(&path), "--stage", "pick", "--format", format]);
        assert!(out.status.success(), "{format}");
        assert_terminal_safe(&out.stdout, format);
        assert!(
            String::from_utf8_lossy(&out.stdout).contains("Titel"),
            "{format}: the title is still there"
        );
    }
    // JSON keeps the data exactly: the escapes are JSON escapes.
    let out = lbk(&["tally", s(&path), "--stage", "pick", "--format", "json"]);
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    fn strings(v: &serde_json::Value, out: &mut Vec<String>) {
        match v {
            serde_json::Value::String(s) => out.push(s.clone()),
            serde_json::Value::Array(a) => a.iter().for_each(|x| strings(x, out)),
            serde_json::Value::Object(o) => o.values().for_each(|x| strings(x, out)),
            _ => {}
        }
    }
    let mut all = vec![];
    strings(&v, &mut all);
    assert!(
        all.iter().any(|s| s == &format!("Titel{ESCAPES}")),
        "the data is unchanged in JSON: {all:?}"
    );
    for ext in ["txt", "md", "csv"] {
        let file = dir.path().join(format!("resultat.{ext}"));
        let format = if ext == "txt" { "text" } else { ext };
        assert!(
            lbk(&["tally", s(&path), "--format", format, "-o", s(&file)])
                .status
                .success()
        );
        assert_terminal_safe(&std::fs::read(&file).unwrap(), ext);
    }
    let out = lbk(&["check", s(&path)]);
    assert_terminal_safe(&out.stdout, "check");
    let out = lbk(&["needs", "list", s(&path)]);
    assert_terminal_safe(&out.stdout, "needs list");
}

#[test]
fn a_ballot_sheet_with_escapes_is_refused_without_them() {
    let dir = tempfile::tempdir().unwrap();
    let round = round_copy(dir.path());
    let sheet = dir.path().join("val.csv");
    std::fs::write(&sheet, format!("Representant;Val 1\nAnna{ESCAPES};GR-01\n")).unwrap();
    let out = lbk(&["ballots", "import", s(&round), "--stage", "pick", s(&sheet)]);
    assert!(!out.status.success());
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("rad 2"), "{err}");
    assert_terminal_safe(&out.stderr, "refusal");
}

#[test]
fn a_reader_that_goes_away_ends_lbk_quietly() {
    let dir = tempfile::tempdir().unwrap();
    let round = round_copy(dir.path());
    // A pipe whose reading end is closed before lbk writes (`| head -0`).
    let (reader, writer) = std::io::pipe().unwrap();
    drop(reader);
    let out = Command::new(env!("CARGO_BIN_EXE_lbk"))
        .args(["needs", "list", s(&round)])
        .stdout(Stdio::from(writer))
        .stderr(Stdio::piped())
        .output()
        .unwrap();
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(!err.contains("panicked"), "{err}");
    assert!(err.is_empty(), "nothing to say to anyone: {err}");
}

#[cfg(unix)]
#[test]
fn a_device_or_a_huge_file_is_refused_before_it_is_read() {
    let out = lbk(&["check", "/dev/zero"]);
    assert!(!out.status.success());
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("ingen vanlig fil"), "{err}");
    let dir = tempfile::tempdir().unwrap();
    let big = dir.path().join("stor.ron");
    let f = std::fs::File::create(&big).unwrap();
    f.set_len(lbk::store::file::MAX_ROUND_BYTES + 1).unwrap(); // sparse: no disk used
    let out = lbk(&["check", s(&big)]);
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("högst 64 MB"), "{err}");
}
