//! The layers over the screens, as the user sees them (snapshots at 100x30)
//! and as they behave: Esc goes back one layer and never out of the round
//! in the middle of a meeting; a paste is text for the focused field and
//! never a key command.

mod common;

use common::*;
use crossterm::event::KeyCode;
use lbk::domain::Moment;
use lbk::tui::screens::ScreenId;

/// Sample round (b) at moment 5, with its file's bytes.
fn meeting(dir: &std::path::Path) -> (App, Vec<u8>) {
    let mut app = app_in(dir);
    open_sample(&mut app, 1);
    app.press(key(KeyCode::Char('5')));
    let bytes = std::fs::read(app.round_path().unwrap()).unwrap();
    (app, bytes)
}

const M5: Focus = Focus::Screen(ScreenId::Moment(Moment::Prioritering));

#[test]
fn every_layer_of_the_meeting_as_seen() {
    let dir = tempfile::tempdir().unwrap();
    let (mut app, _) = meeting(dir.path());
    app.press(key(KeyCode::Char('v')));
    type_text(&mut app, "kar");
    assert!(on_top(&app, LayerKind::ChooseRep));
    insta::assert_snapshot!("choose_representative", screen(&app, dir.path(), 100, 30));
    app.press(key(KeyCode::Enter));
    assert!(on_top(&app, LayerKind::Ballot));
    type_text(&mut app, "gr1 ");
    insta::assert_snapshot!("ballot_editor", screen(&app, dir.path(), 100, 30));
    app.press(key(KeyCode::Esc));
    assert!(on_top(&app, LayerKind::Question));
    insta::assert_snapshot!("yes_no_question", screen(&app, dir.path(), 100, 30));
    app.press(key(KeyCode::Char('j')));
    assert_eq!(app.focus(), M5);
    app.press(key(KeyCode::Char('a')));
    insta::assert_snapshot!("attendance", screen(&app, dir.path(), 100, 30));
    app.press(key(KeyCode::Esc));
    app.press(key(KeyCode::Char('l')));
    insta::assert_snapshot!("log", screen(&app, dir.path(), 100, 30));
    app.press(key(KeyCode::Esc));
    app.press(key(KeyCode::Char('g')));
    type_text(&mut app, "flest");
    app.press(key(KeyCode::Enter));
    assert!(on_top(&app, LayerKind::Prompt));
    insta::assert_snapshot!(
        "line_prompt_with_refusal",
        screen(&app, dir.path(), 100, 30)
    );
}

#[test]
fn the_history_list_and_the_read_only_banner_as_seen() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = app_in(dir.path());
    app.press(key(KeyCode::Char('h')));
    assert!(on_top(&app, LayerKind::History));
    insta::assert_snapshot!("history_list", screen(&app, dir.path(), 100, 30));
    // A round nobody may write (the reason does not depend on who runs it).
    let path = dir.path().join("data").join("skyddad.ron");
    std::fs::create_dir_all(path.parent().unwrap()).unwrap();
    std::fs::write(&path, lbk::store::samples::SAMPLES[1].text).unwrap();
    let mut perms = std::fs::metadata(&path).unwrap().permissions();
    perms.set_readonly(true);
    std::fs::set_permissions(&path, perms).unwrap();
    app.press(key(KeyCode::Esc));
    app.open_file(path);
    assert!(app.read_only().is_some());
    insta::assert_snapshot!("read_only_banner", screen(&app, dir.path(), 100, 30));
}

#[test]
fn esc_in_any_meeting_layer_goes_back_one_layer_never_out_of_the_round() {
    let dir = tempfile::tempdir().unwrap();
    let (mut app, _) = meeting(dir.path());
    for open in ['p', 'a', 'l', 'f', 'v', 'T', '?'] {
        app.press(key(KeyCode::Char(open)));
        assert_ne!(app.focus(), M5, "{open} opens a layer");
        app.press(key(KeyCode::Esc));
        assert_eq!(app.focus(), M5, "Esc after {open} is back at moment 5");
        assert!(app.round().is_some());
    }
    // A question over a ballot goes back to the ballot.
    type_text(&mut app, "vanna\ngr1");
    app.press(key(KeyCode::Esc));
    assert!(on_top(&app, LayerKind::Question));
    app.press(key(KeyCode::Esc));
    assert!(
        on_top(&app, LayerKind::Ballot),
        "no to the question keeps the ballot"
    );
    assert_eq!(app.input_text().as_deref(), Some("gr1"));
}

#[test]
fn a_pasted_ballot_is_numbers_in_the_ballot_and_changes_nothing_else() {
    let dir = tempfile::tempdir().unwrap();
    let (mut app, bytes) = meeting(dir.path());
    let picks_n = app.round().unwrap().prioritization.max_picks;
    type_text(&mut app, "vkarin\n");
    app.paste("GR-01\nDAL-01\r\nHAL-02");
    assert!(on_top(&app, LayerKind::Ballot), "still in the ballot");
    assert_eq!(
        app.ballot_chosen().unwrap(),
        ["GR-01", "DAL-01", "HAL-02"],
        "the numbers, separated by line breaks, are the ballot"
    );
    let path = app.round_path().unwrap().to_path_buf();
    assert_eq!(
        std::fs::read(&path).unwrap(),
        bytes,
        "nothing saved before Enter"
    );
    assert_eq!(app.round().unwrap().prioritization.max_picks, picks_n);
    // Commas and spaces separate too, in a name search as well.
    app.press(key(KeyCode::Esc));
    app.press(key(KeyCode::Char('j')));
    app.press(key(KeyCode::Char('v')));
    app.paste("Karin\n");
    assert_eq!(app.input_text().as_deref(), Some("Karin "));
    assert!(
        on_top(&app, LayerKind::ChooseRep),
        "Enter in a paste is not Enter"
    );
}

#[test]
fn chat_talk_pasted_on_moment_5_is_never_keys_and_changes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let (mut app, bytes) = meeting(dir.path());
    let round = app.round().unwrap().clone();
    // Every letter here is a key on moment 5 (a: attendance, u: undo, …).
    app.paste("Anna Lindqvist: val gr1 hal2 sth1 – ursäkta, jag var sen\nuuu+++ccc");
    assert_eq!(app.focus(), M5);
    assert_eq!(app.round().unwrap(), &round);
    assert_eq!(std::fs::read(app.round_path().unwrap()).unwrap(), bytes);
    // A paste on moment 5 is read as ballots from the chat; talk is none.
    assert!(
        app.status_text()
            .unwrap()
            .contains("Inga valsedlar i inklistrad text"),
        "{:?}",
        app.status_text()
    );
}

#[test]
fn a_paste_into_the_form_is_text_with_its_line_breaks_and_the_limit() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = app_in(dir.path());
    open_sample(&mut app, 1);
    app.press(key(KeyCode::Char('2')));
    app.press(key(KeyCode::Char('n')));
    app.paste("Ensamhet\nbland äldre");
    app.press(key(KeyCode::Tab));
    app.paste("Rad ett\nrad två");
    app.press(key(KeyCode::Tab));
    app.paste(&"x".repeat(6000));
    assert!(app.input_error().unwrap().contains("fick inte plats"));
    app.press(ctrl('s'));
    let n = app
        .round()
        .unwrap()
        .needs
        .iter()
        .find(|n| n.title == "Ensamhet bland äldre")
        .expect("saved, the title's line break a space")
        .clone();
    assert_eq!(n.description, "Rad ett\nrad två");
    assert_eq!(n.challenge.chars().count(), lbk::domain::need::MAX_TEXT);
}
