//! The journal beside a round (`ROUND.ron.journal`): what changed since
//! the round file was last written, one appended and fsynced record per
//! change, so a change is on disk before the next key without rewriting
//! the whole file. The first line names the file it belongs to (its
//! fingerprint); each record is one line, `LENGTH CRC32 JSON`. A record cut
//! short (power lost mid-append) or whose checksum does not match is
//! dropped with everything after it, never applied in part.

use std::fs;
use std::io::Write as _;
use std::path::{Path, PathBuf};

use super::error::StoreError;
use super::file::{Fingerprint, MAX_ROUND_BYTES, io, read_bounded};

const MAGIC: &str = "lbk-journal 1";

/// `<round>.journal` beside the round file.
pub fn journal_path(round: &Path) -> PathBuf {
    let mut s = round.as_os_str().to_owned();
    s.push(".journal");
    PathBuf::from(s)
}

/// Appends one record, fsynced; the journal is begun (with the file's
/// fingerprint) when there is none. Returns the journal's size after it.
pub fn append(path: &Path, base: Fingerprint, payload: &[u8]) -> Result<u64, StoreError> {
    use super::file::{WriteFault, fault};
    let failed = |kind: std::io::ErrorKind| io(path, "skriva journalen")(kind.into());
    if fault() == WriteFault::ReadOnly {
        return Err(failed(std::io::ErrorKind::ReadOnlyFilesystem));
    }
    let fresh = !path.exists();
    let mut options = fs::OpenOptions::new();
    options.create(true).append(true);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
    let mut file = options.open(path).map_err(io(path, "skriva journalen"))?;
    #[cfg(unix)]
    if fresh {
        // The round's rights, set after creating so the umask cannot
        // narrow a shared round's: a colleague who may read the round may
        // read what it waits for, and no one else.
        use std::os::unix::fs::PermissionsExt as _;
        let round = path.with_extension("");
        let mode = super::lock::beside_mode(&round);
        file.set_permissions(fs::Permissions::from_mode(mode))
            .map_err(io(path, "skriva journalen"))?;
    }
    let before = file.metadata().map(|m| m.len()).unwrap_or(0);
    let mut line = Vec::with_capacity(payload.len() + 64);
    if before == 0 {
        line.extend_from_slice(format!("{MAGIC} {:016x}\n", base.value()).as_bytes());
    }
    let crc = crc32fast::hash(payload);
    line.extend_from_slice(format!("{} {crc:08x} ", payload.len()).as_bytes());
    line.extend_from_slice(payload);
    line.push(b'\n');
    let written = if fault() == WriteFault::DiskFull {
        // Half the record reaches the disk, then it is full.
        let _ = file.write_all(&line[..line.len() / 2]);
        Err(std::io::ErrorKind::StorageFull.into())
    } else {
        file.write_all(&line).and_then(|()| file.sync_data())
    };
    if let Err(e) = written {
        // Never leave half a record for the next to follow: cut back to
        // where the journal ended (a fresh journal goes altogether).
        if fresh {
            drop(file);
            let _ = fs::remove_file(path);
        } else {
            let _ = file.set_len(before).and_then(|()| file.sync_data());
        }
        return Err(io(path, "skriva journalen")(e));
    }
    if fresh {
        super::temp::sync_folder(path);
    }
    Ok(before + line.len() as u64)
}

/// What a journal held: the file it belongs to, its whole records, and why
/// the rest was dropped, if any was.
#[derive(Debug, Default)]
pub struct Read {
    pub base: u64,
    pub records: Vec<Vec<u8>>,
    pub dropped: Option<String>,
}

/// Reads the journal; none when there is no journal.
pub fn read(path: &Path) -> Result<Option<Read>, StoreError> {
    let bytes = match read_bounded(path, MAX_ROUND_BYTES) {
        Ok(b) => b,
        Err(e) if super::file::is_missing(&e) => return Ok(None),
        Err(e) => return Err(e),
    };
    Ok(Some(parse(&bytes)))
}

