//! Two people, one round, with real processes: a second lbk gets the round
//! read-only and is told who holds it; a save over a file another process
//! changed on disk is refused and nothing in memory is lost.

use std::io::{BufRead, BufReader};
use std::process::{Command, Stdio};

use lbk::store::{OpenRound, StoreError};

#[test]
fn a_second_lbk_is_read_only_and_names_the_holder() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("r.ron");
    std::fs::write(&path, lbk::store::samples::SAMPLES[1].text).unwrap();
    // The first lbk: saving in a loop, so it holds the lock.
    let mut first = Command::new(env!("CARGO_BIN_EXE_lbk"))
        .args(["save-loop", path.to_str().unwrap()])
        .stdout(Stdio::piped())
        .spawn()
        .unwrap();
    let mut lines = BufReader::new(first.stdout.take().unwrap()).lines();
    lines.next().unwrap().unwrap();
    // The second, another process: refused its writing with the reason.
    let second = Command::new(env!("CARGO_BIN_EXE_lbk"))
        .args(["save-loop", path.to_str().unwrap(), "--count", "1"])
        .output()
        .unwrap();
    assert!(!second.status.success());
    let err = String::from_utf8_lossy(&second.stderr);
    assert!(
        err.contains("låst av") && err.contains(&format!("process {}", first.id())),
        "{err}"
    );
    // And this process, opening it the way the app does: read-only.
    let open = OpenRound::open(&path).unwrap();
    assert!(open.read_only.as_deref().unwrap().contains("låst av"));
    first.kill().unwrap();
    first.wait().unwrap();
    drop(open);
    assert!(
        OpenRound::open(&path).unwrap().read_only.is_none(),
        "free once the first has gone"
    );
}

#[test]
fn a_save_over_a_file_another_process_changed_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("r.ron");
    std::fs::write(&path, lbk::store::samples::SAMPLES[1].text).unwrap();
    let mut mine = OpenRound::open(&path).unwrap();
    // A colleague's lbk on a shared drive (no working locks there) saves: here
    // another process replaces the file with a changed version.
    let theirs = dir.path().join("theirs.ron");
    std::fs::write(
        &theirs,
        lbk::store::samples::SAMPLES[1].text.replacen(
            "area: \"Skadligt",
            "area: \"Deras Skadligt",
            1,
        ),
    )
    .unwrap();
    let status = Command::new("cp").arg(&theirs).arg(&path).status().unwrap();
    assert!(status.success());
    mine.round.area = "Min ändring".into();
    assert!(matches!(mine.save(), Err(StoreError::ChangedOnDisk { .. })));
    assert_eq!(mine.round.area, "Min ändring", "nothing in memory is lost");
    assert!(
        std::fs::read_to_string(&path)
            .unwrap()
            .contains("Deras Skadligt"),
        "their file stands"
    );
}
