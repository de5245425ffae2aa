//! The temporary files of an atomic write, and what becomes of those a
//! killed lbk left behind. A temporary file is named
//! `.<name>.lbk-<process>-<n>.tmp` beside the file it will replace, so lbk
//! can tell its own from anything else in a shared folder.

use std::fs::{self, File, OpenOptions};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::{Duration, SystemTime};

static NEXT: AtomicU64 = AtomicU64::new(0);

/// A temporary file older than this is stale even if a process with its
/// number runs (on another machine, or a number used again).
pub const STALE_AFTER: Duration = Duration::from_secs(10 * 60);

fn parts(path: &Path) -> (PathBuf, String) {
    let dir = path
        .parent()
        .filter(|d| !d.as_os_str().is_empty())
        .unwrap_or(Path::new("."))
        .to_path_buf();
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    (dir, name)
}

/// Creates a new temporary file beside `path`, readable by its owner only.
pub fn create(path: &Path) -> std::io::Result<(PathBuf, File)> {
    let (dir, name) = parts(path);
    loop {
        let n = NEXT.fetch_add(1, Ordering::Relaxed);
        let tmp = dir.join(format!(".{name}.lbk-{}-{n}.tmp", std::process::id()));
        let mut opts = OpenOptions::new();
        opts.write(true).create_new(true);
        #[cfg(unix)]
        {
            use std::os::unix::fs::OpenOptionsExt as _;
            opts.mode(0o600);
        }
        match opts.open(&tmp) {
            Ok(f) => return Ok((tmp, f)),
            Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => continue,
            Err(e) => return Err(e),
        }
    }
}

/// Gives the new file the mode and group of `like` when that exists (a
/// round shared with a group stays shared); otherwise it stays 0600. The
/// owner becomes whoever saved: only the system administrator can keep it.
pub fn copy_permissions(file: &File, like: &Path) -> std::io::Result<()> {
    #[cfg(unix)]
    {
        use std::os::unix::fs::{MetadataExt as _, PermissionsExt as _};
        let Ok(meta) = fs::metadata(like) else {
            return Ok(());
        };
        file.set_permissions(fs::Permissions::from_mode(meta.mode() & 0o7777))?;
        let mine = file.metadata()?;
        if mine.gid() != meta.gid() {
            // A user who is not in the group cannot give the file to it; the
            // mode still keeps the group's rights for the group the file gets.
            let _ = std::os::unix::fs::fchown(file, None, Some(meta.gid()));
        }
    }
    #[cfg(not(unix))]
    {
        let _ = (file, like);
    }
    Ok(())
}

/// Makes a rename in the folder durable (best effort: some file systems
/// cannot sync a folder, and the rename has happened either way).
pub fn sync_folder(path: &Path) {
    #[cfg(unix)]
    {
        let (dir, _) = parts(path);
        if let Ok(d) = File::open(dir) {
            let _ = d.sync_all();
        }
    }
    #[cfg(not(unix))]
    let _ = path;
}

/// Is this the name of a temporary file of `name` that lbk wrote? Returns
/// the writing process's number; `Some(None)` for the six-letter names of
/// earlier lbk versions.
fn ours(file: &str, name: &str) -> Option<Option<u32>> {
    let rest = file
        .strip_prefix('.')?
        .strip_prefix(name)?
        .strip_prefix('.')?;
    if let Some(body) = rest
        .strip_prefix("lbk-")
        .and_then(|r| r.strip_suffix(".tmp"))
    {
        let (pid, n) = body.split_once('-')?;
        n.parse::<u64>().ok()?;
        return pid.parse::<u32>().ok().map(Some);
    }
    (rest.len() == 6 && rest.chars().all(|c| c.is_ascii_alphanumeric())).then_some(None)
}

