//! The slips for voting from phones: `lbk export FILE ballot-codes` writes
//! one page per present representative with the name, the code, the
//! address and its QR code as a picture; refused, with what to do, while
//! no codes are given.

mod common;

use std::io::Read;

use common::cli::{lbk, s, text};

fn part(docx: &std::path::Path, name: &str) -> Vec<u8> {
    let mut zip = zip::ZipArchive::new(std::fs::File::open(docx).unwrap()).unwrap();
    let mut out = vec![];
    zip.by_name(name).unwrap().read_to_end(&mut out).unwrap();
    out
}

#[test]
fn a_slip_per_present_person_with_code_address_and_qr_code() {
    let dir = tempfile::tempdir().unwrap();
    let path = common::cli::round_copy(dir.path());
    let out = dir.path().join("ut");
    let before = std::fs::read(&path).unwrap();
    let o = lbk(&[
        "export",
        s(&path),
        "ballot-codes",
        "--addr",
        "192.168.1.20:8080",
        "-o",
        s(&out),
    ]);
    assert!(!o.status.success());
    assert!(
        text(&o).contains("Inga koder är utdelade ännu"),
        "{}",
        text(&o)
    );
    assert_eq!(std::fs::read(&path).unwrap(), before);
    let o = lbk(&["serve", s(&path), "--codes"]);
    assert!(o.status.success(), "{}", text(&o));
    let o = lbk(&[
        "export",
        s(&path),
        "ballot-codes",
        "--addr",
        "192.168.1.20:8080",
        "-o",
        s(&out),
    ]);
    assert!(o.status.success(), "{}", text(&o));
    let docx = out.join("valkoder.docx");
    let xml = String::from_utf8(part(&docx, "word/document.xml")).unwrap();
    let r = lbk::store::load(&path).unwrap().0;
    assert_eq!(r.prioritization.codes.len(), r.voters().len());
    for c in &r.prioritization.codes {
        assert!(xml.contains(&c.representative), "{}", c.representative);
        assert!(xml.contains(&c.code), "{}", c.code);
    }
    assert!(xml.contains("http://192.168.1.20:8080/"));
    assert_eq!(xml.matches("w:type=\"page\"").count(), r.voters().len() - 1);
    // The QR code: a PNG, square, of whole modules with the quiet zone.
    let png = part(&docx, "word/media/rIdImage1.png");
    let decoder = png::Decoder::new(std::io::Cursor::new(png));
    let reader = decoder.read_info().unwrap();
    let info = reader.info();
    assert_eq!(info.width, info.height);
    let modules = qrcode::QrCode::new(b"http://192.168.1.20:8080/")
        .unwrap()
        .width() as u32;
    assert_eq!(info.width, (modules + 8) * 6);
}

/// The text a PDF shows, line by line: every `(…) Tj` and `<hex> Tj`
/// (pdf-writer writes a string with letters beyond ASCII in hex), read as
/// Windows-1252 as the font's WinAnsi encoding does.
fn shown_text(pdf: &[u8]) -> Vec<String> {
    let text = String::from_utf8_lossy(pdf);
    text.lines()
        .filter_map(|l| l.strip_suffix(" Tj"))
        .map(|s| {
            if let Some(hex) = s.strip_prefix('<').and_then(|h| h.strip_suffix('>')) {
                let bytes: Vec<u8> = (0..hex.len())
                    .step_by(2)
                    .map(|i| u8::from_str_radix(&hex[i..i + 2], 16).unwrap())
                    .collect();
                encoding_rs::WINDOWS_1252.decode(&bytes).0.into_owned()
            } else {
                s.trim_start_matches('(').trim_end_matches(')').to_string()
            }
        })
        .collect()
}

fn pages(pdf: &[u8]) -> usize {
    let text = String::from_utf8_lossy(pdf);
    text.matches("/Type /Page").count() - text.matches("/Type /Pages").count()
}

#[test]
fn the_slips_as_pdf_a_page_each_and_a_name_its_fonts_lack_is_said_not_misprinted() {
    let dir = tempfile::tempdir().unwrap();
    let path = common::cli::round_copy(dir.path());
    let out = dir.path().join("ut");
    let o = lbk(&["serve", s(&path), "--codes"]);
    assert!(o.status.success(), "{}", text(&o));
    let export = |format: Option<&str>| {
        let mut args = vec![
            "export",
            s(&path),
            "ballot-codes",
            "--addr",
            "10.0.0.5:8080",
        ];
        if let Some(f) = format {
            args.extend(["--format", f]);
        }
        args.extend(["-o", s(&out)]);
        lbk(&args)
    };
    let o = export(Some("pdf"));
    assert!(o.status.success(), "{}", text(&o));
    assert!(
        !out.join("valkoder.docx").exists(),
        "only the PDF was asked"
    );
    let pdf = std::fs::read(out.join("valkoder.pdf")).unwrap();
    assert!(pdf.starts_with(b"%PDF-"));
    let r = lbk::store::load(&path).unwrap().0;
    assert_eq!(pages(&pdf), r.voters().len());
    let shown = shown_text(&pdf);
    for c in &r.prioritization.codes {
        assert!(
            shown.iter().any(|l| l == &c.representative),
            "{}",
            c.representative
        );
        assert!(shown.iter().any(|l| l == &c.code), "{}", c.code);
    }
    assert!(
        shown
            .iter()
            .any(|l| l.contains("Öppna http://10.0.0.5:8080/")),
        "{shown:?}"
    );

    // A present person whose name Helvetica's WinAnsi cannot write.
    let mut open = lbk::store::OpenRound::open(&path).unwrap();
    let at = jiff::Timestamp::now();
    open.round
        .add_representative("Łukasz Nowak", "GR", "", at)
        .unwrap();
    open.round.set_present("Łukasz Nowak", true, at).unwrap();
    open.round
        .new_code("Łukasz Nowak", &mut common::phones::counter(), at)
        .unwrap();
    open.save().unwrap();
    drop(open);
    std::fs::remove_dir_all(&out).unwrap();
    let o = export(Some("pdf"));
    assert!(!o.status.success());
    let said = text(&o);
    assert!(
        said.contains("'Ł'") && said.contains("--format docx"),
        "{said}"
    );
    assert!(!out.join("valkoder.pdf").exists());
    // Without --format the Word file is written with every name, and the
    // missing PDF is said.
    let o = export(None);
    assert!(o.status.success(), "{}", text(&o));
    assert!(
        text(&o).contains("valkoder.pdf skrevs inte"),
        "{}",
        text(&o)
    );
    assert!(!out.join("valkoder.pdf").exists());
    let xml = String::from_utf8(part(&out.join("valkoder.docx"), "word/document.xml")).unwrap();
    assert!(xml.contains("Łukasz Nowak"));
}

#[test]
fn lbk_serve_on_an_address_it_cannot_take_says_so_in_swedish_and_changes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let path = common::cli::round_copy(dir.path());
    let before = std::fs::read(&path).unwrap();
    for (addr, said) in [
        ("127.0.0.1:99999", "porten är 1–65535"),
        ("motesrummet:8080", "adressen går inte att läsa"),
    ] {
        let o = lbk(&["serve", s(&path), "--addr", addr]);
        assert!(!o.status.success(), "{addr}");
        let t = text(&o);
        assert!(t.contains(said) && t.contains("--addr"), "{addr}: {t}");
        assert!(!t.contains("invalid"), "{addr}: {t}");
        assert!(
            std::fs::read(&path).unwrap() == before,
            "{addr}: the round changed"
        );
    }
}
