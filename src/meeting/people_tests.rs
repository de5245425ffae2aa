//! The register on a small round: adding, contacts, renames that carry
//! ballots, refusals that say what to do.

use jiff::Timestamp;

use super::Kind;
use crate::domain::{ModelVariant, Round};

fn at() -> Timestamp {
    Timestamp::from_second(1_790_000_000).unwrap()
}

fn round() -> Round {
    let mut r = Round::new("X", ModelVariant::V2, 2026);
    r.add_representative("Anna Ek", "GR", "anna@gr.se", at())
        .unwrap();
    r.add_representative("Bo Al", "Skåne", "", at()).unwrap();
    r
}

#[test]
fn a_representative_is_added_with_the_rss_or_county_given() {
    let r = round();
    assert_eq!(r.representatives[0].rss, "GR");
    assert_eq!(r.representatives[0].county, "Västra Götaland");
    assert_eq!(r.representatives[1].county, "Skåne");
    assert!(r.representatives.iter().all(|x| x.participates));
    let mut r = round();
    let e = r.add_representative("anna ek", "", "", at()).unwrap_err();
    assert!(e.contains("finns redan"), "{e}");
    let e = r
        .add_representative("Cai", "", "cai-at-x", at())
        .unwrap_err();
    assert!(e.contains("e-postadress"), "{e}");
    let e = r.add_representative("Cai Al", "XX", "", at()).unwrap_err();
    assert!(e.contains("varken en RSS-kod"), "{e}");
    r.add_representative("Dan Ek", "skåne län", "", at())
        .unwrap();
    r.add_representative("Eva Ek", "Stockholms län", "", at())
        .unwrap();
    assert_eq!(r.representatives[2].county, "Skåne");
    assert_eq!(r.representatives[3].county, "Stockholm");
    r.representatives.truncate(2);
    let e = r.add_representative("  ", "", "", at()).unwrap_err();
    assert!(e.contains("namnet"), "{e}");
    let e = r
        .add_representative("A\u{1b}[2J", "", "", at())
        .unwrap_err();
    assert!(e.contains("styrtecken"), "{e}");
    assert_eq!(r.representatives.len(), 2);
}

#[test]
fn an_rss_has_one_or_two_contacts_and_a_third_is_refused() {
    let mut r = round();
    r.set_contact_person(Kind::Rss, "gr", "Eva", "eva@gr.se", false, at())
        .unwrap();
    r.set_contact_person(Kind::Rss, "GR", "Per", "", false, at())
        .unwrap();
    let e = r
        .set_contact_person(Kind::Rss, "GR", "Lo", "", false, at())
        .unwrap_err();
    assert!(
        e.contains("två kontaktpersoner") && e.contains("Eva, Per"),
        "{e}"
    );
    // The same name again updates the address.
    r.set_contact_person(Kind::Rss, "GR", "per", "per@gr.se", false, at())
        .unwrap();
    let gr = r.rss_by_code("GR").unwrap();
    assert_eq!(gr.contacts.len(), 2);
    assert_eq!(gr.contacts[1].email, "per@gr.se");
    r.set_contact_person(Kind::Rss, "GR", "Eva", "", true, at())
        .unwrap();
    r.set_contact_person(Kind::Rss, "GR", "Lo", "", false, at())
        .unwrap();
    let names: Vec<&str> = r
        .rss_by_code("GR")
        .unwrap()
        .contacts
        .iter()
        .map(|p| p.name.as_str())
        .collect();
    assert_eq!(names, ["Per", "Lo"]);
    // An actor may have more.
    for n in ["A", "B", "C"] {
        r.set_contact_person(Kind::Actor, "sos", n, "", false, at())
            .unwrap();
    }
}

#[test]
fn a_rename_carries_the_ballots_and_the_log_keeps_the_old_name() {
    let mut r = round();
    r.add_candidate("Äldreomsorg", "", at()).unwrap();
    r.cast_area_vote("Anna Ek", &["Äldreomsorg".into()], at())
        .unwrap();
    r.set_present("Anna Ek", true, at()).unwrap();
    r.add_representative("Cai Berg", "", "", at()).unwrap();
    r.set_substitute("Cai Berg", Some("anna ek"), at()).unwrap();
    let logged_before = r.log.iter().filter(|l| l.what.contains("Anna Ek")).count();
    r.rename_person(Kind::Representative, "anna ek", "Anna Ek Lind", at())
        .unwrap();
    assert_eq!(r.area_choice.ballots[0].representative, "Anna Ek Lind");
    assert_eq!(r.prioritization.present, ["Anna Ek Lind"]);
    assert_eq!(
        r.representatives[2].substitute_for.as_deref(),
        Some("Anna Ek Lind")
    );
    let logged_after = r.log.iter().filter(|l| l.what.contains("Anna Ek")).count();
    assert!(
        logged_after > logged_before,
        "the old entries stay and a new one says it"
    );
    assert!(r.log.last().unwrap().what.contains("heter nu Anna Ek Lind"));
    let e = r
        .rename_person(Kind::Representative, "Bo Al", "Anna Ek Lind", at())
        .unwrap_err();
    assert!(e.contains("finns redan"), "{e}");
    // An RSS keeps its code; only its name changes.
    r.rename_person(Kind::Rss, "gr", "Göteborgsregionen (GR)", at())
        .unwrap();
    assert_eq!(r.rss_by_code("GR").unwrap().name, "Göteborgsregionen (GR)");
}

#[test]
fn someone_who_voted_is_never_removed_only_marked_as_no_longer_taking_part() {
    let mut r = round();
    r.add_candidate("Äldreomsorg", "", at()).unwrap();
    r.cast_area_vote("Bo Al", &["Äldreomsorg".into()], at())
        .unwrap();
    let before = r.clone();
    let e = r
        .remove_person(Kind::Representative, "Bo Al", at())
        .unwrap_err();
    assert!(
        e.contains("röstat i moment 1") && e.contains("inte längre"),
        "{e}"
    );
    assert_eq!(r, before);
    r.set_taking_part(Kind::Representative, "Bo Al", false, at())
        .unwrap();
    let e = r.set_present("Bo Al", true, at()).unwrap_err().to_string();
    assert!(e.contains("deltar inte längre"), "{e}");
    // Someone added by mistake goes.
    r.add_representative("Fel Person", "", "", at()).unwrap();
    r.remove_person(Kind::Representative, "fel person", at())
        .unwrap();
    assert!(r.rep_index("Fel Person").is_err());
    // An RSS with needs stays; a new one without may go.
    r.add_rss("TST", "Test-RSS", "Gotland", at()).unwrap();
    r.remove_person(Kind::Rss, "tst", at()).unwrap();
    let e = r.add_rss("G R", "x", "y", at()).unwrap_err();
    assert!(e.contains("bokstäver"), "{e}");
}

#[test]
fn an_actor_is_added_once_and_its_code_is_one_word() {
    let mut r = round();
    r.add_actor("IVO", "Inspektionen för vård och omsorg", at())
        .unwrap();
    assert!(
        r.add_actor("ivo", "Igen", at())
            .unwrap_err()
            .contains("finns redan")
    );
    assert!(
        r.add_actor("Två ord", "x", at())
            .unwrap_err()
            .contains("ett ord")
    );
    assert_eq!(r.actor_code("ivo").unwrap(), "IVO");
}
