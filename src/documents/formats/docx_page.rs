//! What every Word document lbk writes has around its text: the styles
//! (Calibri, Word's own heading styles kept with what follows them), the
//! list numbering, A4 margins, the page header and "sida x av y" footer,
//! and the package: Swedish as the document's language, its title and the
//! secretariat as author in the core properties, and table header rows
//! that repeat on every page.
//!
//! docx-rs writes all of it except three things a reader or an
//! accessibility check looks for: `w:tblHeader` on a row, `w:lang` in the
//! defaults and the core properties' title and creator (it writes
//! "unknown"). Those are set here on the XML docx-rs built, before it is
//! zipped, so the package itself stays docx-rs's.

use docx_rs::{
    AbstractNumbering, AlignmentType, BreakType, Docx, Footer, Header, IndentLevel, Level, LevelJc,
    LevelText, LineSpacing, NumPages, NumberFormat, Numbering, NumberingId, PageNum, Paragraph,
    Run, RunFonts, SpecialIndentType, Start, Style, StyleType,
};

/// Margins of 2 cm, in twentieths of a point.
pub const MARGIN: i32 = 1_134;
/// The numbering of the bulleted lists (Word's own list, not typed "•");
/// docx-rs keeps 1 for its default numbered list.
const BULLETS: usize = 2;

/// What heads and signs a document: the page header's text and its author
/// (the secretariat from the register). Its title is its first heading.
#[derive(Debug, Clone, PartialEq)]
pub struct Page {
    pub header: String,
    pub author: String,
}

impl Page {
    /// A page for the round: the author is the secretariat as the register
    /// names it (a default name while it names none, never "unknown").
    pub fn of(r: &crate::domain::Round, header: &str) -> Page {
        Page {
            header: header.to_string(),
            author: author(&r.secretariat),
        }
    }

    /// A page outside any round (the list of earlier gaps).
    pub fn plain(header: &str) -> Page {
        Page {
            header: header.to_string(),
            author: author(&Default::default()),
        }
    }
}

fn author(s: &crate::domain::people::Secretariat) -> String {
    match s.name.trim() {
        "" => "Kansliet för Partnerskapet".into(),
        n => n.to_string(),
    }
}

/// A heading in Word's own heading styles (the navigation pane and a table
/// of contents find them): level 1 the document's title, 2 its sections.
/// The style keeps it on the page of what follows.
pub fn heading(text: &str, level: usize) -> Paragraph {
    runs(text, false, None).style(&format!("Heading{level}"))
}

/// A list item as a Word list paragraph: level 0 a bullet, level 1 a dash
/// indented under it.
pub fn list_item(text: &str, level: usize) -> Paragraph {
    runs(text, false, None)
        .numbering(NumberingId::new(BULLETS), IndentLevel::new(level))
        .line_spacing(LineSpacing::new().after(60))
}

/// The document's font, the two heading styles and the list numbering.
pub fn styled(doc: Docx) -> Docx {
    let font = RunFonts::new()
        .ascii("Calibri")
        .hi_ansi("Calibri")
        .cs("Calibri");
    let h = |level: usize, size: usize| {
        let mut s = Style::new(format!("Heading{level}"), StyleType::Paragraph)
            .name(format!("heading {level}"))
            .based_on("Normal")
            .next("Normal")
            .size(size)
            .bold()
            .color("1F4E79")
            .outline_lvl(level - 1)
            .line_spacing(LineSpacing::new().before(240).after(120));
        s.paragraph_property = s.paragraph_property.keep_next(true).keep_lines(true);
        s
    };
    let level = |l: usize, mark: &str| {
        Level::new(
            l,
            Start::new(1),
            NumberFormat::new("bullet"),
            LevelText::new(mark),
            LevelJc::new("left"),
        )
        .indent(
            Some(360 * (l as i32 + 1)),
            Some(SpecialIndentType::Hanging(240)),
            None,
            None,
        )
    };
    doc.default_fonts(font)
        .default_size(22)
        .add_style(h(1, 32))
        .add_style(h(2, 26))
        .add_abstract_numbering(
            AbstractNumbering::new(BULLETS)
                .add_level(level(0, "•"))
                .add_level(level(1, "–")),
        )
        .add_numbering(Numbering::new(BULLETS, BULLETS))
}

/// Margins, the page header and the "sida x av y" footer.
pub fn page(doc: Docx, header: &str) -> Docx {
    doc.page_margin(
        docx_rs::PageMargin::new()
            .top(MARGIN)
            .bottom(MARGIN)
            .left(MARGIN)
            .right(MARGIN),
    )
    .header(Header::new().add_paragraph(runs(header, false, Some(18))))
    .footer(
        Footer::new().add_paragraph(
            Paragraph::new()
                .align(AlignmentType::Center)
                .add_run(Run::new().add_text("sida ").size(18))
                .add_page_num(PageNum::new())
                .add_run(Run::new().add_text(" av ").size(18))
                .add_num_pages(NumPages::new()),
        ),
    )
}

