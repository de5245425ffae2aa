//! One-line questions typed at the keyboard: the joint-list rule, a reason,
//! a new candidate area, a vote, a dialogue date, a file to import. What is
//! typed stays when the answer is refused, with the message under it.

use crossterm::event::{KeyCode, KeyEvent};
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Clear, Paragraph, Widget, Wrap};

use crate::domain::priority::Stage;
use crate::tui::theme::Theme;
use crate::tui::widgets::{centered, safe};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PromptKind {
    // Moment 5
    JointRule,
    ReopenReason(Stage),
    // Moment 1
    NewCandidate,
    AreaVote,
    Decision,
    Contact,
    DialogueDate,
    // Moment 2
    ImportNeeds,
    ParticipantDots,
    // Moments 3 and 4
    Response,
    Question,
    Note,
    SessionAttendance,
    NewSession,
    SetAside,
    MergeInto,
    Correction,
    // Moments 6 and 7
    Receipt,
    Coordination,
    TakenOn,
    NotTaken,
    Produced,
    // Any moment
    SaveAs,
}

impl PromptKind {
    pub fn question(self) -> &'static str {
        match self {
            PromptKind::JointRule => {
                "Regel för gemensam lista: \"alla\", \"topp 10\" eller \"minst 2\":"
            }
            PromptKind::ReopenReason(_) => "Skäl till att steget öppnas igen (skrivs i loggen):",
            PromptKind::NewCandidate => "Nytt kandidatområde – namn: beskrivning",
            PromptKind::AreaVote => {
                "Röst – representant: område (t.ex. \"ann: skadl\"; flera områden med komma vid godkännanderöstning; tomt område drar tillbaka)"
            }
            PromptKind::Decision => "Beslut – [område][: anteckning]. Tomt område tar det ledande.",
            PromptKind::Contact => "Processledare för vald RSS – namn, e-post (tomt tar bort)",
            PromptKind::DialogueDate => {
                "Nytt dialogdatum – ÅÅÅÅ-MM-DD och kapacitet (t.ex. 2025-02-04 5)"
            }
            PromptKind::ImportNeeds => {
                "Importera mall – RSS-kod och fil (t.ex. GR ~/Hämtade/mall-GR.xlsx)"
            }
            PromptKind::ParticipantDots => {
                "En deltagares prickar – behovsnummer, ett per prick (t.ex. gr1 gr1 gr3)"
            }
            PromptKind::Response => {
                "Svar – aktör och svar: \"sos lucka\", \"sbu täckt: titel | länk\", \"forte pågår: vem\", \"sos oklart: vad\""
            }
            PromptKind::Question => {
                "Följdfråga – aktör: fråga (t.ex. \"sos: gäller det även LSS?\")"
            }
            PromptKind::Note => "Anteckning – aktör: text",
            PromptKind::SessionAttendance => {
                "Närvarande – aktör: namn, namn (t.ex. \"SoS: Eva Ek, Per Al\")"
            }
            PromptKind::NewSession => {
                "Nytt dialogmöte – ÅÅÅÅ-MM-DD TT:MM och RSS-koder (t.ex. 2027-02-04 09:00 GR FYR)"
            }
            PromptKind::SetAside => {
                "Lägg undan – \"täckt: stöd\", \"pågår: vem\", \"lokalt\", \"inte\" eller \"annat: skäl\" (| anteckning)"
            }
            PromptKind::MergeInto => "Slå ihop markerat behov med – behovsnummer (t.ex. GR-01)",
            PromptKind::Receipt => {
                "Mottagande – aktör och läge (mottagen, beredning, beslutad), | beslut (t.ex. \"SoS beslutad | Tas in i VP 2027\")"
            }
            PromptKind::Coordination => "Samordningsmöte – ÅÅÅÅ-MM-DD: vem tar vad",
            PromptKind::TakenOn => {
                "Tas om hand – aktörer: hur | när (t.ex. \"SoS, SBU: Vägledning | kvartal 2 2027\")"
            }
            PromptKind::NotTaken => "Tas inte om hand – varför (går tillbaka till RSS:erna)",
            PromptKind::SaveAs => {
                "Spara som – en ny fil (finns den redan ändras den inte), t.ex. ~/omgang-kopia.ron"
            }
            PromptKind::Produced => {
                "Framtagen kunskap – titel | länk | ÅÅÅÅ-MM-DD (länk och datum kan utelämnas)"
            }
            PromptKind::Correction => {
                "Rättelse från RSS – text (ändra behovets text i moment 2; tidigare lydelse sparas i loggen)"
            }
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LinePrompt {
    pub kind: PromptKind,
    pub text: String,
    pub error: Option<String>,
}

impl LinePrompt {
    pub fn new(kind: PromptKind) -> LinePrompt {
        LinePrompt {
            kind,
            text: String::new(),
            error: None,
        }
    }

    pub fn input(&mut self, key: KeyEvent) {
        self.error = None;
        match key.code {
            KeyCode::Char(_) if self.text.chars().count() >= crate::domain::need::MAX_TEXT => {
                self.error = Some(format!(
                    "Raden får vara högst {} tecken; det du skrivit finns kvar.",
                    crate::tui::widgets::need_form::thousands(crate::domain::need::MAX_TEXT)
                ));
            }
            KeyCode::Char(c) => self.text.push(c),
            KeyCode::Backspace => {
                self.text.pop();
            }
            _ => {}
        }
    }
}

pub struct LinePromptView<'a> {
    pub prompt: &'a LinePrompt,
    pub theme: &'a Theme,
}

impl Widget for &LinePromptView<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let t = self.theme;
        let popup = centered(area, 90, 6);
        Clear.render(popup, buf);
        let mut lines = vec![
            Line::from(Span::styled(self.prompt.kind.question(), t.base())),
            Line::from(Span::styled(
                format!("{}▏", safe(&self.prompt.text)),
                t.warn(),
            )),
        ];
        if let Some(e) = &self.prompt.error {
            lines.push(Line::from(Span::styled(safe(e), t.error())));
        }
        Paragraph::new(lines)
            .wrap(Wrap { trim: false })
            .block(
                Block::default()
                    .borders(Borders::ALL)
                    .border_style(t.accent()),
            )
            .style(t.base())
            .render(popup, buf);
    }
}
