//! The one reader of spreadsheets lbk is given back: the needs template,
//! ballot sheets and form exports. xlsx, xlsm, xls and ods (by calamine)
//! and CSV in UTF-8 (with or without BOM), UTF-16 with a BOM or
//! Windows-1252 (detected with encoding_rs). Bounded: the file's size, what
//! it unpacks to and how far its cells reach are checked before anything is
//! built (see `sheet_guard`). Cells holding an error value (`#VALUE!`,
//! `#NAMN?`) are kept as their text and listed, so an importer can refuse
//! them with their position.

use std::path::Path;

use calamine::{Data, DataRef, Reader, Xlsx, open_workbook_auto};

use crate::imports::sheet_guard::{LIMITS, Reach, check_unpacked, ods_reach, xls_reach};

/// The largest spreadsheet file read, in bytes.
pub const MAX_SHEET_FILE: u64 = 16 * 1024 * 1024;

/// One sheet's cells from A1, as text: `rows[r][c]` is row r+1, column c.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Grid {
    pub name: String,
    pub rows: Vec<Vec<String>>,
    /// Cells holding an error value: (row, column), 0-based.
    pub errors: Vec<(usize, usize)>,
}

/// A named table in an xlsx file: its sheet and header row (0-based).
#[derive(Debug, Clone, PartialEq)]
pub struct TableAt {
    pub name: String,
    pub sheet: String,
    pub header_row: usize,
}

/// A spreadsheet as read.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Book {
    pub sheets: Vec<Grid>,
    /// The workbook's defined names and what they refer to.
    pub defined: Vec<(String, String)>,
    pub tables: Vec<TableAt>,
    /// How a CSV file's text was encoded ("UTF-8", "Windows-1252", …).
    pub encoding: Option<&'static str>,
}

impl Book {
    /// A defined name's value, without quotes: `lbk_rss` → `VRM`.
    pub fn defined(&self, name: &str) -> Option<String> {
        self.defined
            .iter()
            .find(|(n, _)| n.eq_ignore_ascii_case(name))
            .map(|(_, v)| {
                v.trim()
                    .trim_start_matches('=')
                    .trim_matches('"')
                    .to_string()
            })
    }
}

fn text(d: &Data) -> String {
    match d {
        Data::Empty => String::new(),
        Data::String(s) => s.clone(),
        Data::Float(f) if f.fract() == 0.0 && f.abs() < 1e15 => format!("{}", *f as i64),
        other => other.to_string(),
    }
}

/// The text a spreadsheet shows for a formula that failed, in English and
/// Swedish Excel and in LibreOffice; some programs save it as plain text.
pub fn is_error_literal(s: &str) -> bool {
    const ERRORS: [&str; 16] = [
        "#VALUE!",
        "#VÄRDEFEL!",
        "#NAME?",
        "#NAMN?",
        "#DIV/0!",
        "#REF!",
        "#N/A",
        "#SAKNAS!",
        "#NUM!",
        "#NULL!",
        "#SPILL!",
        "#CALC!",
        "#GETTING_DATA",
        "#FIELD!",
        "#BLOCKED!",
        "#UNKNOWN!",
    ];
    let t = s.trim();
    ERRORS.iter().any(|e| t.eq_ignore_ascii_case(e))
        || (t.starts_with("Err:") && t[4..].chars().all(|c| c.is_ascii_digit()) && t.len() > 4)
}

/// Cells (row, col, value) into a grid; the reach was checked first.
fn grid(name: &str, cells: impl IntoIterator<Item = (u32, u32, Data)>) -> Grid {
    let mut g = Grid {
        name: name.to_string(),
        ..Grid::default()
    };
    for (r, c, d) in cells {
        let (r, c) = (r as usize, c as usize);
        if matches!(d, Data::Empty) {
            continue;
        }
        if g.rows.len() <= r {
            g.rows.resize(r + 1, vec![]);
        }
        let row = &mut g.rows[r];
        if row.len() <= c {
            row.resize(c + 1, String::new());
        }
        if matches!(d, Data::Error(_)) || matches!(&d, Data::String(s) if is_error_literal(s)) {
            g.errors.push((r, c));
        }
        row[c] = text(&d);
    }
    g
}

/// CSV text in whatever encoding it came: the text and the encoding's name.
pub fn decode_csv(bytes: &[u8]) -> (String, &'static str) {
    if let Some((enc, _)) = encoding_rs::Encoding::for_bom(bytes) {
        let name = if enc == encoding_rs::UTF_8 {
            "UTF-8 med BOM"
        } else {
            "UTF-16"
        };
        return (enc.decode_with_bom_removal(bytes).0.into_owned(), name);
    }
    match std::str::from_utf8(bytes) {
        Ok(s) => (s.to_string(), "UTF-8"),
        Err(_) => (
            encoding_rs::WINDOWS_1252
                .decode_without_bom_handling(bytes)
                .0
                .into_owned(),
            "Windows-1252",
        ),
    }
}

fn read_csv(path: &Path) -> Result<Book, String> {
    let bytes = std::fs::read(path).map_err(|e| crate::imports::cells::unreadable(path, &e))?;
    let (text, encoding) = decode_csv(&bytes);
    let rows =
        super::cells::parse_csv(text.as_bytes()).map_err(|e| format!("{}: {e}", path.display()))?;
    let mut reach = Reach::default();
    let last_row = rows.len().saturating_sub(1) as u32;
    let last_col = rows
        .iter()
        .map(Vec::len)
        .max()
        .unwrap_or(1)
        .saturating_sub(1) as u32;
    reach.last_row = last_row;
    reach.last_col = last_col;
    reach.check(&path.display().to_string(), &LIMITS)?;
    // A spreadsheet saves a failed formula into CSV as its error text.
    let errors = rows
        .iter()
        .enumerate()
        .flat_map(|(r, row)| {
            row.iter()
                .enumerate()
                .filter(|(_, c)| is_error_literal(c))
                .map(move |(c, _)| (r, c))
        })
        .collect();
    Ok(Book {
        sheets: vec![Grid {
            name: "CSV".into(),
            rows,
            errors,
        }],
        encoding: Some(encoding),
        ..Book::default()
    })
}

