//! Moment 5 by dictation, as a secretary types it: the name's first
//! letters, the needs' row numbers or codes with typos, questions that must
//! not be answered by typing that goes on, and closing the pick stage with
//! what it will do said first. Keys are counted.

mod common;

use common::*;
use crossterm::event::KeyCode;
use lbk::store::load;

/// The row numbers (on the final compilation as sent out) of these needs.
fn rows(app: &App, needs: &[&str]) -> String {
    let round = app.round().unwrap();
    let all: Vec<String> = round
        .final_compilation()
        .iter()
        .map(|n| n.number.clone())
        .collect();
    needs
        .iter()
        .map(|n| (all.iter().position(|a| a == n).unwrap() + 1).to_string())
        .collect::<Vec<_>>()
        .join(" ")
}

/// The shortest beginning of the name that puts this person first.
fn prefix_for(app: &App, name: &str) -> String {
    let round = app.round().unwrap();
    (1..=name.chars().count())
        .map(|n| name.chars().take(n).collect::<String>())
        .find(|p| round.ballot_candidates(p).first().map(|c| c.name.as_str()) == Some(name))
        .unwrap()
}

fn saved_picks(app: &App, name: &str) -> Vec<String> {
    let round = load(app.round_path().unwrap()).unwrap().0;
    round
        .prioritization
        .pick_ballot(name)
        .map(|b| b.needs.clone())
        .unwrap_or_default()
}

const FIVE: [&str; 5] = ["GÄV-01", "HAL-02", "STH-01", "ÖST-01", "GR-01"];

#[test]
fn a_five_pick_ballot_by_row_numbers_takes_at_most_twenty_keys() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = fresh_meeting(dir.path());
    assert_eq!(app.round().unwrap().prioritization.max_picks, 5);
    let mut most = 0;
    for name in [
        "Karin Lund",
        "Lars Ängström",
        "Per Dahlgren",
        "Elin Sjöberg",
    ] {
        let keys = format!("v{}\n{}\n", prefix_for(&app, name), rows(&app, &FIVE));
        type_text(&mut app, &keys);
        assert_eq!(
            saved_picks(&app, name),
            FIVE,
            "{name}: {:?}",
            app.status_text()
        );
        most = most.max(keys.chars().count());
    }
    println!("tangenttryck för en valsedel med fem val (radnummer): högst {most}");
    assert!(most <= 20, "{most} tangenttryck");
}

#[test]
fn codes_without_a_ring_and_a_typo_cost_at_most_two_keys() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = fresh_meeting(dir.path());
    // sto1 is a typo for STH-01: refused, marked, typing goes on; Tab takes
    // the one code offered: one extra key.
    type_text(&mut app, "vkar\ngav1 sto1 hal2 ");
    let e = app.ballot_editor().unwrap();
    assert_eq!(e.representative, "Karin Lund");
    assert_eq!(e.chosen, vec!["GÄV-01", "HAL-02"]);
    assert_eq!(e.refused.len(), 1);
    assert!(e.input.is_empty(), "nothing glued to the refused token");
    assert!(app.input_error().unwrap().contains("Menade du STH-01?"));
    app.press(key(KeyCode::Tab));
    type_text(&mut app, "ost1 gr1\n");
    assert_eq!(
        saved_picks(&app, "Karin Lund"),
        ["GÄV-01", "STH-01", "HAL-02", "ÖST-01", "GR-01"],
        "the offered code goes where the typo was"
    );

    // A refused token blocks Enter; Ctrl+W strikes it; nothing is lost.
    type_text(&mut app, "vlars\nzz9 gav1\n");
    assert!(on_top(&app, LayerKind::Ballot), "not saved with zz9 marked");
    assert!(app.input_error().unwrap().contains("Inte sparad"));
    app.press(ctrl('w'));
    app.press(key(KeyCode::Enter));
    assert_eq!(saved_picks(&app, "Lars Ängström"), ["GÄV-01"]);
}

#[test]
fn backspace_says_what_it_takes_and_ctrl_z_and_ctrl_u_work_in_the_ballot() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = fresh_meeting(dir.path());
    type_text(&mut app, "vkar\ngav1 hal2 ");
    app.press(key(KeyCode::Backspace));
    assert!(flat(&screen(&app, dir.path(), 100, 30)).contains("HAL-02 togs bort ur valsedeln"));
    app.press(ctrl('z'));
    type_text(&mut app, "xx yy");
    app.press(ctrl('u'));
    let e = app.ballot_editor().unwrap();
    assert!(
        e.refused.is_empty() && e.input.is_empty(),
        "Ctrl+U typed no u"
    );
    app.press(key(KeyCode::Enter));
    assert_eq!(saved_picks(&app, "Karin Lund"), ["GÄV-01", "HAL-02"]);
}