/// Does a process with this number run on this machine? A killed process
/// that nobody has reaped yet (a zombie) does not. Where this cannot be
/// known, assume it does (only age then makes a file stale).
fn process_runs(pid: u32) -> bool {
    if !cfg!(target_os = "linux") {
        return true;
    }
    match fs::read_to_string(format!("/proc/{pid}/stat")) {
        // "pid (name) S ...": the state follows the last parenthesis.
        Ok(stat) => stat
            .rsplit_once(')')
            .and_then(|(_, rest)| rest.trim_start().chars().next())
            .is_none_or(|state| !matches!(state, 'Z' | 'X')),
        Err(_) => false,
    }
}

/// Removes the temporary files a killed lbk left beside `path` and its
/// backup: only names of lbk's own pattern, only from a process that no
/// longer runs or older than [`STALE_AFTER`], never this process's own.
/// Called by the holder of the round's lock, so no other lbk is writing
/// them. Returns how many were removed.
pub fn remove_stale(path: &Path) -> usize {
    let (dir, name) = parts(path);
    let bak = format!("{name}.bak");
    let Ok(entries) = fs::read_dir(&dir) else {
        return 0;
    };
    let now = SystemTime::now();
    let mut removed = 0;
    for entry in entries.flatten() {
        let file = entry.file_name().to_string_lossy().into_owned();
        let Some(pid) = ours(&file, &name).or_else(|| ours(&file, &bak)) else {
            continue;
        };
        let Some(age) = entry
            .metadata()
            .ok()
            .filter(|m| m.is_file())
            .and_then(|m| m.modified().ok())
            .map(|t| now.duration_since(t).unwrap_or(Duration::ZERO))
        else {
            continue;
        };
        let stale = match pid {
            Some(p) if p == std::process::id() => false,
            Some(p) => age > STALE_AFTER || !process_runs(p),
            // Earlier versions' names carry no process number; one older
            // than a minute is past any save.
            None => age > Duration::from_secs(60),
        };
        if stale && fs::remove_file(entry.path()).is_ok() {
            removed += 1;
        }
    }
    removed
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_lbks_own_names_are_recognised() {
        assert_eq!(ours(".r.ron.lbk-12-3.tmp", "r.ron"), Some(Some(12)));
        assert_eq!(ours(".r.ron.aB3xY9", "r.ron"), Some(None));
        assert_eq!(ours(".r.ron.lbk-x-3.tmp", "r.ron"), None);
        assert_eq!(ours(".r.ron.swp", "r.ron"), None);
        assert_eq!(ours("r.ron.lbk-12-3.tmp", "r.ron"), None);
        assert_eq!(ours(".annan.ron.lbk-12-3.tmp", "r.ron"), None);
    }

    #[test]
    fn a_dead_processs_temporary_files_go_and_everything_else_stays() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("r.ron");
        fs::write(&path, "()").unwrap();
        // No process has number 4 000 000 000 (above Linux's pid_max).
        let dead = dir.path().join(".r.ron.lbk-4000000000-1.tmp");
        let dead_bak = dir.path().join(".r.ron.bak.lbk-4000000000-2.tmp");
        let mine = dir
            .path()
            .join(format!(".r.ron.lbk-{}-9.tmp", std::process::id()));
        let fresh_legacy = dir.path().join(".r.ron.Ab12Cd");
        let other = dir.path().join(".annan.ron.lbk-4000000000-1.tmp");
        for p in [&dead, &dead_bak, &mine, &fresh_legacy, &other] {
            fs::write(p, "x").unwrap();
        }
        let removed = remove_stale(&path);
        if cfg!(target_os = "linux") {
            assert_eq!(removed, 2);
            assert!(!dead.exists() && !dead_bak.exists());
        }
        assert!(mine.exists(), "this process may be writing it");
        assert!(fresh_legacy.exists(), "a fresh legacy name may be in use");
        assert!(other.exists(), "another round's file is not ours to touch");
        // An old legacy file is stale.
        let old = SystemTime::now() - Duration::from_secs(3600);
        File::options()
            .write(true)
            .open(&fresh_legacy)
            .unwrap()
            .set_modified(old)
            .unwrap();
        remove_stale(&path);
        assert!(!fresh_legacy.exists());
    }
}
