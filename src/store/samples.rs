//! The built-in sample rounds, embedded so the app works from any folder.
//! Opening one makes a working copy in the data folder's `exempel/`, so
//! trying things out never touches the originals.

use std::path::{Path, PathBuf};

use super::error::StoreError;
use super::file::write_atomic;

pub struct Sample {
    pub file_name: &'static str,
    pub text: &'static str,
}

pub const SAMPLES: [Sample; 2] = [
    Sample {
        file_name: "funktionshinder-2022.ron",
        text: include_str!("../../sample-rounds/funktionshinder-2022.ron"),
    },
    Sample {
        file_name: "skadligt-bruk-2024.ron",
        text: include_str!("../../sample-rounds/skadligt-bruk-2024.ron"),
    },
];

/// The working copy of a sample, written from the embedded text if it is
/// not there yet. An existing copy (with the user's changes) is kept.
pub fn working_copy(samples_dir: &Path, sample: &Sample) -> Result<PathBuf, StoreError> {
    std::fs::create_dir_all(samples_dir).map_err(|source| StoreError::Io {
        path: samples_dir.to_path_buf(),
        action: "skapa mappen",
        source,
    })?;
    let path = samples_dir.join(sample.file_name);
    if !path.exists() {
        write_atomic(&path, sample.text.as_bytes())?;
    }
    Ok(path)
}