#[test]
fn the_name_picker_opens_the_intended_person_and_says_when_it_changes_a_ballot() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = fresh_meeting(dir.path());
    // The people the secretary opened by mistake have voted.
    for who in ["ingrid k", "johan p", "gunilla"] {
        type_text(&mut app, &format!("v{who}\ngr1\n"));
    }
    for (typed, meant) in [
        ("kar", "Karin Lund"),
        ("per", "Per Dahlgren"),
        ("ni", "Niklas Wikström"),
        ("ang", "Lars Ängström"),
    ] {
        type_text(&mut app, &format!("v{typed}"));
        let s = flat(&screen(&app, dir.path(), 100, 30));
        assert!(
            s.contains(&format!("Enter öppnar en ny valsedel för {meant}")),
            "{typed}: {s}"
        );
        app.press(key(KeyCode::Enter));
        assert_eq!(
            app.ballot_editor().unwrap().representative,
            meant,
            "{typed}"
        );
        app.press(key(KeyCode::Esc));
    }
    type_text(&mut app, "vingr");
    let s = flat(&screen(&app, dir.path(), 100, 30));
    assert!(s.contains("Enter ändrar Ingrid Karlssons valsedel"), "{s}");
}

#[test]
fn a_question_is_not_answered_by_the_typing_that_goes_on() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = fresh_meeting(dir.path());
    type_text(&mut app, "vkar\ngav1 ");
    app.press(key(KeyCode::Esc));
    assert!(on_top(&app, LayerKind::Question));
    // The secretary goes on with the next ballot: "vnik" and Enter.
    type_text(&mut app, "vnik\n");
    assert!(
        on_top(&app, LayerKind::Question),
        "the n of nik did not answer"
    );
    assert!(flat(&screen(&app, dir.path(), 100, 30)).contains("Du skrev medan frågan väntade"));
    assert_eq!(app.ballot_editor(), None);
    // The Enter after the stray typing was swallowed too; read, then
    // answered: n keeps the ballot.
    app.press(key(KeyCode::Char('n')));
    assert_eq!(app.ballot_chosen().unwrap(), ["GÄV-01"]);
    // Esc always answers no at once, even after typing.
    app.press(key(KeyCode::Esc));
    type_text(&mut app, "x");
    app.press(key(KeyCode::Esc));
    assert!(on_top(&app, LayerKind::Ballot));
    // A paste into the question is swallowed too.
    app.press(key(KeyCode::Esc));
    app.paste("nnn");
    assert!(on_top(&app, LayerKind::Question));
    app.press(key(KeyCode::Char('j')));
    assert!(
        on_top(&app, LayerKind::Question),
        "j right after a paste is typing"
    );
    app.press(key(KeyCode::Char('j')));
    assert_eq!(app.ballot_editor(), None, "discarded after a clear yes");
    assert!(saved_picks(&app, "Karin Lund").is_empty());
}

#[test]
fn closing_the_pick_stage_says_the_list_and_who_has_not_voted_and_g_changes_the_rule() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = fresh_meeting(dir.path());
    type_text(&mut app, "vkar\ngav1 hal2\nvlars\ngav1 sth1\n");
    app.press(key(KeyCode::Char('c')));
    let s = flat(&screen(&app, dir.path(), 120, 35));
    let present = app.round().unwrap().voters().len();
    assert!(s.contains("Gemensam lista: 3 behov (alla valda)."), "{s}");
    assert!(
        s.contains(&format!(
            "{} av {present} närvarande har inte röstat: Anna Lindqvist,",
            present - 2
        )),
        "{s}"
    );
    // g changes the rule in the same step; the question comes back.
    type_text(&mut app, "gtopp 1\n");
    let s = flat(&screen(&app, dir.path(), 120, 35));
    assert!(s.contains("Gemensam lista: 1 behov (topp 1)."), "{s}");
    app.press(key(KeyCode::Char('j')));
    let saved = load(app.round_path().unwrap()).unwrap().0;
    assert!(saved.prioritization.pick_closed);
    assert_eq!(saved.prioritization.joint_list, ["GÄV-01"]);
}

#[test]
fn a_full_ranking_of_thirteen_needs_by_row_numbers_is_counted() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = fresh_meeting(dir.path());
    let all: Vec<String> = app
        .round()
        .unwrap()
        .final_compilation()
        .iter()
        .map(|n| n.number.clone())
        .collect();
    // Three ballots that together pick thirteen needs: the joint list.
    let groups: Vec<Vec<&str>> = all[..13]
        .chunks(5)
        .map(|c| c.iter().map(String::as_str).collect())
        .collect();
    for (name, needs) in ["Karin Lund", "Lars Ängström", "Per Dahlgren"]
        .iter()
        .zip(&groups)
    {
        let keys = format!("v{}\n{}\n", prefix_for(&app, name), rows(&app, needs));
        type_text(&mut app, &keys);
    }
    type_text(&mut app, "cj");
    let joint = app.round().unwrap().prioritization.joint_list.clone();
    assert_eq!(joint.len(), 13);
    // Karin ranks all thirteen, the last first.
    let order: Vec<&str> = joint.iter().rev().map(String::as_str).collect();
    let keys = format!(
        "v{}\n{}\n",
        prefix_for(&app, "Karin Lund"),
        rows(&app, &order)
    );
    type_text(&mut app, &keys);
    let saved = load(app.round_path().unwrap()).unwrap().0;
    let ranked = &saved.prioritization.rank_ballots[0];
    assert_eq!(*ranked.order, order);
    let n = keys.chars().count();
    println!("tangenttryck för en hel rangordning av 13 behov (radnummer): {n}");
    assert!(n <= 1 + 4 + 1 + 13 * 3 + 1, "{n}");
}
