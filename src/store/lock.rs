//! The lock beside a round file (`<name>.ron.lock`), held by the operating
//! system for as long as the lbk that opened the round runs. A crash releases
//! it, so a stale lock file is never a trap: only a live holder blocks.
//!
//! The lock file takes the round file's read and write rights, so everyone
//! who may write a shared round can also take its lock, and everyone who
//! may read it can see who holds it. A lock file left by someone who has
//! gone is taken over, or replaced when it belongs to another user.

use std::fs::{self, File, OpenOptions, TryLockError};
use std::io::{Read, Seek, Write};
use std::path::{Path, PathBuf};

use super::error::StoreError;

/// `<name>.ron.lock` beside the round file.
pub fn lock_path(path: &Path) -> PathBuf {
    let mut s = path.as_os_str().to_owned();
    s.push(".lock");
    PathBuf::from(s)
}

/// A held lock; released when dropped, and its file removed, so a round
/// nobody has open has no lock file beside it. (Removing it while it is
/// held is safe: whoever opened the old file finds it gone and tries again.)
#[derive(Debug)]
pub struct RoundLock {
    file: File,
    path: PathBuf,
}

impl Drop for RoundLock {
    fn drop(&mut self) {
        if still_there(&self.file, &self.path) {
            let _ = fs::remove_file(&self.path);
        }
    }
}

/// Who holds the lock, as written in the lock file by the holder.
fn holder_text() -> String {
    let user = std::env::var("USER")
        .or_else(|_| std::env::var("USERNAME"))
        .unwrap_or_else(|_| "okänd användare".into());
    let host = fs::read_to_string("/etc/hostname")
        .map(|h| h.trim().to_string())
        .unwrap_or_default();
    // UTC: reading the time zone database here would slow every open.
    let since = jiff::Timestamp::now().strftime("%Y-%m-%d %H:%M UTC");
    if host.is_empty() {
        format!("{user} (process {}), sedan {since}", std::process::id())
    } else {
        format!(
            "{user} på {host} (process {}), sedan {since}",
            std::process::id()
        )
    }
}

/// The mode of a file kept beside the round (its lock, its journal): the
/// round file's read and write bits, or owner only for a round that does
/// not exist yet. The journal holds names, as the round does.
pub(crate) fn beside_mode(path: &Path) -> u32 {
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt as _;
        fs::metadata(path)
            .map(|m| m.permissions().mode() & 0o666)
            .unwrap_or(0o600)
            | 0o600
    }
    #[cfg(not(unix))]
    {
        let _ = path;
        0o600
    }
}

/// Opens the lock file for writing, creating it with the round's rights;
/// `Ok(None)` when it exists but this user may not write it.
fn open_for_writing(lp: &Path, mode: u32) -> std::io::Result<Option<File>> {
    let mut create = OpenOptions::new();
    create.read(true).write(true).create_new(true);
    match create.open(lp) {
        Ok(f) => {
            #[cfg(unix)]
            {
                // Set after creating: the user's umask must not narrow it.
                use std::os::unix::fs::PermissionsExt as _;
                f.set_permissions(fs::Permissions::from_mode(mode))?;
            }
            #[cfg(not(unix))]
            let _ = mode;
            Ok(Some(f))
        }
        Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => {
            match OpenOptions::new().read(true).write(true).open(lp) {
                Ok(f) => Ok(Some(f)),
                Err(e) if e.kind() == std::io::ErrorKind::PermissionDenied => Ok(None),
                Err(e) => Err(e),
            }
        }
        Err(e) => Err(e),
    }
}

/// Is `file` still the one at `lp` (not removed or replaced meanwhile)?
fn still_there(file: &File, lp: &Path) -> bool {
    #[cfg(unix)]
    {
        use std::os::unix::fs::MetadataExt as _;
        match (file.metadata(), fs::metadata(lp)) {
            (Ok(a), Ok(b)) => a.dev() == b.dev() && a.ino() == b.ino(),
            _ => false,
        }
    }
    #[cfg(not(unix))]
    {
        let _ = (file, lp);
        true
    }
}

