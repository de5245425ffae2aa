//! A whole moment-5 meeting typed by keys: 21 representatives pick, the
//! stage is closed, they rank, and the saved file's tally is checked against
//! a result computed by hand. The keystrokes per ballot are counted.

mod common;

use common::*;
use crossterm::event::KeyCode;
use lbk::store::load;
use lbk::tally::Place;

const A: &str = "GÄV-01";
const B: &str = "HAL-02";
const C: &str = "DAL-01";
const D: &str = "FYR-01";
const E: &str = "GR-01";

/// The shortest beginning of the name that puts this representative first.
fn prefix_for(app: &App, name: &str) -> String {
    let round = app.round().unwrap();
    (1..=name.chars().count())
        .map(|n| name.chars().take(n).collect::<String>())
        .find(|p| round.ballot_candidates(p).first().map(|c| c.name.as_str()) == Some(name))
        .unwrap()
}

/// The shortest way to type a number: "gäv1" for GÄV-01.
fn short(number: &str) -> String {
    let (code, seq) = lbk::domain::need::split_number(number).unwrap();
    format!("{}{seq}", code.to_lowercase())
}

/// Types one ballot and returns the keys pressed.
fn ballot(app: &mut App, name: &str, needs: &[&str]) -> usize {
    let mut keys = String::from("v");
    keys.push_str(&prefix_for(app, name));
    keys.push('\n');
    let tokens: Vec<String> = needs.iter().map(|n| short(n)).collect();
    keys.push_str(&tokens.join(" "));
    keys.push('\n');
    type_text(app, &keys);
    assert_eq!(
        app.focus(),
        Focus::Screen(lbk::tui::screens::ScreenId::Moment(
            lbk::domain::Moment::Prioritering
        )),
        "valsedeln för {name} sparades inte: {:?}",
        app.status_text()
    );
    keys.chars().count()
}

#[test]
fn twenty_one_representatives_pick_and_rank_by_keys() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = fresh_meeting(dir.path());
    let path = app.round_path().unwrap().to_path_buf();

    // Setup: N from 5 to 3; Hans Östlund (Gotland, 8th in the list) arrives late.
    type_text(&mut app, "--");
    assert_eq!(app.round().unwrap().prioritization.max_picks, 3);
    app.press(key(KeyCode::Char('a')));
    for _ in 0..7 {
        app.press(key(KeyCode::Down));
    }
    app.press(key(KeyCode::Char(' ')));
    app.press(key(KeyCode::Esc));
    let reps: Vec<String> = app
        .round()
        .unwrap()
        .representatives
        .iter()
        .map(|r| r.name.clone())
        .collect();
    assert_eq!(reps.len(), 21);
    assert_eq!(app.round().unwrap().prioritization.present.len(), 21);

    // Pick stage: three groups of seven.
    let mut keys = vec![];
    for (i, name) in reps.iter().enumerate() {
        let needs = match i / 7 {
            0 => [A, B, C],
            1 => [A, B, D],
            _ => [A, D, E],
        };
        keys.push(ballot(&mut app, name, &needs));
    }
    let s = screen(&app, dir.path(), 100, 30);
    assert!(s.contains("21 av 21 närvarande har röstat"), "{s}");
    insta::assert_snapshot!("meeting_pick_pane", s);

    // Opening a ballot again loads it (a correction); a fourth pick is
    // refused on the spot and the ballot is not changed.
    let keys4 = format!("v{}\n{} ", prefix_for(&app, &reps[0]), short(D));
    type_text(&mut app, &keys4);
    assert!(on_top(&app, LayerKind::Ballot), "väntade valsedeln öppen");
    assert!(app.input_error().unwrap().contains("Högst 3"));
    app.press(key(KeyCode::Esc));
    app.press(key(KeyCode::Char('j')));

    // Close the pick stage (asked, then yes).
    type_text(&mut app, "cj");
    let saved = load(&path).unwrap().0;
    assert!(saved.prioritization.pick_closed);
    assert_eq!(
        saved.prioritization.joint_list,
        vec![A, D, B, C, E],
        "by picks, ties by number"
    );

    // Rank stage.
    for (i, name) in reps.iter().enumerate() {
        let order: &[&str] = match i / 7 {
            0 => &[B, A, D, C, E],
            1 => &[A, B, D, E, C],
            _ => &[D, A],
        };
        ballot(&mut app, name, order);
    }
    insta::assert_snapshot!("meeting_rank_pane", screen(&app, dir.path(), 100, 30));
    app.press(key(KeyCode::Char('f')));
    insta::assert_snapshot!("meeting_presentation", screen(&app, dir.path(), 100, 30));
    app.press(key(KeyCode::Char('f')));

    // The saved file, tallied, against the hand count (L = 5):
    // A 7·4 + 7·5 + 7·4 = 91; D 7·3 + 7·3 + 7·5 = 77; B 7·5 + 7·4 = 63;
    // C 7·2 + 7·1 = 21; E 7·1 + 7·2 = 21, equal in positions and picks: shared 4th.
    let saved = load(&path).unwrap().0;
    let tally = saved.current_rank_tally().unwrap();
    let got: Vec<(&str, u64, Place, u32)> = tally
        .rows
        .iter()
        .map(|r| (r.number.as_str(), r.points, r.place, r.first_places))
        .collect();
    let p = |place, shared| Place { place, shared };
    assert_eq!(
        got,
        vec![
            (A, 91, p(1, false), 7),
            (D, 77, p(2, false), 7),
            (B, 63, p(3, false), 7),
            (C, 21, p(4, true), 0),
            (E, 21, p(4, true), 0)
        ]
    );
    let mean = |n: &str| {
        tally
            .rows
            .iter()
            .find(|r| r.number == n)
            .unwrap()
            .mean_position
            .unwrap()
    };
    assert!((mean(A) - 35.0 / 21.0).abs() < 1e-9);
    assert!((mean(B) - 1.5).abs() < 1e-9);
    assert!((mean(C) - 4.5).abs() < 1e-9);
    let picks = saved.pick_counts();
    assert_eq!(
        (picks[A], picks[B], picks[C], picks[D], picks[E]),
        (21, 14, 7, 14, 7)
    );
    assert!(
        saved
            .log
            .iter()
            .filter(|e| e.what.starts_with("Rangordning registrerad"))
            .count()
            == 21
    );

    // Keystrokes per five-pick-sized ballot: name prefix + numbers + two Enters.
    let max = keys.iter().max().unwrap();
    let mean_keys = keys.iter().sum::<usize>() as f64 / keys.len() as f64;
    println!("tangenttryck per valsedel (3 val): medel {mean_keys:.1}, högst {max}");
    assert!(
        *max <= 1 + 6 + 1 + 3 * 5 + 1,
        "en valsedel ska inte kräva mer än prefix och numren: {keys:?}"
    );
}

