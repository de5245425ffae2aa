//! Names that differ only by what cannot be seen: invisible characters are
//! taken out when a name is entered (by keys, by paste, by the command
//! line), so "Anna<zero-width>Lindqvist" is the Anna already there; a name
//! with a Cyrillic "а" is kept as written but warned about where it is
//! entered and marked wherever people are listed, so the two are told
//! apart on screen and when a ballot is typed.

mod common;

use common::cli::{lbk, round_copy, s, text};
use common::*;
use crossterm::event::KeyCode;

const CYRILLIC_ANNA: &str = "\u{0410}nna Lindqvist";

#[test]
fn the_command_line_strips_the_invisible_and_warns_on_the_look_alike() {
    let dir = tempfile::tempdir().unwrap();
    let path = round_copy(dir.path());
    let add = |name: &str| lbk(&["people", s(&path), "add", "representative", name]);
    // Only a zero-width space and a direction mark apart: the same person.
    let before = std::fs::read(&path).unwrap();
    let o = add("Anna\u{200B} Lind\u{200F}qvist");
    assert!(!o.status.success());
    assert!(
        text(&o).contains("Anna Lindqvist finns redan"),
        "{}",
        text(&o)
    );
    assert_eq!(std::fs::read(&path).unwrap(), before);
    // A new name with invisible characters is stored without them.
    let o = add("Nora\u{2060} Nyström\u{FEFF}");
    assert!(o.status.success(), "{}", text(&o));
    let r = lbk::store::load(&path).unwrap().0;
    assert!(r.representatives.iter().any(|p| p.name == "Nora Nyström"));
    // A Cyrillic А: kept as written, warned about.
    let o = add(CYRILLIC_ANNA);
    assert!(o.status.success(), "{}", text(&o));
    let said = text(&o);
    assert!(said.contains("ser ut som Anna Lindqvist"), "{said}");
    assert!(said.contains("kyrilliska"), "{said}");
    let r = lbk::store::load(&path).unwrap().0;
    assert!(r.representatives.iter().any(|p| p.name == CYRILLIC_ANNA));
    // The file still says nothing against itself: two different names.
    assert!(lbk::domain::contradictions::contradictions(&r).is_empty());
}

#[test]
fn by_keys_and_paste_the_register_strips_warns_and_marks_the_look_alike() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = app_in(dir.path());
    open_sample(&mut app, 1);
    app.press(key(KeyCode::Char('R')));
    assert!(on_top(&app, LayerKind::Register));
    // Typed with a zero-width joiner in it: stored without.
    type_text(&mut app, "nEva\u{200D} Ek\n");
    let r = app.round().unwrap();
    assert!(
        r.representatives.iter().any(|p| p.name == "Eva Ek"),
        "{:?}",
        app.status_text()
    );
    // Pasted with a Cyrillic А: warned about, and marked in the list.
    app.press(key(KeyCode::Char('n')));
    app.paste(CYRILLIC_ANNA);
    app.press(key(KeyCode::Enter));
    let status = app.status_text().unwrap_or_default().to_string();
    assert!(status.contains("ser ut som Anna Lindqvist"), "{status}");
    let raw = screen(&app, dir.path(), 140, 40);
    let screen = flat(&raw);
    assert!(
        screen.contains("⚠ kyrilliska och latinska bokstäver"),
        "{screen}"
    );
    // The list and the detail mark the mixed name; the Latin Anna's row
    // is not marked.
    for line in raw.lines() {
        if line.contains("Anna Lindqvist") && !line.contains(CYRILLIC_ANNA) {
            assert!(!line.contains('⚠'), "{line}");
        }
    }
    assert!(
        raw.lines()
            .any(|l| l.contains(CYRILLIC_ANNA) && l.contains('⚠'))
    );
}
