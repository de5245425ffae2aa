//! Turning a round into RON text and back, with Swedish messages that name
//! the line and column of what is wrong.

use std::path::Path;

use serde::Deserialize;

use super::error::StoreError;
use crate::domain::{Round, SCHEMA_VERSION};

/// Only the schema version, read first so a newer file is refused with the
/// right message rather than a confusing field error.
#[derive(Deserialize)]
struct Header {
    schema_version: u32,
}

/// Parses a round file's text and checks its rules. `path` is only for messages.
pub fn parse_round(bytes: &[u8], path: &Path) -> Result<Round, StoreError> {
    if bytes.iter().all(|b| b.is_ascii_whitespace()) {
        return Err(StoreError::Empty {
            path: path.to_path_buf(),
        });
    }
    let text = match std::str::from_utf8(bytes) {
        Ok(t) => t,
        Err(e) => {
            let (line, col) = line_col(&bytes[..e.valid_up_to()]);
            return Err(StoreError::NotText {
                path: path.to_path_buf(),
                line,
                col,
            });
        }
    };
    if text.contains('\0') {
        let at = text.find('\0').unwrap_or(0);
        let (line, col) = line_col(&bytes[..at]);
        return Err(StoreError::NotText {
            path: path.to_path_buf(),
            line,
            col,
        });
    }
    let newer = |found: u32| StoreError::NewerSchema {
        path: path.to_path_buf(),
        found,
        supported: SCHEMA_VERSION,
    };
    let round: Round = match ron::from_str::<Round>(text) {
        Ok(r) => r,
        Err(e) => {
            // A newer file may not fit this build's shape: say that, not the shape error.
            if let Ok(h) = ron::from_str::<Header>(text)
                && h.schema_version > SCHEMA_VERSION
            {
                return Err(newer(h.schema_version));
            }
            let (line, col, at_end) = locate(text, e.span.start.line, e.span.start.col);
            let what = if at_end {
                "filen tar slut mitt i (trunkerad?)".to_string()
            } else {
                swedish_ron_error(&e.code)
            };
            return Err(StoreError::Syntax {
                path: path.to_path_buf(),
                line,
                col,
                what,
            });
        }
    };
    if round.schema_version > SCHEMA_VERSION {
        return Err(newer(round.schema_version));
    }
    round.validate().map_err(|source| StoreError::Invalid {
        path: path.to_path_buf(),
        source,
    })?;
    Ok(round)
}

/// The round as pretty RON text, as it is saved.
pub fn round_to_string(round: &Round) -> String {
    let config = ron::ser::PrettyConfig::new()
        .struct_names(false)
        .indentor("  ".to_string());
    // Serialising plain data cannot fail; an error here would be a bug in lbk.
    ron::ser::to_string_pretty(round, config).unwrap_or_else(|e| panic!("RON serialisation: {e}"))
}

/// Moves a reported position past whitespace to the text it is about, and
/// says whether nothing but whitespace follows (the file was cut short).
fn locate(text: &str, line: usize, col: usize) -> (usize, usize, bool) {
    let line_start: usize = text
        .split_inclusive('\n')
        .take(line.saturating_sub(1))
        .map(str::len)
        .sum();
    let offset = text[line_start.min(text.len())..]
        .char_indices()
        .nth(col.saturating_sub(1))
        .map_or(text.len(), |(i, _)| line_start + i);
    let rest = &text[offset..];
    let skipped = rest.len() - rest.trim_start().len();
    // On the file's last line, and the file does not close: it was cut short.
    let at_end = rest.trim().lines().count() <= 1 && !text.trim_end().ends_with(')');
    let (l, c) = line_col(&text.as_bytes()[..offset + skipped]);
    (l, c, at_end)
}

fn line_col(prefix: &[u8]) -> (usize, usize) {
    let line = prefix.iter().filter(|b| **b == b'\n').count() + 1;
    let last_line = prefix.rsplit(|b| *b == b'\n').next().unwrap_or(prefix);
    let col = String::from_utf8_lossy(last_line).chars().count() + 1;
    (line, col)
}

/// A Swedish sentence for what the RON reader expected.
fn swedish_ron_error(code: &ron::Error) -> String {
    use ron::Error as E;
    match code {
        E::Eof => "filen tar slut mitt i (trunkerad?)".into(),
        E::ExpectedInteger => "här väntades ett heltal".into(),
        E::ExpectedBoolean => "här väntades true eller false".into(),
        E::ExpectedString | E::ExpectedStringEnd => "här väntades en text inom citattecken".into(),
        E::ExpectedArray | E::ExpectedArrayEnd => "här väntades en lista [ … ]".into(),
        E::ExpectedStructLike | E::ExpectedStructLikeEnd => "här väntades en post ( … )".into(),
        E::ExpectedOption => "här väntades Some(…) eller None".into(),
        E::ExpectedComma => "här saknas ett kommatecken".into(),
        E::MissingStructField { field, outer } => match outer {
            Some(o) => format!("fältet `{field}` saknas i `{o}`"),
            None => format!("fältet `{field}` saknas"),
        },
        E::NoSuchStructField {
            found: field,
            outer,
            ..
        } => match outer {
            Some(o) => format!("okänt fält `{field}` i `{o}` (felstavat?)"),
            None => format!("okänt fält `{field}` (felstavat?)"),
        },
        E::DuplicateStructField { field, .. } => format!("fältet `{field}` förekommer två gånger"),
        E::NoSuchEnumVariant {
            found, expected, ..
        } => {
            format!(
                "okänt värde `{found}`; giltiga värden är {}",
                expected.join(", ")
            )
        }
        E::ExceededRecursionLimit => "filen är för djupt nästlad".into(),
        E::TrailingCharacters => "det finns text efter omgångens slut".into(),
        other => format!("felaktigt innehåll ({other})"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::ModelVariant;

    #[test]
    fn a_round_survives_text_and_back() {
        let r = Round::new("Barn och unga", ModelVariant::V2, 2023);
        let text = round_to_string(&r);
        assert_eq!(parse_round(text.as_bytes(), Path::new("x.ron")).unwrap(), r);
    }

    #[test]
    fn line_and_column_count_from_one() {
        assert_eq!(line_col(b""), (1, 1));
        assert_eq!(line_col(b"ab\ncd"), (2, 3));
    }

    #[test]
    fn a_misspelt_field_is_named() {
        let r = Round::new("Barn och unga", ModelVariant::V2, 2023);
        let text = round_to_string(&r).replacen("area:", "arae:", 1);
        let err = parse_round(text.as_bytes(), Path::new("x.ron"))
            .unwrap_err()
            .to_string();
        assert!(err.contains("arae"), "{err}");
    }
}
