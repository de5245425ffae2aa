//! The needs template, the model's "mall i Excel": one workbook per RSS with
//! Swedish instructions from the model's tips, a table of the need fields
//! with a filled example row, dropdowns for level, kind, source and
//! municipal health care (lists on a hidden sheet), a defined name with the
//! template version, and print setup.

use rust_xlsxwriter::{
    DataValidation, Format, FormatAlign, Formula, Table, TableColumn, Workbook, XlsxError,
};

use crate::documents::cell_text;
use crate::domain::people::Rss;
use crate::domain::{Level, Need, NeedKind, Source};

/// The version written in the defined name `lbk_mallversion`.
pub const TEMPLATE_VERSION: &str = "1";
/// The name of the table of needs; the importer looks for it first.
pub const TABLE_NAME: &str = "Kunskapsbehov";
/// The number in the example row; the importer skips that row.
pub const EXAMPLE_NUMBER: &str = "EXEMPEL";
/// The example row's title: while a row marked EXEMPEL has it, the row is
/// the untouched example and is not read.
pub const EXAMPLE_TITLE: &str = "Stöd till äldre med spelproblem";
/// Row of the table's header on the sheet (0-based).
const HEADER_ROW: u32 = 3;

/// One column of the template: its header and width.
pub struct Column {
    pub header: &'static str,
    pub width: f64,
}

pub const NUMBER: usize = 0;
pub const TITLE: usize = 1;
pub const DESCRIPTION: usize = 2;
pub const CHALLENGE: usize = 3;
pub const TARGET: usize = 4;
pub const KNOWN: usize = 5;
pub const LEVEL: usize = 6;
pub const DOTS: usize = 7;
pub const KIND: usize = 8;
pub const SOURCE: usize = 9;
pub const HEALTH: usize = 10;
pub const NOTES: usize = 11;

pub const COLUMNS: [Column; 12] = [
    Column {
        header: "Nummer",
        width: 10.0,
    },
    Column {
        header: "Kort titel",
        width: 30.0,
    },
    Column {
        header: "Beskrivning",
        width: 50.0,
    },
    Column {
        header: "Utmaningen i praktiken",
        width: 40.0,
    },
    Column {
        header: "Målgrupp",
        width: 20.0,
    },
    Column {
        header: "Kända stöd som inte räcker",
        width: 30.0,
    },
    Column {
        header: "Nivå",
        width: 12.0,
    },
    Column {
        header: "Prickar",
        width: 9.0,
    },
    Column {
        header: "Typ",
        width: 16.0,
    },
    Column {
        header: "Källa",
        width: 20.0,
    },
    Column {
        header: "Kommunal hälso- och sjukvård",
        width: 14.0,
    },
    Column {
        header: "Anteckningar",
        width: 30.0,
    },
];

const INSTRUCTIONS: [&str; 14] = [
    "Mall för lokala kunskapsbehov – moment 2 i Lokala behov av kunskap",
    "",
    "Skriv ett kunskapsbehov per rad i tabellen på bladet Behov. Första raden är ett exempel; skriv över den eller låt den stå (den läses inte in).",
    "Var så konkret och tydlig som möjligt. Behovet ska kunna förstås av någon som inte känner till er lokala eller regionala situation; skriv förklarande text vid behov.",
    "Ett kunskapsbehov är kunskap som verksamheten saknar eller upplever som otillräcklig eller dåligt anpassad: om ett område, en målgrupp, ett problem eller om metoder.",
    "Det är inte ett kunskapsbehov när befintliga utbildningar eller stöd redan svarar på det, eller när det gäller bemanning, rekrytering eller svårigheter att implementera.",
    "Lyft behov som inte kan hanteras lokalt eller regionalt. Markera nivån: Lokal, Regional, Nationell eller Osäker. Osäkra behov tas med till dialogen med de nationella aktörerna.",
    "Ni behöver inte kontrollera om kunskapen redan finns i något kunskapsstöd eller i forskningen; det gör de nationella aktörerna. Känner ni till stöd som inte räcker, skriv det i kolumnen för det.",
    "Lokal kunskap, t.ex. en FoU-rapport, kan lyftas till nationell nivå: välj Typ \"Lokal kunskap\".",
    "Prickar: om nätverket gör en prickövning (3–6 prickar per deltagare) skriver ni antalet prickar som behovet fick.",
    "Numret (t.ex. GR-03) kan lämnas tomt; kansliet numrerar nya behov. Ändra inte numret på ett behov som redan har ett.",
    "Nivå, Typ, Källa och Kommunal hälso- och sjukvård väljs i rullistor.",
    "Skicka den ifyllda mallen till kansliet. Behov som redan finns i omgången står med sitt nummer; rätta dem där och skicka igen: behov med samma nummer uppdateras, nya rader utan nummer blir nya behov.",
    "",
];

