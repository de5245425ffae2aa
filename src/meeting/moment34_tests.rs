//! Moments 3 and 4 on a small round.

use jiff::Timestamp;
use jiff::civil::Date;

use super::typed_dialogue::{parse_response, parse_set_aside};
use crate::domain::meetings::Response;
use crate::domain::need::SetAsideReason;
use crate::domain::{ModelVariant, Need, NeedStatus, Round};

fn at() -> Timestamp {
    Timestamp::from_second(1_790_000_000).unwrap()
}

fn s(v: &[&str]) -> Vec<String> {
    v.iter().map(|x| x.to_string()).collect()
}

fn round() -> Round {
    let mut r = Round::new("X", ModelVariant::V2, 2026);
    for no in ["GR-01", "GR-02", "STH-01", "UPP-01"] {
        r.needs.push(Need {
            number: no.into(),
            rss: no[..no.len() - 3].into(),
            title: no.into(),
            ..Need::default()
        });
    }
    r
}

#[test]
fn a_need_is_a_gap_only_once_verified_and_refusals_say_what_to_do() {
    let mut r = round();
    assert!(
        r.mark_gap("GR-01", at())
            .unwrap_err()
            .contains("inte verifierat")
    );
    r.verify_rss("GR", Date::new(2027, 3, 1).unwrap(), at())
        .unwrap();
    assert_eq!(r.need("GR-01").unwrap().status, NeedStatus::Verifierat);
    r.mark_gap("GR-01", at()).unwrap();
    assert_eq!(r.final_compilation().len(), 1);
    r.unmark_gap("GR-01", at()).unwrap();
    assert!(r.final_compilation().is_empty());
    assert!(
        r.unmark_gap("GR-01", at())
            .unwrap_err()
            .contains("inte markerat")
    );
}

#[test]
fn merge_keeps_provenance_and_count_and_can_be_undone() {
    let mut r = round();
    r.verify_rss("GR", Date::new(2027, 3, 1).unwrap(), at())
        .unwrap();
    r.mark_gap("GR-01", at()).unwrap();
    r.merge_needs(&s(&["STH-01", "UPP-01"]), "GR-01", at())
        .unwrap();
    assert_eq!(r.raised_by("GR-01"), vec!["GR", "STH", "UPP"]);
    assert_eq!(
        r.need("STH-01").unwrap().status.label(),
        "sammanslagen med GR-01"
    );
    assert!(r.log.last().unwrap().what.contains("lyft av 3 RSS"));
    assert!(
        r.merge_needs(&s(&["GR-02"]), "STH-01", at())
            .unwrap_err()
            .contains("lämnat listan")
    );
    assert!(
        r.merge_needs(&s(&["GR-01"]), "GR-01", at())
            .unwrap_err()
            .contains("sig självt")
    );
    assert!(
        r.merge_needs(&s(&["STH-01"]), "GR-02", at())
            .unwrap_err()
            .contains("redan lämnat")
    );
    // Undo: back to where it stood (submitted).
    r.undo_leave("STH-01", at()).unwrap();
    assert_eq!(r.need("STH-01").unwrap().status, NeedStatus::Inskickat);
    assert_eq!(r.raised_by("GR-01"), vec!["GR", "UPP"]);
    assert!(
        r.undo_leave("STH-01", at())
            .unwrap_err()
            .contains("inget att ångra")
    );
}

#[test]
fn set_aside_needs_its_reason_and_undo_restores_a_gap() {
    let mut r = round();
    r.verify_rss("GR", Date::new(2027, 3, 1).unwrap(), at())
        .unwrap();
    r.mark_gap("GR-02", at()).unwrap();
    assert!(
        r.set_aside(
            "GR-02",
            SetAsideReason::RedanTackt {
                support: " ".into()
            },
            "",
            at()
        )
        .is_err()
    );
    assert!(
        r.set_aside("GR-02", SetAsideReason::Annat, "", at())
            .is_err()
    );
    r.set_aside(
        "GR-02",
        SetAsideReason::RedanTackt {
            support: "Nationella riktlinjer".into(),
        },
        "",
        at(),
    )
    .unwrap();
    assert!(r.final_compilation().is_empty());
    assert!(r.mark_gap("GR-02", at()).unwrap_err().contains("ångra"));
    r.undo_leave("GR-02", at()).unwrap();
    assert_eq!(r.need("GR-02").unwrap().status, NeedStatus::Kunskapslucka);
}

