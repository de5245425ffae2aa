//! One answer in a form or a chat, read as the need it names: a number
//! (`GR-01`, `gr1`, `gav1`), its row on the final compilation as sent out
//! (`3`), a number followed by its title (`GR-01 Digitala behandlingsinsatser
//! i glesbygd`, as Microsoft Forms writes a choice), or the title alone.

use crate::domain::Round;
use crate::meeting::need_tokens::{fold, resolve};

/// The needs a form or chat may name: the final compilation in the order
/// sent out (row numbers count from 1), with their titles.
pub struct Choices {
    pub rows: Vec<String>,
    titles: Vec<String>,
    /// The round's other needs (merged, set aside, not yet verified).
    others: Vec<String>,
}

impl Choices {
    pub fn of(round: &Round) -> Choices {
        let fc = round.final_compilation();
        let rows: Vec<String> = fc.iter().map(|n| n.number.clone()).collect();
        Choices {
            titles: fc.iter().map(|n| fold(&n.title)).collect(),
            others: round
                .needs
                .iter()
                .map(|n| n.number.clone())
                .filter(|n| !rows.contains(n))
                .collect(),
            rows,
        }
    }

    /// The need one answer names, or why none.
    pub fn need(&self, answer: &str) -> Result<String, String> {
        let a = answer.trim().trim_end_matches(['.', ':', ')']);
        if let Ok(n) = resolve(&self.rows, a) {
            return Ok(n);
        }
        // A number followed by its title.
        if let Some((first, rest)) = a.split_once(char::is_whitespace)
            && let Ok(n) = resolve(&self.rows, first.trim_end_matches(['.', ':', ')']))
        {
            let rest = fold(rest.trim_start_matches(['–', '-', ':', ' ']));
            let title = &self.titles[self.rows.iter().position(|r| *r == n).unwrap_or(0)];
            if rest.is_empty() || title.starts_with(&rest) || rest.starts_with(title.as_str()) {
                return Ok(n);
            }
            return Err(format!(
                "\"{}\": numret {n} och titeln stämmer inte överens",
                crate::imports::ballots::source::clip(answer)
            ));
        }
        // The title alone: the whole title, or a beginning only one has.
        let f = fold(a);
        if f.len() >= 4 {
            let exact: Vec<usize> = (0..self.rows.len())
                .filter(|i| self.titles[*i] == f)
                .collect();
            let begins: Vec<usize> = (0..self.rows.len())
                .filter(|i| self.titles[*i].starts_with(&f))
                .collect();
            match (exact.as_slice(), begins.as_slice()) {
                ([one], _) | ([], [one]) => return Ok(self.rows[*one].clone()),
                ([], [_, _, ..]) => {
                    return Err(format!(
                        "\"{}\" passar flera behov; skriv numret",
                        crate::imports::ballots::source::clip(answer)
                    ));
                }
                _ => {}
            }
        }
        if !a.chars().all(|c| c.is_ascii_digit())
            && let Ok(n) = resolve(&self.others, a)
        {
            return Err(format!(
                "{n} finns inte i den slutliga sammanställningen (sammanslaget, lagt åt sidan eller inte verifierat)"
            ));
        }
        let hint = resolve(&self.rows, a)
            .err()
            .and_then(|m| m.suggestion)
            .map(|s| format!(" (menades {s}?)"))
            .unwrap_or_default();
        Err(format!(
            "\"{}\" är inget behov i den slutliga sammanställningen{hint}",
            crate::imports::ballots::source::clip(answer)
        ))
    }

    /// The answers in one cell: separated by `;` or line breaks, or by `,`
    /// when every part then names a need (titles may hold commas).
    pub fn split_cell(&self, cell: &str) -> Vec<String> {
        let parts: Vec<String> = cell
            .split([';', '\n', '\r'])
            .map(str::trim)
            .filter(|p| !p.is_empty())
            .map(String::from)
            .collect();
        let mut out = vec![];
        for p in parts {
            let by_comma: Vec<&str> = p
                .split(',')
                .map(str::trim)
                .filter(|s| !s.is_empty())
                .collect();
            if self.need(&p).is_err()
                && by_comma.len() > 1
                && by_comma.iter().all(|s| self.need(s).is_ok())
            {
                out.extend(by_comma.into_iter().map(String::from));
            } else {
                out.push(p);
            }
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn choices() -> Choices {
        let pairs = [
            ("GR-01", "Digitala behandlingsinsatser i glesbygd"),
            ("HAL-02", "Alkohol under graviditet"),
            ("GÄV-01", "Nya psykoaktiva substanser"),
            ("STH-01", "Spelberoende, unga vuxna"),
        ];
        Choices {
            rows: pairs.iter().map(|p| p.0.to_string()).collect(),
            titles: pairs.iter().map(|p| fold(p.1)).collect(),
            others: vec!["GR-03".into()],
        }
    }

    #[test]
    fn a_number_a_row_a_number_with_its_title_or_the_title_alone() {
        let c = choices();
        for a in [
            "GR-01",
            "gr1",
            "1",
            "1.",
            "GR-01 Digitala behandlingsinsatser i glesbygd",
            "GR-01: Digitala behandlingsinsatser",
            "Digitala behandlingsinsatser i glesbygd",
            "digitala behandlingsinsatser",
        ] {
            assert_eq!(c.need(a).as_deref(), Ok("GR-01"), "{a}");
        }
        assert_eq!(c.need("gav1").as_deref(), Ok("GÄV-01"));
        assert!(
            c.need("GR-01 Alkohol under graviditet")
                .unwrap_err()
                .contains("stämmer inte")
        );
        assert!(c.need("Okänt behov").unwrap_err().contains("inget behov"));
        assert!(c.need("sto1").unwrap_err().contains("menades STH-01?"));
        assert!(
            c.need("gr3")
                .unwrap_err()
                .contains("GR-03 finns inte i den slutliga")
        );
    }

    #[test]
    fn a_cell_splits_at_semicolons_and_at_commas_only_when_every_part_is_a_need() {
        let c = choices();
        assert_eq!(
            c.split_cell(
                "GR-01 Digitala behandlingsinsatser i glesbygd;HAL-02 Alkohol under graviditet;"
            ),
            vec![
                "GR-01 Digitala behandlingsinsatser i glesbygd",
                "HAL-02 Alkohol under graviditet"
            ]
        );
        assert_eq!(c.split_cell("gr1, hal2"), vec!["gr1", "hal2"]);
        assert_eq!(
            c.split_cell("Spelberoende, unga vuxna"),
            vec!["Spelberoende, unga vuxna"],
            "a title with a comma stays whole"
        );
        assert_eq!(c.need("Spelberoende, unga vuxna").as_deref(), Ok("STH-01"));
    }
}
