//! The trace against the round it reads, and the documents against the
//! trace: they can never disagree.

use jiff::Timestamp;

use super::trace::{Fate, trace, trace_all};
use crate::domain::followup::Outcome;
use crate::domain::people::Representative;
use crate::domain::{ModelVariant, Need, NeedStatus, Round};

fn at() -> Timestamp {
    Timestamp::from_second(1_790_000_000).unwrap()
}

fn s(v: &[&str]) -> Vec<String> {
    v.iter().map(|x| x.to_string()).collect()
}

fn sample(i: usize) -> Round {
    crate::store::parse_round(
        crate::store::samples::SAMPLES[i].text.as_bytes(),
        std::path::Path::new("s.ron"),
    )
    .unwrap()
}

/// Three gaps, one merged into GR-01, one set aside; three representatives.
fn round() -> Round {
    let mut r = Round::new("X", ModelVariant::V2, 2026);
    for no in ["GR-01", "GR-02", "STH-01", "UPP-01", "UPP-02"] {
        r.needs.push(Need {
            number: no.into(),
            rss: no[..no.len() - 3].into(),
            title: format!("Titel {no}").into(),
            status: NeedStatus::Kunskapslucka,
            ..Need::default()
        });
    }
    r.needs[3].status = NeedStatus::merged("GR-01");
    r.needs[4].status = NeedStatus::set_aside(
        crate::domain::SetAsideReason::LokaltRegionalt,
        "tas i länet",
    );
    for name in ["Anna", "Bo", "Cai"] {
        r.representatives.push(Representative {
            name: name.into(),
            ..Representative::default()
        });
        r.prioritization.present.push(name.into());
    }
    r.prioritization.max_picks = 1;
    r.prioritization.joint_rule = crate::domain::priority::JointRule::AtLeast(2);
    r
}

#[test]
fn an_unpicked_gap_says_so_and_is_never_told_it_goes_on() {
    let mut r = round();
    assert_eq!(trace(&r, "GR-02").unwrap().fate, Fate::Gap);
    r.cast_picks("Anna", &s(&["GR-01"]), at()).unwrap();
    r.cast_picks("Bo", &s(&["GR-01"]), at()).unwrap();
    r.cast_picks("Cai", &s(&["STH-01"]), at()).unwrap();
    // Before the stage closes nothing is decided.
    assert_eq!(trace(&r, "GR-02").unwrap().fate, Fate::Gap);
    r.close_picks(at()).unwrap();
    let t = trace(&r, "GR-02").unwrap();
    assert_eq!((t.fate, t.picks, t.ballots), (Fate::NotPicked, Some(0), 3));
    assert!(
        t.sentence(r.model).starts_with("Inte valt"),
        "{}",
        t.sentence(r.model)
    );
    assert!(
        !t.sentence(r.model)
            .contains("går vidare till prioriteringen")
    );
    let sth = trace(&r, "STH-01").unwrap();
    assert_eq!(
        sth.fate,
        Fate::NotOnJointList,
        "1 pick, the rule asks for 2"
    );
    assert_eq!(trace(&r, "GR-01").unwrap().fate, Fate::OnJointList);
    // The per-RSS document says what the trace says.
    let l = crate::documents::minutes::rss_feedback(&r, "GR");
    let row = l.rows.iter().find(|row| row[0] == "GR-02").unwrap();
    assert_eq!(row[3], t.sentence(r.model));
    assert_eq!(row[2], "inte valt");
}

#[test]
fn a_merged_need_follows_the_need_it_went_into_to_the_end() {
    let mut r = round();
    for n in ["Anna", "Bo"] {
        r.cast_picks(n, &s(&["GR-01"]), at()).unwrap();
    }
    r.close_picks(at()).unwrap();
    for n in ["Anna", "Bo"] {
        r.cast_ranking(n, &s(&["GR-01"]), at()).unwrap();
    }
    r.close_ranking(at()).unwrap();
    let t = trace(&r, "UPP-01").unwrap();
    assert_eq!(t.fate, Fate::Merged);
    assert_eq!(t.merged_into.as_deref(), Some("GR-01"));
    assert_eq!(t.end().fate, Fate::Ranked);
    assert!(
        t.sentence(r.model)
            .contains("GR-01: Prioriterat på plats 1"),
        "{}",
        t.sentence(r.model)
    );
    assert_eq!(trace(&r, "GR-01").unwrap().raised_by, s(&["GR", "UPP"]));
    // Moments 6 and 7 carry it on.
    r.set_receipt(
        "GR-01",
        "SoS",
        crate::domain::followup::ReceiptState::Mottagen,
        "",
        jiff::civil::date(2027, 10, 1),
        at(),
    )
    .unwrap();
    assert_eq!(trace(&r, "GR-01").unwrap().fate, Fate::Received);
    r.feedback.push(crate::domain::followup::Feedback {
        need: "GR-01".into(),
        outcome: Outcome::TasInte {
            why: "ligger utanför uppdraget".into(),
        },
        produced: vec![],
        ..Default::default()
    });
    let t = trace(&r, "GR-01").unwrap();
    assert_eq!(
        (t.fate, t.reason.as_deref()),
        (Fate::NotTakenOn, Some("ligger utanför uppdraget"))
    );
    assert!(
        trace(&r, "UPP-01")
            .unwrap()
            .sentence(r.model)
            .contains("Tas inte om hand: ligger utanför")
    );
    let u = trace(&r, "UPP-02").unwrap();
    assert_eq!(u.fate, Fate::SetAside);
    assert!(u.reason.unwrap().contains("tas i länet"));
}

