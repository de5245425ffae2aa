use super::*;
use crate::domain::ModelVariant;
use crate::domain::people::Representative;

fn at() -> Timestamp {
    Timestamp::from_second(1_790_000_000).unwrap()
}

fn round() -> Round {
    let mut r = Round::new("–", ModelVariant::V2, 2026);
    for n in ["Anna", "Bo", "Cilla", "Dan", "Eva"] {
        r.representatives.push(Representative {
            name: n.into(),
            county: String::new(),
            organisation: String::new(),
            ..Representative::default()
        });
    }
    for a in ["Äldreomsorg", "Barn och unga", "Ekonomiskt bistånd"] {
        r.add_candidate(a, "", at()).unwrap();
    }
    r
}

fn v(s: &[&str]) -> Vec<String> {
    s.iter().map(|x| x.to_string()).collect()
}

#[test]
fn the_area_vote_by_hand_with_a_lead_a_tie_and_a_correction() {
    let mut r = round();
    r.cast_area_vote("anna", &v(&["äldre"]), at()).unwrap();
    r.cast_area_vote("Bo", &v(&["barn"]), at()).unwrap();
    let t = area_tally(&r);
    // 1 and 1: a shared lead, no leader.
    assert_eq!(leading_area(&t), None);
    assert!(t.rows[0].place.shared);
    r.cast_area_vote("Cilla", &v(&["Äldreomsorg"]), at())
        .unwrap();
    assert_eq!(leading_area(&area_tally(&r)), Some("Äldreomsorg"));
    assert_eq!(area_tally(&r).missing, vec!["Dan", "Eva"]);
    // Bo changes his mind: 3 – 0.
    r.cast_area_vote("Bo", &v(&["äldre"]), at()).unwrap();
    let t = area_tally(&r);
    assert_eq!(
        (t.rows[0].number.as_str(), t.rows[0].picks),
        ("Äldreomsorg", 3)
    );
    assert!(
        r.log
            .last()
            .unwrap()
            .what
            .contains("tidigare: Barn och unga")
    );
    // Withdrawn with no area.
    r.cast_area_vote("Bo", &[], at()).unwrap();
    assert_eq!(area_tally(&r).rows[0].picks, 2);
}

#[test]
fn one_area_each_unless_approval_voting_and_ambiguous_names_are_refused() {
    let mut r = round();
    assert!(
        r.cast_area_vote("Anna", &v(&["äldre", "barn"]), at())
            .unwrap_err()
            .contains("godkännanderöstning")
    );
    r.set_approval_voting(true, at()).unwrap();
    r.cast_area_vote("Anna", &v(&["äldre", "barn"]), at())
        .unwrap();
    assert!(r.set_approval_voting(false, at()).is_err());
    assert!(
        r.cast_area_vote("Bo", &v(&["o"]), at())
            .unwrap_err()
            .contains("flera områden")
    );
    assert!(
        r.cast_area_vote("Bo", &v(&["skog"]), at())
            .unwrap_err()
            .contains("Inget kandidatområde")
    );
}

#[test]
fn the_decision_takes_the_leader_or_the_named_area_and_renames_the_round() {
    let mut r = round();
    let d = Date::new(2026, 5, 14).unwrap();
    assert!(
        r.decide_area(None, d, "", at()).is_err(),
        "no votes, no leader"
    );
    r.cast_area_vote("Anna", &v(&["barn"]), at()).unwrap();
    assert_eq!(
        r.decide_area(None, d, "Enhälligt", at()).unwrap(),
        "Barn och unga"
    );
    assert_eq!(r.area, "Barn och unga");
    assert!(
        r.cast_area_vote("Bo", &v(&["äldre"]), at()).is_err(),
        "votes are closed after the decision"
    );
}

#[test]
fn a_known_name_with_a_description_edits_it() {
    let mut r = round();
    assert!(
        r.add_candidate("äldreomsorg", "", at())
            .unwrap_err()
            .contains("finns redan")
    );
    r.add_candidate(
        "äldreomsorg",
        "Stöd till äldre i hemtjänst och på boende",
        at(),
    )
    .unwrap();
    assert_eq!(r.area_choice.candidates.len(), 3);
    assert_eq!(
        r.area_choice.candidates[0].description,
        "Stöd till äldre i hemtjänst och på boende"
    );
}

#[test]
fn the_date_poll_by_hand() {
    let mut r = round();
    r.add_dialogue_date(Date::new(2027, 2, 4).unwrap(), 2, at())
        .unwrap();
    r.add_dialogue_date(Date::new(2027, 2, 11).unwrap(), 1, at())
        .unwrap();
    for code in ["GR", "FYR", "SKB", "STH"] {
        r.set_participation(code, true, at()).unwrap();
    }
    r.cycle_dialogue_date("GR", at()).unwrap(); // date 0
    r.cycle_dialogue_date("FYR", at()).unwrap(); // date 0
    r.cycle_dialogue_date("SKB", at()).unwrap();
    r.cycle_dialogue_date("SKB", at()).unwrap(); // date 1
    r.cycle_dialogue_date("STH", at()).unwrap();
    r.cycle_dialogue_date("STH", at()).unwrap(); // date 1: over capacity
    assert!(
        r.cycle_dialogue_date("UPP", at())
            .unwrap_err()
            .contains("deltar inte")
    );
    let poll = date_poll(&r);
    assert_eq!(poll.dates[0].chosen, vec!["GR", "FYR"]);
    assert!(!poll.dates[0].over);
    assert_eq!(poll.dates[1].chosen, vec!["STH", "SKB"]);
    assert!(poll.dates[1].over);
    assert!(poll.without_date.is_empty());
    r.cycle_dialogue_date("STH", at()).unwrap(); // past the last: none
    let poll = date_poll(&r);
    assert_eq!(poll.without_date, vec!["STH"]);
    assert!(!poll.dates[1].over);
}
