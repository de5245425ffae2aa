//! Reference lists: RSSs, local representatives, national actors. These are
//! data in the round file, editable, because names and people change.

use serde::{Deserialize, Serialize};

/// A contact person (processledare for an RSS, a participant for an actor).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
pub struct Person {
    pub name: String,
    #[serde(default)]
    pub email: String,
    #[serde(default)]
    pub phone: String,
}

/// A regional support structure. Not one-to-one with county: Västra
/// Götaland has four.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
pub struct Rss {
    /// Short code used in need numbers, e.g. `GR`.
    pub code: String,
    pub name: String,
    pub county: String,
    #[serde(default)]
    pub contacts: Vec<Person>,
    /// Whether the RSS joins this round (voluntary).
    #[serde(default)]
    pub participates: bool,
    /// Index into the round's proposed dialogue dates, chosen between M1 and M2.
    #[serde(default)]
    pub dialogue_date: Option<usize>,
}

fn yes() -> bool {
    true
}

/// A local representative in NSK-S: a head of social services, about one
/// per county. The voters of moments 1 and 5.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Representative {
    pub name: String,
    pub county: String,
    #[serde(default)]
    pub organisation: String,
    /// The RSS the representative's county belongs to, if told.
    #[serde(default)]
    pub rss: String,
    #[serde(default)]
    pub email: String,
    /// False once someone no longer takes part; kept, because ballots and
    /// the log name them.
    #[serde(default = "yes")]
    pub participates: bool,
    /// A substitute (ersättare) stands in for this representative.
    #[serde(default)]
    pub substitute_for: Option<String>,
    /// Other spellings of the name met in imported ballots (a form's
    /// "Lindqvist, Anna", a chat's "Anna L"), remembered once asked.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub aliases: Vec<String>,
}

impl Default for Representative {
    fn default() -> Self {
        Representative {
            name: String::new(),
            county: String::new(),
            organisation: String::new(),
            rss: String::new(),
            email: String::new(),
            participates: true,
            substitute_for: None,
            aliases: vec![],
        }
    }
}

/// A national actor: a knowledge agency or association.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Actor {
    /// Short name, e.g. `SoS`, `SBU`.
    pub code: String,
    pub name: String,
    #[serde(default)]
    pub contacts: Vec<Person>,
    #[serde(default = "yes")]
    pub participates: bool,
}

impl Default for Actor {
    fn default() -> Self {
        Actor {
            code: String::new(),
            name: String::new(),
            contacts: vec![],
            participates: true,
        }
    }
}

/// The secretariat that sends the mail-outs and signs them, and whom the
/// recipients answer: the register's `kansli` entry.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
pub struct Secretariat {
    /// "Kansliet för Partnerskapet".
    #[serde(default)]
    pub name: String,
    /// The person who answers.
    #[serde(default)]
    pub person: String,
    #[serde(default)]
    pub email: String,
    #[serde(default)]
    pub phone: String,
}

impl Secretariat {
    pub fn is_unset(&self) -> bool {
        *self == Secretariat::default()
    }

    /// What the register lacks for a signature, in Swedish: "namn, e-post".
    pub fn missing(&self) -> Vec<&'static str> {
        [
            ("kansliets namn", &self.name),
            ("kontaktperson", &self.person),
            ("e-post", &self.email),
            ("telefon", &self.phone),
        ]
        .into_iter()
        .filter(|(_, v)| v.trim().is_empty())
        .map(|(k, _)| k)
        .collect()
    }

    /// The name a document gives as its author and a mail as its sender.
    pub fn display_name(&self) -> String {
        match (self.name.trim(), self.person.trim()) {
            ("", "") => "Kansliet för Partnerskapet".into(),
            (n, "") => n.to_string(),
            ("", p) => format!("{p}, kansliet"),
            (n, p) => format!("{p}, {n}"),
        }
    }

    /// The lines a mail ends with: person, secretariat, mail, phone; what
    /// the register lacks is named for the secretariat to fill in.
    pub fn signature(&self) -> String {
        let mut lines = vec!["Vänliga hälsningar".to_string()];
        for v in [&self.person, &self.name, &self.email, &self.phone] {
            if !v.trim().is_empty() {
                lines.push(v.trim().to_string());
            }
        }
        if self.name.trim().is_empty() {
            lines.insert(
                1 + usize::from(!self.person.trim().is_empty()),
                "Kansliet för Partnerskapet".into(),
            );
        }
        let missing = self.missing();
        if !missing.is_empty() {
            lines.push(format!(
                "[Fyll i {} här, eller i registret (R, kansli) före nästa utkast.]",
                missing.join(", ")
            ));
        }
        lines.join("\n")
    }
}

