//! A need number as a person types or dictates it: `GÄV-01`, `gäv1`,
//! `gav1`, `GAV 01`, or its row on the list as sent out (`3` is the third
//! need). Case and å/ä/ö never matter. A near miss with one closest code is
//! offered, never taken.

/// Letters and digits only, lower case, with å/ä/ö/é and the like folded to
/// their base letter, so `GÄV-01`, `gäv1` and `gav1` compare equal.
pub fn fold(s: &str) -> String {
    s.chars()
        .filter(|c| c.is_alphanumeric())
        .flat_map(char::to_lowercase)
        .map(|c| match c {
            'å' | 'ä' | 'á' | 'à' | 'â' => 'a',
            'ö' | 'ø' | 'ó' | 'ô' => 'o',
            'é' | 'è' | 'ê' | 'ë' => 'e',
            'ü' | 'ú' => 'u',
            other => other,
        })
        .collect()
}

/// (letters, number) of a folded token or need number: `gav1` → ("gav", 1).
fn split(folded: &str) -> Option<(&str, u32)> {
    let at = folded.find(|c: char| c.is_ascii_digit())?;
    let (letters, digits) = folded.split_at(at);
    Some((letters, digits.parse().ok()?))
}

/// Why a token names no need on the list, and the one it may have meant.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Miss {
    pub token: String,
    pub suggestion: Option<String>,
}

/// The need on `list` (in the order sent out) that `token` names.
pub fn resolve(list: &[String], token: &str) -> Result<String, Miss> {
    let t = token.trim();
    if !t.is_empty() && t.chars().all(|c| c.is_ascii_digit()) {
        return t
            .parse::<usize>()
            .ok()
            .and_then(|row| row.checked_sub(1))
            .and_then(|i| list.get(i).cloned())
            .ok_or(Miss {
                token: t.to_string(),
                suggestion: None,
            });
    }
    let ft = fold(t);
    let typed = split(&ft);
    let exact = list.iter().find(|n| {
        let fnum = fold(n);
        match (typed, split(&fnum)) {
            (Some(a), Some(b)) => a == b,
            _ => fnum == ft,
        }
    });
    if let Some(n) = exact {
        return Ok(n.clone());
    }
    Err(Miss {
        token: t.to_string(),
        suggestion: near_miss(list, typed),
    })
}

/// The needs on `list` that a partly typed token could become, with or
/// without å/ä/ö and in any case: `ga` offers GÄV-01 and GÄV-02.
pub fn completions<'a>(list: &'a [String], typed: &str) -> Vec<&'a str> {
    let t = fold(typed);
    if t.is_empty() || t.chars().all(|c| c.is_ascii_digit()) {
        return vec![];
    }
    list.iter()
        .filter(|n| resolve(std::slice::from_ref(n), typed).is_ok() || fold(n).starts_with(&t))
        .map(String::as_str)
        .collect()
}

/// The one need whose code is a single letter away with the same number.
fn near_miss(list: &[String], typed: Option<(&str, u32)>) -> Option<String> {
    let (letters, seq) = typed?;
    let close: Vec<&String> = list
        .iter()
        .filter(|n| {
            let f = fold(n);
            split(&f).is_some_and(|(l, s)| s == seq && one_edit(l, letters))
        })
        .collect();
    match close.as_slice() {
        [one] => Some((*one).clone()),
        _ => None,
    }
}

/// Are two short codes one substitution, insertion or deletion apart?
fn one_edit(a: &str, b: &str) -> bool {
    let (a, b): (Vec<char>, Vec<char>) = (a.chars().collect(), b.chars().collect());
    if a == b {
        return false;
    }
    match a.len() as isize - b.len() as isize {
        0 => a.iter().zip(&b).filter(|(x, y)| x != y).count() == 1,
        1 | -1 => {
            let (long, short) = if a.len() > b.len() {
                (&a, &b)
            } else {
                (&b, &a)
            };
            (0..long.len()).any(|skip| {
                long.iter()
                    .enumerate()
                    .filter(|(i, _)| *i != skip)
                    .map(|(_, c)| c)
                    .eq(short.iter())
            })
        }
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn list() -> Vec<String> {
        [
            "GR-01", "GR-02", "GÄV-01", "STH-01", "SKÅ-03", "ÖST-02", "HAL-12",
        ]
        .iter()
        .map(|s| s.to_string())
        .collect()
    }

    #[test]
    fn codes_with_or_without_a_ring_or_dots_in_any_case_and_row_numbers() {
        let l = list();
        for t in ["gav1", "GAV-01", "gäv1", "Gäv 01", "GÄV-1"] {
            assert_eq!(resolve(&l, t).unwrap(), "GÄV-01", "{t}");
        }
        assert_eq!(resolve(&l, "ska3").unwrap(), "SKÅ-03");
        assert_eq!(resolve(&l, "öst-02").unwrap(), "ÖST-02");
        assert_eq!(resolve(&l, "ost2").unwrap(), "ÖST-02");
        assert_eq!(resolve(&l, "hal12").unwrap(), "HAL-12");
        assert_eq!(resolve(&l, "3").unwrap(), "GÄV-01", "row 3 as sent out");
        assert_eq!(resolve(&l, "7").unwrap(), "HAL-12");
        assert!(resolve(&l, "0").is_err() && resolve(&l, "8").is_err());
        // gr1 is GR-01, never GR-1x.
        assert_eq!(resolve(&l, "gr1").unwrap(), "GR-01");
    }

    #[test]
    fn a_near_miss_is_offered_only_when_one_code_is_closest() {
        let l = list();
        let m = resolve(&l, "sto1").unwrap_err();
        assert_eq!(m.suggestion.as_deref(), Some("STH-01"));
        assert_eq!(
            resolve(&l, "shh1").unwrap_err().suggestion.as_deref(),
            Some("STH-01")
        );
        // "gx" is one letter from "gr" and two from "gav": GR-01 is offered.
        assert_eq!(
            resolve(&l, "gx1").unwrap_err().suggestion.as_deref(),
            Some("GR-01")
        );
        // Two equally close: nothing is offered.
        let two = vec!["AB-01".to_string(), "AC-01".to_string()];
        assert_eq!(resolve(&two, "ax1").unwrap_err().suggestion, None);
        assert_eq!(resolve(&l, "xyz9").unwrap_err().suggestion, None);
    }

    #[test]
    fn completions_fold_the_letters_and_leave_row_numbers_alone() {
        let l = list();
        assert_eq!(completions(&l, "ga"), vec!["GÄV-01"]);
        assert_eq!(completions(&l, "GR"), vec!["GR-01", "GR-02"]);
        assert_eq!(completions(&l, "gr2"), vec!["GR-02"]);
        assert!(completions(&l, "3").is_empty());
        assert!(completions(&l, "").is_empty());
    }
}
