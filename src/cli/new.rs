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

/// The people of an earlier round carried into a new one: its RSSs with
/// their contacts (each RSS chooses again whether it joins), its
/// representatives and its actors; never its needs or votes. The new round
/// remembers where they came from, so the kick-off list finds that round.
pub fn carry_over(new: &mut Round, earlier: &Round, from: &Path, at: jiff::Timestamp) {
    new.rss = earlier
        .rss
        .iter()
        .map(|r| crate::domain::people::Rss {
            participates: false,
            dialogue_date: None,
            ..r.clone()
        })
        .collect();
    new.representatives = earlier.representatives.clone();
    new.actors = earlier.actors.clone();
    new.secretariat = earlier.secretariat.clone();
    let from = std::fs::canonicalize(from).unwrap_or_else(|_| from.to_path_buf());
    new.carried_from = Some(from.display().to_string());
    new.record(
        at,
        format!(
            "Personer från {} ({}): {} representanter, {} aktörer, {} RSS",
            earlier.area,
            from.display(),
            new.representatives.len(),
            new.actors.len(),
            new.rss.len()
        ),
    );
}

pub fn run(
    file: &Path,
    area: &str,
    model: &str,
    year: Option<i16>,
    from: Option<&Path>,
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
    let mut round = Round::new(area, model, year);
    if let Some(from) = from {
        let (earlier, _) = crate::store::load(from).with_context(|| {
            format!(
                "Den tidigare omgången {} kunde inte läsas; ingen ny omgång skapades",
                from.display()
            )
        })?;
        carry_over(&mut round, &earlier, from, jiff::Timestamp::now());
    }
    OpenRound::create(&path, round)
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
        let e = run(Path::new("a"), "Äldre", "3.0", None, None, &f)
            .unwrap_err()
            .to_string();
        assert!(e.contains("--model 2.0"), "{e}");
        assert!(run(Path::new("a"), "  ", "2.0", None, None, &f).is_err());
        assert!(f.round_files().is_empty());
    }

    #[test]
    fn a_new_round_is_written_and_a_second_with_the_same_name_refused() {
        let dir = tempfile::tempdir().unwrap();
        let f = Folders::under(dir.path());
        let p = run(
            Path::new("aldre"),
            "Äldreomsorg",
            "1.0",
            Some(2027),
            None,
            &f,
        )
        .unwrap();
        let (r, _) = crate::store::load(&p).unwrap();
        assert_eq!(r.area, "Äldreomsorg");
        assert_eq!(r.model, ModelVariant::V1);
        let before = std::fs::read(&p).unwrap();
        assert!(run(Path::new("aldre"), "Annat", "2.0", Some(2027), None, &f).is_err());
        assert_eq!(std::fs::read(&p).unwrap(), before);
    }

    #[test]
    fn a_round_from_an_earlier_one_takes_its_people_and_nothing_else() {
        let dir = tempfile::tempdir().unwrap();
        let f = Folders::under(dir.path());
        let earlier = dir.path().join("tidigare.ron");
        std::fs::write(&earlier, crate::store::samples::SAMPLES[1].text).unwrap();
        let (old, _) = crate::store::load(&earlier).unwrap();
        let p = run(
            Path::new("aldre"),
            "Äldreomsorg",
            "2.0",
            Some(2027),
            Some(&earlier),
            &f,
        )
        .unwrap();
        let (r, _) = crate::store::load(&p).unwrap();
        assert_eq!(r.representatives, old.representatives);
        assert_eq!(r.actors, old.actors);
        assert_eq!(r.rss.len(), old.rss.len());
        assert!(
            r.rss
                .iter()
                .all(|x| !x.participates && x.dialogue_date.is_none())
        );
        let with_contacts = old.rss.iter().filter(|x| !x.contacts.is_empty()).count();
        assert_eq!(
            r.rss.iter().filter(|x| !x.contacts.is_empty()).count(),
            with_contacts
        );
        assert!(r.needs.is_empty() && r.area_choice.ballots.is_empty());
        assert!(r.prioritization.pick_ballots.is_empty() && r.prioritization.present.is_empty());
        assert!(r.carried_from.as_deref().unwrap().ends_with("tidigare.ron"));
        // An unreadable earlier round makes nothing.
        let bad = dir.path().join("trasig.ron");
        std::fs::write(&bad, "(inte en omgång").unwrap();
        let e = run(Path::new("x"), "X", "2.0", None, Some(&bad), &f).unwrap_err();
        assert!(format!("{e:#}").contains("kunde inte läsas"), "{e:#}");
        assert!(!f.data.join("x.ron").exists());
    }
}