/// The instruction sheet's one column, in characters.
const INFO_WIDTH: f64 = 70.0;

fn levels() -> Vec<&'static str> {
    Level::ALL.iter().map(|l| l.label()).collect()
}
fn kinds() -> Vec<&'static str> {
    NeedKind::ALL.iter().map(|k| k.label()).collect()
}
fn sources() -> Vec<&'static str> {
    Source::ALL.iter().map(|s| s.label()).collect()
}
pub const YES_NO: [&str; 2] = ["Nej", "Ja"];

/// The workbook's bytes for one RSS, with the needs it already has in the
/// round (numbered, so that a corrected template updates them).
pub fn needs_template(
    rss: &Rss,
    round: &crate::domain::Round,
    existing: &[&Need],
    written: jiff::Timestamp,
) -> Result<Vec<u8>, String> {
    build(rss, round, existing, written).map_err(|e| format!("Mallen kunde inte skapas: {e}"))
}

/// The day a template is due back: two weeks before moment 3 (the
/// dialogues) as the timeline plans it, so the needs can be put on the
/// dialogues' agendas. None when moment 3 has no planned date.
pub fn due_back(round: &crate::domain::Round) -> Option<jiff::civil::Date> {
    round
        .moment_record(crate::domain::Moment::Dialog)
        .and_then(|m| m.planned)
        .and_then(|d| d.checked_sub(jiff::Span::new().days(14)).ok())
}

/// A need as a template row, in the columns' order.
fn row_of(n: &Need) -> [String; 12] {
    [
        n.number.clone(),
        n.title.to_string(),
        n.description.to_string(),
        n.challenge.to_string(),
        n.target_group.to_string(),
        n.known_support.to_string(),
        n.level.label().into(),
        n.dots.map(|d| d.to_string()).unwrap_or_default(),
        n.kind.label().into(),
        n.source.label().into(),
        YES_NO[usize::from(n.health_care)].into(),
        n.notes.to_string(),
    ]
}

