//! Writing the moment-5 tally for the minutes: text, Markdown and xlsx side
//! by side in an `export` folder beside the round file.

use std::path::{Path, PathBuf};

use jiff::Timestamp;

use super::tally_out::{TallyReport, markdown, text};
use super::tally_xlsx::xlsx;
use crate::domain::Round;

/// `<folder of the round>/export/`.
pub fn export_dir(round_path: &Path) -> PathBuf {
    round_path.parent().unwrap_or(Path::new(".")).join("export")
}

/// Writes `<stem>-prioritering-<time>.{txt,md,xlsx}` (both stages when both
/// exist) and returns the paths.
pub fn export_tally(
    round: &Round,
    round_path: &Path,
    now: Timestamp,
) -> Result<Vec<PathBuf>, String> {
    let dir = export_dir(round_path);
    std::fs::create_dir_all(&dir).map_err(|e| format!("{}: {e}", dir.display()))?;
    let stem = round_path
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_else(|| "omgang".into());
    let stamp = now
        .in_tz("Europe/Stockholm")
        .map(|z| z.strftime("%Y%m%d-%H%M%S").to_string())
        .unwrap_or_else(|_| now.as_second().to_string());
    let base = format!("{stem}-prioritering-{stamp}");
    let report = TallyReport::of(round);
    let files: [(&str, Vec<u8>); 3] = [
        ("txt", text(&report, None)?.into_bytes()),
        ("md", markdown(&report, None)?.into_bytes()),
        ("xlsx", xlsx(&report, None)?),
    ];
    let mut written = vec![];
    for (ext, bytes) in files {
        let path = dir.join(format!("{base}.{ext}"));
        super::write_export(&path, bytes)?;
        written.push(path);
    }
    Ok(written)
}
