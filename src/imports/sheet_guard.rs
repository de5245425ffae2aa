//! Looking at a spreadsheet before it is read: what it unpacks to and how
//! far its cells reach, so that a small file that declares a huge sheet
//! (cells in A1 and XFD1048576, a value repeated a million times) is
//! refused before anything is built from it. The reading library builds a
//! whole rectangle from the first to the last cell; these checks keep that
//! rectangle within [`Limits`].

use std::io::Read;
use std::path::Path;

/// How much of a sheet lbk reads: far above a round's templates, ballot
/// sheets and form exports, far below what could hurt.
#[derive(Debug, Clone, Copy)]
pub struct Limits {
    pub rows: u32,
    pub columns: u32,
    /// Rows × columns of the rectangle the cells span.
    pub cells: u64,
    /// What the parts of an xlsx/ods file may unpack to, in bytes.
    pub unpacked: u64,
}

pub const LIMITS: Limits = Limits {
    rows: 10_000,
    columns: 256,
    cells: 1_000_000,
    unpacked: 64 * 1024 * 1024,
};

/// How far the cells reach: the last row and column with something in
/// them (0-based), or None for an empty sheet.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Reach {
    pub last_row: u32,
    pub last_col: u32,
}

impl Reach {
    fn take(&mut self, row: u32, col: u32) {
        self.last_row = self.last_row.max(row);
        self.last_col = self.last_col.max(col);
    }

    /// The refusal when the cells reach beyond the limits.
    pub fn check(&self, what: &str, l: &Limits) -> Result<(), String> {
        let rows = u64::from(self.last_row) + 1;
        let cols = u64::from(self.last_col) + 1;
        if rows > u64::from(l.rows) || cols > u64::from(l.columns) || rows * cols > l.cells {
            return Err(format!(
                "{what} har celler ända till {}{} ({rows} rader, {cols} kolumner). lbk läser högst {} rader och {} kolumner; ta bort det som står långt ner eller långt till höger (eller kopiera tabellen till ett nytt blad) och försök igen.",
                super::cells::column_letter(self.last_col as usize),
                self.last_row + 1,
                l.rows,
                l.columns
            ));
        }
        Ok(())
    }
}

/// The parts of a zip package (xlsx, ods) must not unpack to more than the
/// limit, whatever their headers say.
pub fn check_unpacked(path: &Path, l: &Limits) -> Result<(), String> {
    let file =
        std::fs::File::open(path).map_err(|e| crate::imports::cells::unreadable(path, &e))?;
    let mut zip = zip::ZipArchive::new(file).map_err(|_| {
        format!(
            "{} är inte ett kalkylblad som går att öppna (inget giltigt xlsx- eller ods-paket).",
            path.display()
        )
    })?;
    let mut total: u64 = 0;
    for i in 0..zip.len() {
        let entry = zip
            .by_index(i)
            .map_err(|e| format!("{}: del {i} går inte att läsa: {e}", path.display()))?;
        // Counted as read, not as declared: a header may lie.
        let mut left = l.unpacked.saturating_sub(total) + 1;
        let mut sink = std::io::sink();
        let n = std::io::copy(&mut entry.take(left), &mut sink).unwrap_or(left);
        left = left.saturating_sub(n);
        total += n;
        if left == 0 || total > l.unpacked {
            return Err(format!(
                "{} packar upp till mer än {} MB; det är inget vanligt kalkylblad. Spara om det i Excel eller LibreOffice.",
                path.display(),
                l.unpacked / 1024 / 1024
            ));
        }
    }
    Ok(())
}

