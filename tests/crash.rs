//! A crash loses at most the save in flight: the real binary saves in a
//! loop and is killed with SIGKILL at varying moments, 200 times; after
//! each kill (at a random moment within a save) the round file loads and is
//! the last revision the binary reported saved or the one after it (saved,
//! not yet reported), and the next run takes the lock without any cleaning up. The
//! temporary files of the killed saves are removed when the round is
//! opened again.

use std::io::{BufRead, BufReader};
use std::process::{Command, Stdio};

#[test]
fn two_hundred_kills_never_leave_a_broken_file_or_a_stuck_lock() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("r.ron");
    std::fs::write(&path, lbk::store::samples::SAMPLES[1].text).unwrap();
    let mut state: u64 = 0x9e3779b97f4a7c15;
    let mut last_seen = lbk::store::load(&path).unwrap().0.revision;
    for round in 0..200 {
        // A varying number of completed saves before the kill (1 to 4).
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        let saves = 1 + (state % 4) as usize;
        let mut child = Command::new(env!("CARGO_BIN_EXE_lbk"))
            .args(["save-loop", path.to_str().unwrap()])
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        let mut lines = BufReader::new(child.stdout.take().unwrap()).lines();
        for _ in 0..saves {
            match lines.next() {
                Some(Ok(l)) => last_seen = l.trim().parse().unwrap(),
                other => {
                    let _ = child.kill();
                    let out = child.wait_with_output().unwrap();
                    panic!(
                        "round {round}: no save reported ({other:?}): {}",
                        String::from_utf8_lossy(&out.stderr)
                    );
                }
            }
        }
        // Kill at a random moment inside the next save (a save takes a few
        // milliseconds): the pause picks the moment, it waits for nothing.
        std::thread::sleep(std::time::Duration::from_micros((state >> 20) % 12_000));
        child.kill().unwrap(); // SIGKILL
        child.wait().unwrap();
        // Saves that finished during the pause were reported too (on a busy
        // machine the pause may span more than one): the last report counts.
        for l in lines.map_while(Result::ok) {
            last_seen = l.trim().parse().unwrap();
        }
        let (r, _) = lbk::store::load(&path)
            .unwrap_or_else(|e| panic!("round {round}: the file does not load: {e}"));
        assert!(
            r.revision == last_seen || r.revision == last_seen + 1,
            "round {round}: revision {} after seeing {last_seen}",
            r.revision
        );
        last_seen = r.revision;
    }
    // The backup loads too, and no temporary file is left that blocks anything.
    lbk::store::load(&lbk::store::backup_path(&path)).unwrap();
    let open = lbk::store::OpenRound::open(&path).unwrap();
    assert!(open.read_only.is_none(), "the lock of a killed lbk is free");
    // What a kill left half-written is gone once the round is opened again:
    // only the round, its backup and the lock of this open remain.
    let mut names: Vec<String> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    assert_eq!(names, ["r.ron", "r.ron.bak", "r.ron.lock"]);
}
