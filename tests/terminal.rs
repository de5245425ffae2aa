//! Terminals lbk cannot or can barely draw on: no terminal at all (a pipe,
//! a script), `TERM=dumb`, `LANG=C` with `NO_COLOR`, and a window drawn at
//! 1×1 and back. None panics, none loses what the app holds, and where lbk
//! cannot draw it says so in Swedish and what to do instead.

mod common;

use common::cli::in_pty;

use std::process::{Command, Stdio};

use crossterm::event::KeyCode;

fn env_for(dir: &std::path::Path) -> String {
    format!(
        "LBK_DATA_DIR={0}/data LBK_CONFIG_DIR={0}/cfg",
        dir.display()
    )
}

#[test]
fn without_a_terminal_the_app_says_so_and_does_not_panic() {
    let dir = tempfile::tempdir().unwrap();
    let out = Command::new(env!("CARGO_BIN_EXE_lbk"))
        .env("LBK_DATA_DIR", dir.path().join("data"))
        .env("LBK_CONFIG_DIR", dir.path().join("cfg"))
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .output()
        .unwrap();
    assert!(!out.status.success());
    let said = String::from_utf8_lossy(&out.stderr);
    assert!(said.contains("behöver en terminal"), "{said}");
    assert!(said.contains("lbk --help"), "{said}");
    assert!(!said.contains("panicked"), "{said}");
    // Nothing of the app's screen reached the pipe.
    assert!(!String::from_utf8_lossy(&out.stdout).contains("\u{1b}[?1049h"));
}

#[test]
fn term_dumb_is_refused_with_what_to_do_before_the_screen_is_taken() {
    let dir = tempfile::tempdir().unwrap();
    let cmd = format!(
        "{} TERM=dumb {}",
        env_for(dir.path()),
        env!("CARGO_BIN_EXE_lbk")
    );
    let (ok, out) = in_pty(&cmd, "q");
    assert!(!ok, "{out}");
    assert!(out.contains("TERM=dumb"), "{out}");
    assert!(!out.contains("\u{1b}[?1049h"), "the screen was never taken");
    assert!(!out.contains("panicked"), "{out}");
}

#[test]
fn lang_c_and_no_color_draw_without_colours_and_quit_cleanly() {
    let dir = tempfile::tempdir().unwrap();
    let cmd = format!(
        "{} LANG=C LC_ALL=C NO_COLOR=1 {}",
        env_for(dir.path()),
        env!("CARGO_BIN_EXE_lbk")
    );
    let (ok, out) = in_pty(&cmd, "q");
    assert!(ok, "{out}");
    assert!(
        out.contains("Skadligt bruk"),
        "the home screen is drawn: {out}"
    );
    assert!(!out.contains("panicked"), "{out}");
    // No foreground or background colour is ever set.
    for colour in ["\u{1b}[38;", "\u{1b}[48;"] {
        assert!(!out.contains(colour), "a colour was drawn: {colour:?}");
    }
}

#[test]
fn drawn_at_one_by_one_and_back_the_screen_and_the_round_are_as_before() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = common::app_in(dir.path());
    common::open_sample(&mut app, 1);
    app.press(common::key(KeyCode::Down));
    let before = common::screen(&app, dir.path(), 100, 30);
    let round = app.round().cloned();
    for (w, h) in [(1, 1), (0, 0), (1, 40), (200, 1), (79, 23), (2, 2)] {
        let small = common::text_of(&common::render(&app, w, h));
        if w >= 20 && h >= 3 {
            assert!(small.contains("större"), "too small says so: {small}");
        }
    }
    assert_eq!(common::screen(&app, dir.path(), 100, 30), before);
    assert_eq!(app.round().cloned(), round);
}
