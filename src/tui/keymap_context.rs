//! Where the user is, for what keys mean: each component names its
//! contexts, and the keymap, the footer and the help read them.

/// Where the user is, for what keys mean.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Context {
    /// Anywhere outside text input and questions.
    Global,
    /// Moving in a list or a long text.
    Nav,
    /// Any text line or form (unbound keys are text).
    Text,
    Home,
    /// Any moment screen of an open round.
    Round,
    Needs,
    Filter,
    Form,
    Confirm,
    Unsaved,
    Prompt,
    Area,
    KickOff,
    HistorySearch,
    Dialogue,
    Verify,
    Priority,
    ChooseRep,
    Ballot,
    Attendance,
    Log,
    PerRep,
    Presentation,
    Handover,
    Feedback,
    Timeline,
    Register,
    Mailouts,
    Network,
    Sorting,
    Help,
}

impl Context {
    /// Every context, in the order help lists them after the current ones.
    pub const ALL: [Context; 31] = [
        Context::Global,
        Context::Nav,
        Context::Text,
        Context::Home,
        Context::Round,
        Context::Area,
        Context::Needs,
        Context::Filter,
        Context::Form,
        Context::KickOff,
        Context::HistorySearch,
        Context::Dialogue,
        Context::Network,
        Context::Verify,
        Context::Sorting,
        Context::Priority,
        Context::ChooseRep,
        Context::Ballot,
        Context::Attendance,
        Context::Log,
        Context::PerRep,
        Context::Presentation,
        Context::Handover,
        Context::Feedback,
        Context::Timeline,
        Context::Register,
        Context::Mailouts,
        Context::Prompt,
        Context::Confirm,
        Context::Unsaved,
        Context::Help,
    ];

    pub fn title(self) -> &'static str {
        match self {
            Context::Global => "Överallt",
            Context::Nav => "I en lista",
            Context::Text => "När du skriver",
            Context::Home => "Startsidan",
            Context::Round => "I en omgång",
            Context::Needs => "Behovslistan (moment 2)",
            Context::Form => "Formuläret",
            Context::Filter => "Filterraden",
            Context::Confirm => "Fråga",
            Context::Unsaved => "Osparade ändringar",
            Context::Area => "Val av område och RSS (moment 1)",
            Context::KickOff => "Tidigare kunskapsluckor",
            Context::Dialogue => "Dialogmöten (moment 3)",
            Context::Verify => "Verifiering och sammanställning (moment 4)",
            Context::Handover => "Mottagande (moment 6)",
            Context::Feedback => "Återkoppling (moment 7)",
            Context::HistorySearch => "Sökraden i historiken",
            Context::Timeline => "Tidslinjen",
            Context::Register => "Registret (R): omgångens personer",
            Context::Mailouts => "Utskicken (U): till vem, och om de är skickade",
            Context::Network => "Moment 3 (modell 1.0): avstämning",
            Context::Sorting => "Moment 4 (modell 1.0): sammanställning och sortering",
            Context::Priority => "Prioritering (moment 5)",
            Context::ChooseRep => "Välj representant",
            Context::Ballot => "Valsedel",
            Context::Attendance => "Närvaro",
            Context::Prompt => "Inmatningsrad",
            Context::Log => "Ändringslogg",
            Context::PerRep => "Per representant",
            Context::Presentation => "Presentationsläge",
            Context::Help => "Hjälpen",
        }
    }

    /// Contexts where unbound keys are text.
    pub fn takes_text(self) -> bool {
        matches!(
            self,
            Context::Text
                | Context::Form
                | Context::Filter
                | Context::ChooseRep
                | Context::Ballot
                | Context::Prompt
                | Context::HistorySearch
        )
    }

    /// May the global keys (q, ?, t) act here? Not while typing, not in a
    /// question, not in help.
    pub fn allows_global(self) -> bool {
        !self.takes_text() && !matches!(self, Context::Confirm | Context::Unsaved | Context::Help)
    }
}
