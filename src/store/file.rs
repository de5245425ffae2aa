//! Reading and writing a round file: bounded reads, atomic replace with
//! fsync, a `.bak` of the previous version, and a fingerprint so a save never
//! goes over a file someone else changed. An existing file keeps its mode and
//! group when it is replaced (a round on a shared drive stays shared); a new
//! file is readable by its owner only.

use std::fs;
use std::io::{Read, Write};
use std::path::{Path, PathBuf};

use super::error::StoreError;
use super::format::{parse_round, round_to_string};
use super::temp;
use crate::domain::Round;

/// The largest round file lbk reads: far above a real round (the stress
/// round of 5 000 needs is about 10 MB), small enough that a wrong file
/// (a disk image, `/dev/zero`) is refused before it is read.
pub const MAX_ROUND_BYTES: u64 = 64 * 1024 * 1024;

/// The largest settings, theme or keymap file lbk reads (they are a few
/// hundred bytes).
pub const MAX_SETTINGS_BYTES: u64 = 1024 * 1024;

/// Is this error a file that is not there (as opposed to one that is bad)?
pub fn is_missing(e: &StoreError) -> bool {
    matches!(e, StoreError::Io { source, .. } if source.kind() == std::io::ErrorKind::NotFound)
}

/// What the file held when we last read or wrote it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Fingerprint(u64);

impl Fingerprint {
    /// The same for the same bytes in every version of lbk (the journal
    /// keeps it): CRC-32 and length.
    pub fn of(bytes: &[u8]) -> Fingerprint {
        Fingerprint(((crc32fast::hash(bytes) as u64) << 32) | (bytes.len() as u64 & 0xffff_ffff))
    }

    pub fn value(self) -> u64 {
        self.0
    }
}

/// `<name>.ron.bak` beside the round file.
pub fn backup_path(path: &Path) -> PathBuf {
    let mut s = path.as_os_str().to_owned();
    s.push(".bak");
    PathBuf::from(s)
}

pub(crate) fn io(path: &Path, action: &'static str) -> impl FnOnce(std::io::Error) -> StoreError {
    let path = path.to_path_buf();
    move |source| StoreError::Io {
        path,
        action,
        source,
    }
}

/// Reads a whole file of at most `limit` bytes. Anything but a regular file
/// (a device, a folder, a pipe) and anything larger is refused before it is
/// read, so no file can make lbk read without end.
pub fn read_bounded(path: &Path, limit: u64) -> Result<Vec<u8>, StoreError> {
    let file = fs::File::open(path).map_err(io(path, "läsa"))?;
    let meta = file.metadata().map_err(io(path, "läsa"))?;
    if !meta.is_file() {
        return Err(StoreError::NotAFile {
            path: path.to_path_buf(),
        });
    }
    let too_large = |size: u64| StoreError::TooLarge {
        path: path.to_path_buf(),
        size,
        limit,
    };
    if meta.len() > limit {
        return Err(too_large(meta.len()));
    }
    let mut bytes = Vec::with_capacity(meta.len() as usize);
    file.take(limit + 1)
        .read_to_end(&mut bytes)
        .map_err(io(path, "läsa"))?;
    if bytes.len() as u64 > limit {
        return Err(too_large(bytes.len() as u64));
    }
    Ok(bytes)
}

/// Reads and checks a round file alone, without its journal (see
/// `replay::load`). The file is only read, never changed.
pub fn load_file(path: &Path) -> Result<(Round, Fingerprint), StoreError> {
    let bytes = read_bounded(path, MAX_ROUND_BYTES)?;
    let round = parse_round(&bytes, path)?;
    Ok((round, Fingerprint::of(&bytes)))
}

/// Writes `bytes` to `path` atomically: a temporary file in the same folder,
/// fsync, rename over the old file, fsync the folder. An existing file keeps
/// its mode and group; a new one is 0600. A failed write leaves no
/// temporary file behind.
pub fn write_atomic(path: &Path, bytes: &[u8]) -> Result<(), StoreError> {
    write_atomic_like(path, bytes, path)
}

