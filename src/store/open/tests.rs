use super::*;
use crate::domain::ModelVariant;

fn new_round(dir: &Path) -> (PathBuf, OpenRound) {
    let path = dir.join("r.ron");
    let open = OpenRound::create(&path, Round::new("A", ModelVariant::V2, 2024)).unwrap();
    (path, open)
}

#[test]
fn a_second_opener_gets_a_read_only_round_that_refuses_to_save() {
    let dir = tempfile::tempdir().unwrap();
    let (path, _first) = new_round(dir.path());
    let mut second = OpenRound::open(&path).unwrap();
    assert!(second.read_only.as_deref().unwrap().contains("låst"));
    let before = std::fs::read(&path).unwrap();
    second.round.area = "B".into();
    assert!(matches!(second.save(), Err(StoreError::ReadOnly { .. })));
    assert_eq!(std::fs::read(&path).unwrap(), before);
}

#[test]
fn a_save_over_a_file_changed_on_disk_is_refused_keeps_memory_and_marks_it_unsaved() {
    let dir = tempfile::tempdir().unwrap();
    let (path, mut open) = new_round(dir.path());
    // A colleague on a shared drive saves a different version.
    let mut theirs = open.round.clone();
    theirs.area = "Deras".into();
    std::fs::write(&path, super::super::format::round_to_string(&theirs)).unwrap();
    open.round.area = "Min".into();
    assert!(!open.unsaved);
    let err = open.save().unwrap_err();
    assert!(matches!(err, StoreError::ChangedOnDisk { .. }), "{err}");
    assert!(open.unsaved, "memory now holds what the file does not");
    assert_eq!(open.round.area, "Min");
    assert!(std::fs::read_to_string(&path).unwrap().contains("Deras"));
    let copy = dir.path().join("kopia.ron");
    open.save_as(&copy).unwrap();
    assert!(!open.unsaved, "saved elsewhere, nothing is only in memory");
}

#[test]
fn a_save_after_the_file_was_moved_away_is_refused_and_keeps_memory() {
    let dir = tempfile::tempdir().unwrap();
    let (path, mut open) = new_round(dir.path());
    std::fs::rename(&path, dir.path().join("flyttad.ron")).unwrap();
    open.round.area = "Kvar".into();
    assert!(matches!(open.save(), Err(StoreError::Gone { .. })));
    assert!(!path.exists());
    assert_eq!(open.round.area, "Kvar");
}

#[cfg(unix)]
#[test]
fn a_link_to_a_round_is_the_round_itself() {
    let dir = tempfile::tempdir().unwrap();
    let real_dir = dir.path().join("real");
    std::fs::create_dir(&real_dir).unwrap();
    let (real, created) = new_round(&real_dir);
    drop(created);
    let link = dir.path().join("current.ron");
    std::os::unix::fs::symlink(&real, &link).unwrap();
    let mut through_link = OpenRound::open(&link).unwrap();
    assert!(through_link.read_only.is_none());
    through_link.round.area = "Via länken".into();
    through_link.save().unwrap();
    assert!(
        std::fs::symlink_metadata(&link)
            .unwrap()
            .file_type()
            .is_symlink(),
        "the link is still a link"
    );
    let (on_disk, _) = load(&real).unwrap();
    assert_eq!(on_disk.area, "Via länken", "the real file was saved");
    assert_eq!(on_disk.revision, 2);
    let by_real_path = OpenRound::open(&real).unwrap();
    assert!(
        by_real_path.read_only.is_some(),
        "two paths to one file are one round with one lock"
    );
}

#[cfg(unix)]
#[test]
fn a_write_protected_round_opens_read_only_and_stays_untouched() {
    use std::os::unix::fs::PermissionsExt as _;
    let dir = tempfile::tempdir().unwrap();
    let (path, created) = new_round(dir.path());
    drop(created);
    std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o444)).unwrap();
    let mut open = OpenRound::open(&path).unwrap();
    let why = open.read_only.clone().expect("read-only");
    assert!(why.contains("skrivskyddad"), "{why}");
    open.round.area = "Ändrad".into();
    assert!(open.save().is_err());
    let mode = std::fs::metadata(&path).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode, 0o444, "the file stays write-protected");
    assert_eq!(load(&path).unwrap().0.area, "A");
}

#[test]
fn a_read_only_view_follows_the_writer_and_takes_over_when_it_leaves() {
    let dir = tempfile::tempdir().unwrap();
    let (path, mut writer) = new_round(dir.path());
    let mut viewer = OpenRound::open(&path).unwrap();
    assert_eq!(viewer.follow().unwrap(), Followed::Unchanged);
    writer.round.area = "Femte valsedeln".into();
    writer.save().unwrap();
    assert_eq!(viewer.follow().unwrap(), Followed::Reloaded);
    assert_eq!(viewer.round.area, "Femte valsedeln");
    assert!(!viewer.can_take_over());
    assert!(viewer.take_over().is_err(), "the writer is still there");
    drop(writer);
    assert_eq!(viewer.follow().unwrap(), Followed::WriterLeft);
    assert!(viewer.can_take_over());
    viewer.take_over().unwrap();
    assert!(viewer.read_only.is_none());
    viewer.round.area = "Övertagen".into();
    viewer.save().unwrap();
    assert_eq!(load(&path).unwrap().0.area, "Övertagen");
}

#[test]
fn opening_removes_what_a_killed_save_left_behind() {
    let dir = tempfile::tempdir().unwrap();
    let (path, created) = new_round(dir.path());
    drop(created);
    let left = dir.path().join(".r.ron.lbk-4000000000-7.tmp");
    std::fs::write(&left, "halv").unwrap();
    let _open = OpenRound::open(&path).unwrap();
    if cfg!(target_os = "linux") {
        assert!(!left.exists());
    }
}
