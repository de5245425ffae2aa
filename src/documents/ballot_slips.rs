//! The slips for voting from phones (`lbk export FILE ballot-codes`): one
//! page per present representative with their name, their personal code,
//! the address to open and its QR code. For the secretariat to hand out;
//! a code is valid for one stage while it is open.

use docx_rs::{AlignmentType, BreakType, Docx, Paragraph, Run};

use crate::documents::formats::docx_page::{Page, pack, page, styled};
use crate::documents::formats::qr_docx::qr_paragraph;
use crate::domain::Round;

/// The slips' Word file for the open stage's codes, the phones to open `url`.
pub fn ballot_slips(r: &Round, url: &str) -> Result<Vec<u8>, String> {
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
    let header = format!("Prioritering – {} · personlig kod", t(&r.area));
    let mut doc = page(styled(Docx::new()), &header);
    for (i, (name, code)) in codes.iter().enumerate() {
        if i > 0 {
            doc =
                doc.add_paragraph(Paragraph::new().add_run(Run::new().add_break(BreakType::Page)));
        }
        let line = |text: String, size: usize, bold: bool| {
            let run = Run::new().add_text(text).size(size);
            Paragraph::new()
                .align(AlignmentType::Center)
                .add_run(if bold { run.bold() } else { run })
        };
        doc = doc
            .add_paragraph(line(
                format!("Röstning från mobil: {}", stage.label()),
                32,
                true,
            ))
            .add_paragraph(line(t(name), 28, false))
            .add_paragraph(line("Din personliga kod".into(), 24, false))
            .add_paragraph(line(code.to_string(), 72, true))
            .add_paragraph(line(
                format!("Öppna {} i mobilen, eller läs av koden:", t(url)),
                24,
                false,
            ));
        if let Some(qr) = qr_paragraph(url) {
            doc = doc.add_paragraph(qr);
        }
        doc = doc.add_paragraph(line(
            "Koden är din och gäller bara det här steget. Visa den inte för andra.".into(),
            20,
            false,
        ));
    }
    pack(
        doc,
        &Page::of(r, &header),
        &format!("Koder – {}", t(&r.area)),
    )
}
