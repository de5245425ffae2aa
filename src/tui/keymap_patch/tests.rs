use super::*;
use crate::tui::keymap::lookup;
use crate::tui::keymap_help::help_sections;
use crossterm::event::KeyEvent;

#[test]
fn a_patch_rebinds_and_help_follows() {
    let k = apply_patch("[(context: \"Needs\", key: \"N\", action: \"NewNeed\"), (context: \"global\", key: \"Ctrl+q\", action: \"Quit\")]", "k.ron").unwrap();
    let n = KeyEvent::new(KeyCode::Char('N'), KeyModifiers::NONE);
    assert_eq!(
        lookup(&k, &[Context::Needs, Context::Round], n),
        Some(Action::NewNeed)
    );
    let cq = KeyEvent::new(KeyCode::Char('q'), KeyModifiers::CONTROL);
    assert_eq!(lookup(&k, &[Context::Home], cq), Some(Action::Quit));
    let help = help_sections(&k, &[]);
    let needs = help
        .iter()
        .find(|(t, _)| t.contains("Behovslistan"))
        .unwrap();
    assert!(
        needs
            .1
            .iter()
            .any(|(keys, text)| keys.contains('N') && *text == "nytt behov"),
        "{:?}",
        needs.1
    );
}

#[test]
fn a_patch_that_leaves_no_way_to_quit_is_refused() {
    let trap = "[(context: \"Global\", key: \"q\", action: \"Help\"), (context: \"Global\", key: \"Ctrl+c\", action: \"Help\")]";
    let e = apply_patch(trap, "k.ron").unwrap_err();
    assert!(e.contains("avsluta lbk"), "{e}");
    // Moving quit to another key is fine.
    let moved = "[(context: \"Global\", key: \"q\", action: \"Help\"), (context: \"Global\", key: \"Ctrl+q\", action: \"Quit\")]";
    assert!(apply_patch(moved, "k.ron").is_ok());
    let no_escape = "[(context: \"Prompt\", key: \"Esc\", action: \"Accept\")]";
    assert!(
        apply_patch(no_escape, "k.ron")
            .unwrap_err()
            .contains("avbryta")
    );
}

#[test]
fn a_bad_patch_names_the_entry_and_what_is_wrong() {
    assert!(
        apply_patch(
            "[(context: \"Nowhere\", key: \"x\", action: \"Quit\")]",
            "k.ron"
        )
        .unwrap_err()
        .contains("post 1 (rad 1): okänt sammanhang")
    );
    assert!(
        apply_patch(
            "[(context: \"Home\", key: \"Ctrl+\", action: \"Quit\")]",
            "k.ron"
        )
        .unwrap_err()
        .contains("okänd tangent")
    );
    assert!(
        apply_patch(
            "[(context: \"Home\", key: \"x\", action: \"Explode\")]",
            "k.ron"
        )
        .unwrap_err()
        .contains("okänd åtgärd")
    );
    assert!(
        apply_patch("[(context: \"Home\", key: \"x\"", "k.ron")
            .unwrap_err()
            .contains("rad 1")
    );
    assert_eq!(parse_key("Alt+Up"), Some((KeyCode::Up, KeyModifiers::ALT)));
    assert_eq!(parse_key("F5"), Some((KeyCode::F(5), KeyModifiers::NONE)));
    assert_eq!(parse_key("xy"), None);
}

#[test]
fn a_key_twice_every_key_to_quit_and_no_help_are_refused_with_the_line() {
    let twice = "[\n  (context: \"Needs\", key: \"N\", action: \"NewNeed\"),\n  (context: \"Needs\", key: \"N\", action: \"Help\"),\n]";
    let e = apply_patch(twice, "k.ron").unwrap_err();
    assert!(
        e.contains("post 2 (rad 3)") && e.contains("post 1 band"),
        "{e}"
    );
    let all: Vec<String> = ('a'..='z')
        .map(|c| format!("(context: \"Global\", key: \"{c}\", action: \"Quit\")"))
        .collect();
    let e = apply_patch(&format!("[{}]", all.join(",\n")), "k.ron").unwrap_err();
    assert!(e.contains("tangenter avsluta lbk"), "{e}");
    let no_help = "[(context: \"Global\", key: \"?\", action: \"Quit\")]";
    assert!(
        apply_patch(no_help, "k.ron")
            .unwrap_err()
            .contains("öppna hjälpen")
    );
    let many: Vec<&str> = (0..300)
        .map(|_| "(context: \"Home\", key: \"x\", action: \"Quit\")")
        .collect();
    assert!(
        apply_patch(&format!("[{}]", many.join(",")), "k.ron")
            .unwrap_err()
            .contains("högst 200")
    );
    // A bad entry names its line, past strings and comments with brackets.
    let bad = "[\n  // (not an entry)\n  (context: \"Home\", key: \"(\", action: \"Help\"),\n  (context: \"Nowhere\", key: \"x\", action: \"Quit\"),\n]";
    assert!(
        apply_patch(bad, "k.ron")
            .unwrap_err()
            .contains("post 2 (rad 4)")
    );
}

#[test]
fn a_broken_patch_file_falls_back_and_is_left_as_it_was() {
    let dir = tempfile::tempdir().unwrap();
    let p = dir.path().join("keymap.ron");
    for bytes in [
        b"[(context: ".to_vec(),
        vec![0xff, 0xfe],
        b"[(context: \"Home\", key: \"x\", action: \"Quit\", extra: 1)]".to_vec(),
    ] {
        std::fs::write(&p, &bytes).unwrap();
        let (k, msg) = load(&p);
        assert_eq!(k, BINDINGS.to_vec());
        assert!(msg.unwrap().contains("standardtangenterna används"));
        assert_eq!(std::fs::read(&p).unwrap(), bytes);
    }
    assert_eq!(
        load(&dir.path().join("saknas.ron")),
        (BINDINGS.to_vec(), None)
    );
}
