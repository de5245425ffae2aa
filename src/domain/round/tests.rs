use super::*;
use crate::domain::need::SetAsideReason;

fn at() -> Timestamp {
    Timestamp::from_second(1_790_000_000).unwrap()
}

fn need(number: &str, rss: &str, title: &str) -> Need {
    Need {
        number: number.into(),
        rss: rss.into(),
        title: title.into(),
        ..Need::default()
    }
}

fn round_with_needs() -> Round {
    let mut r = Round::new("Skadligt bruk och beroende", ModelVariant::V2, 2024);
    for (no, rss) in [
        ("GR-01", "GR"),
        ("GR-02", "GR"),
        ("UPP-01", "UPP"),
        ("SKÅ-01", "SKÅ"),
    ] {
        r.add_need(need(no, rss, &format!("Behov {no}")), at())
            .unwrap();
    }
    r
}

#[test]
fn a_new_round_has_seven_moments_in_order_and_validates() {
    let r = Round::new("Funktionshinder", ModelVariant::V1, 2022);
    assert_eq!(r.timeline.len(), 7);
    assert_eq!(r.current_moment(), Moment::ValAvOmrade);
    assert_eq!(r.rss.len(), 24);
    r.validate().unwrap();
    assert_eq!(r.timeline[4].planned, Date::new(2023, 9, 15).ok());
}

#[test]
fn adding_a_need_logs_it_and_a_duplicate_number_is_refused() {
    let mut r = round_with_needs();
    assert_eq!(r.log.len(), 4);
    let err = r.add_need(need("gr-01", "GR", "Annat"), at()).unwrap_err();
    assert_eq!(err, DomainError::DuplicateNeed("gr-01".into()));
    assert!(err.to_string().contains("gr-01"));
    assert_eq!(r.needs.len(), 4);
}

#[test]
fn a_need_without_title_or_with_unknown_rss_is_refused() {
    let mut r = round_with_needs();
    assert_eq!(
        r.add_need(need("GR-09", "GR", "  "), at()),
        Err(DomainError::MissingField("titel"))
    );
    assert_eq!(
        r.add_need(need("XX-01", "XX", "T"), at()),
        Err(DomainError::UnknownRss("XX".into()))
    );
}

#[test]
fn updating_keeps_the_old_title_in_the_log() {
    let mut r = round_with_needs();
    let mut n = r.need("GR-01").unwrap().clone();
    n.title = "Ny titel".into();
    r.update_need("GR-01", n, at()).unwrap();
    assert_eq!(r.need("GR-01").unwrap().title, "Ny titel");
    assert!(
        r.log
            .last()
            .unwrap()
            .what
            .contains("tidigare titel: Behov GR-01")
    );
}

#[test]
fn updating_to_a_number_in_use_is_refused_and_changes_nothing() {
    let mut r = round_with_needs();
    let mut n = r.need("GR-01").unwrap().clone();
    n.number = "GR-02".into();
    assert!(r.update_need("GR-01", n, at()).is_err());
    assert_eq!(r.need("GR-01").unwrap().title, "Behov GR-01");
}

#[test]
fn merged_needs_keep_every_rss_that_raised_them_through_chains() {
    let mut r = round_with_needs();
    r.needs[2].status = NeedStatus::merged("GR-01");
    r.needs[3].status = NeedStatus::merged("UPP-01");
    assert_eq!(r.raised_by("GR-01"), vec!["GR", "UPP", "SKÅ"]);
    assert_eq!(r.merged_into("GR-01").len(), 2);
    r.validate().unwrap();
}

#[test]
fn final_compilation_is_exactly_the_knowledge_gaps_in_number_order() {
    let mut r = round_with_needs();
    r.needs[3].status = NeedStatus::Kunskapslucka;
    r.needs[0].status = NeedStatus::Kunskapslucka;
    r.needs[1].status = NeedStatus::set_aside(SetAsideReason::LokaltRegionalt, "");
    let numbers: Vec<_> = r
        .final_compilation()
        .iter()
        .map(|n| n.number.as_str())
        .collect();
    assert_eq!(numbers, vec!["GR-01", "SKÅ-01"]);
}

#[test]
fn a_merge_into_nothing_is_a_contradiction_and_a_short_timeline_is_refused() {
    let mut r = round_with_needs();
    r.needs[0].status = NeedStatus::merged("NOPE-1");
    assert_eq!(r.validate(), Ok(()));
    let found = crate::domain::contradictions::contradictions(&r);
    assert_eq!(found.len(), 1, "{found:?}");
    assert!(
        found[0].what.contains("NOPE-1, som inte finns"),
        "{found:?}"
    );
    assert_eq!(found[0].needle.last().unwrap(), "into: \"NOPE-1\"");
    // A circle of two.
    let mut r = round_with_needs();
    let (a, b) = (r.needs[0].number.clone(), r.needs[1].number.clone());
    r.needs[0].status = NeedStatus::merged(&b);
    r.needs[1].status = NeedStatus::merged(&a);
    let found = crate::domain::contradictions::contradictions(&r);
    assert_eq!(found.len(), 2, "{found:?}");
    assert!(
        found.iter().all(|c| c.what.contains("i en cirkel")),
        "{found:?}"
    );
    let mut r = round_with_needs();
    r.timeline.pop();
    assert_eq!(r.validate(), Err(DomainError::BadTimeline));
}

#[test]
fn a_need_added_by_mistake_can_be_removed_until_something_comes_of_it() {
    let mut r = Round::new("X", ModelVariant::V2, 2024);
    let at = Timestamp::UNIX_EPOCH;
    for (no, title) in [("STH-01", "Fel"), ("STH-02", "Rätt")] {
        r.add_need(
            Need {
                number: no.into(),
                rss: "STH".into(),
                title: title.into(),
                ..Need::default()
            },
            at,
        )
        .unwrap();
    }
    let removed = r.remove_need("STH-01", at).unwrap();
    assert_eq!(removed.title, "Fel");
    assert!(r.need("STH-01").is_none());
    assert!(
        r.log
            .last()
            .unwrap()
            .what
            .contains("borttaget (tillagt av misstag): Fel")
    );
    // Once it has moved on, only a set-aside with a reason remains.
    r.needs[0].status = NeedStatus::Kunskapslucka;
    let before = r.clone();
    assert!(matches!(
        r.remove_need("STH-02", at),
        Err(DomainError::NotRemovable(_))
    ));
    assert_eq!(r, before, "nothing changed");
    assert!(matches!(
        r.remove_need("STH-99", at),
        Err(DomainError::UnknownNeed(_))
    ));
}
