//! A trace said in Swedish: a word for where the need stands and one
//! sentence for its RSS, in the round's own words.

use crate::domain::ModelVariant;
use crate::tally::place_label;

use super::trace::{Fate, Trace};

impl Fate {
    /// A word or two for a table's status column.
    pub fn label(self, model: ModelVariant) -> &'static str {
        match (self, model) {
            (Fate::Submitted, _) => "inskickat",
            (Fate::Discussed, ModelVariant::V2) => "diskuterat",
            (Fate::Discussed, ModelVariant::V1) => "avstämt",
            (Fate::Verified, ModelVariant::V2) => "verifierat",
            (Fate::Verified, ModelVariant::V1) => "avstämt",
            (Fate::Gap, _) => "kunskapslucka",
            (Fate::SetAside, _) => "undanlagt",
            (Fate::Merged, _) => "sammanslaget",
            (Fate::NotPicked, _) => "inte valt",
            (Fate::NotOnJointList, _) => "inte på gemensamma listan",
            (Fate::OnJointList, ModelVariant::V2) => "på gemensamma listan",
            (Fate::OnJointList, ModelVariant::V1) => "valt",
            (Fate::Ranked, _) => "prioriterat",
            (Fate::Received, _) => "mottaget",
            (Fate::TakenOn, _) => "tas om hand",
            (Fate::NotTakenOn, _) => "tas inte om hand",
            (Fate::Produced, _) => "kunskap framtagen",
        }
    }
}

impl Trace {
    /// "3 av 20 valsedlar" once the pick stage has closed.
    fn picked(&self) -> String {
        let n = crate::domain::swedish::count(self.ballots, "valsedel", "valsedlar");
        format!("{} av {n}", self.picks.unwrap_or(0))
    }

    fn place_text(&self) -> String {
        self.place.map(place_label).unwrap_or_default()
    }

    /// "Framtaget: A (länk); Framtaget: B".
    fn produced(&self) -> String {
        self.history
            .iter()
            .filter(|s| s.what.starts_with("Framtaget"))
            .map(|s| s.what.clone())
            .collect::<Vec<_>>()
            .join("; ")
    }

    /// One sentence for the RSS: where the need stands and what comes next.
    /// A merged need says what became of the need it went into.
    pub fn sentence(&self, model: ModelVariant) -> String {
        match self.fate {
            Fate::Submitted => "Inskickat; ännu inte diskuterat.".into(),
            Fate::Discussed => match model {
                ModelVariant::V2 => "Diskuterat vid dialogmöte; väntar på verifiering.".into(),
                ModelVariant::V1 => "Avstämt; väntar på sammanställning och sortering.".into(),
            },
            Fate::Verified => match model {
                ModelVariant::V2 => "Verifierat; ännu inte med i sammanställningen.".into(),
                ModelVariant::V1 => "Avstämt med nätverket; ännu inte sorterat.".into(),
            },
            Fate::Gap => "Med i den slutliga sammanställningen som kunskapslucka; går vidare till prioriteringen.".into(),
            Fate::SetAside => ended(format!(
                "Undanlagt. Skäl: {}",
                self.reason.clone().unwrap_or_default()
            )),
            Fate::Merged => {
                let into = self.merged_into.clone().unwrap_or_default();
                match &self.carrier {
                    Some(c) => format!(
                        "Sammanslaget med {into} ({}). {into}: {}",
                        c.title,
                        c.sentence(model)
                    ),
                    None => format!("Sammanslaget med {into}."),
                }
            }
            Fate::NotPicked => format!(
                "Inte valt vid prioriteringen i NSK-S ({}); går inte vidare i den här omgången.",
                self.picked()
            ),
            Fate::NotOnJointList => format!(
                "Vald på {} men inte med på den gemensamma listan; går inte vidare i den här omgången.",
                self.picked()
            ),
            Fate::OnJointList => match model {
                ModelVariant::V2 => format!(
                    "På den gemensamma listan (vald på {}); rangordningen pågår.",
                    self.picked()
                ),
                ModelVariant::V1 => format!(
                    "Vald på {}; rangordningen pågår.",
                    self.picked()
                ),
            },
            Fate::Ranked if self.handed_over => format!(
                "Prioriterat på plats {} (vald på {}); lämnades över till de nationella aktörerna, ingen återkoppling ännu.",
                self.place_text(),
                self.picked()
            ),
            Fate::Ranked => format!(
                "Prioriterat på plats {} (vald på {}); lämnas över till de nationella aktörerna.",
                self.place_text(),
                self.picked()
            ),
            Fate::Received => format!(
                "Prioriterat på plats {}. {}; ännu ingen återkoppling.",
                self.place_text(),
                self.received_by()
            ),
            Fate::TakenOn | Fate::NotTakenOn => ended(format!(
                "Prioriterat på plats {}. {}",
                self.place_text(),
                self.outcome_step()
            )),
            Fate::Produced => ended(format!(
                "Prioriterat på plats {}. {} {}",
                self.place_text(),
                ended(self.outcome_step()),
                self.produced()
            )),
        }
    }

    /// What the actors have fed back, for the lists of earlier rounds'
    /// gaps: "tas om hand av SBU: …", or that nothing has come yet.
    pub fn followup_text(&self) -> String {
        match self.fate {
            Fate::Received => format!("{}; ännu ingen återkoppling", lower(&self.received_by())),
            Fate::TakenOn | Fate::NotTakenOn | Fate::Produced => lower(&self.outcome_step()),
            _ => "ännu ingen återkoppling".into(),
        }
    }

    /// "Mottaget av SoS: under beredning; SBU: mottagen".
    fn received_by(&self) -> String {
        let got: Vec<String> = self
            .history
            .iter()
            .filter(|s| s.moment == crate::domain::Moment::Mottagande)
            .map(|s| s.what.trim_start_matches("Mottaget av ").to_string())
            .collect();
        format!("Mottaget av {}", got.join("; "))
    }

    /// The moment-7 outcome line, or that there is none yet.
    fn outcome_step(&self) -> String {
        self.history
            .iter()
            .find(|s| {
                s.moment == crate::domain::Moment::Aterkoppling && !s.what.starts_with("Framtaget")
            })
            .map(|s| s.what.clone())
            .unwrap_or_else(|| "Ännu ingen återkoppling".into())
    }
}

/// A sentence ends with one full stop, whatever the typed text ended with.
fn ended(s: String) -> String {
    let t = s.trim_end();
    if t.ends_with(['.', '!', '?']) {
        t.to_string()
    } else {
        format!("{t}.")
    }
}

fn lower(s: &str) -> String {
    let mut c = s.chars();
    c.next()
        .map(|f| f.to_lowercase().chain(c).collect())
        .unwrap_or_default()
}
