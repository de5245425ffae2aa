//! Moment 5's rules on a small round.
use super::*;
use crate::domain::people::Representative;
use crate::domain::{ModelVariant, Need, NeedStatus};

fn at() -> Timestamp {
    Timestamp::from_second(1_790_000_000).unwrap()
}

fn s(v: &[&str]) -> Vec<String> {
    v.iter().map(|x| x.to_string()).collect()
}

fn round(model: ModelVariant) -> Round {
    let mut r = Round::new("X", model, 2024);
    for no in ["GR-01", "GR-02", "GR-03", "STH-01"] {
        r.needs.push(Need {
            number: no.into(),
            rss: no[..no.len() - 3].into(),
            title: no.into(),
            status: NeedStatus::Kunskapslucka,
            ..Need::default()
        });
    }
    r.needs.push(Need {
        number: "GR-04".into(),
        rss: "GR".into(),
        title: "ej lucka".into(),
        ..Need::default()
    });
    for name in ["Anna Lind", "Bo Ek", "Cilla Ås"] {
        r.representatives.push(Representative {
            name: name.into(),
            county: String::new(),
            organisation: String::new(),
            ..Representative::default()
        });
        r.prioritization.present.push(name.into());
    }
    r.prioritization.max_picks = 2;
    r
}

#[test]
fn a_ballot_is_refused_for_too_many_a_duplicate_and_a_need_off_the_list() {
    let mut r = round(ModelVariant::V2);
    assert_eq!(
        r.cast_picks("anna lind", &s(&["GR-01", "GR-02", "GR-03"]), at()),
        Err(BallotError::TooMany { got: 3, max: 2 })
    );
    assert_eq!(
        r.cast_picks("Anna Lind", &s(&["GR-01", "gr-01"]), at()),
        Err(BallotError::Duplicate("GR-01".into()))
    );
    assert_eq!(
        r.cast_picks("Anna Lind", &s(&["GR-04"]), at()),
        Err(BallotError::NotOnCompilation("GR-04".into()))
    );
    assert_eq!(
        r.cast_picks("Okänd", &s(&["GR-01"]), at()),
        Err(BallotError::UnknownRepresentative("Okänd".into()))
    );
    assert!(r.prioritization.pick_ballots.is_empty());
    // Fewer than N is allowed; names match ignoring case and spaces.
    r.cast_picks("  ANNA LIND ", &s(&["gr-02"]), at()).unwrap();
    assert_eq!(r.prioritization.pick_ballots[0].needs, s(&["GR-02"]));
}

#[test]
fn corrections_and_withdrawals_are_logged_with_the_earlier_picks() {
    let mut r = round(ModelVariant::V2);
    r.cast_picks("Bo Ek", &s(&["GR-01"]), at()).unwrap();
    r.cast_picks("Bo Ek", &s(&["GR-02", "STH-01"]), at())
        .unwrap();
    assert!(r.log.last().unwrap().what.contains("tidigare: GR-01"));
    r.withdraw_picks("Bo Ek", at()).unwrap();
    assert!(r.log.last().unwrap().what.contains("var: GR-02, STH-01"));
    assert!(r.prioritization.pick_ballots.is_empty());
    assert_eq!(
        r.withdraw_picks("Bo Ek", at()),
        Err(BallotError::NoBallot("Bo Ek".into()))
    );
}

#[test]
fn an_absent_representative_cannot_vote_until_marked_present() {
    let mut r = round(ModelVariant::V2);
    r.set_present("Cilla Ås", false, at()).unwrap();
    assert_eq!(
        r.cast_picks("Cilla Ås", &s(&["GR-01"]), at()),
        Err(BallotError::NotPresent("Cilla Ås".into()))
    );
    r.set_present("cilla ås", true, at()).unwrap();
    r.cast_picks("Cilla Ås", &s(&["GR-01"]), at()).unwrap();
}

