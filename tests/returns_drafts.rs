//! Each return goes out in a draft To the party's contact, with its form
//! attached and the day to answer by in the text: the preparation to each
//! actor (moment 3), the verification with the minutes to each RSS (4),
//! the receipt with the commission (6, in tests/returns_receipt.rs) and
//! the feedback form to each actor (7). The attached form reads back as
//! the party's own.

mod common;

use common::cli::{lbk, s, text};
use mail_parser::MimeHeaders;

/// Writes the drafts of sample `i` with `party` (an actor with `kind`
/// "--actor", else an RSS) given an address, and
/// returns the parsed draft `name` with the party its attached `form` is
/// for, read back through the returns reader.
fn draft(i: usize, kind: &str, party: &str, name: &str, form: &str) -> (String, String, String) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("r.ron");
    std::fs::write(&path, lbk::store::samples::SAMPLES[i].text).unwrap();
    let mut args = vec!["people", s(&path), "contact"];
    if kind == "--actor" {
        args.push(kind);
    }
    args.extend([party, "Eva Ek", "--email", "eva@part.example"]);
    let o = lbk(&args);
    assert!(o.status.success(), "{}", text(&o));
    let out = dir.path().join("ut");
    let o = lbk(&["export", s(&path), "mailouts", "-o", s(&out)]);
    assert!(o.status.success(), "{}", text(&o));
    let eml = std::fs::read(out.join(format!("utskick/{name}.eml")))
        .unwrap_or_else(|_| panic!("no draft {name}: {}", text(&o)));
    let msg = mail_parser::MessageParser::default().parse(&eml).unwrap();
    let to: Vec<String> = msg
        .to()
        .map(|a| {
            a.iter()
                .filter_map(|x| x.address())
                .map(String::from)
                .collect()
        })
        .unwrap_or_default();
    let to = to.join(", ");
    let attached = msg
        .attachments()
        .find(|a| a.attachment_name() == Some(form))
        .unwrap_or_else(|| panic!("{form} not attached to {name}"));
    let read = dir.path().join("bilaga.xlsx");
    std::fs::write(&read, attached.contents()).unwrap();
    let sheet = lbk::imports::returns::read_return(&read).unwrap();
    (to, sheet.party, msg.body_text(0).unwrap().into_owned())
}

#[test]
fn each_actor_gets_its_preparation_form_before_the_dialogues() {
    let (to, party, body) = draft(
        1,
        "--actor",
        "SBU",
        "forberedelse-SBU",
        "forberedelse-SBU.xlsx",
    );
    assert_eq!((to.as_str(), party.as_str()), ("eva@part.example", "SBU"));
    // Due before the first dialogue (4 February 2025 in the sample).
    assert!(body.contains("senast 4 februari 2025"), "{body}");
}

#[test]
fn each_rss_gets_its_verification_form_with_the_minutes() {
    let (to, party, body) = draft(1, "--rss", "GR", "aterkoppling-GR", "verifiering-GR.xlsx");
    assert!(to.contains("eva@part.example"), "{to}");
    assert_eq!(party, "GR");
    assert!(body.contains("verifiering-…xlsx"), "{body}");
}

#[test]
fn each_actor_with_needs_gets_its_feedback_form() {
    let (to, party, body) = draft(
        0,
        "--actor",
        "SoS",
        "aterkopplingsformular-SoS",
        "aterkoppling-SoS.xlsx",
    );
    assert_eq!((to.as_str(), party.as_str()), ("eva@part.example", "SoS"));
    assert!(body.contains("Skicka tillbaka filen"), "{body}");
    assert!(!body.contains("[datum saknas"), "{body}");
}

#[test]
fn no_draft_carries_a_form_for_another_party() {
    let (_, party, _) = draft(
        0,
        "--actor",
        "SBU",
        "prioriterade-behov-SBU",
        "mottagande-SBU.xlsx",
    );
    assert_eq!(party, "SBU");
}
