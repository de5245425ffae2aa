//! Where lbk keeps things: the data folder (rounds) and the config folder
//! (chosen theme, user themes, keymap patch). `LBK_DATA_DIR` and
//! `LBK_CONFIG_DIR` override them, for tests and for a shared drive.

use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use super::error::StoreError;
use super::file::write_atomic;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Folders {
    pub data: PathBuf,
    pub config: PathBuf,
}

impl Folders {
    /// From the environment variables, else the platform's folders for lbk,
    /// else `./lbk-data` (a machine with no home folder).
    pub fn from_env() -> Folders {
        let dirs = directories::ProjectDirs::from("se", "Partnerskapet", "lbk");
        let data = std::env::var_os("LBK_DATA_DIR")
            .map(PathBuf::from)
            .or_else(|| dirs.as_ref().map(|d| d.data_dir().to_path_buf()))
            .unwrap_or_else(|| PathBuf::from("lbk-data"));
        let config = std::env::var_os("LBK_CONFIG_DIR")
            .map(PathBuf::from)
            .or_else(|| dirs.as_ref().map(|d| d.config_dir().to_path_buf()))
            .unwrap_or_else(|| data.join("config"));
        Folders { data, config }
    }

    /// The secretariat's own mail-out texts: `utskick/<namn>.txt` in the
    /// config folder (each at most 64 kB; others are left for the defaults).
    pub fn mailout_texts(&self) -> Vec<(String, String)> {
        let dir = self.config.join("utskick");
        let Ok(entries) = std::fs::read_dir(&dir) else {
            return vec![];
        };
        entries
            .flatten()
            .filter_map(|e| {
                let path = e.path();
                let name = path.file_stem()?.to_string_lossy().into_owned();
                (path.extension()? == "txt" && e.metadata().ok()?.len() <= 64 * 1024)
                    .then_some(())?;
                Some((name, std::fs::read_to_string(&path).ok()?))
            })
            .collect()
    }

    /// Both folders under one root (tests).
    pub fn under(root: &Path) -> Folders {
        Folders {
            data: root.join("data"),
            config: root.join("config"),
        }
    }

    /// Working copies of the built-in sample rounds live here, apart from
    /// the user's own rounds.
    pub fn samples(&self) -> PathBuf {
        self.data.join("exempel")
    }

    pub fn settings_file(&self) -> PathBuf {
        self.config.join("installningar.ron")
    }

    pub fn themes(&self) -> PathBuf {
        self.config.join("themes")
    }

    pub fn keymap_file(&self) -> PathBuf {
        self.config.join("keymap.ron")
    }

    /// The user's own round files (`*.ron` directly in the data folder), sorted.
    pub fn round_files(&self) -> Vec<PathBuf> {
        let mut files: Vec<PathBuf> = std::fs::read_dir(&self.data)
            .map(|rd| {
                rd.filter_map(|e| e.ok().map(|e| e.path()))
                    .filter(|p| p.is_file() && p.extension().is_some_and(|x| x == "ron"))
                    .collect()
            })
            .unwrap_or_default();
        files.sort();
        files
    }
}

/// What the user chose and lbk remembers between runs.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
pub struct Settings {
    #[serde(default)]
    pub theme: Option<String>,
}

/// Reads the settings; a missing or unreadable file gives the defaults and,
/// when unreadable, a message (the file is left as it is).
pub fn load_settings(folders: &Folders) -> (Settings, Option<String>) {
    let path = folders.settings_file();
    let text = match super::file::read_bounded(&path, super::file::MAX_SETTINGS_BYTES) {
        Err(e) if super::file::is_missing(&e) => return (Settings::default(), None),
        Err(e) => {
            return (
                Settings::default(),
                Some(format!(
                    "Inställningarna kunde inte läsas: {e} Standardinställningar används."
                )),
            );
        }
        Ok(bytes) => String::from_utf8_lossy(&bytes).into_owned(),
    };
    match ron::from_str(&text) {
        Ok(s) => (s, None),
        Err(e) => (
            Settings::default(),
            Some(format!(
                "Inställningsfilen {} kunde inte läsas (rad {}, kolumn {}); standardinställningar används.",
                path.display(),
                e.span.start.line,
                e.span.start.col
            )),
        ),
    }
}

pub fn save_settings(folders: &Folders, settings: &Settings) -> Result<(), StoreError> {
    std::fs::create_dir_all(&folders.config).map_err(|source| StoreError::Io {
        path: folders.config.clone(),
        action: "skapa mappen",
        source,
    })?;
    let text = ron::ser::to_string_pretty(settings, ron::ser::PrettyConfig::default())
        .unwrap_or_else(|_| "()".into());
    write_atomic(&folders.settings_file(), text.as_bytes())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn settings_round_trip_and_a_broken_file_gives_defaults_with_a_message() {
        let dir = tempfile::tempdir().unwrap();
        let f = Folders::under(dir.path());
        assert_eq!(load_settings(&f), (Settings::default(), None));
        save_settings(
            &f,
            &Settings {
                theme: Some("ljust".into()),
            },
        )
        .unwrap();
        assert_eq!(load_settings(&f).0.theme.as_deref(), Some("ljust"));
        std::fs::write(f.settings_file(), "(theme: Some(").unwrap();
        let (s, msg) = load_settings(&f);
        assert_eq!(s, Settings::default());
        assert!(msg.unwrap().contains("rad 1"));
        assert_eq!(
            std::fs::read_to_string(f.settings_file()).unwrap(),
            "(theme: Some("
        );
    }

    #[test]
    fn round_files_lists_only_ron_files_in_the_data_folder() {
        let dir = tempfile::tempdir().unwrap();
        let f = Folders::under(dir.path());
        std::fs::create_dir_all(f.samples()).unwrap();
        std::fs::write(f.data.join("b.ron"), "").unwrap();
        std::fs::write(f.data.join("a.ron"), "").unwrap();
        std::fs::write(f.data.join("a.ron.bak"), "").unwrap();
        std::fs::write(f.samples().join("c.ron"), "").unwrap();
        let names: Vec<_> = f
            .round_files()
            .iter()
            .map(|p| p.file_name().unwrap().to_string_lossy().into_owned())
            .collect();
        assert_eq!(names, vec!["a.ron", "b.ron"]);
    }
}