/// The package: docx-rs's XML with the language, the repeated header rows
/// and the core properties set, zipped by docx-rs.
pub fn pack(doc: Docx, page: &Page, title: &str) -> Result<Vec<u8>, String> {
    let mut xml = doc.build();
    xml.styles = swedish(&xml.styles);
    xml.document = header_rows(&xml.document);
    xml.doc_props.core = core(title, &page.author).into_bytes();
    let mut buf = std::io::Cursor::new(vec![]);
    xml.pack(&mut buf)
        .map_err(|e| format!("Word-dokumentet kunde inte skapas: {e}"))?;
    Ok(buf.into_inner())
}

/// Swedish as the language of every run that does not say otherwise (the
/// spelling check and a screen reader's voice follow it).
fn swedish(styles: &[u8]) -> Vec<u8> {
    let s = String::from_utf8_lossy(styles);
    let lang = r#"<w:lang w:val="sv-SE" w:eastAsia="sv-SE" w:bidi="ar-SA" />"#;
    match s.find("<w:rPrDefault><w:rPr>") {
        Some(at) => {
            let at = at + "<w:rPrDefault><w:rPr>".len();
            format!("{}{lang}{}", &s[..at], &s[at..]).into_bytes()
        }
        None => s
            .replacen(
                "<w:docDefaults>",
                &format!("<w:docDefaults><w:rPrDefault><w:rPr>{lang}</w:rPr></w:rPrDefault>"),
                1,
            )
            .into_bytes(),
    }
}

/// Every table's first row repeats at the top of each page it runs onto.
/// Each row is written with `w:cantSplit`; the first one after a table's
/// start is its header row.
fn header_rows(document: &[u8]) -> Vec<u8> {
    let s = String::from_utf8_lossy(document);
    let mut out = String::with_capacity(s.len() + 64);
    let mut rest: &str = &s;
    while let Some(at) = rest.find("<w:tbl>") {
        let (before, after) = rest.split_at(at);
        out.push_str(before);
        let split = ["<w:cantSplit />", "<w:cantSplit/>"]
            .iter()
            .filter_map(|m| after.find(m).map(|i| (i, m.len())))
            .min();
        match split {
            Some((i, len)) => {
                out.push_str(&after[..i + len]);
                out.push_str("<w:tblHeader />");
                rest = &after[i + len..];
            }
            None => {
                out.push_str(after);
                rest = "";
            }
        }
    }
    out.push_str(rest);
    out.into_bytes()
}

/// The core properties: title, author and language, nothing "unknown".
fn core(title: &str, author: &str) -> String {
    let esc = |t: &str| quick_xml::escape::escape(crate::documents::doc_text(t)).into_owned();
    format!(
        concat!(
            r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"#,
            r#"<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" "#,
            r#"xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" "#,
            r#"xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">"#,
            "<dc:title>{title}</dc:title><dc:creator>{author}</dc:creator>",
            "<cp:lastModifiedBy>{author}</cp:lastModifiedBy><dc:language>sv-SE</dc:language>",
            "</cp:coreProperties>"
        ),
        title = esc(title),
        author = esc(author),
    )
}

/// Runs for a text that may hold line breaks.
pub(super) fn runs(text: &str, bold: bool, size: Option<usize>) -> Paragraph {
    let clean = crate::documents::doc_text(text);
    let mut p = Paragraph::new();
    for (i, line) in clean.split('\n').enumerate() {
        let mut r = Run::new();
        if i > 0 {
            r = r.add_break(BreakType::TextWrapping);
        }
        r = r.add_text(line);
        if bold {
            r = r.bold();
        }
        if let Some(s) = size {
            r = r.size(s);
        }
        p = p.add_run(r);
    }
    p
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_each_tables_first_row_is_a_header_row() {
        let doc = concat!(
            "<w:body><w:tbl><w:tr><w:trPr><w:cantSplit /></w:trPr></w:tr>",
            "<w:tr><w:trPr><w:cantSplit /></w:trPr></w:tr></w:tbl><w:p/>",
            "<w:tbl><w:tr><w:trPr><w:cantSplit /></w:trPr></w:tr></w:tbl></w:body>"
        );
        let out = String::from_utf8(header_rows(doc.as_bytes())).unwrap();
        assert_eq!(out.matches("<w:tblHeader />").count(), 2, "{out}");
        assert_eq!(out.matches("<w:cantSplit />").count(), 3, "{out}");
        let second_row = out.split("<w:tr>").nth(2).unwrap();
        assert!(!second_row.contains("tblHeader"), "{out}");
    }

    #[test]
    fn the_core_properties_carry_the_title_and_author_cleaned() {
        let c = core("Prioriterade behov <2027> & \u{1b}[31mmer", "Kansliet");
        assert!(
            c.contains("<dc:title>Prioriterade behov &lt;2027&gt; &amp; "),
            "{c}"
        );
        assert!(!c.contains('\u{1b}') && !c.contains("unknown"), "{c}");
        assert_eq!(author(&Default::default()), "Kansliet för Partnerskapet");
    }
}
