//! A round on a shared drive, tried as two real users would: the lock of a
//! round held by one user is seen, not fatal, for the other; a lock left by
//! a user whose lbk was killed never blocks the next; a save keeps the
//! round's mode and group; a round in a folder the user cannot write opens
//! read-only with the reason on the screen.
//!
//! The test needs root (to create the users) and `useradd`, `groupadd`,
//! `su`, `pkill` and util-linux `script`; where one is missing it says so
//! and passes without running.

use std::io::{BufRead as _, BufReader};
use std::path::Path;
use std::process::{Command, Output, Stdio};

const GROUP: &str = "lbkdelad";
const ANNA: &str = "lbkanna";
const BO: &str = "lbkbo";

fn have(tool: &str) -> bool {
    Command::new("sh")
        .args(["-c", &format!("command -v {tool}")])
        .output()
        .is_ok_and(|o| o.status.success())
}

/// Why this machine cannot run the test, if it cannot.
fn cannot_run() -> Option<String> {
    let uid = Command::new("id").arg("-u").output().ok()?;
    if String::from_utf8_lossy(&uid.stdout).trim() != "0" {
        return Some("testet kräver root för att skapa provanvändare".into());
    }
    for tool in ["useradd", "groupadd", "su", "pkill", "script", "chgrp"] {
        if !have(tool) {
            return Some(format!("{tool} saknas"));
        }
    }
    None
}

fn sh(cmd: &str) -> Output {
    Command::new("sh").args(["-c", cmd]).output().unwrap()
}

fn make_users() {
    static ONCE: std::sync::Once = std::sync::Once::new();
    ONCE.call_once(|| {
        sh(&format!("groupadd -f {GROUP}"));
        for u in [ANNA, BO] {
            // Exit 9: the user exists already (an earlier run).
            sh(&format!("useradd -M -s /bin/sh -G {GROUP} {u}"));
        }
    });
}

/// `lbk ARGS` as `user`, with a fresh data folder of their own.
fn as_user(user: &str, args: &str) -> Output {
    Command::new("su")
        .args([
            user,
            "-s",
            "/bin/sh",
            "-c",
            &format!(
                "LBK_DATA_DIR=/tmp/{user}-data LBK_CONFIG_DIR=/tmp/{user}-cfg {} {args}",
                env!("CARGO_BIN_EXE_lbk")
            ),
        ])
        .output()
        .unwrap()
}

fn mode_and_group(p: &Path) -> (u32, u32) {
    use std::os::unix::fs::MetadataExt as _;
    let m = std::fs::metadata(p).unwrap();
    (m.mode() & 0o777, m.gid())
}

fn group_id() -> u32 {
    let out = sh(&format!("getent group {GROUP} | cut -d: -f3"));
    String::from_utf8_lossy(&out.stdout).trim().parse().unwrap()
}

#[test]
fn two_users_share_a_round_without_locking_each_other_out() {
    if let Some(why) = cannot_run() {
        eprintln!("Hoppar över testet av delad mapp: {why}.");
        return;
    }
    make_users();
    let dir = tempfile::tempdir().unwrap();
    sh(&format!("chmod 755 {}", dir.path().display()));
    let shared = dir.path().join("delad");
    std::fs::create_dir(&shared).unwrap();
    sh(&format!(
        "chgrp {GROUP} {0} && chmod 2775 {0}",
        shared.display()
    ));
    let round = shared.join("r.ron");
    let r = round.display().to_string();

    // Anna starts the round (owner only) and shares it with the group, as the README says.
    let out = as_user(ANNA, &format!("new {r} --area Äldreomsorg --year 2027"));
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert_eq!(mode_and_group(&round).0, 0o600, "a new round is owner-only");
    assert!(
        sh(&format!("su {ANNA} -s /bin/sh -c 'chmod 660 {r}'"))
            .status
            .success()
    );

    // Anna works in the round (her lbk holds it).
    let mut anna = Command::new("su")
        .args([
            ANNA,
            "-s",
            "/bin/sh",
            "-c",
            &format!("{} save-loop {r}", env!("CARGO_BIN_EXE_lbk")),
        ])
        .stdout(Stdio::piped())
        .spawn()
        .unwrap();
    let mut lines = BufReader::new(anna.stdout.take().unwrap()).lines();
    lines.next().unwrap().unwrap();
    assert_eq!(
        mode_and_group(&round),
        (0o660, group_id()),
        "saving kept the round shared"
    );

    // Bo cannot change it meanwhile, and is told who has it (not "Permission denied").
    let out = as_user(BO, &format!("ballots close {r} --stage pick"));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(!out.status.success());
    assert!(err.contains(&format!("låst av {ANNA}")), "{err}");
    assert!(!err.contains("Permission denied"), "{err}");
    // He can still read it.
    assert!(as_user(BO, &format!("check {r}")).status.success());

    // Anna's lbk is killed (her laptop dies): the lock she left never blocks Bo.
    sh(&format!("pkill -KILL -u {ANNA}"));
    let _ = anna.wait();
    let out = as_user(BO, &format!("save-loop {r} --count 1"));
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert_eq!(
        mode_and_group(&round),
        (0o660, group_id()),
        "Bo's save kept mode and group"
    );
    let leftovers: Vec<String> = std::fs::read_dir(&shared)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.starts_with('.'))
        .collect();
    assert!(leftovers.is_empty(), "{leftovers:?}");
}

#[test]
fn a_round_in_a_folder_the_user_cannot_write_opens_read_only_with_the_reason() {
    if let Some(why) = cannot_run() {
        eprintln!("Hoppar över testet av skrivskyddad mapp: {why}.");
        return;
    }
    make_users();
    let dir = tempfile::tempdir().unwrap();
    sh(&format!("chmod 755 {}", dir.path().display()));
    // A round Bo may only read, and one he may write in a folder he may not
    // (so no lock can be made beside it).
    for (name, mode, reason) in [
        ("las.ron", "644", "skrivrätt"),
        ("skriv.ron", "666", "låsfilen"),
    ] {
        let round = dir.path().join(name);
        std::fs::write(&round, lbk::store::samples::SAMPLES[1].text).unwrap();
        sh(&format!("chmod {mode} {}", round.display()));
        let before = std::fs::read(&round).unwrap();
        // Bo opens the app on it in a terminal, looks, and quits.
        let mut child = Command::new("script")
            .args([
                "-qec",
                &format!(
                    "stty cols 160 rows 30; su {BO} -s /bin/sh -c 'LBK_DATA_DIR=/tmp/{BO}-data LBK_CONFIG_DIR=/tmp/{BO}-cfg TERM=xterm-256color {} open {}'",
                    env!("CARGO_BIN_EXE_lbk"),
                    round.display()
                ),
                "/dev/null",
            ])
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        use std::io::Write as _;
        child.stdin.take().unwrap().write_all(b"q").unwrap();
        let out = child.wait_with_output().unwrap();
        let text = String::from_utf8_lossy(&out.stdout).to_string()
            + &String::from_utf8_lossy(&out.stderr);
        assert!(text.contains("SKRIVSKYDDAD"), "{name}: {text}");
        assert!(text.contains(reason), "{name}: the reason is given: {text}");
        assert!(!text.contains("Permission denied"), "{name}: {text}");
        assert_eq!(std::fs::read(&round).unwrap(), before, "{name}");
    }
}
