//! The questions of the moments' screens (1–7), one enum per screen with
//! the line shown over the answer; `Ask` in `ask.rs` says whose a question
//! is.

use crate::domain::priority::Stage;

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
    /// Model 1.0: accept or reject the selected RSS's returned correction.
    NetworkProposal,
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
            DialogueAsk::NetworkProposal => PROPOSAL,
        }
    }
}

/// The line over a returned correction's decision.
const PROPOSAL: &str = "Rättelseförslaget (se rutan): g godtar, a avvisar, Esc väntar";

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum VerifyAsk {
    SetAside,
    MergeInto,
    Correction,
    /// Model 1.0: an actor's mark on the selected need.
    ActorMark,
    /// Accept or reject the correction an RSS returned for the need.
    Proposal,
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
            VerifyAsk::Proposal => PROPOSAL,
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
    /// Where the ballot server listens.
    PhoneAddress,
    /// Whose code to show.
    ShowCode,
    /// Who gets a new code.
    NewCode,
    /// A phone ballot held for this person: count it instead?
    Held(String),
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
            PriorityAsk::PhoneAddress => {
                "Röstning från mobil – adress och port (tomt: datorns egen adress, port 8080):"
            }
            PriorityAsk::ShowCode => "Vems kod? Namn (visas här för att läsas upp):",
            PriorityAsk::NewCode => "Ny kod för – namn (den gamla slutar gälla):",
            PriorityAsk::Held(_) => "Räkna valsedeln från mobilen i stället för den inskrivna?",
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
    Assign,
    Coordination,
}

impl HandoverAsk {
    pub fn question(self) -> &'static str {
        match self {
            HandoverAsk::Receipt => {
                "Mottagande – aktör och läge (mottagen, beredning, beslutad), | beslut (t.ex. \"SoS beslutad | Tas in i VP 2027\")"
            }
            HandoverAsk::Assign => {
                "Lämnas till – aktörernas koder, t.ex. \"SoS SBU\" (tomt: förslaget utifrån aktörernas svar)"
            }
            HandoverAsk::Coordination => "Samordningsmöte – ÅÅÅÅ-MM-DD: vem tar vad",
        }
    }
}

/// A returned form on its way in, on any moment's screen that reads one.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ReturnAsk {
    /// The path of a returned form.
    ImportFile,
    /// The file asks something (another party, another round, a newer change).
    Asks,
    /// The report: write it?
    Confirm,
    Refused,
}

impl ReturnAsk {
    pub fn question(self) -> &'static str {
        match self {
            ReturnAsk::ImportFile => {
                "Ifyllt formulär (xlsx, xls, ods, csv) – sökväg, eller dra filen hit"
            }
            ReturnAsk::Asks => "Läsa in filen ändå?",
            ReturnAsk::Confirm => "Läsa in svaren?",
            ReturnAsk::Refused => "Formuläret lästes inte in.",
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