fn build(
    rss: &Rss,
    round: &crate::domain::Round,
    existing: &[&Need],
    written: jiff::Timestamp,
) -> Result<Vec<u8>, XlsxError> {
    let (area, model) = (round.area.as_str(), round.model);
    let mut wb = Workbook::new();
    let title = Format::new().set_bold().set_font_size(14);
    let info_title = title.clone().set_text_wrap().set_align(FormatAlign::Top);
    let wrap = Format::new().set_text_wrap().set_align(FormatAlign::Top);
    let number = Format::new()
        .set_align(FormatAlign::Top)
        .set_align(FormatAlign::Center);

    let info = wb.add_worksheet();
    info.set_name("Instruktion")?;
    // Narrow enough for A4 portrait without scaling (LibreOffice does not
    // always fit a sheet to the page's width).
    info.set_column_width(0, INFO_WIDTH)?;
    info.write_string_with_format(0, 0, INSTRUCTIONS[0], &info_title)?;
    info.set_row_height(0, 40)?;
    let who = format!(
        "RSS: {} ({}) · Verksamhetsområde: {}",
        cell_text(&rss.name),
        cell_text(&rss.code),
        cell_text(area)
    );
    info.write_string_with_format(1, 0, &who, &wrap)?;
    info.set_row_height(
        1,
        crate::documents::formats::xlsx_style::row_height([(who.as_str(), INFO_WIDTH)]),
    )?;
    for (i, line) in INSTRUCTIONS.iter().enumerate().skip(2) {
        // Uncertain needs go on to the network's check in model 1.0, to the
        // dialogue with the national actors in 2.0.
        let line = if model == crate::domain::ModelVariant::V1 {
            line.replace(
                "dialogen med de nationella aktörerna",
                "avstämningen med nätverket",
            )
        } else {
            line.to_string()
        };
        // The RSS's own code in the example number.
        let line = line.replace("GR-03", &format!("{}-03", cell_text(&rss.code)));
        // Where and when to send it: in reply to the mail-out, by the day.
        let line = line.replace(
            "Skicka den ifyllda mallen till kansliet.",
            &match due_back(round) {
                Some(d) => format!(
                    "Skicka den ifyllda mallen till kansliet senast {d}: svara på utskicket som mallen kom med."
                ),
                None => "Skicka den ifyllda mallen till kansliet i god tid före dialogmötena: svara på utskicket som mallen kom med.".into(),
            },
        );
        let line = line.as_str();
        info.write_string_with_format(i as u32 + 1, 0, line, &wrap)?;
        let h = crate::documents::formats::xlsx_style::row_height([(line, INFO_WIDTH)]);
        if h > 15.0 {
            info.set_row_height(i as u32 + 1, h)?;
        }
    }
    crate::documents::formats::xlsx_style::page_setup(
        info,
        &format!("Mall för kunskapsbehov – {}", rss.code),
        false,
    )?;

    let ws = wb.add_worksheet();
    ws.set_name("Behov")?;
    ws.write_string_with_format(
        0,
        0,
        format!(
            "Kunskapsbehov från {} ({})",
            cell_text(&rss.name),
            cell_text(&rss.code)
        ),
        &title,
    )?;
    ws.write_string(1, 0, format!("Verksamhetsområde: {}", cell_text(area)))?;
    let example = [
        EXAMPLE_NUMBER.to_string(),
        EXAMPLE_TITLE.into(),
        "Vi saknar kunskap om hur spel om pengar påverkar personer över 65 år och hur socialtjänsten kan upptäcka problemen tidigt.".into(),
        "Äldre söker sällan hjälp och handläggare frågar inte om spel; problemen upptäcks först när skulderna är stora.".into(),
        "Personer över 65 år".into(),
        "Befintligt material riktar sig till yngre.".into(),
        Level::Nationell.label().into(),
        "4".into(),
        NeedKind::Kunskapsbehov.label().into(),
        Source::Natverksmote.label().into(),
        "Nej".into(),
        "Exempel: skriv över eller låt stå.".into(),
    ];
    let first_data = HEADER_ROW + 1;
    // Rows as high as their wrapped text (LibreOffice does not grow them).
    let height = crate::documents::formats::xlsx_style::row_height(
        example
            .iter()
            .zip(COLUMNS.iter())
            .map(|(v, col)| (v.as_str(), col.width)),
    );
    ws.set_row_height(first_data, height)?;
    // Bold headers take more room than the body's text.
    let head = crate::documents::formats::xlsx_style::row_height(
        COLUMNS.iter().map(|c| (c.header, c.width * 0.75)),
    );
    ws.set_row_height(HEADER_ROW, head)?;
    for (c, v) in example.iter().enumerate() {
        if c == DOTS {
            ws.write_number_with_format(first_data, c as u16, 4.0, &number)?;
        } else {
            ws.write_string_with_format(first_data, c as u16, v.as_str(), &wrap)?;
        }
    }
    for (i, n) in existing.iter().enumerate() {
        let r = first_data + 1 + i as u32;
        let cells = row_of(n);
        let h = crate::documents::formats::xlsx_style::row_height(
            cells
                .iter()
                .zip(COLUMNS.iter())
                .map(|(v, col)| (v.as_str(), col.width)),
        );
        if h > 15.0 {
            ws.set_row_height(r, h)?;
        }
        for (c, v) in cells.iter().enumerate() {
            match (c, n.dots) {
                (DOTS, Some(d)) => {
                    ws.write_number_with_format(r, c as u16, f64::from(d), &number)?
                }
                (DOTS, None) => ws,
                _ => ws.write_string_with_format(r, c as u16, cell_text_keep_lines(v), &wrap)?,
            };
        }
    }
    // Room for 200 new needs after those; the table grows in Excel as rows are added.
    let last_row = first_data + existing.len() as u32 + 200;
    let bold = crate::documents::formats::xlsx_style::header_format();
    let columns: Vec<TableColumn> = COLUMNS
        .iter()
        .map(|c| {
            TableColumn::new()
                .set_header(c.header)
                .set_header_format(&bold)
        })
        .collect();
    let table = Table::new().set_name(TABLE_NAME).set_columns(&columns);
    ws.add_table(HEADER_ROW, 0, last_row, COLUMNS.len() as u16 - 1, &table)?;
    for (c, col) in COLUMNS.iter().enumerate() {
        ws.set_column_width(c as u16, col.width)?;
    }
    ws.set_column_format(DESCRIPTION as u16, &wrap)?;
    ws.set_column_format(CHALLENGE as u16, &wrap)?;
    ws.set_freeze_panes(first_data, 0)?;
    crate::documents::formats::xlsx_style::page_setup(
        ws,
        &format!("Kunskapsbehov från {}", rss.name),
        true,
    )?;
    ws.set_repeat_rows(HEADER_ROW, HEADER_ROW)?;

    // Dropdowns, with the lists on a hidden sheet.
    let lists: [(usize, Vec<&str>); 4] = [
        (LEVEL, levels()),
        (KIND, kinds()),
        (SOURCE, sources()),
        (HEALTH, YES_NO.to_vec()),
    ];
    for (i, (col, values)) in lists.iter().enumerate() {
        let letter = char::from(b'A' + i as u8);
        let formula = format!("=Listor!${letter}$2:${letter}${}", values.len() + 1);
        let dv = DataValidation::new()
            .allow_list_formula(Formula::new(formula))
            .set_error_title("Välj i listan")?
            .set_error_message(format!(
                "Välj ett av värdena i listan för {}.",
                COLUMNS[*col].header
            ))?;
        ws.add_data_validation(first_data, *col as u16, last_row, *col as u16, &dv)?;
    }
    let dots = DataValidation::new()
        .allow_whole_number(rust_xlsxwriter::DataValidationRule::Between(0, 999))
        .set_error_message("Prickar är ett heltal, 0–999.")?;
    ws.add_data_validation(first_data, DOTS as u16, last_row, DOTS as u16, &dots)?;

    let hidden = wb.add_worksheet();
    hidden.set_name("Listor")?;
    for (i, (col, values)) in lists.iter().enumerate() {
        hidden.write_string(0, i as u16, COLUMNS[*col].header)?;
        for (r, v) in values.iter().enumerate() {
            hidden.write_string(r as u32 + 1, i as u16, *v)?;
        }
    }
    hidden.set_hidden(true);
    wb.define_name("lbk_mallversion", &format!("=\"{TEMPLATE_VERSION}\""))?;
    wb.define_name("lbk_rss", &format!("=\"{}\"", rss.code.replace('"', "")))?;
    // When it was written: a change made in the round after that is not
    // overwritten by the file without asking.
    wb.define_name("lbk_skriven", &format!("=\"{written}\""))?;
    wb.save_to_buffer()
}

/// A need's text for a cell: control characters out, line breaks kept.
fn cell_text_keep_lines(s: &str) -> String {
    s.split('\n').map(cell_text).collect::<Vec<_>>().join("\n")
}

#[cfg(test)]
#[path = "needs_template_tests.rs"]
mod tests;
