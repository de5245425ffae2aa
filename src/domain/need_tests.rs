use super::*;

#[test]
fn numbers_split_on_the_last_dash() {
    assert_eq!(split_number("GR-03"), Some(("GR", 3)));
    assert_eq!(split_number("VG-FYR-12"), Some(("VG-FYR", 12)));
    assert_eq!(split_number("GR"), None);
    assert_eq!(split_number("-3"), None);
    assert_eq!(split_number("GR-x"), None);
}

#[test]
fn next_number_skips_past_the_highest_of_that_rss() {
    let existing = ["GR-01", "GR-07", "SKÅ-09", "gr-03"];
    assert_eq!(next_number("GR", existing), "GR-08");
    assert_eq!(next_number("UPP", existing), "UPP-01");
}

#[test]
fn a_need_number_can_be_typed_fast_in_several_ways() {
    for t in ["GR-03", "gr-3", "gr3", "GR03", " gr 03 "] {
        assert!(token_names("GR-03", t), "{t}");
    }
    assert!(token_names("GÄV-02", "gäv2"));
    assert!(!token_names("GR-03", "gr-13"));
    assert!(!token_names("GR-03", "g3"));
    assert!(!token_names("GR-03", "gr"));
}

#[test]
fn completion_offers_every_number_the_typing_could_become() {
    let list: Vec<String> = ["GR-01", "GR-02", "GÄV-01", "HAL-01"]
        .iter()
        .map(|s| s.to_string())
        .collect();
    assert_eq!(completions(&list, "g"), vec!["GR-01", "GR-02", "GÄV-01"]);
    assert_eq!(completions(&list, "gr-0"), vec!["GR-01", "GR-02"]);
    assert_eq!(completions(&list, "gr2"), vec!["GR-02"]);
    assert!(completions(&list, "").is_empty());
}

#[test]
fn leaving_statuses_are_exactly_set_aside_and_merged() {
    assert!(!NeedStatus::Kunskapslucka.has_left());
    assert!(NeedStatus::merged("GR-01").has_left());
    assert!(NeedStatus::set_aside(SetAsideReason::Annat, "").has_left());
    assert_eq!(
        NeedStatus::merged("GR-01").label(),
        "sammanslagen med GR-01"
    );
}
