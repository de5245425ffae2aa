//! Swedish sort order (å ä ö after z), as the secretariat expects lists sorted.

use std::cmp::Ordering;
use std::sync::OnceLock;

use icu_collator::options::CollatorOptions;
use icu_collator::{Collator, CollatorBorrowed};
use icu_locale_core::locale;

fn collator() -> Option<&'static CollatorBorrowed<'static>> {
    static COLLATOR: OnceLock<Option<CollatorBorrowed<'static>>> = OnceLock::new();
    COLLATOR
        .get_or_init(|| Collator::try_new(locale!("sv").into(), CollatorOptions::default()).ok())
        .as_ref()
}

/// The primary weight of a character in Swedish order, for the common
/// characters: space and punctuation, then digits, then a–z, å, ä, ö
/// (case folded). None for anything else, which the full collator handles.
fn fast_weight(c: char) -> Option<u32> {
    match c {
        ' '..='/' | ':'..='@' | '['..='`' | '{'..='~' => Some(c as u32),
        '0'..='9' => Some(0x100 + c as u32),
        'a'..='z' => Some(0x200 + (c as u32 - 'a' as u32)),
        'A'..='Z' => Some(0x200 + (c as u32 - 'A' as u32)),
        'å' | 'Å' => Some(0x200 + 26),
        'ä' | 'Ä' => Some(0x200 + 27),
        'ö' | 'Ö' => Some(0x200 + 28),
        _ => None,
    }
}

/// Compares two strings in Swedish order (å ä ö after z). Text of ordinary
/// letters, digits and punctuation is compared by a table, which is what a
/// tally's sorting needs to be fast; anything else goes to the ICU
/// collator (compiled in; code-point order if it ever failed to load).
pub fn swedish_cmp(a: &str, b: &str) -> Ordering {
    let fast = |s: &str| s.chars().all(|c| fast_weight(c).is_some());
    if fast(a) && fast(b) {
        // Primary by the table; then lower case before upper, as ICU does.
        let primary = a.chars().map(fast_weight).cmp(b.chars().map(fast_weight));
        return primary.then_with(|| {
            a.chars()
                .map(char::is_uppercase)
                .cmp(b.chars().map(char::is_uppercase))
        });
    }
    match collator() {
        Some(c) => c.compare(a, b),
        None => a.cmp(b),
    }
}

/// Case-insensitive "contains" for filtering as the user types.
/// Two codes or need numbers as typed and as stored: equal in any case,
/// å/ä/ö included ("skå-01" is SKÅ-01), spaces around ignored.
pub fn same_code(a: &str, b: &str) -> bool {
    a.trim().to_lowercase() == b.trim().to_lowercase()
}

pub fn contains_folded(haystack: &str, needle: &str) -> bool {
    needle.is_empty() || haystack.to_lowercase().contains(&needle.to_lowercase())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_are_the_same_in_any_case_swedish_letters_included() {
        assert!(same_code("skå-01", "SKÅ-01"));
        assert!(same_code(" gäv ", "GÄV"));
        assert!(
            !same_code("ska-01", "SKÅ-01"),
            "a ring is not optional in a stored code"
        );
    }

    #[test]
    fn swedish_letters_sort_after_z_in_order_a_ring_a_umlaut_o_umlaut() {
        let mut words = vec!["Örebro", "Ängelholm", "Zinkgruva", "Åre", "Alingsås"];
        words.sort_by(|a, b| swedish_cmp(a, b));
        assert_eq!(
            words,
            vec!["Alingsås", "Zinkgruva", "Åre", "Ängelholm", "Örebro"]
        );
    }

    #[test]
    fn the_fast_table_agrees_with_the_collator_on_ordinary_text() {
        let words = [
            "GR",
            "GÄV",
            "SKÅ",
            "SKB",
            "ÖST",
            "ÖRE",
            "Storsthlm",
            "RSS Östergötland",
            "RSS Örebro län",
            "Göteborgsregionen",
            "Fyrbodal",
            "a-1",
            "A-1",
            "gr 10",
            "gr 2",
            "Zeta",
            "zeta",
            "Åre",
            "Ängel",
            "Äldre på SÄBO",
            "12 steg",
            "x.y",
        ];
        let icu = collator().expect("collator");
        for a in words {
            for b in words {
                let fast = swedish_cmp(a, b);
                let full = icu.compare(a, b);
                assert_eq!(fast, full, "{a:?} vs {b:?}");
            }
        }
    }

    #[test]
    fn filter_ignores_case_including_swedish_letters() {
        assert!(contains_folded("Äldre på SÄBO", "säbo"));
        assert!(contains_folded("ÖSTERGÖTLAND", "östergöt"));
        assert!(!contains_folded("Uppsala", "ö"));
    }
}