#[test]
fn a_ballot_can_be_corrected_and_withdrawn_and_the_log_says_so() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = fresh_meeting(dir.path());
    let path = app.round_path().unwrap().to_path_buf();
    ballot(&mut app, "Karin Lund", &[A, B]);
    // Open again: the earlier picks are loaded; Backspace drops the last.
    let open_karin = format!("v{}\n", prefix_for(&app, "Karin Lund"));
    type_text(&mut app, &open_karin);
    app.press(key(KeyCode::Backspace));
    type_text(&mut app, &format!("{}\n", short(C)));
    let saved = load(&path).unwrap().0;
    assert_eq!(
        saved
            .prioritization
            .pick_ballot("Karin Lund")
            .unwrap()
            .needs,
        vec![A, C]
    );
    assert!(
        saved
            .log
            .last()
            .unwrap()
            .what
            .contains("tidigare: GÄV-01, HAL-02")
    );

    let open_karin = format!("v{}\n", prefix_for(&app, "Karin Lund"));
    type_text(&mut app, &open_karin);
    app.press(ctrl('d'));
    app.press(key(KeyCode::Char('j')));
    let saved = load(&path).unwrap().0;
    assert!(saved.prioritization.pick_ballot("Karin Lund").is_none());
    assert!(
        saved
            .log
            .last()
            .unwrap()
            .what
            .starts_with("Val tillbakadraget för Karin Lund")
    );

    // Reopening a closed stage asks for a reason and logs it.
    ballot(&mut app, "Karin Lund", &[A]);
    type_text(&mut app, "cj");
    app.press(key(KeyCode::Char('o')));
    app.press(key(KeyCode::Enter));
    assert!(app.input_error().is_some_and(|e| e.contains("skäl")));
    type_text(&mut app, "Karin ville ändra\n");
    let saved = load(&path).unwrap().0;
    assert!(!saved.prioritization.pick_closed);
    assert!(
        saved
            .log
            .last()
            .unwrap()
            .what
            .ends_with("Skäl: Karin ville ändra")
    );

    // The joint-list rule is set by a typed line; a bad one is refused.
    type_text(&mut app, "gtopp\n");
    assert!(app.input_error().is_some());
    type_text(&mut app, " 2\n");
    assert_eq!(
        load(&path).unwrap().0.prioritization.joint_rule,
        lbk::domain::priority::JointRule::TopK(2)
    );
}

