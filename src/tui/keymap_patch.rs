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
    if entries.len() > MAX_ENTRIES {
        return Err(format!(
            "Kortkommandona i {origin} har {} poster; högst {MAX_ENTRIES} läses. Standardtangenterna används.",
            entries.len()
        ));
    }
    let lines = entry_lines(text);
    let mut keymap: Vec<Binding> = BINDINGS.to_vec();
    let mut given: Vec<(Context, KeyCode, KeyModifiers, usize)> = vec![];
    for (i, e) in entries.iter().enumerate() {
        let place = match lines.get(i) {
            Some(line) => format!("{origin}, post {} (rad {line})", i + 1),
            None => format!("{origin}, post {}", i + 1),
        };
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
        if let Some((.., first)) = given
            .iter()
            .find(|(c, k, m, _)| *c == context && *k == code && *m == mods)
        {
            return Err(format!(
                "{place}: tangenten \"{}\" binds en gång till i {context:?} (post {first} band den redan). Ta bort den ena; standardtangenterna används.",
                e.key.trim()
            ));
        }
        given.push((context, code, mods, i + 1));
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
    let quitting = keymap
        .iter()
        .filter(|b| matches!(b.action, Action::Quit | Action::ForceQuit))
        .count();
    if quitting > MAX_QUIT_KEYS {
        return Err(format!(
            "Kortkommandona i {origin} låter {quitting} tangenter avsluta lbk; högst {MAX_QUIT_KEYS}, så att ingen avslutar av misstag. Standardtangenterna används."
        ));
    }
    Ok(keymap)
}

/// Entries a patch may hold: far more than anyone rebinds.
const MAX_ENTRIES: usize = 200;
/// Keys that may quit lbk, all contexts together (the defaults have three).
const MAX_QUIT_KEYS: usize = 6;

/// The line (from 1) each entry of the list starts on: every `(` directly
/// inside the outer `[`, outside strings and comments.
fn entry_lines(text: &str) -> Vec<usize> {
    let (mut out, mut depth, mut line) = (vec![], 0usize, 1usize);
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\n' => line += 1,
            '"' => {
                while let Some(c) = chars.next() {
                    match c {
                        '\\' => {
                            chars.next();
                        }
                        '"' => break,
                        '\n' => line += 1,
                        _ => {}
                    }
                }
            }
            '/' if chars.peek() == Some(&'/') => {
                for c in chars.by_ref() {
                    if c == '\n' {
                        line += 1;
                        break;
                    }
                }
            }
            '[' | '(' => {
                if c == '(' && depth == 1 {
                    out.push(line);
                }
                depth += 1;
            }
            ']' | ')' => depth = depth.saturating_sub(1),
            _ => {}
        }
    }
    out
}

/// Ways out that a patch may move but never remove: quitting the app, and
/// leaving every layer that lies over a screen.
const WAYS_OUT: &[(Context, &[Action], &str)] = &[
    (
        Context::Global,
        &[Action::Quit, Action::ForceQuit],
        "avsluta lbk",
    ),
    (Context::Global, &[Action::Help], "öppna hjälpen"),
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
mod tests;