/// As [`write_atomic`], with the mode and group taken from `like` (the round
/// file, for its backup) when that exists.
pub fn write_atomic_like(path: &Path, bytes: &[u8], like: &Path) -> Result<(), StoreError> {
    let fault = fault();
    if fault == WriteFault::ReadOnly {
        return Err(io(path, "skriva")(std::io::Error::from(
            std::io::ErrorKind::ReadOnlyFilesystem,
        )));
    }
    let (tmp, mut file) = temp::create(path).map_err(io(path, "skriva"))?;
    let result = (|| {
        if fault == WriteFault::DiskFull {
            // Half the bytes reach the temporary file, then the disk is full.
            let _ = file.write_all(&bytes[..bytes.len() / 2]);
            return Err(std::io::Error::from(std::io::ErrorKind::StorageFull));
        }
        file.write_all(bytes)?;
        temp::copy_permissions(&file, like)?;
        file.sync_all()?;
        fs::rename(&tmp, path)?;
        temp::sync_folder(path);
        Ok(())
    })();
    if result.is_err() {
        let _ = fs::remove_file(&tmp);
    }
    result.map_err(io(path, "skriva"))
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

pub(crate) fn fault() -> WriteFault {
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
    let current = match read_bounded(path, MAX_ROUND_BYTES) {
        Ok(b) => Some(b),
        Err(StoreError::Io { source, .. }) if source.kind() == std::io::ErrorKind::NotFound => None,
        Err(StoreError::TooLarge { .. }) => {
            return Err(StoreError::ChangedOnDisk {
                path: path.to_path_buf(),
            });
        }
        Err(e) => return Err(e),
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
        write_atomic_like(&backup_path(path), old, path)?;
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
        let (loaded, fp3) = load_file(&path).unwrap();
        assert_eq!(loaded, r);
        assert_eq!(fp2, fp3);
        let (bak, _) = load_file(&backup_path(&path)).unwrap();
        assert_eq!(bak.area, "Funktionshinder");
        assert_eq!(bak.revision, 1);
    }

    #[cfg(unix)]
    #[test]
    fn a_new_round_is_owner_only_and_a_shared_one_keeps_its_mode() {
        use std::os::unix::fs::PermissionsExt;
        let mode = |p: &Path| fs::metadata(p).unwrap().permissions().mode() & 0o777;
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("r.ron");
        let mut r = Round::new("Funktionshinder", ModelVariant::V2, 2022);
        let fp = save(&path, &mut r, None).unwrap();
        assert_eq!(mode(&path), 0o600);
        let fp = save(&path, &mut r, Some(fp)).unwrap();
        assert_eq!(mode(&backup_path(&path)), 0o600);
        // The secretariat shares the round with its group.
        fs::set_permissions(&path, fs::Permissions::from_mode(0o660)).unwrap();
        save(&path, &mut r, Some(fp)).unwrap();
        assert_eq!(mode(&path), 0o660, "a shared round stays shared");
        assert_eq!(mode(&backup_path(&path)), 0o660, "and so does its backup");
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

    #[cfg(unix)]
    #[test]
    fn a_device_or_an_oversized_file_is_refused_before_it_is_read() {
        assert!(matches!(
            read_bounded(Path::new("/dev/zero"), 10),
            Err(StoreError::NotAFile { .. })
        ));
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("stor.ron");
        fs::write(&p, vec![b' '; 11]).unwrap();
        assert!(matches!(
            read_bounded(&p, 10),
            Err(StoreError::TooLarge { size: 11, .. })
        ));
        assert_eq!(read_bounded(&p, 11).unwrap().len(), 11);
    }

    #[test]
    fn a_failed_replace_leaves_no_temporary_file() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("r.ron");
        let mut r = Round::new("X", ModelVariant::V2, 2022);
        let fp = save(&path, &mut r, None).unwrap();
        // Something that cannot be replaced by a file stands where the backup goes.
        fs::create_dir(backup_path(&path)).unwrap();
        fs::write(backup_path(&path).join("inne"), "x").unwrap();
        for _ in 0..3 {
            assert!(save(&path, &mut r, Some(fp)).is_err());
        }
        let names: Vec<String> = fs::read_dir(dir.path())
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .collect();
        assert_eq!(names.len(), 2, "only the round and the folder: {names:?}");
    }
}
