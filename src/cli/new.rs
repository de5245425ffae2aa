//! `lbk new FILE --area …`: creates a round file (never over an existing one).

use std::path::{Path, PathBuf};

use anyhow::{Context as _, bail};

use crate::domain::{ModelVariant, Round};
use crate::store::{Folders, OpenRound};

/// Where a new round goes: a bare name lands in the data folder, and `.ron`
/// is added when missing.
pub fn target_path(file: &Path, folders: &Folders) -> PathBuf {
    let mut path = if file.components().count() == 1 {
        folders.data.join(file)
    } else {
        file.to_path_buf()
    };
    if path.extension().is_none_or(|e| e != "ron") {
        let mut s = path.into_os_string();
        s.push(".ron");
        path = PathBuf::from(s);
    }
    path
}

pub fn run(
    file: &Path,
    area: &str,
    model: &str,
    year: Option<i16>,
    folders: &Folders,
) -> anyhow::Result<PathBuf> {
    if area.trim().is_empty() {
        bail!("Ange ett verksamhetsområde med --area, t.ex. --area \"Äldreomsorg\".");
    }
    let Some(model) = ModelVariant::parse(model) else {
        bail!("Okänd modellversion {model:?}: ange --model 2.0 eller --model 1.0.");
    };
    let year = year.unwrap_or_else(|| jiff::ZonedDateTime::now().year());
    let path = target_path(file, folders);
    OpenRound::create(&path, Round::new(area, model, year))
        .with_context(|| format!("Omgången skapades inte i {}", path.display()))?;
    Ok(path)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_bare_name_goes_to_the_data_folder_with_ron_added() {
        let f = Folders::under(Path::new("/x"));
        assert_eq!(
            target_path(Path::new("aldre"), &f),
            PathBuf::from("/x/data/aldre.ron")
        );
        assert_eq!(
            target_path(Path::new("./a/b.ron"), &f),
            PathBuf::from("./a/b.ron")
        );
    }

    #[test]
    fn an_unknown_model_and_an_empty_area_are_refused_without_a_file() {
        let dir = tempfile::tempdir().unwrap();
        let f = Folders::under(dir.path());
        let e = run(Path::new("a"), "Äldre", "3.0", None, &f)
            .unwrap_err()
            .to_string();
        assert!(e.contains("--model 2.0"), "{e}");
        assert!(run(Path::new("a"), "  ", "2.0", None, &f).is_err());
        assert!(f.round_files().is_empty());
    }

    #[test]
    fn a_new_round_is_written_and_a_second_with_the_same_name_refused() {
        let dir = tempfile::tempdir().unwrap();
        let f = Folders::under(dir.path());
        let p = run(Path::new("aldre"), "Äldreomsorg", "1.0", Some(2027), &f).unwrap();
        let (r, _) = crate::store::load(&p).unwrap();
        assert_eq!(r.area, "Äldreomsorg");
        assert_eq!(r.model, ModelVariant::V1);
        let before = std::fs::read(&p).unwrap();
        assert!(run(Path::new("aldre"), "Annat", "2.0", Some(2027), &f).is_err());
        assert_eq!(std::fs::read(&p).unwrap(), before);
    }
}
