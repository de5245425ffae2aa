//! Slides (.pptx) written with the `pptx` crate (chosen: pure Rust, four
//! dependencies, no unsafe code, python-pptx's model; it writes the package,
//! masters, layouts and theme that PowerPoint and LibreOffice Impress
//! expect; ppt-rs was left for its zip 0.6 with C compression libraries
//! and its server features). 16:9, a title slide, then each planned slide
//! with its title, a body of lines or a table, and a footer with the round
//! and "n av m". Every text is cleaned as for any document.

use pptx::enums::text::PpParagraphAlignment;
use pptx::units::{Emu, ShapeId};
use pptx::{AutoShape, ColorFormat, FillFormat, Presentation, RgbColor, TextFrame, WriteXml};

use super::slides::{Body, Deck, Line, Slide};

const WIDTH: i64 = 12_192_000;
const HEIGHT: i64 = 6_858_000;
const INCH: i64 = 914_400;
const MARGIN: i64 = INCH / 2;
const DARK: Rgb = (0x1F, 0x4E, 0x79);
const GREY: Rgb = (0x59, 0x59, 0x59);

fn err(e: impl std::fmt::Display) -> String {
    format!("Presentationen kunde inte skapas: {e}")
}

type Rgb = (u8, u8, u8);

/// A paragraph of a text frame.
struct Para {
    text: String,
    size: f64,
    bold: bool,
    colour: Rgb,
    level: u8,
}

fn para(text: &str, size: f64, bold: bool, colour: Rgb) -> Para {
    Para {
        text: text.to_string(),
        size,
        bold,
        colour,
        level: 0,
    }
}

/// A text frame of paragraphs.
fn frame(paras: &[Para], center: bool) -> TextFrame {
    let mut tf = TextFrame::new();
    tf.paragraphs_mut()[0].clear();
    for (
        i,
        Para {
            text,
            size,
            bold,
            colour,
            level,
        },
    ) in paras.iter().enumerate()
    {
        let p = if i == 0 {
            &mut tf.paragraphs_mut()[0]
        } else {
            tf.add_paragraph()
        };
        p.level = *level;
        p.space_before = Some(if *level == 0 && i > 0 { 8.0 } else { 2.0 });
        if center {
            p.set_alignment(PpParagraphAlignment::Center);
        }
        for (j, part) in super::doc_text(text).split('\n').enumerate() {
            if j > 0 {
                p.add_line_break();
            }
            let r = p.add_run();
            r.set_text(part);
            let f = r.font_mut();
            f.size = Some(*size);
            f.bold = Some(*bold);
            f.color = Some(RgbColor::new(colour.0, colour.1, colour.2));
            f.language_id = Some("sv-SE".into());
        }
    }
    tf
}

