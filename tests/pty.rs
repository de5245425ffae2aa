//! The real binary in a real pseudo-terminal (util-linux `script`): a panic
//! gives the terminal back, the round is already saved, and the message says
//! where; and the app starts and quits on `q`.

use std::process::{Command, Stdio};

fn in_pty(cmd: &str, input: &str) -> (bool, String) {
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

#[test]
fn a_panic_restores_the_terminal_and_says_where_the_round_is() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("r.ron");
    std::fs::write(&path, lbk::store::samples::SAMPLES[1].text).unwrap();
    let cmd = format!(
        "{} panic-test {}",
        env!("CARGO_BIN_EXE_lbk"),
        path.display()
    );
    let (ok, out) = in_pty(&cmd, "");
    assert!(!ok, "a panic ends with a failure code");
    let entered = out
        .find("\u{1b}[?1049h")
        .expect("the app took the alternate screen");
    let left = out
        .rfind("\u{1b}[?1049l")
        .expect("the alternate screen was left again");
    assert!(left > entered);
    let note = out
        .find("lbk avbröts av ett internt fel")
        .expect("the message");
    assert!(
        note > left,
        "the message comes after the terminal is restored"
    );
    assert!(
        out.contains(&path.display().to_string()),
        "it says where the round is: {out}"
    );
    lbk::store::load(&path).expect("the round file is intact");
}

#[test]
fn the_app_opens_on_the_samples_and_quits_on_q() {
    let dir = tempfile::tempdir().unwrap();
    let cmd = format!(
        "LBK_DATA_DIR={0}/data LBK_CONFIG_DIR={0}/cfg {1}",
        dir.path().display(),
        env!("CARGO_BIN_EXE_lbk")
    );
    let (ok, out) = in_pty(&cmd, "q");
    assert!(ok, "{out}");
    assert!(
        out.contains("Exempel"),
        "the home screen lists the sample rounds"
    );
    assert!(out.contains("\u{1b}[?1049l"), "the terminal is given back");
}
