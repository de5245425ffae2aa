//! A knowledge need (kunskapsbehov) and its life from submission to the
//! final compilation, or aside with a reason.

use serde::{Deserialize, Serialize};

/// Level the RSS judged the need to belong to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Default)]
pub enum Level {
    Lokal,
    Regional,
    #[default]
    Nationell,
    Osaker,
}

impl Level {
    pub const ALL: [Level; 4] = [
        Level::Lokal,
        Level::Regional,
        Level::Nationell,
        Level::Osaker,
    ];
    pub fn label(self) -> &'static str {
        match self {
            Level::Lokal => "Lokal",
            Level::Regional => "Regional",
            Level::Nationell => "Nationell",
            Level::Osaker => "Osäker",
        }
    }
}

/// A need, or local knowledge lifted to the national level.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Default)]
pub enum NeedKind {
    #[default]
    Kunskapsbehov,
    LokalKunskap,
}

impl NeedKind {
    pub const ALL: [NeedKind; 2] = [NeedKind::Kunskapsbehov, NeedKind::LokalKunskap];
    pub fn label(self) -> &'static str {
        match self {
            NeedKind::Kunskapsbehov => "Kunskapsbehov",
            NeedKind::LokalKunskap => "Lokal kunskap",
        }
    }
}

/// Where the need came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Default)]
pub enum Source {
    #[default]
    Natverksmote,
    FouRapport,
    RegionalKartlaggning,
    Annan,
}

impl Source {
    pub const ALL: [Source; 4] = [
        Source::Natverksmote,
        Source::FouRapport,
        Source::RegionalKartlaggning,
        Source::Annan,
    ];
    pub fn label(self) -> &'static str {
        match self {
            Source::Natverksmote => "Nätverksmöte",
            Source::FouRapport => "FoU-rapport",
            Source::RegionalKartlaggning => "Regional kartläggning",
            Source::Annan => "Annan",
        }
    }
}

/// Why a need left the list. Every need that leaves, leaves with one.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum SetAsideReason {
    /// Already answered by existing support (which).
    RedanTackt { support: String },
    /// Known and already being worked on (by whom).
    ArbeteParar { by: String },
    /// Can be handled locally or regionally.
    LokaltRegionalt,
    /// Not a knowledge need (training, staffing, implementation...).
    InteKunskapsbehov,
    /// Any other reason, told in the note.
    Annat,
}

impl SetAsideReason {
    /// One word for a list: täckt, pågår, lokalt, inte behov, annat.
    pub fn word(&self) -> &'static str {
        match self {
            SetAsideReason::RedanTackt { .. } => "täckt",
            SetAsideReason::ArbeteParar { .. } => "pågår",
            SetAsideReason::LokaltRegionalt => "lokalt",
            SetAsideReason::InteKunskapsbehov => "inte behov",
            SetAsideReason::Annat => "annat",
        }
    }

    pub fn label(&self) -> String {
        match self {
            SetAsideReason::RedanTackt { support } => {
                format!("Redan täckt av befintligt kunskapsstöd: {support}")
            }
            SetAsideReason::ArbeteParar { by } => format!("Arbete pågår redan: {by}"),
            SetAsideReason::LokaltRegionalt => "Kan hanteras lokalt eller regionalt".into(),
            SetAsideReason::InteKunskapsbehov => "Inte ett kunskapsbehov".into(),
            SetAsideReason::Annat => "Annat skäl".into(),
        }
    }
}

/// Where a need stood before it left the list, so leaving can be undone.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Default)]
pub enum Progress {
    Inskickat,
    Diskuterat,
    #[default]
    Verifierat,
    Kunskapslucka,
}

impl Progress {
    pub fn status(self) -> NeedStatus {
        match self {
            Progress::Inskickat => NeedStatus::Inskickat,
            Progress::Diskuterat => NeedStatus::Diskuterat,
            Progress::Verifierat => NeedStatus::Verifierat,
            Progress::Kunskapslucka => NeedStatus::Kunskapslucka,
        }
    }
}

