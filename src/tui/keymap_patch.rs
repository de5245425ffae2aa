//! The user's keymap patch (`keymap.ron` in the config folder): a list of
//! keys to bind to actions that lbk already has, in a context. What is not
//! listed keeps its default. A broken patch falls back to the defaults with
//! a message naming the place; the file is never changed.
//!
//! ```ron
//! [
//!     (context: "Needs", key: "N", action: "NewNeed"),
//!     (context: "Global", key: "Ctrl+q", action: "Quit"),
//! ]
//! ```

use std::path::Path;

use crossterm::event::{KeyCode, KeyModifiers};
use serde::Deserialize;

use super::action::Action;
use super::keymap::{BINDINGS, Binding, Context};

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct Entry {
    context: String,
    key: String,
    action: String,
}

/// Parses "Ctrl+s", "Alt+Up", "Shift+Tab", "F5", "Enter", "x".
pub fn parse_key(text: &str) -> Option<(KeyCode, KeyModifiers)> {
    let mut mods = KeyModifiers::NONE;
    let mut rest = text.trim();
    loop {
        let lower = rest.to_lowercase();
        if let Some(r) = lower.strip_prefix("ctrl+") {
            mods |= KeyModifiers::CONTROL;
            rest = &rest[rest.len() - r.len()..];
        } else if let Some(r) = lower.strip_prefix("alt+") {
            mods |= KeyModifiers::ALT;
            rest = &rest[rest.len() - r.len()..];
        } else {
            break;
        }
    }
    let code = match rest.to_lowercase().as_str() {
        "enter" => KeyCode::Enter,
        "esc" => KeyCode::Esc,
        "tab" => KeyCode::Tab,
        "shift+tab" | "backtab" => KeyCode::BackTab,
        "up" | "↑" => KeyCode::Up,
        "down" | "↓" => KeyCode::Down,
        "left" | "←" => KeyCode::Left,
        "right" | "→" => KeyCode::Right,
        "pgup" | "pageup" => KeyCode::PageUp,
        "pgdn" | "pagedown" => KeyCode::PageDown,
        "home" => KeyCode::Home,
        "end" => KeyCode::End,
        "mellanslag" | "space" => KeyCode::Char(' '),
        f if f.len() > 1 && f.starts_with('f') => {
            KeyCode::F(f[1..].parse().ok().filter(|n| (1..=24).contains(n))?)
        }
        _ => {
            let mut chars = rest.chars();
            let c = chars.next()?;
            if chars.next().is_some() {
                return None;
            }
            KeyCode::Char(c)
        }
    };
    Some((code, mods))
}

/// The defaults with the patch applied, or the defaults and why the patch
/// was not used.
pub fn apply_patch(text: &str, origin: &str) -> Result<Vec<Binding>, String> {
    let entries: Vec<Entry> = ron::from_str(text).map_err(|e| {
        format!(
            "Kortkommandona i {origin} kunde inte läsas (rad {}, kolumn {}: {}); standardtangenterna används.",
            e.span.start.line, e.span.start.col, e.code
        )
    })?;
    let mut keymap: Vec<Binding> = BINDINGS.to_vec();
    for (i, e) in entries.iter().enumerate() {
        let place = format!("{origin}, post {}", i + 1);
        let context = Context::ALL
            .iter()
            .copied()
            .find(|c| format!("{c:?}").eq_ignore_ascii_case(e.context.trim()))
            .ok_or(format!(
                "{place}: okänt sammanhang \"{}\"; standardtangenterna används.",
                e.context
            ))?;
        let (code, mods) = parse_key(&e.key).ok_or(format!("{place}: okänd tangent \"{}\" (t.ex. \"x\", \"Ctrl+s\", \"F5\"); standardtangenterna används.", e.key))?;
        let template = BINDINGS
            .iter()
            .find(|b| format!("{:?}", b.action).eq_ignore_ascii_case(e.action.trim()))
            .copied()
            .ok_or(format!(
                "{place}: okänd åtgärd \"{}\"; standardtangenterna används.",
                e.action
            ))?;
        keymap.retain(|b| !(b.context == context && b.code == code && b.mods == mods));
        keymap.insert(
            0,
            Binding {
                context,
                code,
                mods,
                ..template
            },
        );
    }
    refuse_if_trapped(&keymap, origin)?;
    Ok(keymap)
}

/// Ways out that a patch may move but never remove: quitting the app, and
/// leaving every layer that lies over a screen.
const WAYS_OUT: &[(Context, &[Action], &str)] = &[
    (
        Context::Global,
        &[Action::Quit, Action::ForceQuit],
        "avsluta lbk",
    ),
    (Context::Help, &[Action::Cancel], "stänga hjälpen"),
    (Context::Confirm, &[Action::No], "svara nej på en fråga"),
    (
        Context::Prompt,
        &[Action::Cancel],
        "avbryta en inmatningsrad",
    ),
    (Context::Form, &[Action::CancelForm], "stänga formuläret"),
    (
        Context::Unsaved,
        &[Action::No],
        "stanna kvar vid osparade ändringar",
    ),
];

/// Refuses a keymap in which some way out has no key left.
fn refuse_if_trapped(keymap: &[Binding], origin: &str) -> Result<(), String> {
    for (context, actions, what) in WAYS_OUT {
        if !keymap
            .iter()
            .any(|b| b.context == *context && actions.contains(&b.action))
        {
            return Err(format!(
                "Kortkommandona i {origin} lämnar ingen tangent för att {what}; standardtangenterna används. Behåll minst en sådan tangent."
            ));
        }
    }
    Ok(())
}

/// Reads the patch from the config folder; a missing file means the defaults.
pub fn load(path: &Path) -> (Vec<Binding>, Option<String>) {
    use crate::store::file::{MAX_SETTINGS_BYTES, is_missing, read_bounded};
    match read_bounded(path, MAX_SETTINGS_BYTES) {
        Err(e) if is_missing(&e) => (BINDINGS.to_vec(), None),
        Err(e) => (
            BINDINGS.to_vec(),
            Some(format!(
                "Kortkommandona kunde inte läsas: {e} Standardtangenterna används."
            )),
        ),
        Ok(bytes) => match std::str::from_utf8(&bytes) {
            Err(_) => (
                BINDINGS.to_vec(),
                Some(format!(
                    "Kortkommandona i {} är inte text (UTF-8); standardtangenterna används.",
                    path.display()
                )),
            ),
            Ok(text) => match apply_patch(text, &path.display().to_string()) {
                Ok(k) => (k, None),
                Err(msg) => (BINDINGS.to_vec(), Some(msg)),
            },
        },
    }
}

#[cfg(test)]
mod tests {
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
            .contains("post 1: okänt sammanhang")
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
}
