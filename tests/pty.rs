//! The real binary in a real pseudo-terminal (util-linux `script`): a panic
//! gives the terminal back, the round is already saved, and the message says
//! where; and the app starts and quits on `q`.

mod common;

use common::cli::in_pty;

use std::process::Command;

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
        out.contains("exempel") && out.contains("Skadligt bruk"),
        "the home screen lists the sample rounds"
    );
    assert!(out.contains("\u{1b}[?1049l"), "the terminal is given back");
}

#[test]
fn sigterm_gives_the_terminal_back_and_says_where_the_round_is() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("r.ron");
    std::fs::write(&path, lbk::store::samples::SAMPLES[1].text).unwrap();
    let pid_file = dir.path().join("pid");
    // The shell writes lbk's process number, then becomes lbk.
    let cmd = format!(
        "sh -c 'echo $$ > {}; exec {} open {}'",
        pid_file.display(),
        env!("CARGO_BIN_EXE_lbk"),
        path.display()
    );
    let (mut child, rx) = common::cli::spawn_in_pty(&cmd, 100, 30);
    // Wait for the app to take the screen (its first frame), by its output.
    let mut seen = Vec::new();
    while !String::from_utf8_lossy(&seen).contains("Prioritering") {
        match rx.recv_timeout(std::time::Duration::from_secs(20)) {
            Ok(chunk) => seen.extend(chunk),
            Err(_) => panic!("the app never drew: {}", String::from_utf8_lossy(&seen)),
        }
    }
    let pid = std::fs::read_to_string(&pid_file).unwrap();
    let killed = Command::new("kill")
        .args(["-TERM", pid.trim()])
        .status()
        .unwrap();
    assert!(killed.success());
    child.wait().unwrap();
    while let Ok(chunk) = rx.recv_timeout(std::time::Duration::from_secs(5)) {
        seen.extend(chunk);
    }
    let mut err = String::new();
    use std::io::Read as _;
    child
        .stderr
        .take()
        .unwrap()
        .read_to_string(&mut err)
        .unwrap();
    let out = String::from_utf8_lossy(&seen).to_string() + &err;
    let entered = out.find("\u{1b}[?1049h").expect("the alternate screen");
    let left = out
        .rfind("\u{1b}[?1049l")
        .unwrap_or_else(|| panic!("the terminal was not given back: {out:?}"));
    assert!(left > entered);
    assert!(out.contains("avslutades utifrån"), "{out}");
    assert!(out.contains(&path.display().to_string()), "{out}");
    lbk::store::load(&path).expect("the round file is intact");
}