/// Where a need stands in its life.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
pub enum NeedStatus {
    /// Submitted by its RSS (moment 2).
    #[default]
    Inskickat,
    /// Discussed at a dialogue meeting (moment 3).
    Diskuterat,
    /// Confirmed by its RSS (moment 4).
    Verifierat,
    /// On the final compilation as a knowledge gap.
    Kunskapslucka,
    /// Set aside, with a reason and a free note.
    Undanlagt {
        reason: SetAsideReason,
        note: String,
        #[serde(default)]
        before: Progress,
    },
    /// Merged into another need (its number).
    Sammanslaget {
        into: String,
        #[serde(default)]
        before: Progress,
    },
}

impl NeedStatus {
    pub fn label(&self) -> String {
        match self {
            NeedStatus::Inskickat => "inskickat".into(),
            NeedStatus::Diskuterat => "diskuterat".into(),
            NeedStatus::Verifierat => "verifierat".into(),
            NeedStatus::Kunskapslucka => "kunskapslucka".into(),
            NeedStatus::Undanlagt { .. } => "undanlagt".into(),
            NeedStatus::Sammanslaget { into, .. } => format!("sammanslagen med {into}"),
        }
    }

    /// The status as a list shows it when there is room: a merge names its
    /// target, a set-aside its reason in a word.
    pub fn list_label(&self) -> String {
        match self {
            NeedStatus::Undanlagt { reason, .. } => format!("undanlagt: {}", reason.word()),
            other => other.label(),
        }
    }

    /// The status in as few characters as it can be said, for a narrow list;
    /// the merge target is kept.
    pub fn short_label(&self) -> String {
        match self {
            NeedStatus::Kunskapslucka => "lucka".into(),
            NeedStatus::Undanlagt { reason, .. } => format!("undan: {}", reason.word()),
            NeedStatus::Sammanslaget { into, .. } => format!("→ {into}"),
            other => other.label(),
        }
    }

    /// The list label if it fits in `width`, else the short one.
    pub fn label_within(&self, width: usize) -> String {
        let long = self.list_label();
        if long.chars().count() <= width {
            long
        } else {
            self.short_label()
        }
    }

    /// Where the need is in the pipeline, if it has not left the list.
    pub fn progress(&self) -> Option<Progress> {
        match self {
            NeedStatus::Inskickat => Some(Progress::Inskickat),
            NeedStatus::Diskuterat => Some(Progress::Diskuterat),
            NeedStatus::Verifierat => Some(Progress::Verifierat),
            NeedStatus::Kunskapslucka => Some(Progress::Kunskapslucka),
            NeedStatus::Undanlagt { .. } | NeedStatus::Sammanslaget { .. } => None,
        }
    }

    pub fn merged(into: &str) -> NeedStatus {
        NeedStatus::Sammanslaget {
            into: into.to_string(),
            before: Progress::default(),
        }
    }

    pub fn set_aside(reason: SetAsideReason, note: &str) -> NeedStatus {
        NeedStatus::Undanlagt {
            reason,
            note: note.to_string(),
            before: Progress::default(),
        }
    }

    /// Has the need left the list (set aside or merged)?
    pub fn has_left(&self) -> bool {
        matches!(
            self,
            NeedStatus::Undanlagt { .. } | NeedStatus::Sammanslaget { .. }
        )
    }
}

/// One knowledge need with every column of the RSS's Excel template.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
#[serde(deny_unknown_fields)]
pub struct Need {
    /// Stable number, e.g. `GR-03`: RSS code and sequence.
    pub number: String,
    /// Code of the RSS that raised it.
    pub rss: String,
    pub title: super::Text,
    /// Concrete; understandable by an outsider. May span several lines.
    pub description: super::Text,
    /// The challenge in practice: what is problematic and why.
    pub challenge: super::Text,
    pub target_group: super::Text,
    /// Known support that is not enough, and why.
    pub known_support: super::Text,
    pub level: Level,
    /// Dots from the network's dot vote, if one was held.
    pub dots: Option<u32>,
    pub kind: NeedKind,
    pub source: Source,
    /// Whether it concerns municipal health care.
    pub health_care: bool,
    pub notes: super::Text,
    pub status: NeedStatus,
}

