//! The server's address as a QR code in text, two rows of modules per
//! line with half blocks, for the terminal and the shared screen.

use qrcode::QrCode;
use qrcode::render::unicode::Dense1x2;

/// The QR code of `text`, light on dark as terminals show it; None if the
/// text is too long for a code.
pub fn qr_text(text: &str) -> Option<String> {
    let code = QrCode::new(text.as_bytes()).ok()?;
    Some(
        code.render::<Dense1x2>()
            .dark_color(Dense1x2::Light)
            .light_color(Dense1x2::Dark)
            .quiet_zone(true)
            .build(),
    )
}
