//! A QR code for Word: the code drawn as a small black-and-white PNG (one
//! square of `scale` pixels per module, a quiet zone of four), placed in a
//! run as a picture. Word and LibreOffice show it; a phone's camera reads it.

use qrcode::{Color, QrCode};

/// The PNG of the QR code of `text` and its side in pixels; None when the
/// text is too long for a code.
pub fn qr_png(text: &str, scale: usize) -> Option<(Vec<u8>, u32)> {
    let code = QrCode::new(text.as_bytes()).ok()?;
    let width = code.width();
    let colors = code.to_colors();
    let quiet = 4;
    let side = (width + 2 * quiet) * scale;
    let mut pixels = vec![255u8; side * side];
    for y in 0..width {
        for x in 0..width {
            if colors[y * width + x] == Color::Dark {
                for dy in 0..scale {
                    let row = (y + quiet) * scale + dy;
                    let from = row * side + (x + quiet) * scale;
                    pixels[from..from + scale].fill(0);
                }
            }
        }
    }
    let mut out = Vec::new();
    {
        let mut enc = png::Encoder::new(&mut out, side as u32, side as u32);
        enc.set_color(png::ColorType::Grayscale);
        enc.set_depth(png::BitDepth::Eight);
        let mut w = enc.write_header().ok()?;
        w.write_image_data(&pixels).ok()?;
    }
    Some((out, side as u32))
}

/// The QR code of `text` as a picture in a centred paragraph.
pub fn qr_paragraph(text: &str) -> Option<docx_rs::Paragraph> {
    let (png, side) = qr_png(text, 6)?;
    let pic = docx_rs::Pic::new_with_dimensions(png, side, side);
    Some(
        docx_rs::Paragraph::new()
            .align(docx_rs::AlignmentType::Center)
            .add_run(docx_rs::Run::new().add_image(pic)),
    )
}
