//! The held meeting with the register a secretariat keeps, for the tests
//! of mail drafts and hand-over commands.

#![allow(dead_code)]

use lbk::domain::Round;
use lbk::domain::people::Person;

use super::held::held_meeting;

fn now() -> jiff::Timestamp {
    "2026-01-10T09:00:00Z".parse().unwrap()
}

pub fn person(name: &str, email: &str) -> Person {
    Person {
        name: name.into(),
        email: email.into(),
        phone: String::new(),
    }
}

/// The held meeting with a register a secretariat would have: itself, one
/// contact per actor (one at a domain with å), one per RSS.
pub fn registered() -> Round {
    let mut r = held_meeting();
    r.secretariat.name = "Kansliet för Partnerskapet".into();
    r.secretariat.person = "Karin Kansli".into();
    r.secretariat.email = "kansliet@skr.se".into();
    r.secretariat.phone = "08-452 70 00".into();
    for (i, a) in r.actors.iter_mut().enumerate() {
        let domain = if i == 0 {
            "myndighetsnätet.se"
        } else {
            "aktor.se"
        };
        a.contacts = vec![person(
            &format!("Kontakt {}", a.code),
            &format!("{}@{domain}", a.code.to_lowercase()),
        )];
    }
    for x in r.rss.iter_mut() {
        x.contacts = vec![person(
            &format!("Samordnare {}", x.code),
            &format!("{}@rss.se", x.code.to_lowercase()),
        )];
    }
    // The first need to two actors, the second to a third, as chosen.
    let rows = lbk::meeting::moment67::prioritised(&r);
    let code = |i: usize| r.actors[i].code.clone();
    let (a, b, c) = (code(0), code(1), code(2));
    r.assign_handover(&rows[0].number, &[a, b], now()).unwrap();
    r.assign_handover(&rows[1].number, &[c], now()).unwrap();
    r
}
