//! The shapes of a slide as PresentationML: text frames, text boxes, the
//! title placeholders (so the outline, Teams' slide list and an
//! accessibility checker find each slide's title), tables and drawn bar
//! charts that PowerPoint and LibreOffice Impress both render. Every text
//! is cleaned as for any document; body text is 18 pt or more.

use pptx::enums::text::PpParagraphAlignment;
use pptx::units::{Emu, ShapeId};
use pptx::{AutoShape, ColorFormat, FillFormat, RgbColor, TextFrame, WriteXml};

use crate::documents::slides::{Bar, Line};

pub const WIDTH: i64 = 12_192_000;
pub const HEIGHT: i64 = 6_858_000;
pub const INCH: i64 = 914_400;
pub const MARGIN: i64 = INCH / 2;
pub const DARK: Rgb = (0x1F, 0x4E, 0x79);
pub const GREY: Rgb = (0x59, 0x59, 0x59);
/// The size of body and table text, in points.
pub const BODY_PT: f64 = 18.0;

pub type Rgb = (u8, u8, u8);

/// A paragraph of a text frame.
pub struct Para {
    text: String,
    size: f64,
    bold: bool,
    colour: Rgb,
    level: u8,
}

pub fn para(text: &str, size: f64, bold: bool, colour: Rgb) -> Para {
    Para {
        text: text.to_string(),
        size,
        bold,
        colour,
        level: 0,
    }
}

/// A text frame of paragraphs.
pub fn frame(paras: &[Para], center: bool) -> TextFrame {
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
        for (j, part) in crate::documents::doc_text(text).split('\n').enumerate() {
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

pub fn textbox(id: u32, at: (i64, i64, i64, i64), tf: TextFrame) -> String {
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

pub fn table(id: u32, head: &[String], shares: &[u32], rows: &[Vec<String>]) -> String {
    let width = WIDTH - 2 * MARGIN;
    let total: i64 = shares.iter().map(|s| i64::from(*s)).sum::<i64>().max(1);
    let mut t = pptx::Table::new(rows.len() + 1, head.len(), Emu(width), Emu(INCH * 2 / 5));
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
            cell.text_frame = frame(&[para(text, BODY_PT, r == 0, colour)], false);
            cell.fill = Some(FillFormat::solid(ColorFormat::rgb(fill.0, fill.1, fill.2)));
        }
    }
    t.table_style_id = None;
    format!(
        r#"<p:graphicFrame><p:nvGraphicFramePr><p:cNvPr id="{id}" name="Tabell {id}"/><p:cNvGraphicFramePr><a:graphicFrameLocks noGrp="1"/></p:cNvGraphicFramePr><p:nvPr/></p:nvGraphicFramePr><p:xfrm><a:off x="{MARGIN}" y="{}"/><a:ext cx="{width}" cy="{}"/></p:xfrm>{}</p:graphicFrame>"#,
        INCH * 3 / 2,
        INCH * 2 / 5 * (rows.len() as i64 + 1),
        t.to_graphic_data_xml()
    )
}

pub fn lines(body: &[Line]) -> TextFrame {
    let paras: Vec<Para> = body
        .iter()
        .map(|l| Para {
            level: l.level,
            ..para(&l.text, BODY_PT, l.bold, (0, 0, 0))
        })
        .collect();
    frame(&paras, false)
}

/// A placeholder of the slide's layout ("title", "ctrTitle", "subTitle")
/// holding the text: where the outline and a screen reader look for it.
pub fn placeholder(id: u32, kind: &str, at: (i64, i64, i64, i64), tf: TextFrame) -> String {
    let idx = if kind == "subTitle" {
        r#" idx="1""#
    } else {
        ""
    };
    textbox(id, at, tf).replacen(
        r#"<p:cNvSpPr txBox="1"/><p:nvPr/>"#,
        &format!(
            r#"<p:cNvSpPr><a:spLocks noGrp="1"/></p:cNvSpPr><p:nvPr><p:ph type="{kind}"{idx}/></p:nvPr>"#
        ),
        1,
    )
}

/// A rectangle filled with `fill`, named and described for a screen
/// reader.
fn rect(id: u32, at: (i64, i64, i64, i64), fill: Rgb, descr: &str) -> String {
    let descr = quick_xml::escape::escape(crate::documents::doc_text(descr)).into_owned();
    format!(
        concat!(
            r#"<p:sp><p:nvSpPr><p:cNvPr id="{id}" name="Stapel {id}" descr="{descr}"/><p:cNvSpPr/><p:nvPr/></p:nvSpPr>"#,
            r#"<p:spPr><a:xfrm><a:off x="{x}" y="{y}"/><a:ext cx="{w}" cy="{h}"/></a:xfrm>"#,
            r#"<a:prstGeom prst="rect"><a:avLst/></a:prstGeom><a:solidFill><a:srgbClr val="{fill}"/></a:solidFill>"#,
            r#"<a:ln><a:noFill/></a:ln></p:spPr></p:sp>"#
        ),
        id = id,
        descr = descr,
        x = at.0,
        y = at.1,
        w = at.2,
        h = at.3,
        fill = format!("{:02X}{:02X}{:02X}", fill.0, fill.1, fill.2),
    )
}

/// Characters of an 18 pt label in the chart's label column.
const LABEL_CHARS: usize = 30;

/// A label cut to the label column, with "…" when it was longer (the
/// table slide and the notes carry the whole title).
fn label_of(text: &str) -> String {
    let clean = crate::documents::doc_text(text).replace('\n', " ");
    if clean.chars().count() <= LABEL_CHARS {
        clean
    } else {
        let cut: String = clean.chars().take(LABEL_CHARS - 1).collect();
        format!("{}…", cut.trim_end())
    }
}

/// A horizontal bar chart drawn as shapes from `top`: a label, a bar as
/// long as its value's share of the largest, and the value after it; the
/// line under the chart names what it leaves out.
pub fn bars(first_id: u32, top: i64, bars: &[Bar], under: &str, unit: &str) -> String {
    let row = INCH * 2 / 5;
    let label_w = INCH * 4;
    let value_w = INCH;
    let bar_x = MARGIN + label_w + INCH / 8;
    let room = WIDTH - MARGIN - value_w - bar_x;
    let mut xml = String::new();
    let mut id = first_id;
    for (i, b) in bars.iter().enumerate() {
        let y = top + row * i as i64;
        let top = b.top.max(b.value).max(1);
        let w = (room * i64::from(b.value) / i64::from(top)).max(INCH / 20);
        let text = |t: &str| frame(&[para(t, BODY_PT, false, (0, 0, 0))], false);
        xml.push_str(&textbox(
            id,
            (MARGIN, y, label_w, row),
            text(&label_of(&b.label)),
        ));
        xml.push_str(&rect(
            id + 1,
            (bar_x, y + row / 6, w, row * 2 / 3),
            DARK,
            &format!("{}: {} {unit}", b.label, b.value),
        ));
        xml.push_str(&textbox(
            id + 2,
            (bar_x + w + INCH / 16, y, value_w, row),
            text(&b.value.to_string()),
        ));
        id += 3;
    }
    if !under.is_empty() {
        let y = top + row * bars.len() as i64 + INCH / 8;
        xml.push_str(&textbox(
            id,
            (MARGIN, y, WIDTH - 2 * MARGIN, INCH),
            frame(&[para(under, BODY_PT, false, GREY)], false),
        ));
    }
    xml
}
