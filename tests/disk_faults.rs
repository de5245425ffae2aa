//! Saving when the disk is full or the folder has turned read-only: the app
//! keeps every change in memory, says so in Swedish, writes no partial file,
//! leaves the last good file as it was, and saves everything at the next
//! change once the disk works again. (Its own test binary: the simulated
//! fault is process-wide.)

mod common;

use common::*;
use crossterm::event::KeyCode;
use lbk::store::file::{WriteFault, simulate_fault};
use lbk::store::load;

#[test]
fn a_full_disk_and_a_read_only_folder_lose_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = app_in(dir.path());
    open_sample(&mut app, 1);
    let path = app.round_path().unwrap().to_path_buf();
    let folder = path.parent().unwrap().to_path_buf();
    app.press(key(KeyCode::Char('2')));
    let good = std::fs::read(&path).unwrap();
    let files_before = std::fs::read_dir(&folder).unwrap().count();

    for (fault, words) in [
        (WriteFault::DiskFull, "disken är full"),
        (WriteFault::ReadOnly, "skrivskyddat"),
    ] {
        simulate_fault(fault);
        type_text(&mut app, "+");
        let s = flat(&screen(&app, dir.path(), 120, 30));
        assert!(s.contains(words), "{fault:?}: {s}");
        assert!(s.contains("Allt finns kvar i minnet"), "{s}");
        assert_eq!(
            std::fs::read(&path).unwrap(),
            good,
            "{fault:?}: the last good file stands"
        );
        assert_eq!(
            std::fs::read_dir(&folder).unwrap().count(),
            files_before,
            "{fault:?}: no partial or temporary file left"
        );
    }
    let in_memory = app.round().unwrap().clone();
    simulate_fault(WriteFault::None);
    type_text(&mut app, "+");
    let (saved, _) = load(&path).unwrap();
    assert_eq!(
        saved.log.len(),
        in_memory.log.len() + 1,
        "every change made while the disk failed is saved now"
    );
    assert_eq!(
        saved.needs.iter().map(|n| n.dots).collect::<Vec<_>>(),
        app.round()
            .unwrap()
            .needs
            .iter()
            .map(|n| n.dots)
            .collect::<Vec<_>>()
    );
}
