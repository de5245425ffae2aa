use super::*;
use crate::domain::ModelVariant;
use crossterm::event::KeyModifiers;

fn key(c: KeyCode) -> KeyEvent {
    KeyEvent::new(c, KeyModifiers::NONE)
}

#[test]
fn a_new_form_numbers_the_need_after_the_rss_s_last_and_follows_a_change_of_rss() {
    let mut round = Round::new("X", ModelVariant::V2, 2024);
    round.needs.push(Need {
        number: "STH-04".into(),
        rss: "STH".into(),
        title: "t".into(),
        ..Need::default()
    });
    let mut form = NeedForm::new_need(&round, Some("STH"));
    assert_eq!(form.to_need().unwrap().number, "STH-05");
    form.focus = RSS;
    form.input(key(KeyCode::Right), &round);
    let n = form.to_need().unwrap();
    assert_eq!(n.rss, "UPP");
    assert_eq!(n.number, "UPP-01");
}

#[test]
fn typed_swedish_text_and_newlines_reach_the_need() {
    let round = Round::new("X", ModelVariant::V2, 2024);
    let mut form = NeedForm::new_need(&round, None);
    assert!(!form.is_dirty());
    for c in "Åäö".chars() {
        form.input(key(KeyCode::Char(c)), &round);
    }
    form.next_field();
    for k in [KeyCode::Char('a'), KeyCode::Enter, KeyCode::Char('b')] {
        form.input(key(k), &round);
    }
    let n = form.to_need().unwrap();
    assert_eq!(n.title, "Åäö");
    assert_eq!(n.description, "a\nb");
    assert!(form.is_dirty());
}

#[test]
fn a_field_takes_no_more_than_its_limit_and_says_so() {
    let round = Round::new("X", ModelVariant::V2, 2024);
    let mut form = NeedForm::new_need(&round, None);
    form.focus = 3;
    for _ in 0..crate::domain::need::MAX_TEXT + 50 {
        form.input(key(KeyCode::Char('x')), &round);
    }
    let n = form.to_need().unwrap();
    assert_eq!(n.description.chars().count(), crate::domain::need::MAX_TEXT);
    let e = form.error.clone().unwrap();
    assert!(e.contains("Beskrivning") && e.contains("5\u{a0}000"), "{e}");
    form.focus = 2;
    for _ in 0..300 {
        form.input(key(KeyCode::Char('t')), &round);
    }
    assert_eq!(form.to_need().unwrap().title.chars().count(), 200);
}

#[test]
fn dots_that_are_not_a_number_are_refused_with_the_field_named() {
    let round = Round::new("X", ModelVariant::V2, 2024);
    let mut form = NeedForm::new_need(&round, None);
    form.focus = 8;
    form.input(key(KeyCode::Char('x')), &round);
    let err = form.to_need().unwrap_err();
    assert!(err.starts_with("Prickar"), "{err}");
}
