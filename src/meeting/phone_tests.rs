//! The codes for voting from a phone: no look-alikes, one per present
//! person and stage, a new one kills the old, all die when the stage
//! closes; the code is read as typed on a phone.

use crate::domain::priority::Stage;
use crate::meeting::phone::{CODE_LEN, CODE_LETTERS, PhoneCast, code_from, typed_code};

fn round() -> crate::domain::Round {
    let text = crate::store::samples::SAMPLES[1].text;
    crate::store::format::parse_round(text.as_bytes(), std::path::Path::new("r.ron")).unwrap()
}

fn counter() -> impl FnMut() -> [u8; CODE_LEN] {
    let mut n = 0u8;
    move || {
        n = n.wrapping_add(37);
        [
            n,
            n ^ 0x5a,
            n.wrapping_mul(3),
            n ^ 0xa5,
            n.wrapping_add(101),
            n.rotate_left(3),
        ]
    }
}

#[test]
fn a_code_has_six_characters_none_of_them_a_look_alike() {
    for b in [[0u8; 6], [255; 6], [1, 2, 3, 4, 5, 6]] {
        let c = code_from(b);
        assert_eq!(c.len(), CODE_LEN);
        assert!(c.bytes().all(|x| CODE_LETTERS.contains(&x)));
    }
    for bad in [
        '0', 'O', '1', 'I', 'L', '2', 'Z', '5', 'S', '8', 'B', 'U', 'V',
    ] {
        assert!(!CODE_LETTERS.contains(&(bad as u8)), "{bad}");
    }
    assert_eq!(typed_code(" kd-aj nw "), "KDAJNW");
}

#[test]
fn one_code_each_a_new_one_kills_the_old_and_closing_ends_them() {
    let mut r = round();
    let at = jiff::Timestamp::UNIX_EPOCH;
    let n = r.issue_codes(&mut counter(), at).unwrap();
    assert_eq!(n, r.voters().len());
    assert_eq!(r.issue_codes(&mut counter(), at).unwrap(), 0, "none twice");
    let mut all: Vec<&str> = r
        .prioritization
        .codes
        .iter()
        .map(|c| c.code.as_str())
        .collect();
    all.sort();
    all.dedup();
    assert_eq!(all.len(), n, "every code different");
    let name = r.voters()[0].clone();
    let old = r
        .prioritization
        .codes
        .iter()
        .find(|c| c.representative == name)
        .unwrap()
        .code
        .clone();
    assert_eq!(r.code_holder(&old.to_lowercase()), Some(name.clone()));
    let new = r.new_code(&name, &mut counter(), at).unwrap();
    assert_ne!(new, old);
    assert_eq!(r.code_holder(&old), None, "the old code died");
    assert_eq!(r.code_holder(&new), Some(name.clone()));
    assert_eq!(r.code_holder("ABC"), None);
    // A ballot by phone, then the stage closes: the codes die with it.
    let picks: Vec<String> = r
        .final_compilation()
        .iter()
        .take(2)
        .map(|n| n.number.clone())
        .collect();
    let fresh = r
        .voters()
        .into_iter()
        .find(|v| r.prioritization.pick_ballot(v).is_none())
        .unwrap();
    let code = r.new_code(&fresh, &mut counter(), at).unwrap();
    assert_eq!(r.cast_by_phone(&code, &picks, at), Ok(PhoneCast::Counted));
    assert_eq!(r.cast_by_phone(&code, &picks, at), Ok(PhoneCast::Unchanged));
    assert!(
        r.prioritization
            .by_phone
            .contains(&(Stage::Pick, fresh.clone()))
    );
    // Typed over by the secretariat: no longer the phone's.
    r.cast_picks(&fresh, &picks[..1], at).unwrap();
    assert!(
        !r.prioritization
            .by_phone
            .contains(&(Stage::Pick, fresh.clone()))
    );
    r.close_picks(at).unwrap();
    assert!(
        r.prioritization
            .codes
            .iter()
            .all(|c| c.stage != Stage::Pick)
    );
    assert_eq!(r.code_holder(&code), None);
    assert!(r.cast_by_phone(&code, &picks, at).is_err());
}

#[test]
fn a_code_is_found_by_part_of_a_name_and_an_unclear_part_is_asked_again() {
    let r = round();
    let first = r.voters()[0].clone();
    let part = first.split_whitespace().next().unwrap().to_lowercase();
    assert_eq!(r.voter_named(&part), Ok(first.clone()));
    assert_eq!(r.voter_named(&first), Ok(first));
    assert!(
        r.voter_named("zzz")
            .unwrap_err()
            .contains("Ingen närvarande")
    );
    // A letter many names share.
    assert!(r.voter_named("a").unwrap_err().contains("Flera passar"));
}
