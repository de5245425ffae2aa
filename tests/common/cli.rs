//! The real binary from the tests: a copy of a sample round, a run, its
//! output as text, and a run in a pseudo-terminal read as it comes.

#![allow(dead_code)]

use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

/// `lbk export ROUND WHAT --format FORMAT -o OUT`, which must succeed: the
/// paths it printed, one a line.
pub fn export_paths(round: &Path, what: &str, format: &str, out: &Path) -> Vec<PathBuf> {
    let o = lbk(&["export", s(round), what, "--format", format, "-o", s(out)]);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    String::from_utf8_lossy(&o.stdout)
        .lines()
        .map(|l| PathBuf::from(l.trim()))
        .collect()
}

/// A copy of sample round (b) in `dir`, as `r.ron`.
pub fn round_copy(dir: &Path) -> PathBuf {
    let path = dir.join("r.ron");
    std::fs::write(&path, lbk::store::samples::SAMPLES[1].text).unwrap();
    path
}

pub fn lbk(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_lbk"))
        .args(args)
        .output()
        .unwrap()
}

pub fn s(p: &Path) -> &str {
    p.to_str().unwrap()
}

/// Standard output and standard error together.
pub fn text(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).to_string() + &String::from_utf8_lossy(&o.stderr)
}

/// Runs `cmd` in a pseudo-terminal of `cols`×`rows` (util-linux `script`)
/// and returns the child and a channel of its output, read on a thread.
pub fn spawn_in_pty(
    cmd: &str,
    cols: u16,
    rows: u16,
) -> (std::process::Child, std::sync::mpsc::Receiver<Vec<u8>>) {
    let mut child = Command::new("script")
        .args([
            "-qec",
            &format!("stty cols {cols} rows {rows}; {cmd}"),
            "/dev/null",
        ])
        .env("TERM", "xterm-256color")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("script (util-linux) runs lbk in a pseudo-terminal");
    let mut out = child.stdout.take().unwrap();
    let (tx, rx) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        use std::io::Read as _;
        let mut buf = [0u8; 4096];
        while let Ok(n) = out.read(&mut buf) {
            if n == 0 || tx.send(buf[..n].to_vec()).is_err() {
                break;
            }
        }
    });
    (child, rx)
}

/// Runs `cmd` in a pseudo-terminal of 100×30 (util-linux `script`) with
/// `input` typed, to its end: whether it succeeded, and all it wrote.
pub fn in_pty(cmd: &str, input: &str) -> (bool, String) {
    let mut child = Command::new("script")
        .args([
            "-qec",
            &format!("stty cols 100 rows 30; {cmd}"),
            "/dev/null",
        ])
        .env("TERM", "xterm-256color")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("script (util-linux) runs the app in a pseudo-terminal");
    use std::io::Write as _;
    let mut stdin = child.stdin.take().unwrap();
    stdin.write_all(input.as_bytes()).unwrap();
    drop(stdin);
    let out = child.wait_with_output().unwrap();
    let text =
        String::from_utf8_lossy(&out.stdout).to_string() + &String::from_utf8_lossy(&out.stderr);
    (out.status.success(), text)
}
