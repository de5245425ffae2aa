//! Every screen and layer at 80x24 (a laptop's terminal) and 200x60 (a
//! projector), on top of the 100x30 snapshots: the key facts are never cut
//! (a need's number, a merge target, a set-aside reason, the way to help),
//! and the snapshots were read by eye once.

mod common;

use common::*;
use crossterm::event::KeyCode;
use std::collections::HashSet;

/// Every word on the screen that looks like a need number ("GR-01") must be
/// one whole: not "FYR-0", not "HAL-…".
fn assert_numbers_whole(s: &str, numbers: &HashSet<String>, what: &str) {
    let chars: Vec<char> = s.chars().collect();
    let mut i = 0;
    while i < chars.len() {
        let start = i;
        while i < chars.len() && chars[i].is_uppercase() {
            i += 1;
        }
        let letters = i - start;
        let boundary = start == 0 || !chars[start - 1].is_alphanumeric();
        if boundary && (2..=4).contains(&letters) && chars.get(i) == Some(&'-') {
            let mut j = i + 1;
            while j < chars.len() && chars[j].is_ascii_digit() {
                j += 1;
            }
            let token: String = chars[start..j].iter().collect();
            let digits = j - i - 1;
            let next = chars.get(j).copied();
            // A hyphenated word ("LSS-handläggning") is not a number.
            let word = digits == 0 && next.is_some_and(char::is_alphabetic);
            let cut = next == Some('…') || (digits < 2 && !word);
            assert!(!cut, "{what}: a need number is cut: {token:?}\n{s}");
            if digits >= 2 && !numbers.is_empty() && !what.starts_with("layer_") {
                assert!(
                    numbers.contains(&token),
                    "{what}: {token:?} is no need here\n{s}"
                );
            }
            i = j;
        }
        i = i.max(start + 1);
    }
}

fn the_help_hint_shows(s: &str, what: &str) {
    let footer = s.lines().last().unwrap_or("");
    assert!(
        footer.contains("? hjälp"),
        "{what}: no ? hjälp in {footer:?}"
    );
}

/// The screen at a size, checked, and as a snapshot named for it.
fn check(app: &App, dir: &std::path::Path, (w, h): (u16, u16), name: &str) {
    let s = screen(app, dir, w, h);
    let numbers: HashSet<String> = app
        .round()
        .map(|r| r.needs.iter().map(|n| n.number.clone()).collect())
        .unwrap_or_default();
    // A layer may lie over a screen and hide part of a number under it;
    // the check is for what the screens themselves show.
    if !name.starts_with("layer_") {
        assert_numbers_whole(&s, &numbers, name);
    }
    insta::assert_snapshot!(format!("{name}_{w}x{h}"), s);
}

#[test]
fn every_screen_at_80x24_and_200x60() {
    for size in [(80, 24), (200, 60)] {
        let dir = tempfile::tempdir().unwrap();
        let mut app = app_in(dir.path());
        check(&app, dir.path(), size, "home");
        the_help_hint_shows(&screen(&app, dir.path(), size.0, size.1), "home");
        for (sample, name) in [(0, "funktionshinder"), (1, "skadligt_bruk")] {
            app = app_in(dir.path());
            open_sample(&mut app, sample);
            for m in 1..=7u8 {
                app.press(key(KeyCode::Char(char::from(b'0' + m))));
                let what = format!("{name}_moment_{m}");
                the_help_hint_shows(&screen(&app, dir.path(), size.0, size.1), &what);
                check(&app, dir.path(), size, &what);
            }
        }
    }
}

#[test]
fn every_layer_at_80x24_and_200x60() {
    for size in [(80, 24), (200, 60)] {
        let dir = tempfile::tempdir().unwrap();
        let mut app = app_in(dir.path());
        open_sample(&mut app, 1);
        let at = |app: &mut App, keys: &[KeyCode], name: &str| {
            for k in keys {
                app.press(key(*k));
            }
            check(app, dir.path(), size, name);
        };
        use KeyCode::{Char as C, Down, Enter, Esc, Right};
        at(&mut app, &[C('2'), C('n')], "layer_need_form");
        at(&mut app, &[Esc, C('i')], "layer_prompt");
        at(&mut app, &[Esc, C('?')], "layer_help");
        at(&mut app, &[Esc, C('k')], "layer_kickoff");
        at(&mut app, &[Esc, C('T')], "layer_timeline");
        at(&mut app, &[Esc, C('R')], "layer_register");
        at(&mut app, &[Right, Right], "layer_register_rss");
        at(&mut app, &[Esc, C('5'), C('a')], "layer_attendance");
        at(&mut app, &[Esc, C('l')], "layer_log");
        at(&mut app, &[Esc, C('p')], "layer_per_representative");
        at(&mut app, &[Esc, C('f')], "layer_presentation");
        at(
            &mut app,
            &[Esc, C('v'), C('e'), C('l')],
            "layer_choose_representative",
        );
        at(
            &mut app,
            &[Enter, C('g'), C('r'), C('1'), C(' '), Down],
            "layer_ballot",
        );
        at(&mut app, &[Esc], "layer_question");
    }
}

#[test]
fn moment_4_names_the_merge_target_and_the_reason_for_a_set_aside_need() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = app_in(dir.path());
    open_sample(&mut app, 1);
    app.press(key(KeyCode::Char('4')));
    let r = app.round().unwrap().clone();
    let mut numbers: Vec<&str> = r.needs.iter().map(|n| n.number.as_str()).collect();
    numbers.sort_by(|a, b| lbk::domain::need::number_order(a, b));
    for want in ["merged", "aside"] {
        let (pos, n) = numbers
            .iter()
            .enumerate()
            .map(|(i, no)| (i, r.need(no).unwrap()))
            .find(|(_, n)| {
                matches!(
                    (&n.status, want),
                    (lbk::domain::NeedStatus::Sammanslaget { .. }, "merged")
                        | (lbk::domain::NeedStatus::Undanlagt { .. }, "aside")
                )
            })
            .unwrap();
        app.press(key(KeyCode::Home));
        for _ in 0..pos {
            app.press(key(KeyCode::Down));
        }
        for (w, h) in [(80, 24), (100, 30), (200, 60)] {
            let s = flat(&screen(&app, dir.path(), w, h));
            match &n.status {
                lbk::domain::NeedStatus::Sammanslaget { into, .. } => {
                    assert!(
                        s.contains(&format!("Sammanslagen med {into}")),
                        "{w}x{h}: {s}"
                    );
                }
                lbk::domain::NeedStatus::Undanlagt { reason, .. } => {
                    assert!(
                        s.contains(&format!("Skäl: {}", reason.label())),
                        "{w}x{h}: {s}"
                    );
                }
                _ => unreachable!(),
            }
        }
    }
    let s = screen(&app, dir.path(), 80, 24);
    assert!(s.contains("undanlagda med skäl"), "{s}");
}

#[test]
fn a_long_title_can_be_read_whole_on_the_meeting_screen() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = app_in(dir.path());
    open_sample(&mut app, 1);
    app.press(key(KeyCode::Char('5')));
    let r = app.round().unwrap().clone();
    let t = r.current_pick_tally();
    let (i, long) = t
        .rows
        .iter()
        .enumerate()
        .map(|(i, row)| (i, r.need(&row.number).unwrap().title.clone()))
        .find(|(_, title)| title.chars().count() > 40)
        .expect("the sample has a long title");
    for _ in 0..i {
        app.press(key(KeyCode::Down));
    }
    let s = screen(&app, dir.path(), 80, 24);
    assert!(s.contains(&*long), "the selected need's whole title: {s}");
}
