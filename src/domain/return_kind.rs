//! The returns the model asks of outside parties, one form each: the
//! actors' preparation (moment 3), the RSSs' verification (moment 4; in
//! model 1.0 the check with the network, moment 3), the actors' receipt
//! (moment 6) and their feedback (moment 7).

/// Which of the model's returns a form is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ReturnKind {
    /// Moment 3: an actor's preparation before the dialogues.
    Preparation,
    /// Moment 4: an RSS's verification of its session minutes (in model
    /// 1.0 moment 3: its check of its needs with its network).
    Verification,
    /// Moment 6: an actor's receipt of the needs handed to it.
    Receipt,
    /// Moment 7: an actor's feedback on what became of each of its needs.
    Feedback,
}

impl ReturnKind {
    pub const ALL: [ReturnKind; 4] = [
        ReturnKind::Preparation,
        ReturnKind::Verification,
        ReturnKind::Receipt,
        ReturnKind::Feedback,
    ];

    /// The word in the file (`lbk_svar`) and in its name.
    pub fn code(self) -> &'static str {
        match self {
            ReturnKind::Preparation => "forberedelse",
            ReturnKind::Verification => "verifiering",
            ReturnKind::Receipt => "mottagande",
            ReturnKind::Feedback => "aterkoppling",
        }
    }

    /// The moment the form belongs to in model 2.0 (`moment_in` for a round).
    pub fn moment(self) -> u8 {
        match self {
            ReturnKind::Preparation => 3,
            ReturnKind::Verification => 4,
            ReturnKind::Receipt => 6,
            ReturnKind::Feedback => 7,
        }
    }

    /// What it is called in a report: "Mottagandet".
    pub fn label(self) -> &'static str {
        match self {
            ReturnKind::Preparation => "förberedelsen inför dialogerna",
            ReturnKind::Verification => "verifieringen av minnesanteckningarna",
            ReturnKind::Receipt => "mottagandet av de prioriterade behoven",
            ReturnKind::Feedback => "återkopplingen om behoven",
        }
    }

    pub fn from_code(s: &str) -> Option<ReturnKind> {
        ReturnKind::ALL.into_iter().find(|k| k.code() == s.trim())
    }

    /// The moment the form belongs to in a round of `model`: model 1.0's
    /// network check is its moment 3, and it has no preparation.
    pub fn moment_in(self, model: super::ModelVariant) -> Option<u8> {
        use super::ModelVariant::V1;
        match (self, model) {
            (ReturnKind::Preparation, V1) => None,
            (ReturnKind::Verification, V1) => Some(3),
            _ => Some(self.moment()),
        }
    }

    /// The form of moment `n` in a round of `model`.
    pub fn for_moment(n: u8, model: super::ModelVariant) -> Option<ReturnKind> {
        ReturnKind::ALL
            .into_iter()
            .find(|k| k.moment_in(model) == Some(n))
    }

    /// An RSS fills it (else a national actor).
    pub fn from_rss(self) -> bool {
        self == ReturnKind::Verification
    }
}