#[test]
fn a_merge_loop_in_a_hand_edited_file_ends() {
    let mut r = round();
    r.needs[0].status = NeedStatus::merged("UPP-01");
    assert_eq!(trace(&r, "GR-01").unwrap().fate, Fate::Merged);
}

#[test]
fn every_document_that_tells_an_rss_about_a_need_says_what_its_trace_says() {
    for i in 0..2 {
        let r = sample(i);
        let traces = trace_all(&r);
        assert_eq!(traces.len(), r.needs.len());
        for code in crate::documents::minutes::rss_with_needs(&r) {
            let list = crate::documents::minutes::rss_feedback(&r, &code);
            let md = crate::documents::reports::rss_outcome_markdown(&r, &code);
            for t in traces.iter().filter(|t| t.rss == code) {
                let row = list.rows.iter().find(|row| row[0] == t.number).unwrap();
                assert_eq!(row[3], t.sentence(r.model), "{}", t.number);
                assert!(
                    md.contains(&crate::documents::md_text(&t.sentence(r.model))),
                    "{} in {code}",
                    t.number
                );
            }
        }
        // Status by status, the fate is the one the round holds.
        for t in &traces {
            let n = r.need(&t.number).unwrap();
            match &n.status {
                NeedStatus::Sammanslaget { into, .. } => {
                    assert_eq!(t.merged_into.as_ref(), Some(into))
                }
                NeedStatus::Undanlagt { .. } => assert_eq!(t.fate, Fate::SetAside),
                NeedStatus::Kunskapslucka => {
                    assert!(t.fate >= Fate::Gap && t.fate != Fate::SetAside)
                }
                _ => assert!(t.fate <= Fate::Verified),
            }
        }
    }
    // The finished sample: whatever was ranked has a place, the kick-off
    // list of a later round shows exactly those.
    let a = sample(0);
    let ranked: Vec<_> = trace_all(&a)
        .into_iter()
        .filter(|t| t.place.is_some())
        .collect();
    let gaps = super::moment2::past_gaps(std::slice::from_ref(&a));
    assert_eq!(gaps.len(), ranked.len());
    for g in &gaps {
        let t = ranked.iter().find(|t| t.number == g.number).unwrap();
        assert_eq!(g.feedback, t.followup_text());
    }
}

#[test]
fn every_sentence_ends_with_one_full_stop_whatever_the_typed_reason_ends_with() {
    for i in 0..2 {
        let r = sample(i);
        for t in trace_all(&r) {
            let s = t.sentence(r.model);
            assert!(!s.contains(".."), "{}: {s}", t.number);
            assert!(s.ends_with(['.', '!', '?']), "{}: {s}", t.number);
        }
    }
}

#[test]
fn a_need_handed_over_in_a_finished_moment_6_is_told_in_the_past_tense() {
    let mut r = sample(0);
    let ranked_alone = |r: &Round| {
        trace_all(r)
            .into_iter()
            .find(|t| t.fate == Fate::Ranked)
            .expect("a ranked need without receipt or feedback")
    };
    for m in r.timeline.iter_mut() {
        if m.moment == crate::domain::Moment::Mottagande {
            m.status = crate::domain::MomentStatus::Pagaende;
            m.done = None;
        }
    }
    let now = ranked_alone(&r).sentence(r.model);
    assert!(now.contains("; lämnas över till"), "{now}");
    for m in r.timeline.iter_mut() {
        if m.moment == crate::domain::Moment::Mottagande {
            m.status = crate::domain::MomentStatus::Klar;
        }
    }
    let then = ranked_alone(&r).sentence(r.model);
    assert!(then.contains("; lämnades över till"), "{then}");
    assert!(
        then.contains("vald på ") && !then.contains("valt av"),
        "{then}"
    );
}
