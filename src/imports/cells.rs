//! The cells of a returned sheet as every import speaks of them: a problem
//! at a row and a column letter, and CSV as Swedish Excel writes it.

/// One problem in a sheet: where (1-based row, column letter) and what.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SheetProblem {
    pub row: usize,
    pub column: Option<usize>,
    pub message: String,
}

impl std::fmt::Display for SheetProblem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self.column {
            Some(c) => write!(
                f,
                "rad {}, kolumn {}: {}",
                self.row,
                column_letter(c),
                self.message
            ),
            None => write!(f, "rad {}: {}", self.row, self.message),
        }
    }
}

/// 0 → A, 25 → Z, 26 → AA.
/// Why a file given to an import could not be read, in words that say
/// what to do: a path that does not exist, one lbk may not read, or what
/// the system said.
pub fn unreadable(path: &std::path::Path, e: &std::io::Error) -> String {
    let shown = crate::domain::text_safety::clean_line(&path.display().to_string()).into_owned();
    match e.kind() {
        std::io::ErrorKind::NotFound => {
            format!(
                "Kunde inte läsa {shown}: filen finns inte. Kontrollera sökvägen (eller dra filen hit)."
            )
        }
        std::io::ErrorKind::PermissionDenied => {
            format!(
                "Kunde inte läsa {shown}: lbk får inte läsa filen. Spara en kopia där du har behörighet."
            )
        }
        _ => format!("Kunde inte läsa {shown}: {e}"),
    }
}

pub fn column_letter(mut c: usize) -> String {
    let mut s = String::new();
    loop {
        s.insert(0, char::from(b'A' + (c % 26) as u8));
        if c < 26 {
            break;
        }
        c = c / 26 - 1;
    }
    s
}

/// CSV as Swedish Excel writes it: `;` (or `,`), maybe a UTF-8 BOM, quotes.
pub fn parse_csv(bytes: &[u8]) -> Result<Vec<Vec<String>>, String> {
    let bytes = bytes.strip_prefix(&[0xEF, 0xBB, 0xBF]).unwrap_or(bytes);
    let text = std::str::from_utf8(bytes).map_err(|e| {
        let line = bytes[..e.valid_up_to()]
            .iter()
            .filter(|b| **b == b'\n')
            .count()
            + 1;
        format!("rad {line}: filen är inte UTF-8. Spara som \"CSV UTF-8\" i Excel.")
    })?;
    let first = text.lines().next().unwrap_or("");
    let delimiter = if first.matches(';').count() >= first.matches(',').count() {
        b';'
    } else {
        b','
    };
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .delimiter(delimiter)
        .from_reader(text.as_bytes());
    let mut rows = vec![];
    for (i, rec) in reader.records().enumerate() {
        let rec = rec.map_err(|e| format!("rad {}: {e}", i + 1))?;
        rows.push(rec.iter().map(String::from).collect());
    }
    Ok(rows)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn column_letters_go_past_z() {
        assert_eq!(column_letter(0), "A");
        assert_eq!(column_letter(25), "Z");
        assert_eq!(column_letter(26), "AA");
        assert_eq!(column_letter(27), "AB");
    }

    #[test]
    fn semicolon_csv_with_a_bom_and_quotes_is_read() {
        let bytes = "\u{feff}Representant;Val 1;Val 2\r\n\"Lind, Anna\";GR-01;\r\n".as_bytes();
        let rows = parse_csv(bytes).unwrap();
        assert_eq!(
            rows,
            vec![
                vec!["Representant", "Val 1", "Val 2"],
                vec!["Lind, Anna", "GR-01", ""]
            ]
        );
    }

    #[test]
    fn comma_csv_is_read_too() {
        let rows = parse_csv(b"Representant,Val 1\nAnna,GR-01\n").unwrap();
        assert_eq!(rows[1], vec!["Anna", "GR-01"]);
    }
}
