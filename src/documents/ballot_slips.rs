//! The slips for voting from phones (`lbk export FILE ballot-codes`): one
//! page per present representative with their name, their personal code,
//! the address to open and its QR code. For the secretariat to hand out;
//! a code is valid for one stage while it is open. Written as Word and
//! as PDF from the same slips.

use docx_rs::{AlignmentType, BreakType, Docx, Paragraph, Run};

use crate::documents::formats::docx_page::{Page, pack, page, styled};
use crate::documents::formats::pdf_pages::{PdfLine, pages_pdf};
use crate::documents::formats::qr_docx::qr_paragraph;
use crate::domain::Round;

/// One person's slip, its texts ready for a document.
struct Slip {
    heading: String,
    name: String,
    code: String,
    open: String,
}

const KEEP: &str = "Koden är din och gäller bara det här steget. Visa den inte för andra.";

/// The slips of the open stage's codes, sorted by name, and the pages'
/// header.
fn slips(r: &Round, url: &str) -> Result<(Vec<Slip>, String), String> {
    let stage = r
        .phone_stage()
        .ok_or("Båda stegen är stängda: inga koder gäller.")?;
    let mut codes: Vec<(&str, &str)> = r
        .prioritization
        .codes
        .iter()
        .filter(|c| c.stage == stage)
        .map(|c| (c.representative.as_str(), c.code.as_str()))
        .collect();
    if codes.is_empty() {
        return Err("Inga koder är utdelade ännu: lbk serve OMGÅNG --codes (eller m på moment 5) delar ut dem.".into());
    }
    codes.sort_by_key(|(name, _)| *name);
    let t = crate::documents::cell_text;
    let slips = codes
        .iter()
        .map(|(name, code)| Slip {
            heading: format!("Röstning från mobil: {}", stage.label()),
            name: t(name),
            code: t(code),
            open: format!("Öppna {} i mobilen, eller läs av koden:", t(url)),
        })
        .collect();
    Ok((
        slips,
        format!("Prioritering – {} · personlig kod", t(&r.area)),
    ))
}

/// The slips' Word file for the open stage's codes, the phones to open `url`.
pub fn ballot_slips(r: &Round, url: &str) -> Result<Vec<u8>, String> {
    let (slips, header) = slips(r, url)?;
    let mut doc = page(styled(Docx::new()), &header);
    for (i, slip) in slips.iter().enumerate() {
        if i > 0 {
            doc =
                doc.add_paragraph(Paragraph::new().add_run(Run::new().add_break(BreakType::Page)));
        }
        let line = |text: &str, size: usize, bold: bool| {
            let run = Run::new().add_text(text).size(size);
            Paragraph::new()
                .align(AlignmentType::Center)
                .add_run(if bold { run.bold() } else { run })
        };
        doc = doc
            .add_paragraph(line(&slip.heading, 32, true))
            .add_paragraph(line(&slip.name, 28, false))
            .add_paragraph(line("Din personliga kod", 24, false))
            .add_paragraph(line(&slip.code, 72, true))
            .add_paragraph(line(&slip.open, 24, false));
        if let Some(qr) = qr_paragraph(url) {
            doc = doc.add_paragraph(qr);
        }
        doc = doc.add_paragraph(line(KEEP, 20, false));
    }
    pack(
        doc,
        &Page::of(r, &header),
        &format!("Koder – {}", crate::documents::cell_text(&r.area)),
    )
}

/// The same slips as a PDF, a page each.
pub fn ballot_slips_pdf(r: &Round, url: &str) -> Result<Vec<u8>, String> {
    let (slips, header) = slips(r, url)?;
    let text = |text: &str, size: f32, bold: bool| PdfLine::Text {
        text: text.to_string(),
        size,
        bold,
    };
    let pages: Vec<Vec<PdfLine>> = slips
        .iter()
        .map(|slip| {
            vec![
                text(&header, 10.0, false),
                PdfLine::Gap(24.0),
                text(&slip.heading, 16.0, true),
                text(&slip.name, 14.0, false),
                PdfLine::Gap(18.0),
                text("Din personliga kod", 12.0, false),
                text(&slip.code, 40.0, true),
                PdfLine::Gap(18.0),
                text(&slip.open, 12.0, false),
                PdfLine::Qr {
                    text: url.to_string(),
                    module: 5.0,
                },
                text(KEEP, 10.0, false),
            ]
        })
        .collect();
    pages_pdf(
        &pages,
        &format!("Koder – {}", crate::documents::cell_text(&r.area)),
    )
}
