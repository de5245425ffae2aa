//! Several writers on one round, as real processes: while the app holds a
//! round, the command line's changes are refused with who holds it and the
//! file is untouched; a second app opens it read-only and says so; once the
//! first app quits, the command line changes it. The app's change sits in
//! its journal meanwhile, untouched by the refused writers, and is in the
//! file once it quits. Ten command-line writers
//! at once: every one that said "saved" is in the file, the others were
//! refused with the reason — none is lost and none half-written.

mod common;

use std::io::Write as _;
use std::time::Duration;

use common::cli::{lbk, s, spawn_in_pty, text};

fn until(rx: &std::sync::mpsc::Receiver<Vec<u8>>, seen: &mut Vec<u8>, what: &str) {
    while !String::from_utf8_lossy(seen).contains(what) {
        match rx.recv_timeout(Duration::from_secs(20)) {
            Ok(chunk) => seen.extend(chunk),
            Err(_) => panic!("never saw {what:?}: {}", String::from_utf8_lossy(seen)),
        }
    }
}

/// The dots given at moment 2, over all needs.
fn all_dots(r: &lbk::domain::Round) -> u32 {
    r.needs.iter().filter_map(|n| n.dots).sum()
}

#[test]
fn the_app_holds_the_round_the_command_line_and_a_second_app_are_told_who() {
    let dir = tempfile::tempdir().unwrap();
    let path = common::cli::round_copy(dir.path());
    let env = format!(
        "LBK_DATA_DIR={0}/data LBK_CONFIG_DIR={0}/cfg",
        dir.path().display()
    );
    let bin = env!("CARGO_BIN_EXE_lbk");
    let (mut first, rx) = spawn_in_pty(&format!("{env} {bin} open {}", path.display()), 100, 30);
    let mut seen = vec![];
    until(&rx, &mut seen, "Prioritering");
    let before = std::fs::read(&path).unwrap();
    // A change by keys (a dot on a need at moment 2) goes to the journal.
    let dots = all_dots(&lbk::store::load(&path).unwrap().0);
    seen.clear();
    first.stdin.as_mut().unwrap().write_all(b"2+").unwrap();
    until(&rx, &mut seen, "Sparat");
    let journal = lbk::store::journal_path(&path);
    let journaled = std::fs::read(&journal).expect("the change is in the journal");
    assert_eq!(std::fs::read(&path).unwrap(), before, "the file waits");
    assert_eq!(all_dots(&lbk::store::load(&path).unwrap().0), dots + 1);
    for args in [
        vec!["ballots", "setup", s(&path), "--picks", "6"],
        vec!["people", s(&path), "add", "representative", "Nora Nyström"],
    ] {
        let o = lbk(&args);
        assert!(!o.status.success(), "{args:?}");
        assert!(text(&o).contains("låst av"), "{}", text(&o));
        assert_eq!(std::fs::read(&path).unwrap(), before, "{args:?}");
        assert_eq!(std::fs::read(&journal).unwrap(), journaled, "{args:?}");
    }
    // A second app: read-only, and says so.
    let (mut second, rx2) = spawn_in_pty(&format!("{env} {bin} open {}", path.display()), 100, 30);
    let mut seen2 = vec![];
    until(&rx2, &mut seen2, "skrivskyddad");
    second.stdin.as_mut().unwrap().write_all(b"q").unwrap();
    assert!(second.wait().unwrap().success());
    // The first quits; now the command line may change the round.
    first.stdin.as_mut().unwrap().write_all(b"q").unwrap();
    assert!(first.wait().unwrap().success());
    assert!(
        !journal.exists(),
        "quitting folds the journal into the file"
    );
    let (file, _) = lbk::store::load(&path).unwrap();
    assert_eq!(all_dots(&file), dots + 1, "and the change is in it");
    let o = lbk(&["ballots", "setup", s(&path), "--picks", "6"]);
    assert!(o.status.success(), "{}", text(&o));
    let (after, _) = lbk::store::load(&path).unwrap();
    assert_eq!(after.prioritization.max_picks, 6);
    assert_eq!(all_dots(&after), dots + 1, "the app's change is kept");
}

#[test]
fn ten_command_line_writers_at_once_lose_nothing_that_was_said_saved() {
    let dir = tempfile::tempdir().unwrap();
    let path = common::cli::round_copy(dir.path());
    let bin = env!("CARGO_BIN_EXE_lbk");
    // One after another: every one lands.
    for i in 0..10 {
        let name = format!("Person Nummer{i}");
        let o = lbk(&["people", s(&path), "add", "representative", &name]);
        assert!(o.status.success(), "{}", text(&o));
    }
    // Started together: the processes run side by side.
    let running: Vec<_> = (0..10)
        .map(|i| {
            std::process::Command::new(bin)
                .args([
                    "people",
                    s(&path),
                    "add",
                    "representative",
                    &format!("Samtidig Nummer{i}"),
                ])
                .stdout(std::process::Stdio::piped())
                .stderr(std::process::Stdio::piped())
                .spawn()
                .unwrap()
        })
        .collect();
    let outcomes: Vec<_> = running
        .into_iter()
        .map(|c| c.wait_with_output().unwrap())
        .collect();
    let r = lbk::store::load(&path).expect("the file is whole");
    for (i, o) in outcomes.iter().enumerate() {
        let name = format!("Samtidig Nummer{i}");
        let there = r.0.representatives.iter().any(|p| p.name == name);
        if o.status.success() {
            assert!(there, "{name} was said saved but is not in the file");
        } else {
            assert!(!there, "{name} was refused but is in the file");
            assert!(
                text(o).contains("låst") || text(o).contains("ändrats"),
                "{}",
                text(o)
            );
        }
    }
    // Those run one after another are all still there.
    for i in 0..10 {
        let name = format!("Person Nummer{i}");
        assert!(r.0.representatives.iter().any(|p| p.name == name), "{name}");
    }
}
