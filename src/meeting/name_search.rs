//! Finding the person whose ballot is dictated, by the first letters the
//! secretary types: a match at the start of the first name comes first,
//! then at the start of the surname (or a later name), then anywhere; å/ä/ö
//! are optional; among equal matches those who have not voted come first.
//! A present substitute is found by their own name and votes in the name of
//! the one they stand in for.

use crate::domain::Round;
use crate::domain::priority::Stage;
use crate::meeting::need_tokens::fold;

/// One person the picker offers.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Candidate {
    /// The name as typed and shown (the substitute's own name).
    pub name: String,
    /// Whose ballot it is: the one a substitute stands in for, else `name`.
    pub ballot_of: String,
    /// A ballot in that name is already saved in this stage.
    pub voted: bool,
}

/// How well `query` names `name`: 0 at the start of the first name, 1 at
/// the start of a later name, 2 anywhere; None when some typed word is
/// not in the name at all.
pub fn match_class(name: &str, query: &str) -> Option<u8> {
    let words: Vec<String> = name
        .split(|c: char| c.is_whitespace() || c == '-' || c == ',')
        .map(fold)
        .filter(|w| !w.is_empty())
        .collect();
    let typed: Vec<String> = query
        .split_whitespace()
        .map(fold)
        .filter(|w| !w.is_empty())
        .collect();
    let whole = fold(name);
    if !typed.iter().all(|t| whole.contains(t.as_str())) {
        return None;
    }
    let Some(first) = typed.first() else {
        return Some(0);
    };
    if words.first().is_some_and(|w| w.starts_with(first.as_str())) {
        Some(0)
    } else if words.iter().skip(1).any(|w| w.starts_with(first.as_str())) {
        Some(1)
    } else {
        Some(2)
    }
}

impl Round {
    /// Whether a ballot in `name` is saved in `stage`.
    pub fn has_voted(&self, name: &str, stage: Stage) -> bool {
        let p = &self.prioritization;
        match stage {
            Stage::Pick => p.pick_ballot(name).is_some(),
            Stage::Rank => p.rank_ballots.iter().any(|b| b.representative == name),
        }
    }

    /// The present people the typed `query` may mean, best first.
    pub fn ballot_candidates(&self, query: &str) -> Vec<Candidate> {
        let stage = self.prioritization.stage();
        let mut found: Vec<(u8, bool, usize, Candidate)> = vec![];
        for (i, name) in self.prioritization.present.iter().enumerate() {
            let person = self.representatives.iter().find(|r| r.name == *name);
            let ballot_of = person
                .and_then(|r| r.substitute_for.clone())
                .unwrap_or_else(|| name.clone());
            let aliases = person.map(|r| r.aliases.as_slice()).unwrap_or_default();
            let Some(class) = std::iter::once(name)
                .chain(aliases)
                .filter_map(|n| match_class(n, query))
                .min()
            else {
                continue;
            };
            let voted = self.has_voted(&ballot_of, stage);
            found.push((
                class,
                voted,
                i,
                Candidate {
                    name: name.clone(),
                    ballot_of,
                    voted,
                },
            ));
        }
        found.sort_by_key(|(class, voted, i, _)| (*class, *voted, *i));
        found.into_iter().map(|(.., c)| c).collect()
    }
}

/// A name's words, folded and sorted: "Sjöberg, Elin", "elin sjoberg" and
/// "Elin Sjöberg" are the same.
fn name_key(name: &str) -> Vec<String> {
    let mut words: Vec<String> = name
        .split(|c: char| c.is_whitespace() || c == ',')
        .map(fold)
        .filter(|w| !w.is_empty())
        .collect();
    words.sort();
    words
}

impl Round {
    /// The person in the register that a name written in a form or a chat
    /// means: the same words in any order and case, å/ä/ö optional
    /// ("Sjöberg Elin", "Sjöberg, Elin"), a remembered alias, or, failing
    /// those, the e-mail address.
    pub fn person_written(&self, written: &str, email: &str) -> Option<String> {
        let key = name_key(written);
        let by_name = (!key.is_empty())
            .then(|| {
                self.representatives.iter().find(|r| {
                    name_key(&r.name) == key || r.aliases.iter().any(|a| name_key(a) == key)
                })
            })
            .flatten();
        let email = email.trim();
        by_name
            .or_else(|| {
                (!email.is_empty()).then(|| {
                    self.representatives
                        .iter()
                        .find(|r| r.email.trim().eq_ignore_ascii_case(email))
                })?
            })
            .map(|r| r.name.clone())
    }

