//! The presentation window and ballots pasted or read during the meeting.
//! `lbk present FILE` runs as its own process in a pseudo-terminal while
//! this test runs lbk (the app, in process) on the same round: a ballot the
//! app saves shows up in the presentation as a count, never as who voted
//! how. On moment 5 a pasted chat, or a form export read with `i`, is shown
//! as a dry-run report first and written only on "j"; an unknown name is
//! asked once and remembered.

mod common;

use std::sync::mpsc::Receiver;
use std::time::Duration;

use common::*;
use crossterm::event::KeyCode;
use lbk::store::load;

fn spawn_present(path: &std::path::Path) -> (std::process::Child, Receiver<Vec<u8>>) {
    let cmd = format!(
        "exec {} present {}",
        env!("CARGO_BIN_EXE_lbk"),
        path.display()
    );
    common::cli::spawn_in_pty(&cmd, 100, 40)
}

/// Reads the presentation's output until `what` appears (or gives up).
fn wait_for(rx: &Receiver<Vec<u8>>, seen: &mut Vec<u8>, what: &str) -> bool {
    let deadline = std::time::Instant::now() + Duration::from_secs(20);
    while !String::from_utf8_lossy(seen).contains(what) {
        let left = deadline.saturating_duration_since(std::time::Instant::now());
        match rx.recv_timeout(left) {
            Ok(chunk) => seen.extend(chunk),
            Err(_) => return false,
        }
    }
    true
}

#[test]
fn lbk_present_follows_a_ballot_saved_by_the_app_and_never_shows_who_voted_how() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = fresh_meeting(dir.path());
    let path = app.round_path().unwrap().to_path_buf();
    let voters = app.round().unwrap().voters().len();
    let (mut child, rx) = spawn_present(&path);
    let mut seen = vec![];
    assert!(
        wait_for(&rx, &mut seen, &format!("0 av {voters} har")),
        "the presentation never drew: {}",
        String::from_utf8_lossy(&seen)
    );
    // The app takes a ballot and saves it; the presentation follows.
    type_text(&mut app, "vkar\ngav1 hal2\n");
    assert!(
        load(&path)
            .unwrap()
            .0
            .prioritization
            .pick_ballot("Karin Lund")
            .is_some()
    );
    assert!(
        lbk::store::journal_path(&path).exists(),
        "the ballot is in the app's journal; the file waits for a quiet moment"
    );
    seen.clear();
    assert!(
        wait_for(&rx, &mut seen, &format!("1 av {voters} har")),
        "the saved ballot did not show: {}",
        String::from_utf8_lossy(&seen)
    );
    let shown = String::from_utf8_lossy(&seen).to_string();
    assert!(!shown.contains("Karin"), "no name on the shared screen");
    use std::io::Write as _;
    child.stdin.as_mut().unwrap().write_all(b"q").unwrap();
    let status = child.wait().unwrap();
    assert!(status.success());
    assert_eq!(
        load(&path).unwrap().0.prioritization.pick_ballots.len(),
        1,
        "the presentation wrote nothing"
    );
}

#[test]
fn a_chat_pasted_on_moment_5_is_shown_before_it_is_written_and_unknown_names_asked_once() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = fresh_meeting(dir.path());
    let path = app.round_path().unwrap().to_path_buf();
    // A terminal pastes line breaks as carriage returns.
    app.paste(
        "Anna Lindqvist: val gr1 hal2 sth1\rPer Dahlgren 10:32\rval 1 2\rAnna L 10:33\rgäv1\r",
    );
    // "Anna L" is asked once; the start of a name in the register answers.
    assert!(on_top(&app, LayerKind::Prompt), "{:?}", app.status_text());
    assert!(flat(&screen(&app, dir.path(), 120, 40)).contains("Vem är \"Anna L\""));
    type_text(&mut app, "bjorn\n");
    let s = flat(&screen(&app, dir.path(), 120, 40));
    assert!(s.contains("3 valsedlar"), "{s}");
    assert!(s.contains("Anna Lindqvist: GR-01, HAL-02, STH-01"), "{s}");
    assert!(
        load(&path)
            .unwrap()
            .0
            .prioritization
            .pick_ballots
            .is_empty(),
        "nothing yet"
    );
    app.press(key(KeyCode::Char('j')));
    let r = load(&path).unwrap().0;
    assert_eq!(r.prioritization.pick_ballots.len(), 3);
    let bjorn = r
        .representatives
        .iter()
        .find(|p| p.name == "Björn Ekström")
        .unwrap();
    assert_eq!(bjorn.aliases, ["Anna L"]);
    assert_eq!(
        r.prioritization.pick_ballot("Björn Ekström").unwrap().needs,
        ["GÄV-01"]
    );
}

#[test]
fn a_form_export_read_with_i_is_refused_whole_when_one_answer_is_wrong() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = fresh_meeting(dir.path());
    let path = app.round_path().unwrap().to_path_buf();
    let csv = dir.path().join("svar.csv");
    std::fs::write(
        &csv,
        "Namn;Val 1;Val 2\nLindqvist Anna;gr1;hal2\nPer Dahlgren;zz9;\n",
    )
    .unwrap();
    let before = std::fs::read(&path).unwrap();
    type_text(&mut app, &format!("i{}\n", csv.display()));
    let s = flat(&screen(&app, dir.path(), 120, 40));
    assert!(s.contains("importerades inte; inget har ändrats"), "{s}");
    assert!(s.contains("rad 3, kolumn B"), "{s}");
    app.press(key(KeyCode::Char('n')));
    assert_eq!(std::fs::read(&path).unwrap(), before);
    // Put right, read again: the report, then written on j.
    std::fs::write(
        &csv,
        "Namn;Val 1;Val 2\nLindqvist Anna;gr1;hal2\nPer Dahlgren;sth1;\n",
    )
    .unwrap();
    type_text(&mut app, &format!("i{}\n", csv.display()));
    assert!(flat(&screen(&app, dir.path(), 120, 40)).contains("2 valsedlar"));
    app.press(key(KeyCode::Char('j')));
    assert_eq!(load(&path).unwrap().0.prioritization.pick_ballots.len(), 2);
    // A file that is not there: said under the line, which stays open.
    type_text(&mut app, "i/finns/inte.xlsx\n");
    assert!(on_top(&app, LayerKind::Prompt));
    assert!(app.input_error().unwrap().contains("filen finns inte"));
}
