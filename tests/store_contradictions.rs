//! A round file edited by hand that parses but says against itself (a
//! ballot naming a need that does not exist, a merge into itself or in a
//! circle, a person twice, a moment done before the one before it began
//! or before it started itself): `lbk check` names each with its line and
//! fails, and opening it — in the store and in the app — is read-only with
//! the reason; nothing is repaired and the file is never written. Mended
//! in an editor while open, the round can be written again.

mod common;

use common::cli::{lbk, s, text};
use lbk::store::OpenRound;

/// The sample's text with `from` replaced by `to` once, after `after`; and
/// the line (from 1) of the edit.
fn edited(after: &str, from: &str, to: &str) -> (String, usize) {
    let text = lbk::store::samples::SAMPLES[1].text;
    let start = text.find(after).expect("the anchor is in the sample");
    let at = start + text[start..].find(from).expect("the text is in the sample");
    let out = format!("{}{to}{}", &text[..at], &text[at + from.len()..]);
    let line = out[..at].matches('\n').count() + 1;
    (out, line)
}

struct Case {
    after: &'static str,
    from: &'static str,
    to: &'static str,
    says: &'static str,
    /// Where the finding points when not at the edit: the last line of this.
    place: Option<&'static str>,
}

const CASES: &[Case] = &[
    Case {
        after: "pick_ballots: [",
        from: "\"DAL-02\"",
        to: "\"XYZ-99\"",
        says: "Anna Lindqvists valsedel nämner behovet XYZ-99, som inte finns",
        place: None,
    },
    Case {
        after: "number: \"HAL-04\"",
        from: "into: \"STH-01\"",
        to: "into: \"HAL-04\"",
        says: "Behovet HAL-04 är sammanslaget med sig självt",
        place: None,
    },
    Case {
        after: "number: \"STH-01\"",
        from: "status: Kunskapslucka",
        to: "status: Sammanslaget(into: \"HAL-04\", before: Verifierat)",
        says: "i en cirkel",
        place: None,
    },
    Case {
        after: "name: \"Björn Ekström\"",
        from: "name: \"Björn Ekström\"",
        to: "name: \"anna  Lindqvist\"",
        says: "anna  Lindqvist står två gånger bland representanterna",
        place: None,
    },
    Case {
        after: "moment: Identifiering",
        from: "status: Klar",
        to: "status: EjPaborjad",
        says: "Moment 3 är klart men moment 2 är inte påbörjat",
        place: Some("moment: Dialog,\n      status: Klar"),
    },
    Case {
        after: "moment: Dialog",
        from: "started: None",
        to: "started: Some(\"2025-04-01\")",
        says: "Moment 3 är klart 2025-03-14 men påbörjat först 2025-04-01",
        place: None,
    },
];

#[test]
fn each_contradiction_is_named_with_its_line_and_the_round_opens_read_only() {
    let dir = tempfile::tempdir().unwrap();
    for case in CASES {
        let (body, line) = edited(case.after, case.from, case.to);
        let path = dir.path().join("r.ron");
        std::fs::write(&path, &body).unwrap();
        let o = lbk(&["check", s(&path)]);
        assert!(!o.status.success(), "{}", case.says);
        let said = text(&o);
        assert!(said.contains(case.says), "{said}");
        assert!(said.contains("säger emot sig själv"), "{said}");
        // The place: the edited line, or the line the finding is about.
        let places: Vec<usize> = said
            .lines()
            .filter(|l| l.contains(case.says))
            .filter_map(|l| l.split("rad ").nth(1)?.split(':').next()?.parse().ok())
            .collect();
        let ok = |p: usize| match case.place {
            Some(t) => {
                body[..body.find(t).unwrap()].matches('\n').count() + 1 + t.matches('\n').count()
                    == p
            }
            None => p == line,
        };
        assert!(
            places.iter().any(|&p| ok(p)),
            "{} at line {line}: {said}",
            case.says
        );
        let mut open = OpenRound::open(&path).unwrap();
        let why = open.read_only.clone().expect("read-only");
        assert!(
            why.contains("säger emot sig själv") && why.contains(case.says),
            "{why}"
        );
        assert!(open.save().is_err());
        assert_eq!(
            std::fs::read_to_string(&path).unwrap(),
            body,
            "never written"
        );
    }
}

#[test]
fn the_app_opens_it_read_only_with_the_reason_and_a_mended_file_is_writable_again() {
    let dir = tempfile::tempdir().unwrap();
    let (body, _) = edited(CASES[0].after, CASES[0].from, CASES[0].to);
    let path = dir.path().join("r.ron");
    std::fs::write(&path, &body).unwrap();
    let open = OpenRound::open(&path).unwrap();
    let app = common::App::opening(
        lbk::store::Folders::under(dir.path()),
        lbk::store::Settings::default(),
        false,
        common::fixed_now,
        open,
    );
    assert!(app.read_only().is_some());
    let screen = common::flat(&common::screen(&app, dir.path(), 120, 30));
    assert!(screen.contains("säger emot sig själv"), "{screen}");
    drop(app);
    // Mended in an editor while lbk follows the file.
    let mut open = OpenRound::open(&path).unwrap();
    std::fs::write(&path, lbk::store::samples::SAMPLES[1].text).unwrap();
    open.follow().unwrap();
    assert!(open.contradictions.is_empty());
    assert_eq!(open.read_only, None);
    open.save().unwrap();
    // The sample rounds say nothing against themselves.
    for sample in lbk::store::samples::SAMPLES {
        let (r, _) = lbk::store::parse_round(sample.text.as_bytes(), std::path::Path::new("x"))
            .map(|r| (r, ()))
            .unwrap();
        assert!(lbk::domain::contradictions::contradictions(&r).is_empty());
    }
}
