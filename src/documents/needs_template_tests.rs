//! The needs template's instruction: the RSS's code, the model's words
//! and the day to send it back.

use super::*;

fn strings(bytes: &[u8]) -> String {
    use std::io::Read as _;
    let mut z = zip::ZipArchive::new(std::io::Cursor::new(bytes)).unwrap();
    let mut s = String::new();
    z.by_name("xl/sharedStrings.xml")
        .unwrap()
        .read_to_string(&mut s)
        .unwrap();
    s
}

#[test]
fn the_instruction_has_the_rss_code_and_the_models_words() {
    let rss = Rss {
        code: "VRM".into(),
        name: "RSS Värmland".into(),
        ..Rss::default()
    };
    let v2 = strings(
        &needs_template(
            &rss,
            &crate::domain::Round::new("X", crate::domain::ModelVariant::V2, 2025),
            &[],
            jiff::Timestamp::UNIX_EPOCH,
        )
        .unwrap(),
    );
    assert!(v2.contains("(t.ex. VRM-03)") && !v2.contains("GR-03"));
    assert!(v2.contains("dialogen med de nationella aktörerna"));
    let v1 = strings(
        &needs_template(
            &rss,
            &crate::domain::Round::new("X", crate::domain::ModelVariant::V1, 2025),
            &[],
            jiff::Timestamp::UNIX_EPOCH,
        )
        .unwrap(),
    );
    assert!(v1.contains("avstämningen med nätverket"));
    // When to send it back: two weeks before moment 3 as planned.
    let planned = crate::domain::Round::new("X", crate::domain::ModelVariant::V2, 2025)
        .moment_record(crate::domain::Moment::Dialog)
        .and_then(|m| m.planned)
        .unwrap();
    let due = planned.checked_sub(jiff::Span::new().days(14)).unwrap();
    assert!(v2.contains(&format!("till kansliet senast {due}: svara på utskicket")));
}