/// xlsx: every sheet's cells streamed and checked before a rectangle is built.
fn read_xlsx(path: &Path) -> Result<Book, String> {
    check_unpacked(path, &LIMITS)?;
    let file =
        std::fs::File::open(path).map_err(|e| crate::imports::cells::unreadable(path, &e))?;
    let mut wb: Xlsx<_> = Xlsx::new(std::io::BufReader::new(file))
        .map_err(|e| format!("{} kunde inte läsas som xlsx: {e}", path.display()))?;
    let mut book = Book {
        defined: wb.defined_names().to_vec(),
        ..Book::default()
    };
    for name in wb.sheet_names() {
        let mut cells: Vec<(u32, u32, Data)> = vec![];
        let mut reach = Reach::default();
        let mut reader = wb
            .worksheet_cells_reader(&name)
            .map_err(|e| format!("{}: bladet {name} går inte att läsa: {e}", path.display()))?;
        while let Some(cell) = reader
            .next_cell()
            .map_err(|e| format!("{}: bladet {name}: {e}", path.display()))?
        {
            let (r, c) = cell.get_position();
            if matches!(cell.get_value(), DataRef::Empty) {
                continue;
            }
            reach.last_row = reach.last_row.max(r);
            reach.last_col = reach.last_col.max(c);
            reach.check(&format!("{}, bladet {name},", path.display()), &LIMITS)?;
            cells.push((r, c, Data::from(cell.get_value().clone())));
        }
        drop(reader);
        book.sheets.push(grid(&name, cells));
    }
    if wb.load_tables().is_ok() {
        let names: Vec<String> = wb.table_names().into_iter().cloned().collect();
        for t in names {
            // Safe now: the sheet's cells were found to lie within bounds.
            if let Ok(table) = wb.table_by_name(&t) {
                let start = table.data().start().map_or(1, |(r, _)| r as usize);
                book.tables.push(TableAt {
                    name: t,
                    sheet: table.sheet_name().to_string(),
                    header_row: start.saturating_sub(1),
                });
            }
        }
    }
    Ok(book)
}

/// xls and ods: how far the cells reach is checked from the file itself,
/// then calamine reads it.
fn read_other(path: &Path, ods: bool) -> Result<Book, String> {
    let reach = if ods {
        check_unpacked(path, &LIMITS)?;
        ods_reach(path)?
    } else {
        xls_reach(path)?
    };
    reach.check(&path.display().to_string(), &LIMITS)?;
    let mut wb = open_workbook_auto(path)
        .map_err(|e| format!("{} kunde inte läsas som kalkylblad: {e}", path.display()))?;
    let mut book = Book {
        defined: wb.defined_names().to_vec(),
        ..Book::default()
    };
    for name in wb.sheet_names() {
        let Ok(range) = wb.worksheet_range(&name) else {
            continue;
        };
        let cells = range.cells().map(|(r, c, d)| {
            let (r0, c0) = range.start().unwrap_or((0, 0));
            (r as u32 + r0, c as u32 + c0, d.clone())
        });
        book.sheets.push(grid(&name, cells.collect::<Vec<_>>()));
    }
    Ok(book)
}

/// Reads a spreadsheet or CSV file, within the limits, or says why not.
pub fn read_book(path: &Path) -> Result<Book, String> {
    let size = std::fs::metadata(path)
        .map_err(|e| crate::imports::cells::unreadable(path, &e))?
        .len();
    if size > MAX_SHEET_FILE {
        return Err(format!(
            "{} är {} MB; lbk läser kalkylblad på högst {} MB. Kontrollera att det är rätt fil.",
            path.display(),
            size / 1024 / 1024,
            MAX_SHEET_FILE / 1024 / 1024
        ));
    }
    let ext = path
        .extension()
        .map(|e| e.to_string_lossy().to_lowercase())
        .unwrap_or_default();
    match ext.as_str() {
        "csv" | "txt" => read_csv(path),
        "xlsx" | "xlsm" => read_xlsx(path),
        "xls" => read_other(path, false),
        "ods" => read_other(path, true),
        _ => Err(format!(
            "{}: okänd filtyp. lbk läser xlsx, xlsm, xls, ods och csv.",
            path.display()
        )),
    }
}
/// Reads a sheet's cells as text (the first sheet), through the shared
/// bounded reader: CSV in any of the encodings people have, xlsx, xls, ods.
pub fn read_sheet(path: &Path) -> Result<Vec<Vec<String>>, String> {
    let book = read_book(path)?;
    let sheet = book
        .sheets
        .into_iter()
        .next()
        .ok_or_else(|| format!("{} har inget blad.", path.display()))?;
    if let Some((r, c)) = sheet.errors.first() {
        return Err(format!(
            "{}: cellen {}{} visar ett felvärde ({}); rätta den och spara igen.",
            path.display(),
            super::cells::column_letter(*c),
            r + 1,
            sheet.rows[*r][*c]
        ));
    }
    Ok(sheet.rows)
}
