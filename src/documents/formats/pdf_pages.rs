//! A plain PDF of pages of lines (pdf-writer): A4, Helvetica from the
//! fourteen fonts every reader has (nothing embedded), text in
//! Windows-1252 as the font's WinAnsi encoding reads it, long lines
//! wrapped at a word, and QR codes drawn as filled squares so they print
//! sharp at any size. Text the encoding cannot hold is refused with the
//! line it is on, never printed as something else.

use pdf_writer::{Content, Finish, Name, Pdf, Rect, Ref, Str, TextStr};

/// One line of a page.
pub enum PdfLine {
    Text {
        text: String,
        size: f32,
        bold: bool,
    },
    /// A QR code of the text, `module` points per square.
    Qr {
        text: String,
        module: f32,
    },
    /// Empty space, in points.
    Gap(f32),
}

const WIDTH: f32 = 595.0;
const HEIGHT: f32 = 842.0;
const MARGIN: f32 = 72.0;
const REGULAR: Name = Name(b"F1");
const BOLD: Name = Name(b"F2");

/// The PDF of `pages`, with `title` in its properties.
pub fn pages_pdf(pages: &[Vec<PdfLine>], title: &str) -> Result<Vec<u8>, String> {
    let mut pdf = Pdf::new();
    let catalog = Ref::new(1);
    let tree = Ref::new(2);
    let (regular, bold, info) = (Ref::new(3), Ref::new(4), Ref::new(5));
    let first = 6;
    let page_ref = |i: usize| Ref::new(first + 2 * i as i32);
    let content_ref = |i: usize| Ref::new(first + 2 * i as i32 + 1);
    pdf.catalog(catalog).pages(tree).lang(TextStr("sv-SE"));
    pdf.pages(tree)
        .kids((0..pages.len()).map(page_ref))
        .count(pages.len() as i32);
    pdf.document_info(info)
        .title(TextStr(title))
        .creator(TextStr("lbk"));
    for (font, name) in [(regular, "Helvetica"), (bold, "Helvetica-Bold")] {
        pdf.type1_font(font)
            .base_font(Name(name.as_bytes()))
            .encoding_predefined(Name(b"WinAnsiEncoding"));
    }
    for (i, lines) in pages.iter().enumerate() {
        let mut page = pdf.page(page_ref(i));
        page.media_box(Rect::new(0.0, 0.0, WIDTH, HEIGHT));
        page.parent(tree);
        page.contents(content_ref(i));
        page.resources()
            .fonts()
            .pair(REGULAR, regular)
            .pair(BOLD, bold);
        page.finish();
        let content = draw(lines)?;
        pdf.stream(content_ref(i), &content);
    }
    Ok(pdf.finish())
}

fn draw(lines: &[PdfLine]) -> Result<Vec<u8>, String> {
    let mut c = Content::new();
    let mut y = HEIGHT - MARGIN;
    for line in lines {
        match line {
            PdfLine::Gap(h) => y -= h,
            PdfLine::Text { text, size, bold } => {
                for part in wrapped(text, *size) {
                    y -= size * 1.3;
                    let bytes = winansi(&part)?;
                    c.begin_text();
                    c.set_font(if *bold { BOLD } else { REGULAR }, *size);
                    c.next_line(MARGIN, y);
                    c.show(Str(&bytes));
                    c.end_text();
                }
            }
            PdfLine::Qr { text, module } => {
                let Ok(code) = qrcode::QrCode::new(text.as_bytes()) else {
                    continue;
                };
                let width = code.width();
                let colors = code.to_colors();
                y -= module * (width as f32 + 2.0);
                c.set_fill_gray(0.0);
                for (k, color) in colors.iter().enumerate() {
                    if *color == qrcode::Color::Dark {
                        let (col, row) = ((k % width) as f32, (k / width) as f32);
                        // Rows run down the page; a square overlaps its
                        // neighbours by a hair so no seam shows.
                        c.rect(
                            MARGIN + col * module,
                            y + (width as f32 - 1.0 - row) * module,
                            module + 0.05,
                            module + 0.05,
                        );
                    }
                }
                c.fill_nonzero();
                y -= module * 2.0;
            }
        }
    }
    Ok(c.finish().into_vec())
}

/// The text as WinAnsi (Windows-1252) bytes, or which character it lacks.
fn winansi(text: &str) -> Result<Vec<u8>, String> {
    let (bytes, _, lossy) = encoding_rs::WINDOWS_1252.encode(text);
    if lossy {
        let bad = text
            .chars()
            .find(|ch| {
                let mut b = [0u8; 4];
                encoding_rs::WINDOWS_1252.encode(ch.encode_utf8(&mut b)).2
            })
            .unwrap_or('?');
        return Err(format!(
            "PDF-filen kan inte skriva tecknet {bad:?} i {text:?}. Skriv Word-filen i stället (--format docx) eller ändra texten i omgången."
        ));
    }
    Ok(bytes.into_owned())
}

/// The text in lines that fit between the margins: a Helvetica letter is
/// at most about 0.6 of the size wide on average.
fn wrapped(text: &str, size: f32) -> Vec<String> {
    let fit = (((WIDTH - 2.0 * MARGIN) / (size * 0.6)) as usize).max(8);
    let mut out: Vec<String> = vec![];
    let mut line = String::new();
    for word in text.split(' ') {
        let mut word = word.to_string();
        while word.chars().count() > fit {
            let cut: String = word.chars().take(fit).collect();
            word = word.chars().skip(fit).collect();
            if !line.is_empty() {
                out.push(std::mem::take(&mut line));
            }
            out.push(cut);
        }
        if !line.is_empty() && line.chars().count() + 1 + word.chars().count() > fit {
            out.push(std::mem::take(&mut line));
        }
        if !line.is_empty() {
            line.push(' ');
        }
        line.push_str(&word);
    }
    out.push(line);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn long_lines_wrap_at_a_word_and_a_long_word_is_cut() {
        let lines = wrapped(&format!("kort {} slut", "x".repeat(200)), 24.0);
        assert!(lines.len() >= 3, "{lines:?}");
        let fit = ((WIDTH - 2.0 * MARGIN) / (24.0 * 0.6)) as usize;
        assert!(lines.iter().all(|l| l.chars().count() <= fit), "{lines:?}");
        assert_eq!(
            lines.concat().replace(' ', ""),
            format!("kort{}slut", "x".repeat(200))
        );
    }

    #[test]
    fn swedish_letters_are_written_and_a_letter_outside_is_refused_by_name() {
        assert_eq!(winansi("Åsa Öberg").unwrap()[0], 0xC5);
        let e = winansi("Łukasz").unwrap_err();
        assert!(e.contains("'Ł'") && e.contains("--format docx"), "{e}");
    }
}
