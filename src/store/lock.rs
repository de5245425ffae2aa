//! The lock beside a round file (`<name>.ron.lock`), held by the operating
//! system for as long as the lbk that opened the round runs. A crash releases
//! it, so a stale lock file is never a trap: only a live holder blocks.

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

/// A held lock; released when dropped.
#[derive(Debug)]
pub struct RoundLock {
    _file: File,
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

/// Takes the lock, or says who holds it.
pub fn acquire(path: &Path) -> Result<RoundLock, StoreError> {
    let lp = lock_path(path);
    let mut opts = OpenOptions::new();
    opts.read(true).write(true).create(true).truncate(false);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt as _;
        opts.mode(0o600);
    }
    let mut file = opts.open(&lp).map_err(|source| StoreError::Io {
        path: lp.clone(),
        action: "öppna låsfilen",
        source,
    })?;
    match file.try_lock() {
        Ok(()) => {
            let _ = file.set_len(0);
            let _ = file.rewind();
            let _ = file.write_all(holder_text().as_bytes());
            Ok(RoundLock { _file: file })
        }
        Err(TryLockError::WouldBlock) => {
            let mut holder = String::new();
            let _ = file.read_to_string(&mut holder);
            let holder = crate::domain::text_safety::clean_line(holder.trim()).into_owned();
            let holder = if holder.is_empty() {
                "ett annat program".to_string()
            } else {
                holder
            };
            Err(StoreError::Locked {
                path: path.to_path_buf(),
                holder,
            })
        }
        Err(TryLockError::Error(source)) => Err(StoreError::Io {
            path: lp,
            action: "låsa",
            source,
        }),
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
        match acquire(&path) {
            Err(StoreError::Locked { holder, .. }) => {
                assert!(holder.contains(&std::process::id().to_string()), "{holder}");
            }
            other => panic!("väntade Locked, fick {other:?}"),
        }
        drop(first);
        acquire(&path).expect("släppt lås kan tas igen");
    }

    #[test]
    fn a_left_over_lock_file_without_a_holder_does_not_block() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("r.ron");
        fs::write(lock_path(&path), "gammal process som kraschade").unwrap();
        acquire(&path).expect("en kvarlämnad låsfil utan levande ägare ska inte blockera");
    }
}
