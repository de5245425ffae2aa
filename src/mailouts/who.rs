//! Who a mail-out goes to, from the register, and what the register lacks
//! for it: every group of recipients comes with the lines that say whose
//! address is missing ("FoHM saknar kontaktperson — R för registret"), so
//! no draft goes out silently short of someone.

use crate::domain::Round;
use crate::domain::people::Person;

/// Where the register is edited, said after each missing entry.
pub const WHERE: &str = "R för registret";

/// Recipients and what is missing to reach the rest.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Reach {
    pub people: Vec<Person>,
    pub missing: Vec<String>,
}

impl Reach {
    fn add(&mut self, other: Reach) {
        for p in other.people {
            if !self.people.iter().any(|q| same(q, &p)) {
                self.people.push(p);
            }
        }
        for m in other.missing {
            if !self.missing.contains(&m) {
                self.missing.push(m);
            }
        }
    }
}

fn same(a: &Person, b: &Person) -> bool {
    a.email.trim().eq_ignore_ascii_case(b.email.trim())
}

fn has_email(p: &Person) -> bool {
    p.email.contains('@')
}

/// A party's contacts with an address; if none has one, a line saying so.
fn party(code: &str, contacts: &[Person]) -> Reach {
    let people: Vec<Person> = contacts.iter().filter(|p| has_email(p)).cloned().collect();
    let missing = if people.is_empty() {
        vec![match contacts.first() {
            None => format!("{code} saknar kontaktperson — {WHERE}"),
            Some(p) => format!("{code}: {} saknar e-postadress — {WHERE}", p.name.trim()),
        }]
    } else {
        vec![]
    };
    Reach { people, missing }
}

/// One RSS's contacts.
pub fn rss(r: &Round, code: &str) -> Reach {
    match r.rss_by_code(code) {
        Some(x) => party(&x.code, &x.contacts),
        None => Reach {
            people: vec![],
            missing: vec![format!("RSS-koden {code} finns inte i registret — {WHERE}")],
        },
    }
}

/// Every participating RSS's contacts.
pub fn every_rss(r: &Round) -> Reach {
    let mut out = Reach::default();
    for x in r.rss.iter().filter(|x| x.participates) {
        out.add(party(&x.code, &x.contacts));
    }
    out
}

/// One national actor's contacts.
pub fn actor(r: &Round, code: &str) -> Reach {
    match r.actors.iter().find(|a| a.code == code) {
        Some(a) => party(&a.code, &a.contacts),
        None => Reach {
            people: vec![],
            missing: vec![format!("Aktören {code} finns inte i registret — {WHERE}")],
        },
    }
}

/// Every participating actor's contacts.
pub fn every_actor(r: &Round) -> Reach {
    let mut out = Reach::default();
    for a in r.actors.iter().filter(|a| a.participates) {
        out.add(party(&a.code, &a.contacts));
    }
    out
}

/// The NSK-S representatives who take part; each without an address is named.
pub fn representatives(r: &Round) -> Reach {
    let taking_part: Vec<_> = r
        .representatives
        .iter()
        .filter(|p| p.participates)
        .collect();
    if taking_part.is_empty() {
        return Reach {
            people: vec![],
            missing: vec![format!("NSK-S saknar ledamöter — {WHERE}")],
        };
    }
    let mut out = Reach::default();
    for p in taking_part {
        if p.email.contains('@') {
            out.people.push(Person {
                name: p.name.clone(),
                email: p.email.clone(),
                ..Person::default()
            });
        } else {
            out.missing.push(format!(
                "NSK-S: {} ({}) saknar e-postadress — {WHERE}",
                p.name.trim(),
                p.county.trim()
            ));
        }
    }
    out
}

/// The secretariat as a recipient (the list "för kännedom" goes To it,
/// the RSSs in Bcc), or what is missing.
pub fn secretariat(r: &Round) -> Reach {
    let k = &r.secretariat;
    if k.email.contains('@') {
        Reach {
            people: vec![Person {
                name: k.display_name(),
                email: k.email.clone(),
                ..Person::default()
            }],
            missing: vec![],
        }
    } else {
        Reach {
            people: vec![],
            missing: vec![format!(
                "Kansliet saknar e-postadress (avsändare) — {WHERE}, kansli"
            )],
        }
    }
}

/// Several groups as one.
pub fn all(groups: impl IntoIterator<Item = Reach>) -> Reach {
    let mut out = Reach::default();
    for g in groups {
        out.add(g);
    }
    out
}
