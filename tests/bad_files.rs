//! The catalogue of bad files: round files through `lbk check` (a Swedish
//! message with the position, a non-zero exit, no panic, the bytes
//! unchanged) and theme files through the app (the default theme and a
//! message naming the place, the bytes unchanged).

use std::process::Command;

use lbk::store::samples::SAMPLES;
use lbk::tui::theme::Theme;

fn catalogue() -> Vec<(&'static str, Vec<u8>)> {
    let good = SAMPLES[1].text;
    let mut huge = b"(\n  schema_version: 1,\n  area: \"".to_vec();
    huge.extend(std::iter::repeat_n(b'a', 50 * 1024 * 1024));
    let mut nested =
        b"(\n  schema_version: 1,\n  revision: 0,\n  area: \"x\",\n  model: V2,\n  timeline: "
            .to_vec();
    nested.extend(std::iter::repeat_n(b'[', 200_000));
    vec![
        (
            "korrupt",
            good.replacen("revision: 0,", "revision: ?,", 1)
                .into_bytes(),
        ),
        ("trunkerad", good.as_bytes()[..good.len() / 3].to_vec()),
        ("tom", vec![]),
        ("binär", (0..=255u8).cycle().take(4096).collect()),
        ("jättestor", huge),
        ("djupt nästlad", nested),
        (
            "fel typ",
            good.replacen("max_picks: 5", "max_picks: \"fem\"", 1)
                .into_bytes(),
        ),
        (
            "dubbel nyckel",
            good.replacen("revision: 0,", "revision: 0,\n  revision: 0,", 1)
                .into_bytes(),
        ),
        (
            "nyare schema",
            good.replacen("schema_version: 1,", "schema_version: 7,", 1)
                .into_bytes(),
        ),
    ]
}

#[test]
fn every_bad_round_file_is_refused_by_lbk_check_and_left_as_it_was() {
    let dir = tempfile::tempdir().unwrap();
    for (name, bytes) in catalogue() {
        let path = dir.path().join(format!("{}.ron", name.replace(' ', "-")));
        std::fs::write(&path, &bytes).unwrap();
        let out = Command::new(env!("CARGO_BIN_EXE_lbk"))
            .arg("check")
            .arg(&path)
            .output()
            .unwrap();
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(!out.status.success(), "{name}: accepted");
        assert_eq!(
            out.status.code(),
            Some(1),
            "{name}: not a clean refusal (a panic exits 101): {err}"
        );
        assert!(err.contains("lbk: "), "{name}: {err}");
        let positioned = err.contains("rad ") && err.contains("kolumn");
        let whole_file = err.contains("är tom") || err.contains("schemaversion");
        assert!(positioned || whole_file, "{name}: no position in {err}");
        assert!(
            std::fs::read(&path).unwrap() == bytes,
            "{name}: the file was changed"
        );
        assert!(
            err.len() < 2000,
            "{name}: the message quotes the file instead of saying what is wrong"
        );
    }
}

#[test]
fn every_bad_theme_file_falls_back_with_a_message_and_is_left_as_it_was() {
    let dir = tempfile::tempdir().unwrap();
    let themes: Vec<(&str, Vec<u8>)> = vec![
        ("korrupt", b"(accent: \"blue\" bar: \"red\")".to_vec()),
        ("trunkerad", b"(accent: \"bl".to_vec()),
        ("tom", vec![]),
        ("binar", vec![0xff, 0xfe, 0, 1, 2]),
        (
            "stor",
            [
                b"(accent: \"".to_vec(),
                vec![b'x'; 5_000_000],
                b"\")".to_vec(),
            ]
            .concat(),
        ),
        (
            "nastlad",
            [b"(accent: ".to_vec(), vec![b'['; 100_000]].concat(),
        ),
        ("feltyp", b"(accent: 12)".to_vec()),
        ("dubbel", b"(accent: \"blue\", accent: \"red\")".to_vec()),
        ("okand", b"(accnet: \"blue\")".to_vec()),
        ("okandfarg", b"(accent: \"lila\")".to_vec()),
    ];
    for (name, bytes) in themes {
        let path = dir.path().join(format!("{name}.ron"));
        std::fs::write(&path, &bytes).unwrap();
        let (theme, msg) = Theme::load(name, dir.path());
        assert_eq!(theme, Theme::default(), "{name}");
        let msg = msg.unwrap_or_else(|| panic!("{name}: no message"));
        assert!(
            msg.to_lowercase().contains("standardtemat används"),
            "{name}: {msg}"
        );
        assert!(
            msg.contains(&format!("{name}.ron")) || msg.contains(name),
            "{name}: the file is not named: {msg}"
        );
        assert!(
            msg.contains("rad ") || msg.contains("färgen") || msg.contains("högst 1 MB"),
            "{name}: no place: {msg}"
        );
        assert_eq!(std::fs::read(&path).unwrap(), bytes, "{name}");
    }
}

#[test]
fn every_bad_keymap_file_falls_back_with_a_message_and_is_left_as_it_was() {
    let dir = tempfile::tempdir().unwrap();
    let files: Vec<(&str, Vec<u8>)> = vec![
        (
            "korrupt",
            b"[(context: \"Home\" key: \"x\", action: \"Quit\")]".to_vec(),
        ),
        ("trunkerad", b"[(context: \"Home\", key: \"x\"".to_vec()),
        ("tom", vec![]),
        ("binar", vec![0xff, 0xfe, 0, 1]),
        (
            "stor",
            [
                b"[(context: \"".to_vec(),
                vec![b'x'; 5_000_000],
                b"\", key: \"x\", action: \"Quit\")]".to_vec(),
            ]
            .concat(),
        ),
        ("nastlad", vec![b'['; 100_000]),
        (
            "feltyp",
            b"[(context: 1, key: \"x\", action: \"Quit\")]".to_vec(),
        ),
        (
            "dubbel",
            b"[(context: \"Home\", context: \"Home\", key: \"x\", action: \"Quit\")]".to_vec(),
        ),
        (
            "okand-atgard",
            b"[(context: \"Home\", key: \"x\", action: \"Sprangen\")]".to_vec(),
        ),
    ];
    for (name, bytes) in files {
        let path = dir.path().join(format!("{name}.ron"));
        std::fs::write(&path, &bytes).unwrap();
        let (keymap, msg) = lbk::tui::keymap_patch::load(&path);
        assert_eq!(keymap, lbk::tui::keymap::BINDINGS.to_vec(), "{name}");
        let msg = msg.unwrap_or_else(|| panic!("{name}: no message"));
        assert!(
            msg.to_lowercase().contains("standardtangenterna används")
                && msg.contains(&format!("{name}.ron")),
            "{name}: {msg}"
        );
        assert_eq!(std::fs::read(&path).unwrap(), bytes, "{name}");
    }
}
