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