/// How far the cells of an ods file reach, counting repeated rows and
/// columns that hold something (trailing empty repeats, as LibreOffice
/// writes them, do not count).
pub fn ods_reach(path: &Path) -> Result<Reach, String> {
    use quick_xml::events::Event;
    let file =
        std::fs::File::open(path).map_err(|e| crate::imports::cells::unreadable(path, &e))?;
    let mut zip = zip::ZipArchive::new(file)
        .map_err(|_| format!("{} är inget ods-paket.", path.display()))?;
    let content = zip.by_name("content.xml").map_err(|_| {
        format!(
            "{} saknar content.xml: inget ods-kalkylblad.",
            path.display()
        )
    })?;
    let mut xml = quick_xml::Reader::from_reader(std::io::BufReader::new(content));
    let mut buf = vec![];
    let mut reach = Reach::default();
    let (mut row, mut col) = (0u64, 0u64);
    let (mut row_repeat, mut cell_repeat) = (1u64, 1u64);
    let mut cell_has_value = false;
    let repeat = |e: &quick_xml::events::BytesStart, name: &str| -> u64 {
        e.attributes()
            .flatten()
            .find(|a| a.key.as_ref() == name)
            .and_then(|a| a.value.trim().parse().ok())
            .unwrap_or(1)
    };
    let has_value = |e: &quick_xml::events::BytesStart| {
        e.attributes()
            .flatten()
            .any(|a| a.key.as_ref() == "office:value-type")
    };
    let mark = |reach: &mut Reach, row: u64, col: u64, rows: u64, cols: u64| {
        let r = (row + rows - 1).min(u64::from(u32::MAX)) as u32;
        let c = (col + cols - 1).min(u64::from(u32::MAX)) as u32;
        reach.take(r, c);
    };
    loop {
        match xml.read_event_into(&mut buf) {
            Ok(Event::Start(e)) if e.local_name().as_ref() == "table" => (row, col) = (0, 0),
            Ok(Event::Start(e)) if e.local_name().as_ref() == "table-row" => {
                row_repeat = repeat(&e, "table:number-rows-repeated");
                col = 0;
            }
            Ok(Event::End(e)) if e.local_name().as_ref() == "table-row" => row += row_repeat,
            Ok(Event::Empty(e)) if e.local_name().as_ref() == "table-row" => {
                row += repeat(&e, "table:number-rows-repeated");
            }
            Ok(Event::Empty(e))
                if e.local_name().as_ref() == "table-cell"
                    || e.local_name().as_ref() == "covered-table-cell" =>
            {
                let n = repeat(&e, "table:number-columns-repeated");
                if has_value(&e) {
                    mark(&mut reach, row, col, row_repeat, n);
                }
                col += n;
            }
            Ok(Event::Start(e))
                if e.local_name().as_ref() == "table-cell"
                    || e.local_name().as_ref() == "covered-table-cell" =>
            {
                cell_repeat = repeat(&e, "table:number-columns-repeated");
                cell_has_value = has_value(&e);
            }
            Ok(Event::Start(e)) | Ok(Event::Empty(e)) if e.local_name().as_ref() == "p" => {
                cell_has_value = true;
            }
            Ok(Event::End(e))
                if e.local_name().as_ref() == "table-cell"
                    || e.local_name().as_ref() == "covered-table-cell" =>
            {
                if cell_has_value {
                    mark(&mut reach, row, col, row_repeat, cell_repeat);
                }
                col += cell_repeat;
                cell_has_value = false;
            }
            Ok(Event::Eof) => break,
            Err(e) => {
                return Err(format!(
                    "{}: content.xml går inte att läsa: {e}",
                    path.display()
                ));
            }
            _ => {}
        }
        buf.clear();
    }
    Ok(reach)
}

/// How far the cells of an xls file (BIFF8, as Excel 97–2003 and
/// LibreOffice write it) reach, from the cell records of every sheet.
pub fn xls_reach(path: &Path) -> Result<Reach, String> {
    let mut comp = cfb::open(path).map_err(|_| {
        format!(
            "{} är inget xls-kalkylblad (Excel 97–2003).",
            path.display()
        )
    })?;
    let mut data = vec![];
    let stream = if comp.exists("/Workbook") {
        "/Workbook"
    } else {
        "/Book"
    };
    comp.open_stream(stream)
        .map_err(|_| {
            format!(
                "{} saknar arbetsboken: inget xls-kalkylblad.",
                path.display()
            )
        })?
        .take(LIMITS.unpacked)
        .read_to_end(&mut data)
        .map_err(|e| format!("{}: {e}", path.display()))?;
    let mut reach = Reach::default();
    let mut at = 0usize;
    while at + 4 <= data.len() {
        let kind = u16::from_le_bytes([data[at], data[at + 1]]);
        let len = u16::from_le_bytes([data[at + 2], data[at + 3]]) as usize;
        let body = &data[(at + 4).min(data.len())..(at + 4 + len).min(data.len())];
        // Cell records start with row (u16) and column (u16); MulRk and
        // MulBlank end with the last column.
        let cell = matches!(
            kind,
            0x0006 | 0x00D6 | 0x00FD | 0x0201 | 0x0203 | 0x0204 | 0x0205 | 0x027E | 0x00BD | 0x00BE
        );
        if cell && body.len() >= 4 {
            let row = u32::from(u16::from_le_bytes([body[0], body[1]]));
            let mut col = u32::from(u16::from_le_bytes([body[2], body[3]]));
            if matches!(kind, 0x00BD | 0x00BE) && body.len() >= 6 {
                col = u32::from(u16::from_le_bytes([
                    body[body.len() - 2],
                    body[body.len() - 1],
                ]));
            }
            reach.take(row, col);
        }
        at += 4 + len;
    }
    Ok(reach)
}