#[test]
fn a_need_picked_in_moment_5_is_not_changed_under_it() {
    let mut r = round();
    r.verify_rss("GR", Date::new(2027, 3, 1).unwrap(), at())
        .unwrap();
    r.mark_gap("GR-01", at()).unwrap();
    r.prioritization
        .pick_ballots
        .push(crate::domain::priority::PickBallot {
            representative: "A".into(),
            needs: s(&["GR-01"]),
        });
    assert!(
        r.set_aside("GR-01", SetAsideReason::LokaltRegionalt, "", at())
            .unwrap_err()
            .contains("redan valt av 1")
    );
    r.prioritization.pick_closed = true;
    assert!(
        r.mark_gap("GR-02", at())
            .unwrap_err()
            .contains("gemensamma lista")
    );
}

#[test]
fn responses_mark_needs_discussed_and_are_replaced_not_duplicated() {
    let mut r = round();
    let i = r
        .add_session(
            Date::new(2027, 2, 4).unwrap().at(9, 0, 0, 0),
            &s(&["GR"]),
            at(),
        )
        .unwrap();
    assert!(
        r.record_response(i, "STH-01", "SoS", Response::Kunskapslucka, at())
            .unwrap_err()
            .contains("inte är med")
    );
    assert!(
        r.record_response(i, "GR-01", "NoOne", Response::Kunskapslucka, at())
            .unwrap_err()
            .contains("finns inte")
    );
    r.record_response(i, "GR-01", "sos", Response::Kunskapslucka, at())
        .unwrap();
    r.record_response(
        i,
        "GR-01",
        "SoS",
        Response::ArbeteParar { by: "SoS".into() },
        at(),
    )
    .unwrap();
    r.add_session_text(i, "GR-01", "sbu", "Gäller det även LSS?", true, at())
        .unwrap();
    let a = &r.dialogues[i].assessments;
    assert_eq!(
        a.len(),
        1,
        "a question is not a response: no empty 'oklart'"
    );
    assert_eq!(a[0].response, Response::ArbeteParar { by: "SoS".into() });
    let q = &r.dialogues[i].remarks[0];
    assert_eq!(
        (q.by.as_str(), q.question, q.text.as_str()),
        ("SBU", true, "Gäller det även LSS?")
    );
    assert_eq!(r.need("GR-01").unwrap().status, NeedStatus::Diskuterat);
    assert_eq!(r.agenda(i).len(), 2);
}

#[test]
fn the_rss_of_the_session_speaks_too_and_a_stranger_is_refused() {
    let mut r = round();
    let i = r
        .add_session(
            Date::new(2027, 2, 4).unwrap().at(9, 0, 0, 0),
            &s(&["GR"]),
            at(),
        )
        .unwrap();
    r.add_session_text(i, "GR-02", "gr", "Gäller främst små kommuner.", false, at())
        .unwrap();
    let m = &r.dialogues[i].remarks[0];
    assert_eq!((m.by.as_str(), m.question), ("GR", false));
    assert_eq!(r.remark_label(m), "GR (RSS)");
    assert_eq!(r.need("GR-02").unwrap().status, NeedStatus::Diskuterat);
    let e = r
        .add_session_text(i, "GR-02", "sth", "x", false, at())
        .unwrap_err();
    assert!(
        e.contains("varken en aktör eller en RSS i mötet") && e.contains("GR"),
        "{e}"
    );
    let e = r
        .add_session_text(i, "GR-02", "gr", "  ", true, at())
        .unwrap_err();
    assert!(e.contains("Skriv texten"), "{e}");
    r.set_rss_attendance(i, "gr", &s(&["Eva Ek", "Per Al"]), at())
        .unwrap();
    assert_eq!(
        r.dialogues[i].rss_present[0].people,
        s(&["Eva Ek", "Per Al"])
    );
    assert!(r.set_rss_attendance(i, "STH", &[], at()).is_err());
    // A need merged after the meeting stays on its agenda (and in the minutes).
    r.record_response(i, "GR-01", "SoS", Response::Kunskapslucka, at())
        .unwrap();
    r.needs[0].status = NeedStatus::merged("GR-02");
    assert_eq!(r.agenda(i).len(), 2);
}

#[test]
fn lines_parse_into_reasons_and_responses() {
    assert_eq!(
        parse_set_aside("täckt: Riktlinjer | se s. 4").unwrap(),
        (
            SetAsideReason::RedanTackt {
                support: "Riktlinjer".into()
            },
            "se s. 4".into()
        )
    );
    assert_eq!(
        parse_set_aside("lokalt").unwrap().0,
        SetAsideReason::LokaltRegionalt
    );
    assert!(parse_set_aside("kanske").is_err());
    assert_eq!(
        parse_response("sos lucka").unwrap(),
        ("sos".into(), Response::Kunskapslucka)
    );
    assert_eq!(
        parse_response("sbu täckt: Översikt X | https://sbu.se/x")
            .unwrap()
            .1,
        Response::RedanTackt {
            support: "Översikt X".into(),
            link: "https://sbu.se/x".into()
        }
    );
    assert!(parse_response("sos").is_err());
}
