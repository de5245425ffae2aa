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

/// Compares two strings in Swedish order; falls back to code-point order if
/// the collation data could not be loaded (it is compiled in, so it can).
pub fn swedish_cmp(a: &str, b: &str) -> Ordering {
    match collator() {
        Some(c) => c.compare(a, b),
        None => a.cmp(b),
    }
}

/// Case-insensitive "contains" for filtering as the user types.
pub fn contains_folded(haystack: &str, needle: &str) -> bool {
    needle.is_empty() || haystack.to_lowercase().contains(&needle.to_lowercase())
}

#[cfg(test)]
mod tests {
    use super::*;

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
    fn filter_ignores_case_including_swedish_letters() {
        assert!(contains_folded("Äldre på SÄBO", "säbo"));
        assert!(contains_folded("ÖSTERGÖTLAND", "östergöt"));
        assert!(!contains_folded("Uppsala", "ö"));
    }
}
