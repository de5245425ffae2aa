use std::sync::Arc;

use super::*;
use crate::domain::{ModelVariant, MomentStatus};
use crate::store::format::round_to_string;

fn new_round(dir: &std::path::Path) -> (std::path::PathBuf, OpenRound) {
    let path = dir.join("r.ron");
    let open = OpenRound::create(&path, Round::new("A", ModelVariant::V2, 2024)).unwrap();
    (path, open)
}

/// One change made the way the app makes it: the version before kept,
/// then the change saved.
fn change(open: &mut OpenRound, area: &str) -> Result<(), StoreError> {
    open.mark_before(Arc::new(open.round.clone()));
    open.round.area = area.into();
    open.save_change()
}

#[test]
fn a_change_goes_to_the_journal_and_the_file_waits_for_a_quiet_moment() {
    let dir = tempfile::tempdir().unwrap();
    let (path, mut open) = new_round(dir.path());
    let file = std::fs::read(&path).unwrap();
    change(&mut open, "B").unwrap();
    assert_eq!(
        std::fs::read(&path).unwrap(),
        file,
        "the file is not rewritten"
    );
    assert!(open.journaled() && journal_path(&path).exists());
    assert_eq!(crate::store::load(&path).unwrap().0.area, "B");
    open.save().unwrap();
    assert!(!journal_path(&path).exists(), "folded into the file");
    assert_eq!(crate::store::file::load_file(&path).unwrap().0.area, "B");
}

#[test]
fn a_file_changed_behind_lbk_refuses_the_change_and_the_next() {
    let dir = tempfile::tempdir().unwrap();
    let (path, mut open) = new_round(dir.path());
    change(&mut open, "B").unwrap();
    let journal = std::fs::read(journal_path(&path)).unwrap();
    // A colleague's editor writes the file.
    let mut theirs = open.round.clone();
    theirs.area = "Deras".into();
    std::fs::write(&path, round_to_string(&theirs)).unwrap();
    for area in ["C", "D"] {
        let err = change(&mut open, area).unwrap_err();
        assert!(matches!(err, StoreError::ChangedOnDisk { .. }), "{err}");
        assert!(open.unsaved, "memory holds what no file does");
    }
    assert_eq!(open.round.area, "D");
    assert_eq!(std::fs::read(journal_path(&path)).unwrap(), journal);
    assert!(std::fs::read_to_string(&path).unwrap().contains("Deras"));
}

#[test]
fn a_file_moved_away_refuses_the_change_and_begins_no_journal() {
    let dir = tempfile::tempdir().unwrap();
    let (path, mut open) = new_round(dir.path());
    std::fs::rename(&path, dir.path().join("flyttad.ron")).unwrap();
    let err = change(&mut open, "B").unwrap_err();
    assert!(matches!(err, StoreError::Gone { .. }), "{err}");
    assert!(!journal_path(&path).exists() && !path.exists());
}

#[test]
fn a_file_touched_but_unchanged_takes_the_change() {
    let dir = tempfile::tempdir().unwrap();
    let (path, mut open) = new_round(dir.path());
    let bytes = std::fs::read(&path).unwrap();
    // Written again with the same bytes (a backup tool), a second later.
    std::fs::write(&path, &bytes).unwrap();
    let later = std::time::SystemTime::now() + std::time::Duration::from_secs(2);
    std::fs::File::options()
        .write(true)
        .open(&path)
        .unwrap()
        .set_modified(later)
        .unwrap();
    change(&mut open, "B").unwrap();
    assert!(open.journaled() && !open.unsaved);
}

#[test]
fn a_stage_closed_writes_the_whole_file() {
    let dir = tempfile::tempdir().unwrap();
    let (path, mut open) = new_round(dir.path());
    change(&mut open, "B").unwrap();
    open.mark_before(Arc::new(open.round.clone()));
    open.round.timeline[0].status = MomentStatus::Pagaende;
    open.save_change().unwrap();
    assert!(!journal_path(&path).exists(), "no journal after the close");
    let (file, _) = crate::store::file::load_file(&path).unwrap();
    assert_eq!(file.area, "B");
    assert_eq!(file.timeline[0].status, MomentStatus::Pagaende);
}
