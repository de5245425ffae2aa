//! Writes the sources of the return-form fixtures from the sample round
//! funktionshinder-2022: SoS's receipt form as lbk writes it, the same
//! form filled in as SoS would, and SoS's feedback form (moment 7) with the
//! round's feedback filled in; from skadligt-bruk-2024, SBU's preparation
//! form (moment 3) as written and filled in, and GR's verification form
//! (moment 4) as written and filled in; from funktionshinder-2022 (model
//! 1.0) GR's network-check form. LibreOffice then saves them as the files
//! in tests/fixtures/returns (see tests/fixtures/README.md).
//!
//! cargo run --example make_return_fixtures -- DIR

use lbk::documents::formats::return_xlsx::return_xlsx;
use lbk::documents::returns::feedback_form::feedback_form;
use lbk::documents::returns::preparation_form::{
    ANSWER, LINK, QUESTION, SUPPORT, WHO, preparation_form,
};
use lbk::documents::returns::receipt_form::{RESPONSIBLE, WAY, WHEN, receipt_form};
use lbk::documents::returns::verification_form::{AGREES, CORRECTION, verification_form};

fn sample(i: usize) -> lbk::domain::Round {
    let s = &lbk::store::samples::SAMPLES[i];
    lbk::store::format::parse_round(s.text.as_bytes(), std::path::Path::new("sample.ron")).unwrap()
}

fn main() {
    let dir = std::path::PathBuf::from(std::env::args().nth(1).unwrap_or_else(|| ".".into()));
    std::fs::create_dir_all(&dir).unwrap();
    let round = sample(0);
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
    let later = sample(1);
    let prep = preparation_form(&later, "SBU", now).unwrap();
    std::fs::write(
        dir.join("forberedelse-SBU.xlsx"),
        return_xlsx(&prep).unwrap(),
    )
    .unwrap();
    let mut filled = prep.clone();
    let answers = [
        ("lucka", "", "", "Eva Ek", ""),
        (
            "täckt",
            "Kunskapsstöd om spelberoende",
            "https://www.sbu.se/spel",
            "Eva Ek",
            "",
        ),
        ("pågår", "Systematisk översikt 2027", "", "Lars Berg", ""),
        ("Oklart", "", "", "", "Gäller det vuxna eller unga?"),
    ];
    for (row, (answer, support, link, who, question)) in filled.rows.iter_mut().zip(answers) {
        row[ANSWER] = answer.into();
        row[SUPPORT] = support.into();
        row[LINK] = link.into();
        row[WHO] = who.into();
        row[QUESTION] = question.into();
    }
    std::fs::write(
        dir.join("forberedelse-SBU-ifylld.xlsx"),
        return_xlsx(&filled).unwrap(),
    )
    .unwrap();
    let check = verification_form(&later, "GR", now).unwrap();
    std::fs::write(
        dir.join("verifiering-GR.xlsx"),
        return_xlsx(&check).unwrap(),
    )
    .unwrap();
    let mut filled = check.clone();
    for (i, row) in filled.rows.iter_mut().enumerate() {
        row[AGREES] = if i == 1 { "nej" } else { "ja" }.into();
        if i == 1 {
            row[CORRECTION] = "Behovet gäller även anhöriga, inte bara den enskilde.".into();
        }
    }
    std::fs::write(
        dir.join("verifiering-GR-ifylld.xlsx"),
        return_xlsx(&filled).unwrap(),
    )
    .unwrap();
    let network = verification_form(&round, "GR", now).unwrap();
    std::fs::write(
        dir.join("avstamning-GR.xlsx"),
        return_xlsx(&network).unwrap(),
    )
    .unwrap();
}
