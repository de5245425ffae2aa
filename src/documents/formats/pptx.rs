//! Slides (.pptx) written with the `pptx` crate (chosen: pure Rust, four
//! dependencies, no unsafe code, python-pptx's model; it writes the package,
//! masters, layouts and theme that PowerPoint and LibreOffice Impress
//! expect; ppt-rs was left for its zip 0.6 with C compression libraries
//! and its server features). 16:9, a title slide (the layout's title and
//! subtitle placeholders), then each planned slide on the "Title Only"
//! layout with its title in the title placeholder, a body of lines, a
//! table or a bar chart, a footer with the round and "n av m", and the
//! numbers in the speaker's notes. Title and author (the secretariat) are
//! in the core properties. The shapes are `pptx_shapes`'.

use pptx::Presentation;
use pptx::opc::PackURI;
use pptx::slide::SlideRef;

use crate::documents::formats::docx_page::Page;
use crate::documents::formats::pptx_shapes::{
    DARK, GREY, HEIGHT, INCH, MARGIN, WIDTH, bars, frame, lines, para, placeholder, table, textbox,
};
use crate::documents::slides::{Body, Deck, Slide};

const NOTES_MASTER: &str =
    "http://schemas.openxmlformats.org/officeDocument/2006/relationships/notesMaster";

fn err(e: impl std::fmt::Display) -> String {
    format!("Presentationen kunde inte skapas: {e}")
}

fn slide_shapes(s: &Slide, footer: &str) -> String {
    let mut xml = placeholder(
        2,
        "title",
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
        Body::Bars(b, under) => bars(10, INCH * 3 / 2, b, under, "poäng"),
    });
    xml.push_str(&textbox(
        4,
        (MARGIN, HEIGHT - INCH / 2, WIDTH - 2 * MARGIN, INCH * 3 / 8),
        frame(&[para(footer, 11.0, false, GREY)], false),
    ));
    xml
}

/// The deck as .pptx bytes; `page` names the round in every slide's footer
/// and the secretariat as author.
pub fn deck_pptx(deck: &Deck, page: &Page) -> Result<Vec<u8>, String> {
    let mut prs = Presentation::new().map_err(err)?;
    prs.set_slide_width(WIDTH).map_err(err)?;
    prs.set_slide_height(HEIGHT).map_err(err)?;
    let layouts = prs.slide_layouts().map_err(err)?;
    let layout = |name: &str| {
        layouts
            .iter()
            .find(|l| l.name.eq_ignore_ascii_case(name))
            .or(layouts.last())
            .cloned()
            .ok_or_else(|| err("mallen saknar layouter"))
    };
    let (title_layout, body_layout) = (layout("Title Slide")?, layout("Title Only")?);
    let total = deck.slides.len() + 1;
    let first = placeholder(
        2,
        "ctrTitle",
        (MARGIN, INCH * 2, WIDTH - 2 * MARGIN, INCH * 3 / 2),
        frame(&[para(&deck.title, 40.0, true, DARK)], true),
    ) + &placeholder(
        3,
        "subTitle",
        (MARGIN, INCH * 15 / 4, WIDTH - 2 * MARGIN, INCH),
        frame(&[para(&deck.subtitle, 20.0, false, GREY)], true),
    );
    let mut planned = vec![(&title_layout, first, vec![])];
    for (i, s) in deck.slides.iter().enumerate() {
        let footer = format!("{} · {} av {total}", page.header, i + 2);
        planned.push((&body_layout, slide_shapes(s, &footer), s.notes.clone()));
    }
    for (layout, xml, notes) in planned {
        let slide = prs.add_slide(layout).map_err(err)?;
        let blob = prs.slide_xml_mut(&slide).map_err(err)?;
        let text = String::from_utf8_lossy(blob).replacen("</p:spTree>", &(xml + "</p:spTree>"), 1);
        *blob = text.into_bytes();
        if !notes.is_empty() {
            add_notes(&mut prs, &slide, &notes)?;
        }
    }
    let mut props = prs.core_properties().map_err(err)?;
    props.set_title(crate::documents::doc_text(&deck.title));
    props.set_author(crate::documents::doc_text(&page.author));
    props.set_last_modified_by(crate::documents::doc_text(&page.author));
    props.set_language("sv-SE");
    prs.set_core_properties(&props).map_err(err)?;
    prs.to_bytes().map_err(err)
}

/// The speaker's notes of a slide, one paragraph per line, on a notes
/// slide linked to the deck's notes master (which presentation.xml lists).
fn add_notes(prs: &mut Presentation, slide: &SlideRef, notes: &[String]) -> Result<(), String> {
    let fresh = prs.notes_master().map_err(err)?.is_none();
    let master = prs.notes_master_or_create().map_err(err)?;
    if fresh {
        let pres = PackURI::new("/ppt/presentation.xml").map_err(err)?;
        let part = prs
            .package_mut()
            .part_mut(&pres)
            .ok_or_else(|| err("presentation.xml saknas"))?;
        let xml = String::from_utf8_lossy(&part.blob).replacen(
            "</p:sldMasterIdLst>",
            &format!(
                r#"</p:sldMasterIdLst><p:notesMasterIdLst><p:notesMasterId r:id="{}"/></p:notesMasterIdLst>"#,
                master.r_id
            ),
            1,
        );
        part.blob = xml.into_bytes();
    }
    let n = prs.notes_slide_or_create(slide).map_err(err)?;
    let target = master.partname.relative_ref(n.partname.base_uri());
    let part = prs
        .package_mut()
        .part_mut(&n.partname)
        .ok_or_else(|| err("anteckningssidan saknas"))?;
    part.rels.add_relationship(NOTES_MASTER, &target, false);
    let paras: String = notes
        .iter()
        .map(|l| {
            format!(
                r#"<a:p><a:r><a:rPr lang="sv-SE"/><a:t>{}</a:t></a:r></a:p>"#,
                quick_xml::escape::escape(crate::documents::doc_text(l))
            )
        })
        .collect();
    let xml = String::from_utf8_lossy(&part.blob).replacen(
        r#"<a:p><a:endParaRPr lang="en-US"/></a:p>"#,
        &paras,
        1,
    );
    part.blob = xml.into_bytes();
    Ok(())
}
