//! No export is ever written over a round. A target is refused when its name
//! is a round's (`.ron`) or a round's companion (`.ron.bak`, `.ron.lock`),
//! when a round's lock stands beside it, or when the file there reads as a
//! round (its text starts with the round format's `schema_version` field,
//! broken rounds included: an unreadable round is never overwritten either).

use std::io::Read as _;
use std::path::Path;

use super::error::StoreError;

/// How much of an existing file is read to see whether it is a round.
const SNIFF: u64 = 64 * 1024;

fn named_like_a_round(path: &Path) -> bool {
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().to_lowercase())
        .unwrap_or_default();
    name.ends_with(".ron") || name.ends_with(".ron.bak") || name.ends_with(".ron.lock")
}

fn reads_as_a_round(path: &Path) -> bool {
    let Ok(file) = std::fs::File::open(path) else {
        return false;
    };
    if !file.metadata().is_ok_and(|m| m.is_file()) {
        return false;
    }
    let mut head = Vec::new();
    if file.take(SNIFF).read_to_end(&mut head).is_err() {
        return false;
    }
    String::from_utf8_lossy(&head).contains("schema_version")
}

/// Refuses an export target that is, or belongs to, a round file.
pub fn refuse_round_target(path: &Path) -> Result<(), StoreError> {
    let refuse = || {
        Err(StoreError::ExportOverRound {
            path: path.to_path_buf(),
        })
    };
    if named_like_a_round(path) || super::lock::lock_path(path).exists() {
        return refuse();
    }
    // Through a link too: what matters is the file that would be replaced.
    let real = std::fs::canonicalize(path).unwrap_or_else(|_| path.to_path_buf());
    if named_like_a_round(&real) || reads_as_a_round(&real) {
        return refuse();
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_files_and_their_companions_are_refused() {
        let dir = tempfile::tempdir().unwrap();
        for name in ["r.ron", "R.RON", "r.ron.bak", "r.ron.lock"] {
            assert!(
                refuse_round_target(&dir.path().join(name)).is_err(),
                "{name}"
            );
        }
        let other = dir.path().join("resultat.xlsx");
        assert!(refuse_round_target(&other).is_ok());
        // A round saved under another name, and one held open by a lock.
        let disguised = dir.path().join("omgang.txt");
        std::fs::write(&disguised, super::super::samples::SAMPLES[0].text).unwrap();
        assert!(refuse_round_target(&disguised).is_err());
        let held = dir.path().join("mote");
        std::fs::write(super::super::lock::lock_path(&held), "").unwrap();
        assert!(refuse_round_target(&held).is_err());
        // An ordinary earlier export may be replaced.
        let earlier = dir.path().join("resultat.csv");
        std::fs::write(&earlier, "Plats;Nr\n1;GR-01\n").unwrap();
        assert!(refuse_round_target(&earlier).is_ok());
    }

    #[cfg(unix)]
    #[test]
    fn a_link_to_a_round_is_refused() {
        let dir = tempfile::tempdir().unwrap();
        let round = dir.path().join("r.ron");
        std::fs::write(&round, "(schema_version: 1)").unwrap();
        let link = dir.path().join("resultat.xlsx");
        std::os::unix::fs::symlink(&round, &link).unwrap();
        assert!(refuse_round_target(&link).is_err());
    }
}
