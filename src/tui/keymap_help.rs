//! What the keymap tells the user: the footer's hints for where they are,
//! and the `?` overlay with every context, the current ones first.

use crossterm::event::{KeyCode, KeyModifiers};

use super::keymap::{Binding, Context, chain};

/// How a key is written in help: "Ctrl+s", "Tab", "?".
pub fn key_label(code: KeyCode, mods: KeyModifiers) -> String {
    let base = match code {
        KeyCode::Char(' ') => "Mellanslag".to_string(),
        KeyCode::Char(c) => c.to_string(),
        KeyCode::Enter => "Enter".into(),
        KeyCode::Esc => "Esc".into(),
        KeyCode::Tab => "Tab".into(),
        KeyCode::BackTab => "Shift+Tab".into(),
        KeyCode::Up => "↑".into(),
        KeyCode::Down => "↓".into(),
        KeyCode::Left => "←".into(),
        KeyCode::Right => "→".into(),
        KeyCode::PageUp => "PgUp".into(),
        KeyCode::PageDown => "PgDn".into(),
        KeyCode::Home => "Home".into(),
        KeyCode::End => "End".into(),
        KeyCode::Delete => "Delete".into(),
        KeyCode::Backspace => "Backsteg".into(),
        KeyCode::F(n) => format!("F{n}"),
        other => format!("{other:?}"),
    };
    if mods.contains(KeyModifiers::CONTROL) {
        format!("Ctrl+{base}")
    } else if mods.contains(KeyModifiers::ALT) {
        format!("Alt+{base}")
    } else {
        base
    }
}

/// Footer hints for the contexts: "key text" pairs, innermost first, one
/// per action.
pub fn footer_hints(keymap: &[Binding], contexts: &[Context]) -> Vec<(String, &'static str)> {
    let mut out: Vec<(String, &'static str)> = vec![];
    let mut seen = vec![];
    for ctx in chain(contexts) {
        for bind in keymap.iter().filter(|b| b.context == ctx && b.footer) {
            if !seen.contains(&bind.action) {
                seen.push(bind.action);
                out.push((key_label(bind.code, bind.mods), bind.text));
            }
        }
    }
    out
}

/// One context's keys, keys with the same text joined ("→/Tab  nästa moment").
fn rows_of(keymap: &[Binding], ctx: Context) -> Vec<(String, &'static str)> {
    let mut rows: Vec<(String, &'static str)> = vec![];
    for bind in keymap.iter().filter(|b| b.context == ctx) {
        let label = key_label(bind.code, bind.mods);
        match rows.iter_mut().find(|(_, t)| *t == bind.text) {
            Some((keys, _)) => {
                keys.push('/');
                keys.push_str(&label);
            }
            None => rows.push((label, bind.text)),
        }
    }
    rows
}

/// The help overlay's sections: the contexts of where the user is first
/// (in the order they apply), then every other context.
pub fn help_sections(
    keymap: &[Binding],
    current: &[Context],
) -> Vec<(&'static str, Vec<(String, &'static str)>)> {
    let mut order: Vec<Context> = chain(current);
    for c in Context::ALL {
        if !order.contains(&c) {
            order.push(c);
        }
    }
    order
        .into_iter()
        .map(|ctx| (ctx.title(), rows_of(keymap, ctx)))
        .filter(|(_, rows)| !rows.is_empty())
        .collect()
}
