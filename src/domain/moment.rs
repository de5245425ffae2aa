//! The seven moments of a round, and the model variant that names them.

use serde::{Deserialize, Serialize};

/// Which version of the model the round follows. 2.0 (2026) is the default;
/// 1.0 (2024) names moments 2-5 differently and ranks each representative's
/// own picks instead of a joint list.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Default)]
pub enum ModelVariant {
    #[default]
    V2,
    V1,
}

impl ModelVariant {
    pub fn label(self) -> &'static str {
        match self {
            ModelVariant::V2 => "2.0",
            ModelVariant::V1 => "1.0",
        }
    }

    /// Parses "2.0", "2", "1.0" or "1".
    pub fn parse(s: &str) -> Option<Self> {
        match s.trim() {
            "2.0" | "2" => Some(ModelVariant::V2),
            "1.0" | "1" => Some(ModelVariant::V1),
            _ => None,
        }
    }

    /// In 1.0 each representative ranks only their own picks; in 2.0 everyone
    /// ranks the joint list.
    pub fn ranks_own_picks(self) -> bool {
        self == ModelVariant::V1
    }
}

/// One of the seven moments. Variants carry the Swedish names of model 2.0.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum Moment {
    ValAvOmrade,
    Identifiering,
    Dialog,
    Verifiering,
    Prioritering,
    Mottagande,
    Aterkoppling,
}

impl Moment {
    pub const ALL: [Moment; 7] = [
        Moment::ValAvOmrade,
        Moment::Identifiering,
        Moment::Dialog,
        Moment::Verifiering,
        Moment::Prioritering,
        Moment::Mottagande,
        Moment::Aterkoppling,
    ];

    /// 1..=7
    pub fn number(self) -> usize {
        self.index() + 1
    }

    pub fn index(self) -> usize {
        Moment::ALL.iter().position(|m| *m == self).unwrap_or(0)
    }

    pub fn from_number(n: usize) -> Option<Moment> {
        n.checked_sub(1).and_then(|i| Moment::ALL.get(i).copied())
    }

    pub fn next(self) -> Moment {
        Moment::ALL[(self.index() + 1).min(6)]
    }

    pub fn previous(self) -> Moment {
        Moment::ALL[self.index().saturating_sub(1)]
    }

    /// The moment's Swedish name in the given model variant.
    pub fn name(self, model: ModelVariant) -> &'static str {
        match (self, model) {
            (Moment::ValAvOmrade, _) => "Val av verksamhetsområde",
            (Moment::Identifiering, ModelVariant::V2) => {
                "Identifiering och prioritering av lokala kunskapsbehov"
            }
            (Moment::Identifiering, ModelVariant::V1) => "RSS identifierar och sammanställer",
            (Moment::Dialog, ModelVariant::V2) => "Dialog om behov",
            (Moment::Dialog, ModelVariant::V1) => "Avstämning",
            (Moment::Verifiering, ModelVariant::V2) => "Verifiering av behov",
            (Moment::Verifiering, ModelVariant::V1) => "Sammanställning och sortering",
            (Moment::Prioritering, ModelVariant::V2) => {
                "Prioritering av identifierade kunskapsluckor"
            }
            (Moment::Prioritering, ModelVariant::V1) => "Prioritering",
            (Moment::Mottagande, _) => "Nationella aktörer tar emot behov",
            (Moment::Aterkoppling, _) => "Återkoppling till regional och lokal nivå",
        }
    }

    /// A short name for tabs.
    pub fn short_name(self, model: ModelVariant) -> &'static str {
        match (self, model) {
            (Moment::ValAvOmrade, _) => "Område",
            (Moment::Identifiering, _) => "Behov",
            (Moment::Dialog, ModelVariant::V2) => "Dialog",
            (Moment::Dialog, ModelVariant::V1) => "Avstämning",
            (Moment::Verifiering, ModelVariant::V2) => "Verifiering",
            (Moment::Verifiering, ModelVariant::V1) => "Sortering",
            (Moment::Prioritering, _) => "Prioritering",
            (Moment::Mottagande, _) => "Mottagande",
            (Moment::Aterkoppling, _) => "Återkoppling",
        }
    }
}

/// Where a moment stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Default)]
pub enum MomentStatus {
    #[default]
    EjPaborjad,
    Pagaende,
    Klar,
}

impl MomentStatus {
    pub fn label(self) -> &'static str {
        match self {
            MomentStatus::EjPaborjad => "ej påbörjad",
            MomentStatus::Pagaende => "pågår",
            MomentStatus::Klar => "klar",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_run_one_to_seven_and_back() {
        for (i, m) in Moment::ALL.iter().enumerate() {
            assert_eq!(m.number(), i + 1);
            assert_eq!(Moment::from_number(i + 1), Some(*m));
        }
        assert_eq!(Moment::from_number(0), None);
        assert_eq!(Moment::from_number(8), None);
    }

    #[test]
    fn next_and_previous_stop_at_the_ends() {
        assert_eq!(Moment::Aterkoppling.next(), Moment::Aterkoppling);
        assert_eq!(Moment::ValAvOmrade.previous(), Moment::ValAvOmrade);
        assert_eq!(Moment::Dialog.next(), Moment::Verifiering);
    }

    #[test]
    fn the_variant_changes_names_of_moments_two_to_five() {
        for m in [
            Moment::Identifiering,
            Moment::Dialog,
            Moment::Verifiering,
            Moment::Prioritering,
        ] {
            assert_ne!(m.name(ModelVariant::V2), m.name(ModelVariant::V1), "{m:?}");
        }
        assert_eq!(Moment::Dialog.name(ModelVariant::V1), "Avstämning");
        assert_eq!(
            Moment::Mottagande.name(ModelVariant::V1),
            Moment::Mottagande.name(ModelVariant::V2)
        );
    }

    #[test]
    fn variant_parses_its_labels() {
        assert_eq!(ModelVariant::parse("1.0"), Some(ModelVariant::V1));
        assert_eq!(ModelVariant::parse(" 2.0 "), Some(ModelVariant::V2));
        assert_eq!(ModelVariant::parse("3.0"), None);
        assert!(ModelVariant::V1.ranks_own_picks());
        assert!(!ModelVariant::V2.ranks_own_picks());
    }
}
