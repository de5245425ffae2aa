//! Names that look alike: invisible characters (zero-width, direction
//! marks, soft hyphens) are taken out when a name is entered, and a name
//! that mixes scripts (a Cyrillic "а" in "Anna") or whose letters look
//! like another person's (Unicode's confusables, UTS #39, through
//! unicode-security) is marked, so two people are never told apart by
//! what cannot be seen.

use unicode_script::{Script, UnicodeScript};
use unicode_security::MixedScript;
use unicode_security::confusable_detection::skeleton;

/// A character that takes no room on screen, or turns the text's
/// direction: never part of a name.
pub fn is_invisible(c: char) -> bool {
    (crate::domain::text_safety::is_unsafe(c) && !c.is_control())
        || matches!(c,
            '\u{00AD}'                // soft hyphen
            | '\u{034F}'              // combining grapheme joiner
            | '\u{115F}' | '\u{1160}' | '\u{3164}' | '\u{FFA0}' // Hangul fillers
            | '\u{17B4}' | '\u{17B5}' // Khmer inherent vowels
            | '\u{180B}'..='\u{180F}' // Mongolian selectors and vowel separator
            | '\u{FE00}'..='\u{FE0F}' // variation selectors
        )
}

/// The name without invisible characters, its spaces one each.
pub fn without_invisible(name: &str) -> String {
    let visible: String = name.chars().filter(|c| !is_invisible(*c)).collect();
    visible.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// What the name looks like, whatever it is written with: equal for
/// "Anna" and "Аnna" (Cyrillic а).
pub fn look(name: &str) -> String {
    skeleton(&without_invisible(name).to_lowercase()).collect()
}

/// The scripts of a name that mixes them, in Swedish ("latinska och
/// kyrilliska"); none for a name in one script.
pub fn mixed_scripts(name: &str) -> Option<String> {
    if name.is_single_script() {
        return None;
    }
    let mut seen: Vec<Script> = vec![];
    for c in name.chars() {
        let s = c.script();
        if !matches!(s, Script::Common | Script::Inherited | Script::Unknown) && !seen.contains(&s)
        {
            seen.push(s);
        }
    }
    let words: Vec<String> = seen.iter().map(|s| script_word(*s)).collect();
    Some(match words.split_last() {
        Some((last, rest)) if !rest.is_empty() => format!("{} och {last}", rest.join(", ")),
        _ => words.concat(),
    })
}

fn script_word(s: Script) -> String {
    match s {
        Script::Latin => "latinska".into(),
        Script::Cyrillic => "kyrilliska".into(),
        Script::Greek => "grekiska".into(),
        Script::Armenian => "armeniska".into(),
        Script::Arabic => "arabiska".into(),
        Script::Hebrew => "hebreiska".into(),
        other => other.full_name().to_string(),
    }
}

/// The first of `others` that looks like `name` but is written otherwise.
pub fn looks_like<'a>(name: &str, others: impl IntoIterator<Item = &'a str>) -> Option<&'a str> {
    let seen = look(name);
    others.into_iter().find(|o| *o != name && look(o) == seen)
}

/// What to tell the secretariat about a name among `others`: that it
/// mixes scripts, or looks like someone else's; none for a plain name.
pub fn warning<'a>(name: &str, others: impl IntoIterator<Item = &'a str>) -> Option<String> {
    let mixed = mixed_scripts(name).map(|s| format!(" (blandar {s} bokstäver)"));
    match looks_like(name, others) {
        Some(other) => Some(format!(
            "Obs: {name} ser ut som {other} men är skrivet med andra tecken{}. Kontrollera namnet, så att de två inte förväxlas.",
            mixed.unwrap_or_default()
        )),
        None => mixed.map(|m| {
            format!("Obs: {name} har bokstäver som ser likadana ut från olika alfabet{m}. Kontrollera namnet.")
        }),
    }
}

/// The name as lists show it: marked when it mixes scripts, so it is
/// never taken for the one it looks like.
pub fn shown(name: &str) -> String {
    match mixed_scripts(name) {
        Some(s) => format!("{name} ⚠ {s} bokstäver"),
        None => name.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const CYRILLIC_ANNA: &str = "\u{0410}nna Lindqvist";

    #[test]
    fn invisible_characters_go_and_spaces_are_one() {
        assert_eq!(
            without_invisible("An\u{200B}na\u{200F}  Lind\u{00AD}qvist\u{FEFF}"),
            "Anna Lindqvist"
        );
        assert_eq!(without_invisible("Åsa Öberg"), "Åsa Öberg");
    }

    #[test]
    fn a_cyrillic_letter_looks_like_the_latin_and_is_marked() {
        assert_eq!(look(CYRILLIC_ANNA), look("Anna Lindqvist"));
        assert_ne!(look("Anna Lindqvist"), look("Anna Lindkvist"));
        assert_eq!(
            looks_like(CYRILLIC_ANNA, ["Bo Ek", "Anna Lindqvist"]),
            Some("Anna Lindqvist")
        );
        assert_eq!(looks_like("Anna Lindqvist", ["Anna Lindqvist"]), None);
        assert_eq!(
            mixed_scripts(CYRILLIC_ANNA).as_deref(),
            Some("kyrilliska och latinska")
        );
        assert_eq!(mixed_scripts("Åsa Öberg"), None);
        assert_eq!(
            mixed_scripts("Ольга Петрова"),
            None,
            "one script is not mixed"
        );
        assert!(shown(CYRILLIC_ANNA).contains("⚠"));
        let w = warning(CYRILLIC_ANNA, ["Anna Lindqvist"]).unwrap();
        assert!(
            w.contains("ser ut som Anna Lindqvist") && w.contains("kyrilliska"),
            "{w}"
        );
        assert_eq!(warning("Bo Ek", ["Anna Lindqvist"]), None);
    }
}
