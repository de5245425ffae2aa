//! Every change reported saved survives a kill: the real binary changes a
//! round through the journal (one fsynced record per change, the file
//! rewritten every 5, 20 or 40 changes) and is killed with SIGKILL at a
//! random moment, 200 times — between records, inside an append, inside
//! the rewrite of the file. After each kill the round opens with every
//! change the binary reported saved (and at most the one in flight), the
//! journal read in and folded into the file, and the next run goes on.

use std::io::{BufRead, BufReader};
use std::process::{Command, Stdio};

fn change_number(path: &std::path::Path) -> (u64, Option<String>) {
    let open = lbk::store::OpenRound::open(path).unwrap_or_else(|e| panic!("does not open: {e}"));
    let n = open
        .round
        .area
        .strip_prefix("Ändring ")
        .and_then(|k| k.parse().ok())
        .unwrap_or(0);
    (n, open.notice.clone())
}

#[test]
fn two_hundred_kills_keep_every_change_reported_saved() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("r.ron");
    std::fs::write(&path, lbk::store::samples::SAMPLES[1].text).unwrap();
    let mut state: u64 = 0x2545f4914f6cdd1d;
    let mut next = || {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        state
    };
    let mut last_seen = 0u64;
    let mut replayed = 0;
    for round in 0..200 {
        let fold = [5, 20, 40][(next() % 3) as usize];
        let changes = 1 + next() % 50;
        let mut child = Command::new(env!("CARGO_BIN_EXE_lbk"))
            .args(["journal-loop", path.to_str().unwrap(), "--count", "1000"])
            .args(["--fold-every", &fold.to_string()])
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        let mut lines = BufReader::new(child.stdout.take().unwrap()).lines();
        for _ in 0..changes {
            match lines.next() {
                Some(Ok(l)) => last_seen = l.trim().parse().unwrap(),
                other => {
                    let _ = child.kill();
                    let out = child.wait_with_output().unwrap();
                    panic!(
                        "round {round}: no change reported ({other:?}): {}",
                        String::from_utf8_lossy(&out.stderr)
                    );
                }
            }
        }
        // The pause picks the moment of the kill; it waits for nothing.
        std::thread::sleep(std::time::Duration::from_micros(next() % 3_000));
        child.kill().unwrap(); // SIGKILL
        child.wait().unwrap();
        for l in lines.map_while(Result::ok) {
            last_seen = l.trim().parse().unwrap();
        }
        let (n, notice) = change_number(&path);
        assert!(
            n == last_seen || n == last_seen + 1,
            "round {round}: change {n} after {last_seen} was reported saved"
        );
        if notice.is_some_and(|t| t.contains("lästes in från journalen")) {
            replayed += 1;
        }
        last_seen = n;
    }
    assert!(
        replayed > 50,
        "the journal was read in after only {replayed} kills"
    );
    // Opened (and folded) again: no journal, no temporary file left.
    let _open = lbk::store::OpenRound::open(&path).unwrap();
    let mut names: Vec<String> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    assert_eq!(names, ["r.ron", "r.ron.bak", "r.ron.lock"]);
}
