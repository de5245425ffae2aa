//! Saving can fail without loss: when the round file was moved away or its
//! folder is gone, the app keeps every change in memory, says so on the
//! status line, tries again at the next change, and `S` saves elsewhere.
//! A refused save writes no partial file.

mod common;

use common::*;
use crossterm::event::KeyCode;
use lbk::store::load;

#[test]
fn a_round_moved_away_keeps_its_changes_and_can_be_saved_elsewhere() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = app_in(dir.path());
    open_sample(&mut app, 1);
    let path = app.round_path().unwrap().to_path_buf();
    app.press(key(KeyCode::Char('2')));
    // The file is moved away (a colleague tidied the shared drive).
    let moved = dir.path().join("flyttad.ron");
    std::fs::rename(&path, &moved).unwrap();
    let moved_bytes = std::fs::read(&moved).unwrap();
    type_text(&mut app, "+");
    let s = screen(&app, dir.path(), 100, 30);
    assert!(s.contains("finns inte längre"), "{s}");
    assert!(s.contains("Allt finns kvar i minnet"), "{s}");
    assert!(!path.exists(), "no partial file where the round was");
    assert_eq!(
        std::fs::read(&moved).unwrap(),
        moved_bytes,
        "the moved file is not touched"
    );
    // A second change: still kept, still reported.
    type_text(&mut app, "+");
    let in_memory = app.round().unwrap().clone();
    assert!(in_memory.log.len() >= 2);

    // S saves elsewhere; from then on changes go there.
    let elsewhere = dir.path().join("kopia");
    type_text(&mut app, &format!("S{}\n", elsewhere.display()));
    let copy = dir.path().join("kopia.ron");
    let (saved, _) = load(&copy).unwrap();
    assert_eq!(saved.needs, in_memory.needs);
    assert_eq!(saved.log, in_memory.log);
    type_text(&mut app, "+");
    assert!(load(&copy).unwrap().0.log.len() > saved.log.len());

    // Saving over an existing file is refused and that file is unchanged.
    let existing = dir.path().join("finns.ron");
    std::fs::write(&existing, "annan fil").unwrap();
    type_text(&mut app, &format!("S{}\n", existing.display()));
    assert!(screen(&app, dir.path(), 100, 30).contains("finns redan"));
    assert_eq!(std::fs::read_to_string(&existing).unwrap(), "annan fil");
}

#[test]
fn a_folder_that_is_gone_or_not_a_folder_refuses_the_save_and_keeps_memory() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = app_in(dir.path());
    open_sample(&mut app, 1);
    let path = app.round_path().unwrap().to_path_buf();
    app.press(key(KeyCode::Char('2')));
    // The folder is replaced by a file: nothing can be written into it.
    let folder = path.parent().unwrap().to_path_buf();
    std::fs::remove_dir_all(&folder).unwrap();
    std::fs::write(&folder, "inte en mapp").unwrap();
    type_text(&mut app, "+");
    let s = screen(&app, dir.path(), 100, 30);
    assert!(s.contains("Allt finns kvar i minnet"), "{s}");
    assert_eq!(std::fs::read_to_string(&folder).unwrap(), "inte en mapp");
    // Undo works on what is in memory too.
    app.press(key(KeyCode::Char('u')));
    assert!(
        app.round()
            .unwrap()
            .log
            .last()
            .unwrap()
            .what
            .starts_with("Ångrat")
    );
}
