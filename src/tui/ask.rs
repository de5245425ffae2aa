//! Every question the app can ask, by owner. Each screen (and each layer
//! that asks) has its own enum, named for it, with the line shown over the
//! answer (the moments' screens' in `ask_moments.rs`, the rest here); `Ask`
//! says whose a question is, so the answer goes back to the one that asked,
//! through matches with no catch-all arm: a question that nobody answers
//! does not compile. (They depend on no screen or layer, so screens and
//! layers depend on them, never they on them.)

pub use super::ask_moments::{
    AreaAsk, DialogueAsk, FeedbackAsk, HandoverAsk, NeedsAsk, PriorityAsk, ReturnAsk, VerifyAsk,
};
use crate::meeting::people::Kind;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Ask {
    Round(RoundAsk),
    M1(AreaAsk),
    M2(NeedsAsk),
    M3(DialogueAsk),
    M4(VerifyAsk),
    M5(PriorityAsk),
    M6(HandoverAsk),
    M7(FeedbackAsk),
    /// A returned form, read on moment 3, 4, 6 or 7.
    Return(ReturnAsk),
    Ballot(BallotAsk),
    Form(FormAsk),
    Register(RegisterAsk),
}

/// The answer: yes or no to a question, or a typed line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Reply {
    Yes,
    No,
    Text(String),
}

impl Reply {
    /// The typed text (empty for a yes or a no).
    pub fn text(&self) -> &str {
        match self {
            Reply::Yes | Reply::No => "",
            Reply::Text(t) => t.trim(),
        }
    }
}

impl Ask {
    /// An action besides yes and no that answers this question, and how:
    /// `g` (the joint-list rule) in the question that closes the pick stage
    /// opens the rule's line, then closes; `u` in the question about a
    /// template with probable duplicates answers "update those needs".
    pub fn answered_instead(&self, action: crate::tui::action::Action) -> Option<Instead> {
        use crate::tui::action::Action as A;
        match (self, action) {
            (Ask::M5(PriorityAsk::CloseStage), A::JointRule) => {
                Some(Instead::Line(Ask::M5(PriorityAsk::JointRuleThenClose)))
            }
            (Ask::M2(NeedsAsk::ImportAnyway { duplicates: true }), A::UpdateInstead) => {
                Some(Instead::Reply(Reply::Text(UPDATE_INSTEAD.into())))
            }
            _ => None,
        }
    }

    /// Does `action` answer this question besides yes and no?
    pub fn also_answered_by(&self, action: crate::tui::action::Action) -> bool {
        self.answered_instead(action).is_some()
    }

    /// The line over the text field of a typed answer.
    pub fn question(&self) -> std::borrow::Cow<'static, str> {
        std::borrow::Cow::Borrowed(match self {
            Ask::Round(a) => a.question(),
            Ask::M1(a) => a.question(),
            Ask::M2(a) => a.question(),
            Ask::M3(a) => a.question(),
            Ask::M4(a) => a.question(),
            Ask::M5(PriorityAsk::WhoIs(text)) => return text.clone().into(),
            Ask::M5(a) => a.question(),
            Ask::M6(a) => a.question(),
            Ask::Return(a) => a.question(),
            Ask::M7(a) => a.question(),
            Ask::Ballot(a) => a.question(),
            Ask::Form(a) => a.question(),
            Ask::Register(a) => a.question(),
        })
    }
}

/// The round's and the app's own questions.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RoundAsk {
    SaveAs,
    /// The date a moment started, was done, or is planned.
    MomentStarted(crate::domain::Moment),
    MomentDone(crate::domain::Moment),
    MomentPlanned(crate::domain::Moment),
    /// Set a moment back to not started.
    MomentReset(crate::domain::Moment),
    /// Quit although a form or a line holds typing.
    QuitWithTyping,
    /// The day the selected mail-out (by its place in the list) was sent.
    MailoutSentOn(usize),
}

impl RoundAsk {
    pub fn question(self) -> &'static str {
        match self {
            RoundAsk::SaveAs => {
                "Spara som – en ny fil (finns den redan ändras den inte), t.ex. ~/omgang-kopia.ron"
            }
            RoundAsk::QuitWithTyping => {
                "Det finns text som inte sparats. Avsluta ändå och kasta den?"
            }
            RoundAsk::MomentStarted(_) => "Datum då momentet påbörjades (ÅÅÅÅ-MM-DD; tomt = i dag)",
            RoundAsk::MomentDone(_) => "Datum då momentet blev klart (ÅÅÅÅ-MM-DD; tomt = i dag)",
            RoundAsk::MomentPlanned(_) => "Nytt planerat datum för momentet (ÅÅÅÅ-MM-DD)",
            RoundAsk::MailoutSentOn(_) => "Datum då utskicket skickades (ÅÅÅÅ-MM-DD; tomt = i dag)",
            RoundAsk::MomentReset(_) => {
                "Sätta momentet till ej påbörjat (datumen för påbörjat och klart tas bort)?"
            }
        }
    }
}

/// A question's answer besides yes and no.
#[derive(Debug, Clone, PartialEq)]
pub enum Instead {
    /// Open this line instead.
    Line(Ask),
    /// Answer with this.
    Reply(Reply),
}

/// The reply `u` gives the template's question: update the needs whose
/// titles the rows have.
pub const UPDATE_INSTEAD: &str = "uppdatera";

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BallotAsk {
    Withdraw,
    Discard,
}

impl BallotAsk {
    pub fn question(self) -> &'static str {
        match self {
            BallotAsk::Withdraw => "Dra tillbaka hela valsedeln för den här representanten?",
            BallotAsk::Discard => {
                "Lämna valsedeln utan att spara? Ändringarna i den (val och det som står på raden) går förlorade."
            }
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FormAsk {
    Discard,
}

impl FormAsk {
    pub fn question(self) -> &'static str {
        match self {
            FormAsk::Discard => "Stäng formuläret och kasta det du skrivit?",
        }
    }
}

/// The register's questions (the layer `R`), about the selected person.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RegisterAsk {
    Add(Kind),
    Rename(Kind, String),
    Contact(Kind, String),
    Email(String),
    Substitute(String),
    Remove(Kind, String),
}

impl RegisterAsk {
    pub fn question(&self) -> &'static str {
        match self {
            RegisterAsk::Add(Kind::Representative) => {
                "Ny representant – namn, län eller RSS-kod, e-post (t.ex. \"Anna Ek, GR, anna@gr.se\")"
            }
            RegisterAsk::Add(Kind::Actor) => {
                "Ny aktör – kortnamn och namn (t.ex. \"IVO Inspektionen för vård och omsorg\")"
            }
            RegisterAsk::Add(Kind::Rss) => {
                "Ny RSS – kod, namn, län (t.ex. \"TST Test-RSS, Gotland\")"
            }
            RegisterAsk::Rename(Kind::Representative, _) => {
                "Nytt namn (valsedlar och närvaro följer med)"
            }
            RegisterAsk::Rename(..) => "Nytt namn (koden står kvar)",
            RegisterAsk::Contact(..) => {
                "Kontaktperson – namn, e-post (ett namn som finns ändras; \"- namn\" tar bort)"
            }
            RegisterAsk::Email(_) => "E-post (tomt tar bort)",
            RegisterAsk::Substitute(_) => "Ersättare för vem? Skriv namnet (tomt: inte ersättare)",
            RegisterAsk::Remove(..) => {
                "Ta bort ur registret? (Den som röstat eller antecknats tas aldrig bort.)"
            }
        }
    }
}
