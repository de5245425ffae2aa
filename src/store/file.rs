//! Reading and writing a round file: atomic replace with fsync, a `.bak` of
//! the previous version, permissions for the owner only, and a fingerprint
//! so a save never goes over a file someone else changed.

use std::fs;
use std::hash::{DefaultHasher, Hash, Hasher};
use std::io::Write;
use std::path::{Path, PathBuf};

use super::error::StoreError;
use super::format::{parse_round, round_to_string};
use crate::domain::Round;

/// What the file held when we last read or wrote it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Fingerprint(u64);

impl Fingerprint {
    pub fn of(bytes: &[u8]) -> Fingerprint {
        let mut h = DefaultHasher::new();
        bytes.hash(&mut h);
        Fingerprint(h.finish())
    }
}

/// `<name>.ron.bak` beside the round file.
pub fn backup_path(path: &Path) -> PathBuf {
    let mut s = path.as_os_str().to_owned();
    s.push(".bak");
    PathBuf::from(s)
}

fn io(path: &Path, action: &'static str) -> impl FnOnce(std::io::Error) -> StoreError {
    let path = path.to_path_buf();
    move |source| StoreError::Io {
        path,
        action,
        source,
    }
}

/// Reads and checks a round file. The file is only read, never changed.
pub fn load(path: &Path) -> Result<(Round, Fingerprint), StoreError> {
    let bytes = fs::read(path).map_err(io(path, "läsa"))?;
    let round = parse_round(&bytes, path)?;
    Ok((round, Fingerprint::of(&bytes)))
}

/// Writes `bytes` to `path` atomically: a temporary file in the same folder,
/// fsync, rename over the old file, fsync the folder. Mode 0600.
pub fn write_atomic(path: &Path, bytes: &[u8]) -> Result<(), StoreError> {
    let fault = fault();
    if fault == WriteFault::ReadOnly {
        return Err(io(path, "skriva")(std::io::Error::from(
            std::io::ErrorKind::ReadOnlyFilesystem,
        )));
    }
    let mut opts = atomic_write_file::OpenOptions::new();
    #[cfg(unix)]
    {
        use atomic_write_file::unix::OpenOptionsExt as _;
        use std::os::unix::fs::OpenOptionsExt as _;
        opts.preserve_mode(false);
        opts.mode(0o600);
    }
    let mut file = opts.open(path).map_err(io(path, "skriva"))?;
    if fault == WriteFault::DiskFull {
        // Half the bytes reach the temporary file, then the disk is full;
        // dropping the uncommitted file removes it.
        let _ = file.write_all(&bytes[..bytes.len() / 2]);
        return Err(io(path, "skriva")(std::io::Error::from(
            std::io::ErrorKind::StorageFull,
        )));
    }
    file.write_all(bytes).map_err(io(path, "skriva"))?;
    file.commit().map_err(io(path, "skriva"))?;
    Ok(())
}

/// A disk fault to simulate, for tests of saving that fails (a full disk,
/// a folder that turned read-only) where the real thing cannot be arranged.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum WriteFault {
    None,
    DiskFull,
    ReadOnly,
}

static FAULT: std::sync::atomic::AtomicU8 = std::sync::atomic::AtomicU8::new(0);

/// Sets the simulated fault for every write of this process (tests only).
pub fn simulate_fault(f: WriteFault) {
    FAULT.store(f as u8, std::sync::atomic::Ordering::SeqCst);
}

fn fault() -> WriteFault {
    match FAULT.load(std::sync::atomic::Ordering::SeqCst) {
        1 => WriteFault::DiskFull,
        2 => WriteFault::ReadOnly,
        _ => WriteFault::None,
    }
}

/// Saves the round over `path`. `expected` is the fingerprint of the file as
/// we last saw it (None for a new file). Bumps the revision only on success.
pub fn save(
    path: &Path,
    round: &mut Round,
    expected: Option<Fingerprint>,
) -> Result<Fingerprint, StoreError> {
    let current = match fs::read(path) {
        Ok(b) => Some(b),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => None,
        Err(e) => return Err(io(path, "läsa")(e)),
    };
    match (&current, expected) {
        (Some(_), None) => {
            return Err(StoreError::Exists {
                path: path.to_path_buf(),
            });
        }
        (None, Some(_)) => {
            return Err(StoreError::Gone {
                path: path.to_path_buf(),
            });
        }
        (Some(bytes), Some(fp)) if Fingerprint::of(bytes) != fp => {
            return Err(StoreError::ChangedOnDisk {
                path: path.to_path_buf(),
            });
        }
        _ => {}
    }
    if let Some(old) = &current {
        write_atomic(&backup_path(path), old)?;
    }
    round.revision += 1;
    let text = round_to_string(round);
    if let Err(e) = write_atomic(path, text.as_bytes()) {
        round.revision -= 1;
        return Err(e);
    }
    Ok(Fingerprint::of(text.as_bytes()))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::ModelVariant;

    #[test]
    fn backup_sits_beside_the_file() {
        assert_eq!(
            backup_path(Path::new("/a/b.ron")),
            PathBuf::from("/a/b.ron.bak")
        );
    }

    #[test]
    fn save_then_load_round_trips_and_keeps_the_previous_version() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("r.ron");
        let mut r = Round::new("Funktionshinder", ModelVariant::V2, 2022);
        let fp = save(&path, &mut r, None).unwrap();
        assert_eq!(r.revision, 1);
        r.area = "Funktionsnedsättning".into();
        let fp2 = save(&path, &mut r, Some(fp)).unwrap();
        let (loaded, fp3) = load(&path).unwrap();
        assert_eq!(loaded, r);
        assert_eq!(fp2, fp3);
        let (bak, _) = load(&backup_path(&path)).unwrap();
        assert_eq!(bak.area, "Funktionshinder");
        assert_eq!(bak.revision, 1);
    }

    #[cfg(unix)]
    #[test]
    fn files_are_readable_by_the_owner_only() {
        use std::os::unix::fs::PermissionsExt;
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("r.ron");
        let mut r = Round::new("Funktionshinder", ModelVariant::V2, 2022);
        let fp = save(&path, &mut r, None).unwrap();
        save(&path, &mut r, Some(fp)).unwrap();
        for p in [path.clone(), backup_path(&path)] {
            let mode = fs::metadata(&p).unwrap().permissions().mode() & 0o777;
            assert_eq!(mode, 0o600, "{}", p.display());
        }
    }

    #[test]
    fn a_new_file_is_not_written_over_an_existing_one() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("r.ron");
        fs::write(&path, "något annat").unwrap();
        let mut r = Round::new("X", ModelVariant::V2, 2022);
        assert!(matches!(
            save(&path, &mut r, None),
            Err(StoreError::Exists { .. })
        ));
        assert_eq!(fs::read_to_string(&path).unwrap(), "något annat");
        assert_eq!(r.revision, 0);
    }
}
