//! Moments 3 and 4's returns in the app, by keys: `F` on moment 3 writes a
//! preparation form per actor, `i` reads one back (report first, "j"
//! writes), the agenda marks the prepared answers and `c` confirms one;
//! `i` on moment 4 reads an RSS's verification, `p` then "g" or "a"
//! decides a correction, a typo in the decision is refused and asked
//! again; `i` on moment 7 reads a feedback form. Each screen says who
//! has answered.

mod common;

use std::path::Path;

use common::{app_in, flat, key, open_sample, screen, type_text};
use crossterm::event::KeyCode;
use lbk::domain::meetings::PreparedState;
use lbk::tui::app::App;

fn fixture(name: &str) -> String {
    common::returns::fixture(name).display().to_string()
}

fn read_in(app: &mut App, root: &Path, name: &str) -> String {
    app.press(key(KeyCode::Char('i')));
    type_text(app, &format!("{}\n", fixture(name)));
    flat(&screen(app, root, 120, 40))
}

fn state(app: &App, need: &str, actor: &str) -> PreparedState {
    app.round()
        .unwrap()
        .dialogues
        .iter()
        .flat_map(|s| &s.assessments)
        .find(|a| a.need == need && a.actor == actor)
        .map(|a| a.prepared_state())
        .unwrap()
}

#[test]
fn preparations_go_out_with_f_come_back_with_i_and_c_confirms_one_at_the_dialogue() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = app_in(dir.path());
    open_sample(&mut app, 1);
    app.press(key(KeyCode::Char('3')));
    app.press(key(KeyCode::Char('F')));
    let round = app.round_path().unwrap().to_path_buf();
    let forms = lbk::documents::export::export_dir(&round).join("svarsformular");
    let written: Vec<String> = std::fs::read_dir(&forms)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    assert!(
        written.contains(&"forberedelse-SBU.xlsx".to_string()),
        "{written:?}"
    );
    assert_eq!(written.len(), 9, "one per actor: {written:?}");
    let before = std::fs::read(&round).unwrap();
    let asked = read_in(&mut app, dir.path(), "forberedelse-SBU-ifylld.xls");
    assert!(
        asked.contains("4 ändras") && asked.contains("förberett: kunskapslucka"),
        "{asked}"
    );
    assert_eq!(std::fs::read(&round).unwrap(), before, "nothing before j");
    app.press(key(KeyCode::Char('j')));
    assert_eq!(state(&app, "GR-01", "SBU"), PreparedState::Prepared);
    // To GR-01 in its session's agenda.
    let r = app.round().unwrap().clone();
    let session = r.session_of("GR-01").unwrap();
    for _ in 0..session {
        app.press(key(KeyCode::Char('>')));
    }
    let at = r
        .agenda(session)
        .iter()
        .position(|n| n.number == "GR-01")
        .unwrap();
    for _ in 0..at {
        app.press(key(KeyCode::Down));
    }
    let shown = flat(&screen(&app, dir.path(), 140, 45));
    assert!(shown.contains("SBU: kunskapslucka (förberett)"), "{shown}");
    assert!(shown.contains("c bekräftar"), "{shown}");
    assert!(shown.contains("SBU ✓"), "the returns line: {shown}");
    app.press(key(KeyCode::Char('c')));
    assert_eq!(state(&app, "GR-01", "SBU"), PreparedState::Confirmed);
    // Pressed again: nothing is left to confirm, and it says so.
    app.press(key(KeyCode::Char('c')));
    assert!(
        app.status_text().unwrap().contains("inga förberedda svar"),
        "{:?}",
        app.status_text()
    );
    // u undoes the confirmation.
    app.press(key(KeyCode::Char('u')));
    assert_eq!(state(&app, "GR-01", "SBU"), PreparedState::Prepared);
}

#[test]
fn a_correction_read_on_moment_4_waits_for_p_and_a_typo_in_the_decision_loses_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = app_in(dir.path());
    open_sample(&mut app, 1);
    app.press(key(KeyCode::Char('4')));
    let asked = read_in(&mut app, dir.path(), "verifiering-GR-ifylld.ods");
    assert!(asked.contains("3 stämmer, 1 rättelseförslag"), "{asked}");
    app.press(key(KeyCode::Char('j')));
    let r = app.round().unwrap().clone();
    let mut order: Vec<&str> = r.needs.iter().map(|n| n.number.as_str()).collect();
    order.sort_by(|a, b| lbk::domain::need::number_order(a, b));
    // p on a need with no proposal says where proposals come from.
    app.press(key(KeyCode::Char('p')));
    assert!(
        app.status_text().unwrap().contains("inget rättelseförslag"),
        "{:?}",
        app.status_text()
    );
    let at = order.iter().position(|n| *n == "GR-02").unwrap();
    for _ in 0..at {
        app.press(key(KeyCode::Down));
    }
    let shown = flat(&screen(&app, dir.path(), 140, 45));
    assert!(shown.contains("Rättelseförslag från GR"), "{shown}");
    app.press(key(KeyCode::Char('p')));
    type_text(&mut app, "kanske\n");
    let shown = flat(&screen(&app, dir.path(), 140, 45));
    assert!(shown.contains("inget beslut"), "{shown}");
    let open = |app: &App| {
        app.round()
            .unwrap()
            .checked_rows("GR")
            .iter()
            .any(|c| c.open())
    };
    assert!(open(&app), "the typo decided nothing");
    // The line is still open with what was typed; clear it and answer.
    for _ in 0.."kanske".chars().count() {
        app.press(key(KeyCode::Backspace));
    }
    type_text(&mut app, "a\n");
    assert!(!open(&app));
    let gr = app
        .round()
        .unwrap()
        .verifications
        .iter()
        .find(|v| v.rss == "GR")
        .cloned()
        .unwrap();
    assert!(
        !gr.corrections.contains("anhöriga"),
        "rejected: {}",
        gr.corrections
    );
}

#[test]
fn i_on_moment_7_reads_an_actors_feedback_form() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = app_in(dir.path());
    open_sample(&mut app, 0);
    app.press(key(KeyCode::Char('7')));
    let round = app.round_path().unwrap().to_path_buf();
    let before = std::fs::read(&round).unwrap();
    let said = read_in(&mut app, dir.path(), "aterkoppling-SoS.ods");
    // The form carries the feedback the round has: nothing to change.
    assert!(said.contains("Inget att ändra"), "{said}");
    assert_eq!(std::fs::read(&round).unwrap(), before);
    app.press(key(KeyCode::Char('F')));
    let forms = lbk::documents::export::export_dir(&round).join("svarsformular");
    assert!(forms.join("aterkoppling-SoS.xlsx").exists());
}

#[test]
fn a_mistyped_path_says_the_file_is_not_there_and_keeps_the_line() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = app_in(dir.path());
    open_sample(&mut app, 1);
    app.press(key(KeyCode::Char('3')));
    let typo = fixture("forberedelse-SBU-ifyld.xls");
    app.press(key(KeyCode::Char('i')));
    type_text(&mut app, &format!("{typo}\n"));
    let said = app.input_error().unwrap_or_default();
    assert!(said.contains("filen finns inte"), "{said}");
    // The line is still there with what was typed: fix the typo and go on.
    for _ in 0.."ifyld.xls".chars().count() {
        app.press(key(KeyCode::Backspace));
    }
    type_text(&mut app, "ifylld.xls\n");
    let shown = flat(&screen(&app, dir.path(), 120, 40));
    assert!(shown.contains("4 ändras"), "{shown}");
}