/// The records of a journal's bytes, up to the first that is not whole.
pub fn parse(bytes: &[u8]) -> Read {
    let mut out = Read::default();
    let Some(end) = bytes.iter().position(|b| *b == b'\n') else {
        if !bytes.is_empty() {
            out.dropped = Some("journalens första rad är avbruten".into());
        }
        return out;
    };
    let head = String::from_utf8_lossy(&bytes[..end]);
    match head
        .strip_prefix(MAGIC)
        .and_then(|r| u64::from_str_radix(r.trim(), 16).ok())
    {
        Some(base) => out.base = base,
        None => {
            out.dropped = Some("journalens första rad är inte en lbk-journal".into());
            return out;
        }
    }
    let mut at = end + 1;
    while at < bytes.len() {
        let n = out.records.len() + 1;
        match record(&bytes[at..]) {
            Some((payload, used)) => {
                out.records.push(payload.to_vec());
                at += used;
            }
            None => {
                let last = !bytes[at..].contains(&b'\n')
                    || bytes[at..].iter().filter(|b| **b == b'\n').count() == 1;
                out.dropped = Some(if last {
                    format!(
                        "ändring {n}, den sista, skrevs bara till hälften (strömavbrott eller krasch mitt i) och togs inte med"
                    )
                } else {
                    format!(
                        "ändring {n} är skadad (längd eller kontrollsumma stämmer inte); den och allt efter den togs inte med"
                    )
                });
                break;
            }
        }
    }
    out
}

/// One record at the start of `bytes`: its payload and the bytes it took.
fn record(bytes: &[u8]) -> Option<(&[u8], usize)> {
    let space = bytes.iter().position(|b| *b == b' ')?;
    let len: usize = std::str::from_utf8(&bytes[..space]).ok()?.parse().ok()?;
    let crc_at = space + 1;
    let crc_end = crc_at + 8;
    let crc =
        u32::from_str_radix(std::str::from_utf8(bytes.get(crc_at..crc_end)?).ok()?, 16).ok()?;
    let start = crc_end + 1;
    let payload = bytes.get(start..start.checked_add(len)?)?;
    if bytes.get(start + len) != Some(&b'\n') || crc32fast::hash(payload) != crc {
        return None;
    }
    Some((payload, start + len + 1))
}

/// Removes the journal (its changes are in the file now).
pub fn remove(path: &Path) -> Result<(), StoreError> {
    match fs::remove_file(path) {
        Ok(()) => {
            super::temp::sync_folder(path);
            Ok(())
        }
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(()),
        Err(e) => Err(io(path, "ta bort journalen")(e)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[cfg(unix)]
    #[test]
    fn a_journal_has_its_rounds_rights_owner_only_for_a_private_round() {
        use std::os::unix::fs::PermissionsExt as _;
        let dir = tempfile::tempdir().unwrap();
        let mode = |p: &Path| fs::metadata(p).unwrap().permissions().mode() & 0o777;
        for (round_mode, expected) in [(0o600, 0o600), (0o640, 0o640), (0o660, 0o660)] {
            let round = dir.path().join(format!("r{round_mode:o}.ron"));
            fs::write(&round, b"x").unwrap();
            fs::set_permissions(&round, fs::Permissions::from_mode(round_mode)).unwrap();
            let j = journal_path(&round);
            append(&j, Fingerprint::of(b"x"), b"{}").unwrap();
            assert_eq!(mode(&j), expected, "journal of a round with {round_mode:o}");
        }
    }

    #[test]
    fn records_come_back_and_a_torn_or_damaged_one_is_dropped_with_the_rest() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("r.ron.journal");
        let base = Fingerprint::of(b"file");
        for payload in [&b"{\"a\":1}"[..], b"{\"b\":2}", b"{\"c\":3}"] {
            append(&p, base, payload).unwrap();
        }
        let whole = std::fs::read(&p).unwrap();
        let r = parse(&whole);
        assert_eq!(r.base, base.value());
        assert_eq!(r.records.len(), 3);
        assert_eq!(r.records[1], b"{\"b\":2}");
        assert!(r.dropped.is_none());
        // Cut anywhere inside the last record: the first two stay.
        let last_start = whole.len() - b"7 00000000 {\"c\":3}\n".len();
        for cut in last_start + 1..whole.len() {
            let r = parse(&whole[..cut]);
            assert_eq!(r.records.len(), 2, "cut at {cut}");
            assert!(r.dropped.unwrap().contains("den sista"), "cut at {cut}");
        }
        // A flipped byte in the middle record: only the first stays.
        let mut bad = whole.clone();
        let mid = whole.windows(5).position(|w| w == b"\"b\":2").unwrap();
        bad[mid + 3] = b'9';
        let r = parse(&bad);
        assert_eq!(r.records.len(), 1);
        assert!(r.dropped.unwrap().contains("ändring 2 är skadad"));
        assert!(parse(b"not a journal\n").dropped.is_some());
        assert!(read(&dir.path().join("none")).unwrap().is_none());
    }
}
