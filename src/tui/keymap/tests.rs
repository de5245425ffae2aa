use super::*;
use crate::tui::keymap_help::{footer_hints, help_sections};

fn key(code: KeyCode) -> KeyEvent {
    KeyEvent::new(code, KeyModifiers::NONE)
}

#[test]
fn no_key_is_bound_twice_in_one_context() {
    for (i, a) in BINDINGS.iter().enumerate() {
        for bnd in &BINDINGS[i + 1..] {
            assert!(
                !(a.context == bnd.context && a.code == bnd.code && a.mods == bnd.mods),
                "{:?} {:?} bunden två gånger",
                a.context,
                a.code
            );
        }
    }
}

#[test]
fn the_specific_context_wins_over_global() {
    let needs = [Context::Needs, Context::Nav, Context::Round];
    assert_eq!(
        lookup(BINDINGS, &needs, key(K::Char('n'))),
        Some(Do::NewNeed)
    );
    assert_eq!(lookup(BINDINGS, &[Context::Home], key(K::Char('n'))), None);
    assert_eq!(lookup(BINDINGS, &needs, key(K::Char('q'))), Some(Do::Quit));
}

#[test]
fn letters_are_not_movement_so_each_screen_may_use_them() {
    for c in ['j', 'k'] {
        assert_eq!(lookup(BINDINGS, &[Context::Nav], key(K::Char(c))), None);
    }
}

#[test]
fn in_a_form_q_is_text_and_ctrl_s_saves() {
    let form = [Context::Form, Context::Text];
    assert_eq!(
        lookup(BINDINGS, &form, key(K::Char('q'))),
        Some(Do::Input(key(K::Char('q'))))
    );
    let ctrl_s = KeyEvent::new(K::Char('s'), KeyModifiers::CONTROL);
    assert_eq!(lookup(BINDINGS, &form, ctrl_s), Some(Do::SaveForm));
    let ctrl_c = KeyEvent::new(K::Char('c'), KeyModifiers::CONTROL);
    assert_eq!(lookup(BINDINGS, &form, ctrl_c), Some(Do::ForceQuit));
}

#[test]
fn help_scrolls_with_the_arrows() {
    let help = [Context::Help, Context::Nav];
    assert_eq!(lookup(BINDINGS, &help, key(K::Down)), Some(Do::Down));
    assert_eq!(
        lookup(BINDINGS, &help, key(K::PageDown)),
        Some(Do::PageDown)
    );
    assert_eq!(lookup(BINDINGS, &help, key(K::Char('q'))), Some(Do::Cancel));
}

#[test]
fn question_mark_with_shift_still_opens_help() {
    let k = KeyEvent::new(K::Char('?'), KeyModifiers::SHIFT);
    assert_eq!(lookup(BINDINGS, &[Context::Home], k), Some(Do::Help));
}

#[test]
fn help_starts_with_the_current_keys_and_lists_every_context() {
    let help = help_sections(BINDINGS, &[Context::Verify, Context::Nav, Context::Round]);
    assert_eq!(help[0].0, Context::Verify.title());
    let total: usize = help.iter().map(|(_, rows)| rows.len()).sum();
    let distinct: usize = Context::ALL
        .iter()
        .map(|c| help_sections(BINDINGS, &[*c])[0].1.len())
        .sum::<usize>();
    assert!(total > 0 && distinct > 0);
    for ctx in Context::ALL {
        if BINDINGS.iter().any(|b| b.context == ctx) {
            assert!(
                help.iter().any(|(t, _)| *t == ctx.title()),
                "{ctx:?} saknas i hjälpen"
            );
        }
    }
    let round = help.iter().find(|(t, _)| *t == "I en omgång").unwrap();
    assert!(
        round
            .1
            .iter()
            .any(|(k, t)| k == "Tab/→" && *t == "nästa moment"),
        "{:?}",
        round.1
    );
    let footer = footer_hints(BINDINGS, &[Context::Needs, Context::Nav, Context::Round]);
    assert_eq!(footer[0], ("n".to_string(), "nytt behov"));
    assert!(!footer.iter().any(|(_, t)| *t == "byt tema"));
}
