//! Every question the app can ask, by owner. Each screen (and each layer
//! that asks) has its own enum here, named for it, with the line shown over
//! the answer; `Ask` says whose a question is, so the answer goes back to
//! the one that asked, through matches with no catch-all arm: a question
//! that nobody answers does not compile. (They live in one file so that
//! screens and layers depend on it, never it on them.)

use crate::domain::priority::Stage;
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

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AreaAsk {
    NewCandidate,
    Vote,
    Decision,
    Contact,
    DialogueDate,
}

impl AreaAsk {
    pub fn question(self) -> &'static str {
        match self {
            AreaAsk::NewCandidate => "Nytt kandidatområde – namn: beskrivning",
            AreaAsk::Vote => {
                "Röst – representant: område (t.ex. \"ann: skadl\"; flera områden med komma vid godkännanderöstning; tomt område drar tillbaka)"
            }
            AreaAsk::Decision => "Beslut – [område][: anteckning]. Tomt område tar det ledande.",
            AreaAsk::Contact => {
                "Processledare för vald RSS – namn, e-post (högst två; ett namn som finns ändras; \"- namn\" tar bort)"
            }
            AreaAsk::DialogueDate => {
                "Nytt dialogdatum – ÅÅÅÅ-MM-DD och kapacitet (t.ex. 2025-02-04 5)"
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
pub enum NeedsAsk {
    ImportFile,
    ParticipantDots,
    ConfirmImport,
    /// The template raised questions: import anyway with them answered yes?
    /// With probable duplicates among them, `u` updates those needs instead.
    ImportAnyway {
        duplicates: bool,
    },
    ConfirmRemove,
}

impl NeedsAsk {
    pub fn question(self) -> &'static str {
        match self {
            NeedsAsk::ImportFile => {
                "Importera mall – RSS-kod och fil (t.ex. GR ~/Hämtade/mall-GR.xlsx)"
            }
            NeedsAsk::ParticipantDots => {
                "En deltagares prickar – behovsnummer, ett per prick (t.ex. gr1 gr1 gr3)"
            }
            NeedsAsk::ConfirmImport => "Importera mallen?",
            NeedsAsk::ImportAnyway { .. } => "Importera ändå?",
            NeedsAsk::ConfirmRemove => "Ta bort behovet?",
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DialogueAsk {
    Response,
    Question,
    Note,
    Attendance,
    NewSession,
    /// Model 1.0: the date the selected RSS checked with its network.
    NetworkChecked,
    NetworkNote,
}

impl DialogueAsk {
    pub fn question(self) -> &'static str {
        match self {
            DialogueAsk::Response => {
                "Svar – aktör och svar: \"sos lucka\", \"sbu täckt: titel | länk\", \"forte pågår: vem\", \"sos oklart: vad\""
            }
            DialogueAsk::Question => {
                "Följdfråga – aktör eller RSS: fråga (t.ex. \"sos: gäller det även LSS?\")"
            }
            DialogueAsk::Note => {
                "Anteckning – aktör eller RSS: text (t.ex. \"gr: gäller främst små kommuner\")"
            }
            DialogueAsk::Attendance => {
                "Närvarande – aktör eller RSS: namn, namn (t.ex. \"SoS: Eva Ek, Per Al\" eller \"GR: Anna Berg\")"
            }
            DialogueAsk::NewSession => {
                "Nytt dialogmöte – ÅÅÅÅ-MM-DD TT:MM och RSS-koder (t.ex. 2027-02-04 09:00 GR FYR)"
            }
            DialogueAsk::NetworkChecked => {
                "Datum då RSS:en stämde av behoven med sitt nätverk (ÅÅÅÅ-MM-DD; tomt = i dag)"
            }
            DialogueAsk::NetworkNote => "Anteckning från avstämningen",
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum VerifyAsk {
    SetAside,
    MergeInto,
    Correction,
    /// Model 1.0: an actor's mark on the selected need.
    ActorMark,
}

impl VerifyAsk {
    pub fn question(self) -> &'static str {
        match self {
            VerifyAsk::SetAside => {
                "Lägg undan – \"täckt: stöd\", \"pågår: vem\", \"lokalt\", \"inte\" eller \"annat: skäl\" (| anteckning)"
            }
            VerifyAsk::MergeInto => "Slå ihop markerat behov med – behovsnummer (t.ex. GR-01)",
            VerifyAsk::ActorMark => {
                "Aktörens markering – \"sos täckt: stöd | länk\", \"sbu pågår: vem\", \"sos lucka\""
            }
            VerifyAsk::Correction => {
                "Rättelse från RSS – text (ändra behovets text i moment 2; tidigare lydelse sparas i loggen)"
            }
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PriorityAsk {
    JointRule,
    /// Who a name in imported ballots is (the question says the name).
    WhoIs(String),
    /// The dry-run report of an import: write it?
    ConfirmBallots,
    /// An import was refused: the rows that are wrong (closing only).
    ImportRefused,
    /// The path of a file with ballots.
    ImportFile,
    /// The rule changed from the close question, which then comes back.
    JointRuleThenClose,
    ReopenReason(Stage),
    CloseStage,
}

impl PriorityAsk {
    pub fn question(&self) -> &'static str {
        match self {
            PriorityAsk::WhoIs(_) => "Vem är det?",
            PriorityAsk::ConfirmBallots => "Importera valsedlarna?",
            PriorityAsk::ImportRefused => "Importen vägrades.",
            PriorityAsk::ImportFile => {
                "Fil med valsedlar (xlsx, csv, ods eller chatt som .txt); en chatt kan också klistras in direkt:"
            }
            PriorityAsk::JointRule | PriorityAsk::JointRuleThenClose => {
                "Regel för gemensam lista: \"alla\", \"topp 10\" eller \"minst 2\":"
            }
            PriorityAsk::ReopenReason(_) => "Skäl till att steget öppnas igen (skrivs i loggen):",
            PriorityAsk::CloseStage => {
                "Stänga steget? Valsedlarna kan inte ändras förrän steget öppnas igen (med ett skäl)."
            }
        }
    }

    /// The close question with what closing will do, and (in the pick
    /// stage) the key that changes the rule first.
    pub fn close_question(round: &crate::domain::Round) -> String {
        let rule = if round.prioritization.stage() == Stage::Pick && !round.model.ranks_own_picks()
        {
            " g byter regel först."
        } else {
            ""
        };
        format!(
            "{}\n{}{rule}",
            round.close_preview(),
            PriorityAsk::CloseStage.question()
        )
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum HandoverAsk {
    Receipt,
    Coordination,
}

impl HandoverAsk {
    pub fn question(self) -> &'static str {
        match self {
            HandoverAsk::Receipt => {
                "Mottagande – aktör och läge (mottagen, beredning, beslutad), | beslut (t.ex. \"SoS beslutad | Tas in i VP 2027\")"
            }
            HandoverAsk::Coordination => "Samordningsmöte – ÅÅÅÅ-MM-DD: vem tar vad",
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FeedbackAsk {
    TakenOn,
    NotTaken,
    Produced,
}

impl FeedbackAsk {
    pub fn question(self) -> &'static str {
        match self {
            FeedbackAsk::TakenOn => {
                "Tas om hand – aktörer: hur | när (t.ex. \"SoS, SBU: Vägledning | kvartal 2 2027\")"
            }
            FeedbackAsk::NotTaken => "Tas inte om hand – varför (går tillbaka till RSS:erna)",
            FeedbackAsk::Produced => {
                "Framtagen kunskap – titel | länk | ÅÅÅÅ-MM-DD (länk och datum kan utelämnas)"
            }
        }
    }
}

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
