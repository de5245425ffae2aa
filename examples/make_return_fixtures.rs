//! Writes the sources of the return-form fixtures from the sample round
//! funktionshinder-2022: SoS's receipt form as lbk writes it, the same
//! form filled in as SoS would, and SoS's feedback form (moment 7) with the
//! round's feedback filled in. LibreOffice then saves them as the files in
//! tests/fixtures/returns (see tests/fixtures/README.md).
//!
//! cargo run --example make_return_fixtures -- DIR

use lbk::documents::formats::return_xlsx::return_xlsx;
use lbk::documents::returns::feedback_form::feedback_form;
use lbk::documents::returns::receipt_form::{RESPONSIBLE, WAY, WHEN, receipt_form};

fn main() {
    let dir = std::path::PathBuf::from(std::env::args().nth(1).unwrap_or_else(|| ".".into()));
    std::fs::create_dir_all(&dir).unwrap();
    let round = lbk::store::format::parse_round(
        lbk::store::samples::SAMPLES[0].text.as_bytes(),
        std::path::Path::new("funktionshinder-2022.ron"),
    )
    .unwrap();
    let now: jiff::Timestamp = "2026-12-07T09:00:00Z".parse().unwrap();
    let form = receipt_form(&round, "SoS", now).unwrap();
    std::fs::write(dir.join("mottagande-SoS.xlsx"), return_xlsx(&form).unwrap()).unwrap();
    let mut filled = form.clone();
    let answers = [
        (
            "Åsa Öberg, enheten för kunskapsstöd",
            "kunskapsstöd",
            "2027 kv 3",
        ),
        ("Per Lind", "Kunskapsöversikt", "hösten 2027"),
    ];
    for (row, (who, way, when)) in filled.rows.iter_mut().zip(answers) {
        row[RESPONSIBLE] = who.into();
        row[WAY] = way.into();
        row[WHEN] = when.into();
    }
    std::fs::write(
        dir.join("mottagande-SoS-ifylld.xlsx"),
        return_xlsx(&filled).unwrap(),
    )
    .unwrap();
    let feedback = feedback_form(&round, "SoS", now).unwrap();
    std::fs::write(
        dir.join("aterkoppling-SoS.xlsx"),
        return_xlsx(&feedback).unwrap(),
    )
    .unwrap();
}
