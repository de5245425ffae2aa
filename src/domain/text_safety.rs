//! Text from files and imports must never reach the terminal with control
//! characters in it: an ESC sequence in a need title could repaint the shared
//! screen or write to the clipboard (OSC 52). Everything shown goes through
//! [`clean_line`], which replaces such characters with visible placeholders.

use std::borrow::Cow;

/// Is this a character that must not be written to a terminal as is?
pub fn is_unsafe(c: char) -> bool {
    c.is_control()
        || matches!(c,
            '\u{200B}'..='\u{200F}'   // zero-width space/joiners, LRM, RLM
            | '\u{202A}'..='\u{202E}' // bidi embeddings and overrides
            | '\u{2060}'..='\u{2064}' // word joiner, invisible operators
            | '\u{2066}'..='\u{2069}' // bidi isolates
            | '\u{061C}'              // Arabic letter mark
            | '\u{FEFF}'              // zero-width no-break space / BOM
            | '\u{FFF9}'..='\u{FFFB}' // interlinear annotation
            | '\u{2028}' | '\u{2029}' // line and paragraph separators
            | '\u{E0000}'..='\u{E007F}' // tag characters (invisible text)
        )
}

/// The visible stand-in for an unsafe character.
fn placeholder(c: char) -> char {
    match c {
        // C0 controls have their own pictures: ␛ for ESC, ␇ for BEL...
        '\u{0}'..='\u{1F}' => char::from_u32(0x2400 + c as u32).unwrap_or('�'),
        '\u{7F}' => '␡',
        _ => '�',
    }
}

/// One line of display text: every control character, newlines included,
/// is replaced by a visible placeholder. Tabs become a space.
pub fn clean_line(s: &str) -> Cow<'_, str> {
    if !s.chars().any(is_unsafe) {
        return Cow::Borrowed(s);
    }
    Cow::Owned(
        s.chars()
            .map(|c| match c {
                '\t' => ' ',
                c if is_unsafe(c) => placeholder(c),
                c => c,
            })
            .collect(),
    )
}

/// Text of several lines for a document or a terminal (a `.txt`, `.md` or
/// `.csv` file, what the command line prints): line breaks and tabs stay,
/// a carriage return only before a line break; every other unsafe character
/// becomes its visible placeholder, as on the screens.
pub fn clean_text(s: &str) -> Cow<'_, str> {
    let keep =
        |c: char, next: Option<char>| c == '\n' || c == '\t' || (c == '\r' && next == Some('\n'));
    let mut chars = s.chars().peekable();
    let mut dirty = false;
    while let Some(c) = chars.next() {
        if is_unsafe(c) && !keep(c, chars.peek().copied()) {
            dirty = true;
            break;
        }
    }
    if !dirty {
        return Cow::Borrowed(s);
    }
    let mut out = String::with_capacity(s.len());
    let mut chars = s.chars().peekable();
    while let Some(c) = chars.next() {
        if !is_unsafe(c) || keep(c, chars.peek().copied()) {
            out.push(c);
        } else {
            out.push(placeholder(c));
        }
    }
    Cow::Owned(out)
}

/// JSON text safe for a terminal: a character that must not reach one is
/// written as a `\uXXXX` escape (valid JSON, the data unchanged). serde_json
/// escapes C0 controls itself but not C1 controls, bidi or tag characters.
pub fn clean_json(s: &str) -> Cow<'_, str> {
    if !s.chars().any(|c| is_unsafe(c) && c != '\n') {
        return Cow::Borrowed(s);
    }
    let mut out = String::with_capacity(s.len() + 16);
    for c in s.chars() {
        if is_unsafe(c) && c != '\n' {
            let mut units = [0u16; 2];
            for u in c.encode_utf16(&mut units) {
                out.push_str(&format!("\\u{:04x}", u));
            }
        } else {
            out.push(c);
        }
    }
    Cow::Owned(out)
}

/// Several lines of display text: split on newlines, then clean each line.
pub fn clean_lines(s: &str) -> Vec<Cow<'_, str>> {
    s.split('\n')
        .map(|l| clean_line(l.strip_suffix('\r').unwrap_or(l)))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plain_swedish_text_is_borrowed_unchanged() {
        assert!(matches!(
            clean_line("Äldre på särskilt boende"),
            Cow::Borrowed(_)
        ));
    }

    #[test]
    fn escape_bell_and_osc52_become_visible() {
        let hostile = "Titel\u{1b}]52;c;aGVq\u{7}\u{1b}[2J\r\u{8}";
        let out = clean_line(hostile);
        assert!(!out.chars().any(is_unsafe), "{out:?}");
        assert!(out.contains('␛'));
        assert!(out.contains('␇'));
        assert!(out.starts_with("Titel"));
    }

    #[test]
    fn bidi_and_zero_width_are_replaced() {
        let out = clean_line("a\u{202E}b\u{200B}c\u{2066}d\u{FEFF}");
        assert_eq!(out, "a�b�c�d�");
    }

    #[test]
    fn separators_and_tag_characters_are_replaced() {
        let out = clean_line("a\u{2028}b\u{2029}c\u{E0041}\u{E007F}d");
        assert_eq!(out, "a�b�c��d");
    }

    #[test]
    fn clean_text_keeps_line_breaks_and_tabs_and_nothing_else() {
        let out = clean_text("rad 1\r\nrad\t2\n\u{1b}]2;titel\u{7}\u{1b}[2J\rslut\u{9b}31m");
        assert_eq!(out, "rad 1\r\nrad\t2\n␛]2;titel␇␛[2J␍slut�31m");
        assert!(matches!(clean_text("vanlig\ntext"), Cow::Borrowed(_)));
    }

    #[test]
    fn clean_json_escapes_what_serde_leaves_raw() {
        let json = serde_json::to_string(&"a\u{1b}b\u{9b}c\u{202e}d\u{E0041}").unwrap();
        let out = clean_json(&json);
        assert!(!out.chars().any(is_unsafe), "{out}");
        let back: String = serde_json::from_str(&out).unwrap();
        assert_eq!(
            back, "a\u{1b}b\u{9b}c\u{202e}d\u{E0041}",
            "the data is unchanged"
        );
    }

    #[test]
    fn clean_lines_splits_and_drops_carriage_returns() {
        let lines = clean_lines("rad ett\r\nrad\u{1b} två");
        assert_eq!(lines, vec!["rad ett", "rad␛ två"]);
    }
}