#[test]
fn n_cannot_go_below_a_cast_ballot() {
    let mut r = round(ModelVariant::V2);
    r.cast_picks("Bo Ek", &s(&["GR-01", "GR-02"]), at())
        .unwrap();
    assert!(matches!(
        r.set_max_picks(1, at()),
        Err(BallotError::MaxBelowBallot { has: 2, .. })
    ));
    assert_eq!(r.set_max_picks(0, at()), Err(BallotError::MaxZero));
    r.set_max_picks(3, at()).unwrap();
    assert_eq!(r.prioritization.max_picks, 3);
}

#[test]
fn closing_forms_the_joint_list_and_reopening_needs_a_reason() {
    let mut r = round(ModelVariant::V2);
    r.cast_picks("Anna Lind", &s(&["GR-01", "GR-02"]), at())
        .unwrap();
    r.cast_picks("Bo Ek", &s(&["GR-02"]), at()).unwrap();
    r.close_picks(at()).unwrap();
    assert_eq!(r.prioritization.joint_list, s(&["GR-02", "GR-01"]));
    assert_eq!(
        r.cast_picks("Bo Ek", &s(&["GR-03"]), at()),
        Err(BallotError::PickClosed)
    );
    assert_eq!(r.reopen_picks("  ", at()), Err(BallotError::NoReason));
    r.cast_ranking("Bo Ek", &s(&["GR-01"]), at()).unwrap();
    assert_eq!(
        r.reopen_picks("Fel val", at()),
        Err(BallotError::RankBallotsExist(1))
    );
    r.withdraw_ranking("Bo Ek", at()).unwrap();
    r.reopen_picks("Bo valde fel behov", at()).unwrap();
    assert!(
        r.log
            .last()
            .unwrap()
            .what
            .ends_with("Skäl: Bo valde fel behov")
    );
    assert!(r.prioritization.joint_list.is_empty());
}

#[test]
fn a_ranking_covers_only_the_joint_list_in_2_0_and_own_picks_in_1_0() {
    let mut r = round(ModelVariant::V2);
    r.cast_picks("Anna Lind", &s(&["GR-01", "GR-02"]), at())
        .unwrap();
    r.cast_picks("Bo Ek", &s(&["STH-01"]), at()).unwrap();
    assert_eq!(
        r.cast_ranking("Bo Ek", &s(&["GR-01"]), at()),
        Err(BallotError::RankNotOpen)
    );
    r.close_picks(at()).unwrap();
    assert_eq!(
        r.cast_ranking("Bo Ek", &s(&["GR-03"]), at()),
        Err(BallotError::NotOnJointList("GR-03".into()))
    );
    r.cast_ranking("Bo Ek", &s(&["GR-01", "STH-01"]), at())
        .unwrap();
    assert_eq!(r.rank_scale(), 3);

    let mut v1 = round(ModelVariant::V1);
    v1.cast_picks("Anna Lind", &s(&["GR-01", "GR-02"]), at())
        .unwrap();
    v1.close_picks(at()).unwrap();
    assert_eq!(
        v1.cast_ranking("Anna Lind", &s(&["STH-01"]), at()),
        Err(BallotError::NotOwnPick("STH-01".into()))
    );
    v1.cast_ranking("Anna Lind", &s(&["GR-02", "GR-01"]), at())
        .unwrap();
    assert_eq!(v1.rank_scale(), 2);
    v1.close_ranking(at()).unwrap();
    assert_eq!(
        v1.cast_ranking("Anna Lind", &s(&["GR-01"]), at()),
        Err(BallotError::RankClosed)
    );
}

#[test]
fn a_rule_that_empties_the_joint_list_is_named_in_the_refusal() {
    let mut r = round(ModelVariant::V2);
    r.cast_picks("Anna Lind", &s(&["GR-01"]), at()).unwrap();
    r.set_joint_rule(JointRule::AtLeast(3), at()).unwrap();
    let e = r.close_picks(at()).unwrap_err().to_string();
    assert!(e.contains("minst 3 val") && e.contains("1 val"), "{e}");
    assert!(!r.prioritization.pick_closed);
}
