//! A hostile keymap and theme in the config folder at once — every letter
//! bound to quit, a key bound twice, invalid colours, a theme of megabytes —
//! are refused with a message naming the file and the line, the app starts
//! with the defaults, and `?` and quitting work as always.

mod common;

use common::*;
use crossterm::event::KeyCode;
use lbk::store::{Folders, Settings};

fn app_with(root: &std::path::Path, keymap: &str, theme: &[u8]) -> App {
    let folders = Folders::under(root);
    std::fs::create_dir_all(folders.themes()).unwrap();
    std::fs::write(folders.keymap_file(), keymap).unwrap();
    std::fs::write(folders.themes().join("fientlig.ron"), theme).unwrap();
    let settings = Settings {
        theme: Some("fientlig".into()),
    };
    App::new(folders, settings, false, fixed_now)
}

fn help_and_quit_work(mut app: App) {
    app.press(key(KeyCode::Char('?')));
    assert!(on_top(&app, LayerKind::Help), "? opens the help");
    app.press(key(KeyCode::Esc));
    assert!(!on_top(&app, LayerKind::Help));
    app.press(key(KeyCode::Char('a')));
    assert!(!app.has_quit(), "a letter does not quit");
    app.press(key(KeyCode::Char('q')));
    assert!(app.has_quit(), "q quits");
}

#[test]
fn every_letter_to_quit_and_invalid_colours_start_the_defaults_with_the_places() {
    let dir = tempfile::tempdir().unwrap();
    let letters: Vec<String> = ('a'..='z')
        .map(|c| format!("  (context: \"Global\", key: \"{c}\", action: \"Quit\"),"))
        .collect();
    let keymap = format!("[\n{}\n]", letters.join("\n"));
    let app = app_with(
        dir.path(),
        &keymap,
        b"(\n  accent: \"blue\",\n  bar: \"lila\",\n)",
    );
    let said = app.status_text().unwrap_or_default().to_string();
    assert!(
        said.contains("keymap.ron") && said.contains("tangenter avsluta lbk"),
        "{said}"
    );
    assert!(
        said.contains("fientlig.ron, rad 3") && said.contains("lila"),
        "{said}"
    );
    help_and_quit_work(app);
}

#[test]
fn a_key_bound_twice_and_a_huge_theme_name_their_line_and_start_the_defaults() {
    let dir = tempfile::tempdir().unwrap();
    let keymap = "[\n  (context: \"Global\", key: \"F2\", action: \"Help\"),\n  (context: \"Global\", key: \"F2\", action: \"Quit\"),\n]";
    let huge = [
        b"(accent: \"".to_vec(),
        vec![b'x'; 3_000_000],
        b"\")".to_vec(),
    ]
    .concat();
    let app = app_with(dir.path(), keymap, &huge);
    let said = app.status_text().unwrap_or_default().to_string();
    assert!(said.contains("keymap.ron, post 2 (rad 3)"), "{said}");
    assert!(said.contains("F2"), "{said}");
    assert!(said.contains("fientlig") && said.contains("1 MB"), "{said}");
    help_and_quit_work(app);
}