    /// The person a name typed by the secretariat means: the whole name in
    /// any order (or an alias), else the one person whose first name or
    /// surname begins with what was typed ("Elin", "sjöb"). Err holds the
    /// names that fit when several do (empty when none does).
    pub fn person_typed(&self, typed: &str) -> Result<String, Vec<String>> {
        if let Some(p) = self.person_written(typed, "") {
            return Ok(p);
        }
        let fits: Vec<String> = self
            .representatives
            .iter()
            .filter(|r| matches!(match_class(&r.name, typed), Some(0 | 1)))
            .map(|r| r.name.clone())
            .collect();
        match fits.as_slice() {
            [one] => Ok(one.clone()),
            _ => Err(fits),
        }
    }

    /// The name whose ballot a person casts: the one a substitute stands in
    /// for, else their own.
    pub fn ballot_name(&self, person: &str) -> String {
        self.representatives
            .iter()
            .find(|r| r.name == person)
            .and_then(|r| r.substitute_for.clone())
            .unwrap_or_else(|| person.to_string())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_written_name_is_found_in_any_order_case_or_spelling_of_the_dots() {
        let mut r = Round::new("X", crate::domain::ModelVariant::V2, 2026);
        for (name, email) in [
            ("Elin Sjöberg", "elin.sjoberg@x.se"),
            ("Anna Lindqvist", ""),
        ] {
            r.representatives
                .push(crate::domain::people::Representative {
                    name: name.into(),
                    email: email.into(),
                    ..Default::default()
                });
        }
        r.representatives[1].aliases.push("Anna L".into());
        for w in [
            "Elin Sjöberg",
            "Sjöberg Elin",
            "Sjöberg, Elin",
            "sjoberg elin",
        ] {
            assert_eq!(
                r.person_written(w, "").as_deref(),
                Some("Elin Sjöberg"),
                "{w}"
            );
        }
        assert_eq!(
            r.person_written("E. S.", "Elin.Sjoberg@x.se").as_deref(),
            Some("Elin Sjöberg")
        );
        assert_eq!(
            r.person_written("anna l", "").as_deref(),
            Some("Anna Lindqvist")
        );
        assert_eq!(
            r.person_written("Elin", ""),
            None,
            "half a name is not a match"
        );
        assert_eq!(r.person_written("", ""), None);
        assert_eq!(r.person_typed("Elin").as_deref(), Ok("Elin Sjöberg"));
        assert_eq!(r.person_typed("lind").as_deref(), Ok("Anna Lindqvist"));
        assert_eq!(r.person_typed("xyz"), Err(vec![]));
        r.representatives
            .push(crate::domain::people::Representative {
                name: "Anna Berg".into(),
                ..Default::default()
            });
        assert_eq!(
            r.person_typed("anna").unwrap_err().len(),
            2,
            "two Annas: asked to say more"
        );
    }

    #[test]
    fn the_start_of_the_first_name_beats_the_surname_which_beats_anywhere() {
        assert_eq!(match_class("Karin Lund", "kar"), Some(0));
        assert_eq!(match_class("Ingrid Karlsson", "kar"), Some(1));
        assert_eq!(match_class("Gunilla Berg", "ni"), Some(2));
        assert_eq!(match_class("Nils Ek", "ni"), Some(0));
        assert_eq!(
            match_class("Lars Ängström", "ang"),
            Some(1),
            "å/ä/ö optional"
        );
        assert_eq!(match_class("Lars Ängström", "äng"), Some(1));
        assert_eq!(match_class("Per Dahlgren", "per d"), Some(0));
        assert_eq!(
            match_class("Johan Persson", "per d"),
            None,
            "every word must be there"
        );
        assert_eq!(match_class("Anna-Karin Öberg", "kar"), Some(1));
        assert_eq!(match_class("Anna", ""), Some(0));
    }
}