#[test]
fn the_export_key_writes_the_tally_and_the_minutes_of_the_meeting() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = fresh_meeting(dir.path());
    ballot(&mut app, "Karin Lund", &[A, B]);
    app.press(key(KeyCode::Char('e')));
    let export = dir.path().join("data").join("export").join("mote");
    let mut files: Vec<_> = std::fs::read_dir(&export)
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    // The tally (md, txt, xlsx), its slides (-resultat.pptx), the CSV of
    // the pick stage (-val.csv), then the minutes (-protokoll.docx, .md).
    files.sort_by_key(|p| (p.to_string_lossy().contains("protokoll"), p.clone()));
    let exts: Vec<_> = files
        .iter()
        .map(|p| p.extension().unwrap().to_string_lossy().into_owned())
        .collect();
    assert_eq!(exts, vec!["pptx", "csv", "md", "txt", "xlsx", "docx", "md"]);
    let md = std::fs::read_to_string(&files[2]).unwrap();
    assert!(
        md.contains("| 1 | GÄV-01 |") || md.contains("| delad 1:a plats | GÄV-01 |"),
        "{md}"
    );
    let s = screen(&app, dir.path(), 100, 30);
    assert!(s.contains("Exporterat till"), "{s}");
}

#[test]
fn the_minutes_of_the_meeting_say_who_how_the_result_the_splits_and_every_change() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = fresh_meeting(dir.path());
    // Two ballots, one correction, close, reopen with a reason, close, rank.
    ballot(&mut app, "Karin Lund", &[A, B]);
    ballot(&mut app, "Lars Ängström", &[A, C]);
    ballot(&mut app, "Lars Ängström", &[A, B]);
    type_text(&mut app, "cj");
    type_text(&mut app, "oEn valsedel saknades\n");
    type_text(&mut app, "cj");
    ballot(&mut app, "Karin Lund", &[A, B]);
    ballot(&mut app, "Lars Ängström", &[B, A]);
    let round = app.round().unwrap();
    let blocks = lbk::documents::priority_minutes::blocks(round);
    let md = lbk::documents::priority_minutes::markdown(&blocks);
    assert!(md.contains("Närvarande (20): Anna Lindqvist"), "{md}");
    assert!(
        md.contains("Röstade (2 av 20): Karin Lund, Lars Ängström"),
        "{md}"
    );
    assert!(
        md.contains("Skäl: En valsedel saknades"),
        "the reopening and its reason: {md}"
    );
    assert!(
        md.contains("En valsedel i valsteget rättades."),
        "the correction, without whose: {md}"
    );
    assert!(!md.contains("Val ändrat för Lars Ängström"), "{md}");
    // GÄV-01 and HAL-02 tie on everything: a shared place, said as such.
    assert!(md.contains("delad 1:a plats"), "{md}");
    let docx = lbk::documents::formats::docx::blocks_docx(
        &blocks,
        &lbk::documents::formats::docx_page::Page::plain("Prov"),
    )
    .unwrap();
    assert!(docx.starts_with(b"PK"), "a Word package");
}

#[test]
fn g_in_the_close_question_changes_the_rule_and_the_question_comes_back_with_the_new_list() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = fresh_meeting(dir.path());
    ballot(&mut app, "Karin Lund", &[A, B]);
    ballot(&mut app, "Anna Lindqvist", &[A]);
    app.press(key(KeyCode::Char('c')));
    assert!(on_top(&app, LayerKind::Question));
    // g answers the question by opening the rule's line instead.
    app.press(key(KeyCode::Char('g')));
    assert!(on_top(&app, LayerKind::Prompt), "{:?}", app.status_text());
    type_text(&mut app, "topp 1\n");
    // The question is back, saying what closing will do under the new rule.
    assert!(on_top(&app, LayerKind::Question));
    let s = flat(&screen(&app, dir.path(), 120, 30));
    assert!(s.contains("Gemensam lista: 1 behov (topp 1)"), "{s}");
    app.press(key(KeyCode::Char('j')));
    let r = app.round().unwrap();
    assert!(r.prioritization.pick_closed);
    assert_eq!(r.prioritization.joint_list, vec![A.to_string()]);
}