/// The most contact persons an RSS has: the model names one or two
/// process leaders.
pub const MAX_RSS_CONTACTS: usize = 2;

/// The 21 counties, for defaults and validation hints only.
pub const COUNTIES: [&str; 21] = [
    "Stockholm",
    "Uppsala",
    "Södermanland",
    "Östergötland",
    "Jönköping",
    "Kronoberg",
    "Kalmar",
    "Gotland",
    "Blekinge",
    "Skåne",
    "Halland",
    "Västra Götaland",
    "Värmland",
    "Örebro",
    "Västmanland",
    "Dalarna",
    "Gävleborg",
    "Västernorrland",
    "Jämtland",
    "Västerbotten",
    "Norrbotten",
];

/// The 24 RSSs as (code, name, county): one per county except Västra
/// Götaland's four. The starting list for a new round; each round keeps
/// its own copy to edit.
pub const DEFAULT_RSS: [(&str, &str, &str); 24] = [
    ("STH", "Storsthlm", "Stockholm"),
    ("UPP", "RSS Uppsala län", "Uppsala"),
    ("SÖD", "RSS Sörmland", "Södermanland"),
    ("ÖST", "RSS Östergötland", "Östergötland"),
    ("JÖN", "RSS Jönköpings län", "Jönköping"),
    ("KRO", "RSS Kronoberg", "Kronoberg"),
    ("KAL", "RSS Kalmar län", "Kalmar"),
    ("GOT", "Region Gotland", "Gotland"),
    ("BLE", "RSS Blekinge", "Blekinge"),
    ("SKÅ", "Kommunförbundet Skåne", "Skåne"),
    ("HAL", "RSS Halland", "Halland"),
    ("GR", "Göteborgsregionen", "Västra Götaland"),
    ("FYR", "Fyrbodal", "Västra Götaland"),
    ("SKB", "Skaraborg", "Västra Götaland"),
    ("SJU", "Sjuhärad", "Västra Götaland"),
    ("VRM", "RSS Värmland", "Värmland"),
    ("ÖRE", "RSS Örebro län", "Örebro"),
    ("VÄS", "RSS Västmanland", "Västmanland"),
    ("DAL", "RSS Dalarna", "Dalarna"),
    ("GÄV", "RSS Gävleborg", "Gävleborg"),
    ("VNL", "RSS Västernorrland", "Västernorrland"),
    ("JÄM", "RSS Jämtlands län", "Jämtland"),
    ("VBO", "RSS Västerbotten", "Västerbotten"),
    ("NBO", "RSS Norrbotten", "Norrbotten"),
];

/// The national actors as (code, name).
pub const DEFAULT_ACTORS: [(&str, &str); 9] = [
    ("SoS", "Socialstyrelsen"),
    (
        "SBU",
        "Statens beredning för medicinsk och social utvärdering",
    ),
    ("Forte", "Forskningsrådet för hälsa, arbetsliv och välfärd"),
    ("FoHM", "Folkhälsomyndigheten"),
    ("EHM", "E-hälsomyndigheten"),
    ("MFD", "Myndigheten för delaktighet"),
    ("MFoF", "Myndigheten för familjerätt och föräldraskapsstöd"),
    ("SKR", "Sveriges Kommuner och Regioner"),
    ("FoU", "FoU Välfärd"),
];

pub fn default_rss_list() -> Vec<Rss> {
    DEFAULT_RSS
        .iter()
        .map(|(code, name, county)| Rss {
            code: (*code).into(),
            name: (*name).into(),
            county: (*county).into(),
            ..Rss::default()
        })
        .collect()
}

pub fn default_actor_list() -> Vec<Actor> {
    DEFAULT_ACTORS
        .iter()
        .map(|(code, name)| Actor {
            code: (*code).into(),
            name: (*name).into(),
            ..Actor::default()
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_county_has_an_rss_and_vastra_gotaland_has_four() {
        for county in COUNTIES {
            let n = DEFAULT_RSS.iter().filter(|(_, _, c)| *c == county).count();
            let want = if county == "Västra Götaland" { 4 } else { 1 };
            assert_eq!(n, want, "{county}");
        }
    }

    #[test]
    fn rss_codes_are_unique() {
        let mut codes: Vec<_> = DEFAULT_RSS.iter().map(|r| r.0).collect();
        codes.sort();
        codes.dedup();
        assert_eq!(codes.len(), 24);
    }
}