fn read_holder(file: &mut File) -> String {
    let mut holder = String::new();
    let _ = file.take(4096).read_to_string(&mut holder);
    let holder = crate::domain::text_safety::clean_line(holder.trim()).into_owned();
    if holder.is_empty() {
        "ett annat program".to_string()
    } else {
        holder
    }
}

/// Takes the lock, or says who holds it, or why it cannot be taken here
/// (a read-only folder, a lock file of another user that cannot be read).
pub fn acquire(path: &Path) -> Result<RoundLock, StoreError> {
    let lp = lock_path(path);
    let unavailable = |source: std::io::Error| StoreError::LockUnavailable {
        path: lp.clone(),
        source,
    };
    for _ in 0..5 {
        let (mut file, writable) = match open_for_writing(&lp, beside_mode(path)) {
            Ok(Some(f)) => (f, true),
            Ok(None) => (File::open(&lp).map_err(unavailable)?, false),
            Err(e) => return Err(unavailable(e)),
        };
        match file.try_lock() {
            Ok(()) if !still_there(&file, &lp) => continue,
            Ok(()) if writable => {
                let _ = file.set_len(0);
                let _ = file.rewind();
                let _ = file.write_all(holder_text().as_bytes());
                return Ok(RoundLock {
                    file,
                    path: lp.clone(),
                });
            }
            Ok(()) => {
                // Another user's lock file whose holder has gone: while we
                // hold it, nobody else can take it; replace it with ours.
                fs::remove_file(&lp).map_err(unavailable)?;
                continue;
            }
            Err(TryLockError::WouldBlock) => {
                return Err(StoreError::Locked {
                    path: path.to_path_buf(),
                    holder: read_holder(&mut file),
                });
            }
            Err(TryLockError::Error(source)) => return Err(unavailable(source)),
        }
    }
    Err(unavailable(std::io::Error::other(
        "låsfilen byttes ut gång på gång",
    )))
}

/// Is the round free to take, without taking it (for a read-only view that
/// waits for the writer to leave)?
pub fn is_free(path: &Path) -> bool {
    let lp = lock_path(path);
    match File::open(&lp) {
        Err(e) => e.kind() == std::io::ErrorKind::NotFound,
        Ok(file) => match file.try_lock() {
            Ok(()) => {
                let _ = file.unlock();
                true
            }
            Err(_) => false,
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_second_lock_on_the_same_round_is_refused_and_names_the_holder() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("r.ron");
        let first = acquire(&path).unwrap();
        assert!(!is_free(&path));
        match acquire(&path) {
            Err(StoreError::Locked { holder, .. }) => {
                assert!(holder.contains(&std::process::id().to_string()), "{holder}");
            }
            other => panic!("väntade Locked, fick {other:?}"),
        }
        drop(first);
        assert!(is_free(&path));
        assert!(!lock_path(&path).exists(), "a released lock leaves no file");
        acquire(&path).expect("släppt lås kan tas igen");
    }

    #[test]
    fn a_left_over_lock_file_without_a_holder_does_not_block() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("r.ron");
        fs::write(lock_path(&path), "gammal process som kraschade").unwrap();
        acquire(&path).expect("en kvarlämnad låsfil utan levande ägare ska inte blockera");
    }

    #[cfg(unix)]
    #[test]
    fn the_lock_file_takes_the_rounds_rights() {
        use std::os::unix::fs::PermissionsExt as _;
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("r.ron");
        fs::write(&path, "()").unwrap();
        fs::set_permissions(&path, fs::Permissions::from_mode(0o660)).unwrap();
        let lock = acquire(&path).unwrap();
        let mode = fs::metadata(lock_path(&path)).unwrap().permissions().mode() & 0o777;
        assert_eq!(
            mode, 0o660,
            "group members can take the lock of a shared round"
        );
        drop(lock);
        let private = dir.path().join("p.ron");
        let _l = acquire(&private).unwrap();
        let mode = fs::metadata(lock_path(&private))
            .unwrap()
            .permissions()
            .mode()
            & 0o777;
        assert_eq!(mode, 0o600);
    }

    #[test]
    fn a_lock_in_a_folder_that_is_gone_says_so() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("finns-inte").join("r.ron");
        assert!(matches!(
            acquire(&path),
            Err(StoreError::LockUnavailable { .. })
        ));
    }
}