/// The longest short title a need may have, wherever it is typed, pasted or
/// imported.
pub const MAX_TITLE: usize = 200;
/// The longest text of a need's other fields (and of a typed answer): long
/// enough for a page of text, far below a spreadsheet cell's 32 767.
pub const MAX_TEXT: usize = 5000;
/// The longest need number.
pub const MAX_NUMBER: usize = 20;

impl Need {
    /// Each text field with its name and its limit.
    pub fn text_fields(&self) -> [(&'static str, &str, usize); 7] {
        [
            ("nummer", &self.number, MAX_NUMBER),
            ("kort titel", &self.title, MAX_TITLE),
            ("beskrivning", &self.description, MAX_TEXT),
            ("utmaningen i praktiken", &self.challenge, MAX_TEXT),
            ("målgrupp", &self.target_group, MAX_TEXT),
            ("kända stöd som inte räcker", &self.known_support, MAX_TEXT),
            ("anteckningar", &self.notes, MAX_TEXT),
        ]
    }
}

/// Splits a need number like `GR-03` into its RSS code and sequence.
pub fn split_number(number: &str) -> Option<(&str, u32)> {
    let (code, seq) = number.rsplit_once('-')?;
    let seq = seq.parse().ok()?;
    (!code.is_empty()).then_some((code, seq))
}

/// Orders need numbers as people read them: by RSS code in Swedish order,
/// then by sequence as a number (GR-2 before GR-10).
pub fn number_order(a: &str, b: &str) -> std::cmp::Ordering {
    match (split_number(a), split_number(b)) {
        (Some((ca, sa)), Some((cb, sb))) => super::collate::swedish_cmp(ca, cb).then(sa.cmp(&sb)),
        _ => super::collate::swedish_cmp(a, b),
    }
}

/// A need number as typed fast: letters and digits only, lower case
/// ("GR-03" → "gr03").
fn squeeze(s: &str) -> String {
    s.chars()
        .filter(|c| c.is_alphanumeric())
        .flat_map(char::to_lowercase)
        .collect()
}

/// Does a typed token name this need number? "GR-03", "gr-3", "gr3" and
/// "GR03" all name GR-03; the RSS code is compared ignoring case.
pub fn token_names(number: &str, token: &str) -> bool {
    let Some((code, seq)) = split_number(number) else {
        return squeeze(number) == squeeze(token);
    };
    let t = squeeze(token);
    let digits_at = t.find(|c: char| c.is_ascii_digit()).unwrap_or(t.len());
    let (letters, digits) = t.split_at(digits_at);
    letters == squeeze(code) && digits.parse::<u32>().ok() == Some(seq)
}

/// The numbers among `candidates` that a partly typed token could become.
pub fn completions<'a>(candidates: &'a [String], typed: &str) -> Vec<&'a str> {
    let t = squeeze(typed);
    if t.is_empty() {
        return vec![];
    }
    candidates
        .iter()
        .filter(|n| token_names(n, typed) || squeeze(n).starts_with(&t))
        .map(String::as_str)
        .collect()
}

/// The next free number for an RSS: one past the highest sequence in use.
pub fn next_number<'a>(rss_code: &str, existing: impl IntoIterator<Item = &'a str>) -> String {
    let highest = existing
        .into_iter()
        .filter_map(split_number)
        .filter(|(code, _)| crate::domain::collate::same_code(code, rss_code))
        .map(|(_, seq)| seq)
        .max()
        .unwrap_or(0);
    format!("{rss_code}-{:02}", highest + 1)
}

#[cfg(test)]
#[path = "need_tests.rs"]
mod tests;