fn textbox(id: u32, at: (i64, i64, i64, i64), tf: TextFrame) -> String {
    let mut s = AutoShape::textbox(
        ShapeId(id),
        format!("Text {id}"),
        Emu(at.0),
        Emu(at.1),
        Emu(at.2),
        Emu(at.3),
    );
    s.text_frame = Some(tf);
    let mut xml = String::new();
    let _ = s.write_xml(&mut xml);
    // An indented line: the master's list style gives none to a text box.
    xml.replace(r#" lvl="1""#, r#" marL="457200" lvl="1""#)
}

fn table(id: u32, head: &[String], shares: &[u32], rows: &[Vec<String>]) -> String {
    let width = WIDTH - 2 * MARGIN;
    let total: i64 = shares.iter().map(|s| i64::from(*s)).sum::<i64>().max(1);
    let mut t = pptx::Table::new(rows.len() + 1, head.len(), Emu(width), Emu(INCH / 3));
    for (c, s) in shares.iter().enumerate() {
        t.columns[c].width = Emu(width * i64::from(*s) / total);
    }
    let all = std::iter::once(head.to_vec()).chain(rows.iter().cloned());
    for (r, cells) in all.enumerate() {
        for (c, text) in cells.iter().enumerate().take(head.len()) {
            let (fill, colour) = match r {
                0 => (DARK, (0xFF, 0xFF, 0xFF)),
                r if r % 2 == 0 => ((0xEE, 0xF3, 0xF8), (0, 0, 0)),
                _ => ((0xFF, 0xFF, 0xFF), (0, 0, 0)),
            };
            let cell = t.cell_mut(r, c);
            cell.text_frame = frame(&[para(text, 14.0, r == 0, colour)], false);
            cell.fill = Some(FillFormat::solid(ColorFormat::rgb(fill.0, fill.1, fill.2)));
        }
    }
    t.table_style_id = None;
    format!(
        r#"<p:graphicFrame><p:nvGraphicFramePr><p:cNvPr id="{id}" name="Tabell {id}"/><p:cNvGraphicFramePr><a:graphicFrameLocks noGrp="1"/></p:cNvGraphicFramePr><p:nvPr/></p:nvGraphicFramePr><p:xfrm><a:off x="{MARGIN}" y="{}"/><a:ext cx="{width}" cy="{}"/></p:xfrm>{}</p:graphicFrame>"#,
        INCH * 3 / 2,
        INCH / 3 * (rows.len() as i64 + 1),
        t.to_graphic_data_xml()
    )
}

fn lines(body: &[Line]) -> TextFrame {
    let paras: Vec<Para> = body
        .iter()
        .map(|l| Para {
            level: l.level,
            ..para(&l.text, 18.0, l.bold, (0, 0, 0))
        })
        .collect();
    frame(&paras, false)
}

fn slide_shapes(s: &Slide, footer: &str) -> String {
    let mut xml = textbox(
        2,
        (MARGIN, INCH * 3 / 8, WIDTH - 2 * MARGIN, INCH),
        frame(&[para(&s.title, 28.0, true, DARK)], false),
    );
    xml.push_str(&match &s.body {
        Body::Lines(body) => textbox(
            3,
            (MARGIN, INCH * 3 / 2, WIDTH - 2 * MARGIN, HEIGHT - INCH * 2),
            lines(body),
        ),
        Body::Table(head, shares, rows) => table(3, head, shares, rows),
    });
    xml.push_str(&textbox(
        4,
        (MARGIN, HEIGHT - INCH / 2, WIDTH - 2 * MARGIN, INCH * 3 / 8),
        frame(&[para(footer, 11.0, false, GREY)], false),
    ));
    xml
}

/// The deck as .pptx bytes; `footer` names the round on every slide.
pub fn deck_pptx(deck: &Deck, footer: &str) -> Result<Vec<u8>, String> {
    let mut prs = Presentation::new().map_err(err)?;
    prs.set_slide_width(WIDTH).map_err(err)?;
    prs.set_slide_height(HEIGHT).map_err(err)?;
    let layouts = prs.slide_layouts().map_err(err)?;
    let blank = layouts
        .iter()
        .find(|l| l.name.eq_ignore_ascii_case("blank"))
        .or(layouts.last())
        .ok_or_else(|| err("mallen saknar layouter"))?
        .clone();
    let total = deck.slides.len() + 1;
    let mut shapes = vec![
        textbox(
            2,
            (MARGIN, INCH * 2, WIDTH - 2 * MARGIN, INCH * 3 / 2),
            frame(&[para(&deck.title, 40.0, true, DARK)], true),
        ) + &textbox(
            3,
            (MARGIN, INCH * 15 / 4, WIDTH - 2 * MARGIN, INCH),
            frame(&[para(&deck.subtitle, 20.0, false, GREY)], true),
        ),
    ];
    for (i, s) in deck.slides.iter().enumerate() {
        shapes.push(slide_shapes(s, &format!("{footer} · {} av {total}", i + 2)));
    }
    for xml in shapes {
        let slide = prs.add_slide(&blank).map_err(err)?;
        let blob = prs.slide_xml_mut(&slide).map_err(err)?;
        let text = String::from_utf8_lossy(blob).replacen("</p:spTree>", &(xml + "</p:spTree>"), 1);
        *blob = text.into_bytes();
    }
    prs.to_bytes().map_err(err)
}
