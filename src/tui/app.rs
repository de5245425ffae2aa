//! The app's state and its update: a key becomes an Action, the Action
//! changes the state and may ask for Effects (save, open, ...), which the
//! loop performs afterwards and reports on the status line.

use std::path::PathBuf;

use crossterm::event::{KeyCode, KeyEvent};
use jiff::Timestamp;

use super::action::Action;
use super::app_m5::{M5Mode, M5State};
use super::app_m12::KickOffState;
use super::app_m67::ProgressState;
use super::keymap::{Context, lookup};
use super::prompt::{LinePrompt, PromptKind};
use super::screens::Screen;
use super::screens::home::{HomeState, Origin};
use super::screens::m2_needs::{NeedsState, visible_needs};
use super::theme::Theme;
use super::widgets::need_form::NeedForm;
use crate::domain::{Moment, Round};
use crate::store::samples::{SAMPLES, working_copy};
use crate::store::{Folders, OpenRound, Settings, save_settings};

/// How many earlier versions `u` can go back to.
const UNDO_DEPTH: usize = 30;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Question {
    /// Quit although the form holds unsaved typing.
    QuitWithForm,
    /// Close the form and drop what was typed.
    DiscardForm,
    /// Close the current moment-5 stage.
    CloseStage,
    /// Withdraw the ballot being edited.
    WithdrawBallot,
    /// Leave the ballot editor without saving.
    DiscardBallot,
    /// Import the planned template (the report is shown).
    ImportNeeds,
    /// Leave although memory holds changes the file does not.
    Unsaved(Leave),
}

/// Where the user was going when unsaved changes stopped them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Leave {
    Quit,
    Home,
}

impl Question {
    /// The question as shown; the import's carries its report.
    pub fn full_text(self, app: &App) -> String {
        match (self, &app.pending_import) {
            (Question::ImportNeeds, Some(plan)) => format!("{}\n\nImportera?", plan.report()),
            (Question::Unsaved(leave), _) => {
                let path = app
                    .open
                    .as_ref()
                    .map(|o| o.path.display().to_string())
                    .unwrap_or_default();
                let why = app.save_failure.as_deref().unwrap_or("");
                format!(
                    "Det du ändrat sedan den senaste lyckade sparningen finns bara i minnet: {path} kunde inte skrivas.\n{why}\n\n{} kastar det. Spara det först i en annan fil (s).",
                    match leave {
                        Leave::Quit => "Att avsluta nu",
                        Leave::Home => "Att gå till startsidan nu",
                    }
                )
            }
            _ => self.text().to_string(),
        }
    }

    pub fn text(self) -> &'static str {
        match self {
            Question::QuitWithForm => {
                "Formuläret har text som inte sparats. Avsluta ändå och kasta den?"
            }
            Question::DiscardForm => "Stäng formuläret och kasta det du skrivit?",
            Question::CloseStage => {
                "Stänga steget? Valsedlarna kan inte ändras förrän steget öppnas igen (med ett skäl)."
            }
            Question::WithdrawBallot => "Dra tillbaka hela valsedeln för den här representanten?",
            Question::DiscardBallot => "Lämna valsedeln utan att spara det du skrivit?",
            Question::ImportNeeds => "Importera mallen?",
            Question::Unsaved(_) => "Det finns ändringar som inte kunde sparas.",
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Overlay {
    None,
    Help { scroll: u16 },
    Confirm(Question),
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum StatusKind {
    Info,
    Error,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Status {
    pub kind: StatusKind,
    pub text: String,
}

/// What the loop does after an update.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Effect {
    /// Save the open round; the text says what changed.
    Save(String),
    SaveSettings,
    OpenFile(PathBuf),
    OpenSample(usize),
    Rescan,
    /// Write the moment-5 tally for the minutes.
    ExportTally,
    ExportCandidates,
    WriteTemplates,
    LoadKickOff,
    ExportKickOff,
    /// Read a returned template for an RSS and plan its import.
    PlanImport(String, std::path::PathBuf),
    ExportAgenda(usize),
    WriteMinutes(usize),
    ExportCompilation,
    ExportRssFeedback,
    ExportHandover,
    ExportFeedback,
    LoadHistory,
    /// Save the round under a new name and go on there.
    SaveAs(std::path::PathBuf),
}

pub struct App {
    pub folders: Folders,
    pub settings: Settings,
    pub theme: Theme,
    pub no_color: bool,
    pub screen: Screen,
    pub home: HomeState,
    pub open: Option<OpenRound>,
    pub needs: NeedsState,
    /// Selected row per moment screen (moment 2 uses `needs`).
    pub selected: [usize; 7],
    pub form: Option<NeedForm>,
    pub m5: M5State,
    /// A one-line question being answered.
    pub prompt: Option<LinePrompt>,
    /// The dialogue session shown on the moment-3 screen.
    pub m3_session: usize,
    /// The moment-7 progress view's filter and order.
    pub progress: ProgressState,
    /// The round's timeline, while shown.
    pub timeline: bool,
    /// Counts changes to the open round, so tallies know when they are stale.
    generation: u64,
    /// The moment-5 tallies of the current generation, computed after updates.
    pub tallies: Option<super::tally_cache::TallyCache>,
    /// The keys: the defaults with the user's patch applied.
    pub keymap: Vec<super::keymap::Binding>,
    /// The kick-off list of earlier rounds' gaps, while shown.
    pub kickoff: Option<KickOffState>,
    /// A read and checked template, waiting for yes or no.
    pub pending_import: Option<crate::exchange::needs_import::ImportPlan>,
    pub overlay: Overlay,
    pub status: Option<Status>,
    /// Why the last save failed, while memory holds what the file does not.
    pub save_failure: Option<String>,
    pub quit: bool,
    /// Earlier versions of the round with what changed after each.
    undo: Vec<(Round, String)>,
    now: fn() -> Timestamp,
}

impl App {
    /// The app at its home screen (the data folder is read for the list).
    pub fn new(
        folders: Folders,
        settings: Settings,
        no_color: bool,
        now: fn() -> Timestamp,
    ) -> App {
        App::build(folders, settings, no_color, now, true)
    }

    /// The app straight on a round (`lbk open`): the home list is read only
    /// when the user goes there, so the first frame comes sooner.
    pub fn opening(
        folders: Folders,
        settings: Settings,
        no_color: bool,
        now: fn() -> Timestamp,
        open: OpenRound,
    ) -> App {
        let mut app = App::build(folders, settings, no_color, now, false);
        let startup = app.status.take();
        app.show_round(open);
        if let Some(note) = startup {
            app.add_note_to_status(&note.text);
        }
        app.refresh_tallies();
        app
    }

    fn build(
        folders: Folders,
        settings: Settings,
        no_color: bool,
        now: fn() -> Timestamp,
        scan_home: bool,
    ) -> App {
        let name = settings.theme.clone().unwrap_or_else(|| "standard".into());
        let (keymap, keymap_msg) = super::keymap_patch::load(&folders.keymap_file());
        let (theme, msg) = if no_color {
            (Theme::monochrome(), None)
        } else {
            Theme::load(&name, &folders.themes())
        };
        // The time zone is looked up only for the home list's overdue check.
        let home = if scan_home {
            let today = now()
                .in_tz("Europe/Stockholm")
                .map(|z| z.date())
                .unwrap_or_default();
            HomeState::scan(&folders, today)
        } else {
            HomeState::default()
        };
        App {
            folders,
            settings,
            theme,
            no_color,
            screen: Screen::Home,
            home,
            open: None,
            needs: NeedsState::default(),
            selected: [0; 7],
            form: None,
            m5: M5State::default(),
            prompt: None,
            kickoff: None,
            m3_session: 0,
            progress: ProgressState::default(),
            timeline: false,
            generation: 0,
            tallies: None,
            keymap,
            pending_import: None,
            overlay: Overlay::None,
            // A broken theme or keymap file is reported; both may be.
            status: match (msg, keymap_msg) {
                (None, None) => None,
                (a, b) => Some(Status {
                    kind: StatusKind::Error,
                    text: [a, b].into_iter().flatten().collect::<Vec<_>>().join(" "),
                }),
            },
            save_failure: None,
            quit: false,
            undo: vec![],
            now,
        }
    }

    /// Adds a problem found at start (a broken theme, keymap or settings
    /// file) to what the status line says, so none is hidden by another.
    pub fn add_note_to_status(&mut self, note: &str) {
        let text = match self.status.take() {
            Some(s) if !s.text.is_empty() => format!("{} {note}", s.text),
            _ => note.to_string(),
        };
        self.error(text);
    }

    /// Shows an opened round at its current moment.
    pub fn show_round(&mut self, open: OpenRound) {
        let moment = open.round.current_moment();
        crate::tui::panic_note::set_saved_at(&open.path);
        self.status = open.read_only.as_ref().map(|r| Status {
            kind: StatusKind::Error,
            text: r.clone(),
        });
        self.open = Some(open);
        self.undo.clear();
        self.needs = NeedsState::default();
        self.m5 = M5State::default();
        self.generation += 1;
        self.tallies = None;
        self.selected = [0; 7];
        self.screen = Screen::Moment(moment);
    }

    /// Today in Sweden, by the app's clock.
    pub(crate) fn today(&self) -> jiff::civil::Date {
        let now = (self.now)();
        now.in_tz("Europe/Stockholm")
            .map(|z| z.date())
            .unwrap_or_else(|_| now.in_tz("UTC").map(|z| z.date()).unwrap_or_default())
    }

    pub(crate) fn note(&mut self, text: impl Into<String>) {
        self.info(text);
    }

    pub(crate) fn fail(&mut self, text: impl Into<String>) {
        self.error(text);
    }

    fn info(&mut self, text: impl Into<String>) {
        self.status = Some(Status {
            kind: StatusKind::Info,
            text: text.into(),
        });
    }

    fn error(&mut self, text: impl Into<String>) {
        self.status = Some(Status {
            kind: StatusKind::Error,
            text: text.into(),
        });
    }

    /// Where the user is, innermost first, for the keymap.
    pub fn contexts(&self) -> Vec<Context> {
        match self.overlay {
            Overlay::Confirm(Question::Unsaved(_)) => return vec![Context::Unsaved],
            Overlay::Confirm(_) => return vec![Context::Confirm],
            Overlay::Help { .. } => return vec![Context::Help],
            Overlay::None => {}
        }
        if self.prompt.is_some() {
            return vec![Context::Prompt];
        }
        if let Some(k) = &self.kickoff {
            return vec![if k.searching {
                Context::HistorySearch
            } else {
                Context::KickOff
            }];
        }
        if self.timeline {
            return vec![Context::Timeline];
        }
        if self.form.is_some() {
            return vec![Context::Form];
        }
        match self.screen {
            Screen::Home => vec![Context::Home],
            Screen::Moment(Moment::Identifiering) if self.needs.filtering => vec![Context::Filter],
            Screen::Moment(Moment::Identifiering) => vec![Context::Needs, Context::Round],
            Screen::Moment(Moment::ValAvOmrade) => vec![Context::Area, Context::Round],
            Screen::Moment(Moment::Dialog) => vec![Context::Dialogue, Context::Round],
            Screen::Moment(Moment::Verifiering) => vec![Context::Verify, Context::Round],
            Screen::Moment(Moment::Mottagande) => vec![Context::Handover, Context::Round],
            Screen::Moment(Moment::Aterkoppling) if self.progress.filtering => {
                vec![Context::Filter]
            }
            Screen::Moment(Moment::Aterkoppling) => vec![Context::Feedback, Context::Round],
            Screen::Moment(Moment::Prioritering) if self.m5.presentation => {
                vec![Context::Presentation]
            }
            Screen::Moment(Moment::Prioritering) => match self.m5.mode {
                M5Mode::Normal => vec![Context::Priority, Context::Round],
                M5Mode::ChooseRep { .. } => vec![Context::ChooseRep],
                M5Mode::Ballot(_) => vec![Context::Ballot],
                M5Mode::Attendance { .. } => vec![Context::Attendance],
                M5Mode::Log { .. } => vec![Context::Log],
            },
        }
    }

    /// A key press: looked up in the keymap, then handled.
    pub fn handle_key(&mut self, key: KeyEvent) -> Vec<Effect> {
        match lookup(&self.keymap, &self.contexts(), key) {
            Some(action) => self.update(action),
            None => vec![],
        }
    }

    /// Does memory hold changes that the round file does not (a save failed)?
    pub fn unsaved(&self) -> bool {
        self.open.as_ref().is_some_and(|o| o.unsaved)
    }

    fn go_home(&mut self) -> Vec<Effect> {
        self.open = None;
        self.screen = Screen::Home;
        vec![Effect::Rescan]
    }

    fn take_over(&mut self) -> Vec<Effect> {
        let Some(open) = self.open.as_mut() else {
            return vec![];
        };
        if open.read_only.is_none() {
            self.info("Omgången är redan öppen för ändringar.");
            return vec![];
        }
        if !open.can_take_over() {
            let why = open.read_only.clone().unwrap_or_default();
            self.error(format!("Omgången kan inte tas över nu: {why}"));
            return vec![];
        }
        match open.take_over() {
            Ok(()) => {
                self.generation += 1;
                self.undo.clear();
                self.info("Omgången är övertagen: dina ändringar sparas nu i filen.");
            }
            Err(e) => self.error(format!("Omgången kunde inte tas över: {e}")),
        }
        vec![]
    }

    /// What runs when no key comes (about every quarter second) and before
    /// each key: a read-only round follows its file, so a second screen
    /// shows what the writer saved, and says when the writer has gone.
    pub fn tick(&mut self) {
        let Some(open) = self.open.as_mut() else {
            return;
        };
        match open.follow() {
            Ok(crate::store::open::Followed::Unchanged) => {}
            Ok(crate::store::open::Followed::Reloaded) => {
                self.generation += 1;
                let revision = open.round.revision;
                self.info(format!(
                    "Omgången lästes in på nytt: den har sparats i den andra lbk (revision {revision})."
                ));
            }
            Ok(crate::store::open::Followed::WriterLeft) => {
                self.info("Den andra lbk har stängt omgången. Tryck W för att ta över och ändra.");
            }
            Err(e) => self.error(format!("Omgången kunde inte läsas in på nytt: {e}")),
        }
        self.refresh_tallies();
    }

    /// Before lbk is closed from outside (SIGTERM, SIGHUP): changes that a
    /// failed save left in memory are saved, else written to a rescue copy.
    /// Returns what to tell the user.
    pub fn shutdown(&mut self) -> Option<String> {
        let open = self.open.as_mut()?;
        if !open.unsaved {
            return Some(format!("Allt är sparat i {}.", open.path.display()));
        }
        if open.save().is_ok() {
            return Some(format!("Allt är sparat i {}.", open.path.display()));
        }
        match open.save_rescue_copy(&self.folders.data) {
            Ok(p) => Some(format!(
                "{} kunde inte skrivas; det som inte var sparat finns i {}.",
                open.path.display(),
                p.display()
            )),
            Err(e) => Some(format!(
                "Ändringarna kunde inte sparas någonstans ({e}); de senast sparade finns i {}.",
                open.path.display()
            )),
        }
    }

    pub(crate) fn read_only_reason(&self) -> Option<String> {
        self.open.as_ref().and_then(|o| o.read_only.clone())
    }

    pub fn round(&self) -> Option<&Round> {
        self.open.as_ref().map(|o| &o.round)
    }

    /// Changes the open round through `change`, keeping the version before
    /// for undo. Refused (nothing changed) when the round is read-only.
    pub(crate) fn change_round(
        &mut self,
        what: &str,
        change: impl FnOnce(&mut Round, Timestamp) -> Result<(), String>,
    ) -> Result<Vec<Effect>, String> {
        let now = (self.now)();
        let open = self.open.as_mut().ok_or("Ingen omgång är öppen.")?;
        if let Some(reason) = &open.read_only {
            return Err(format!("Ändringen gjordes inte: {reason}"));
        }
        let before = open.round.clone();
        change(&mut open.round, now)?;
        self.generation += 1;
        self.undo.push((before, what.to_string()));
        if self.undo.len() > UNDO_DEPTH {
            self.undo.remove(0);
        }
        Ok(vec![Effect::Save(what.to_string())])
    }

    pub fn update(&mut self, action: Action) -> Vec<Effect> {
        match action {
            Action::Quit | Action::ForceQuit => {
                if self.form.as_ref().is_some_and(|f| f.is_dirty()) {
                    self.overlay = Overlay::Confirm(Question::QuitWithForm);
                } else if self.unsaved() {
                    self.overlay = Overlay::Confirm(Question::Unsaved(Leave::Quit));
                } else {
                    self.quit = true;
                }
                vec![]
            }
            Action::SaveAs if matches!(self.overlay, Overlay::Confirm(Question::Unsaved(_))) => {
                self.overlay = Overlay::None;
                self.prompt = Some(LinePrompt::new(PromptKind::SaveAs));
                vec![]
            }
            Action::RetrySave => {
                self.overlay = Overlay::None;
                vec![Effect::Save("Nytt försök att spara.".into())]
            }
            Action::LeaveUnsaved => {
                let Overlay::Confirm(Question::Unsaved(leave)) = self.overlay else {
                    return vec![];
                };
                self.overlay = Overlay::None;
                self.save_failure = None;
                match leave {
                    Leave::Quit => {
                        self.quit = true;
                        vec![]
                    }
                    Leave::Home => self.go_home(),
                }
            }
            Action::TakeOver => self.take_over(),
            Action::Help => {
                self.overlay = Overlay::Help { scroll: 0 };
                vec![]
            }
            Action::Yes => {
                let q = self.overlay;
                self.overlay = Overlay::None;
                match q {
                    Overlay::Confirm(Question::QuitWithForm) => self.quit = true,
                    Overlay::Confirm(Question::ImportNeeds) => return self.apply_planned_import(),
                    Overlay::Confirm(Question::DiscardForm) => {
                        self.form = None;
                        self.info("Formuläret stängdes utan att spara.");
                    }
                    Overlay::Confirm(other) => return self.answer_m5(other),
                    _ => {}
                }
                vec![]
            }
            Action::No => {
                if self.overlay == Overlay::Confirm(Question::ImportNeeds) {
                    self.pending_import = None;
                    self.info("Avbrutet: inget importerades.");
                }
                self.overlay = Overlay::None;
                vec![]
            }
            Action::CycleTheme => self.cycle_theme(),
            Action::Back if matches!(self.overlay, Overlay::Help { .. }) => {
                self.overlay = Overlay::None;
                vec![]
            }
            _ if self.prompt.is_some() && self.overlay == Overlay::None => {
                self.update_prompt(action)
            }
            _ if self.kickoff.is_some() && self.overlay == Overlay::None => {
                self.update_kickoff(action)
            }
            _ if self.timeline && self.overlay == Overlay::None => {
                if action == Action::Cancel {
                    self.timeline = false;
                }
                vec![]
            }
            _ if self.screen == Screen::Moment(Moment::Mottagande)
                && self.overlay == Overlay::None =>
            {
                self.update_m6(action)
            }
            _ if self.screen == Screen::Moment(Moment::Aterkoppling)
                && self.overlay == Overlay::None =>
            {
                self.update_m7(action)
            }
            _ if self.screen == Screen::Moment(Moment::ValAvOmrade)
                && self.overlay == Overlay::None =>
            {
                self.update_m1(action)
            }
            _ if self.screen == Screen::Moment(Moment::Dialog) && self.overlay == Overlay::None => {
                self.update_m3(action)
            }
            _ if self.screen == Screen::Moment(Moment::Verifiering)
                && self.overlay == Overlay::None =>
            {
                self.update_m4(action)
            }
            Action::MoreDots
            | Action::FewerDots
            | Action::ParticipantDots
            | Action::DotView
            | Action::KickOff
            | Action::WriteTemplates
            | Action::ImportNeeds => self.update_m2_extra(action),
            _ if self.screen == Screen::Moment(Moment::Prioritering)
                && self.overlay == Overlay::None
                && self.form.is_none() =>
            {
                self.update_m5(action)
            }
            _ => self.update_round_level(action),
        }
    }

    fn update_prompt(&mut self, action: Action) -> Vec<Effect> {
        let Some(prompt) = self.prompt.as_mut() else {
            return vec![];
        };
        match action {
            Action::Input(key) => {
                prompt.input(key);
                vec![]
            }
            Action::Cancel => {
                self.prompt = None;
                vec![]
            }
            Action::Accept => {
                let (kind, text) = (prompt.kind, prompt.text.trim().to_string());
                let result = match kind {
                    PromptKind::JointRule | PromptKind::ReopenReason(_) => {
                        self.accept_m5_prompt(kind, &text)
                    }
                    PromptKind::Response
                    | PromptKind::Question
                    | PromptKind::Note
                    | PromptKind::SessionAttendance
                    | PromptKind::NewSession
                    | PromptKind::SetAside
                    | PromptKind::MergeInto
                    | PromptKind::Correction => self.accept_m34_prompt(kind, &text),
                    PromptKind::Receipt
                    | PromptKind::Coordination
                    | PromptKind::TakenOn
                    | PromptKind::NotTaken
                    | PromptKind::Produced => self.accept_m67_prompt(kind, &text),
                    PromptKind::SaveAs if text.is_empty() => Err("Skriv filens namn.".to_string()),
                    PromptKind::SaveAs => Ok(vec![Effect::SaveAs(expand_path(&text))]),
                    _ => self.accept_other_prompt(kind, &text),
                };
                match result {
                    Ok(effects) => {
                        // An answer may have asked a further question, and a
                        // file to read keeps the line open until it is read.
                        let reading = effects.iter().any(|e| matches!(e, Effect::PlanImport(..)));
                        if !reading && self.prompt.as_ref().is_some_and(|p| p.kind == kind) {
                            self.prompt = None;
                        }
                        effects
                    }
                    Err(msg) => {
                        if let Some(p) = self.prompt.as_mut() {
                            p.error = Some(msg);
                        }
                        vec![]
                    }
                }
            }
            _ => vec![],
        }
    }

    /// What an action means outside moment 5's own modes.
    pub(crate) fn update_round_level(&mut self, action: Action) -> Vec<Effect> {
        match action {
            Action::Up
            | Action::Down
            | Action::PageUp
            | Action::PageDown
            | Action::Top
            | Action::Bottom => {
                self.move_selection(action);
                vec![]
            }
            Action::Open => match self
                .home
                .entries
                .get(self.home.selected)
                .map(|e| e.origin.clone())
            {
                Some(Origin::File(p)) => vec![Effect::OpenFile(p)],
                Some(Origin::Sample(i)) => vec![Effect::OpenSample(i)],
                None => vec![],
            },
            Action::Back if self.unsaved() => {
                self.overlay = Overlay::Confirm(Question::Unsaved(Leave::Home));
                vec![]
            }
            Action::Back => self.go_home(),
            Action::NextMoment | Action::PrevMoment | Action::GotoMoment(_) => {
                if let Screen::Moment(m) = self.screen {
                    let to = match action {
                        Action::NextMoment => m.next(),
                        Action::PrevMoment => m.previous(),
                        Action::GotoMoment(n) => Moment::from_number(n).unwrap_or(m),
                        _ => m,
                    };
                    self.screen = Screen::Moment(to);
                }
                vec![]
            }
            Action::Undo => self.undo_last(),
            Action::History => vec![Effect::LoadHistory],
            Action::SaveAs if self.open.is_some() => {
                self.prompt = Some(LinePrompt::new(PromptKind::SaveAs));
                vec![]
            }
            Action::Timeline => {
                self.timeline = self.open.is_some();
                vec![]
            }
            Action::NewNeed | Action::EditNeed if self.read_only_reason().is_some() => {
                let reason = self.read_only_reason().unwrap_or_default();
                self.error(format!(
                    "Omgången är skrivskyddad och kan inte ändras här: {reason}"
                ));
                vec![]
            }
            Action::NewNeed => {
                if let Some(r) = self.round() {
                    let hint = self.selected_need().map(|n| n.rss.clone());
                    self.form = Some(NeedForm::new_need(r, hint.as_deref()));
                }
                vec![]
            }
            Action::EditNeed => {
                if let (Some(r), Some(n)) = (self.round(), self.selected_need()) {
                    self.form = Some(NeedForm::edit(r, n));
                }
                vec![]
            }
            Action::StartFilter => {
                self.needs.filtering = true;
                vec![]
            }
            Action::AcceptFilter if self.screen == Screen::Moment(Moment::Aterkoppling) => {
                self.progress.filtering = false;
                vec![]
            }
            Action::ClearFilter
                if self.screen == Screen::Moment(Moment::Aterkoppling)
                    && !self.progress.filtering
                    && self.progress.filter.is_empty() =>
            {
                self.update_round_level(Action::Back)
            }
            Action::ClearFilter if self.screen == Screen::Moment(Moment::Aterkoppling) => {
                self.progress.filtering = false;
                self.progress.filter.clear();
                vec![]
            }
            Action::AcceptFilter => {
                self.needs.filtering = false;
                vec![]
            }
            Action::ClearFilter => {
                if !self.needs.filtering && self.needs.filter.is_empty() {
                    return self.update(Action::Back);
                }
                self.needs.filtering = false;
                self.needs.filter.clear();
                self.needs.selected = 0;
                vec![]
            }
            Action::CycleSort => {
                self.needs.sort = self.needs.sort.next();
                self.info(format!("Sorterat efter {}.", self.needs.sort.label()));
                vec![]
            }
            Action::NextField => {
                if let Some(f) = &mut self.form {
                    f.next_field();
                }
                vec![]
            }
            Action::PrevField => {
                if let Some(f) = &mut self.form {
                    f.prev_field();
                }
                vec![]
            }
            Action::CancelForm => {
                if self.form.as_ref().is_some_and(|f| f.is_dirty()) {
                    self.overlay = Overlay::Confirm(Question::DiscardForm);
                } else {
                    self.form = None;
                }
                vec![]
            }
            Action::SaveForm => self.save_form(),
            Action::Input(key) => {
                self.input(key);
                vec![]
            }
            _ => vec![],
        }
    }

    fn input(&mut self, key: KeyEvent) {
        if let Some(form) = &mut self.form {
            if let Some(open) = &self.open {
                form.input(key, &open.round);
            }
        } else if self.progress.filtering && self.screen == Screen::Moment(Moment::Aterkoppling) {
            match key.code {
                KeyCode::Char(c) => self.progress.filter.push(c),
                KeyCode::Backspace => {
                    self.progress.filter.pop();
                }
                _ => {}
            }
            self.selected[Moment::Aterkoppling.index()] = 0;
        } else if self.needs.filtering {
            match key.code {
                KeyCode::Char(c) => self.needs.filter.push(c),
                KeyCode::Backspace => {
                    self.needs.filter.pop();
                }
                _ => {}
            }
            self.needs.selected = 0;
        }
    }

    fn save_form(&mut self) -> Vec<Effect> {
        let Some(form) = &self.form else {
            return vec![];
        };
        let need = match form.to_need() {
            Ok(n) => n,
            Err(msg) => {
                if let Some(f) = &mut self.form {
                    f.error = Some(msg);
                }
                return vec![];
            }
        };
        let original = form.original.clone();
        let number = need.number.clone();
        let what = match &original {
            Some(o) => format!("Behov {o} ändrat."),
            None => format!("Behov {number} tillagt."),
        };
        let result = self.change_round(&what, |round, at| match &original {
            Some(o) => round.update_need(o, need, at).map_err(|e| e.to_string()),
            None => round.add_need(need, at).map_err(|e| e.to_string()),
        });
        match result {
            Ok(effects) => {
                self.form = None;
                self.select_need(&number);
                effects
            }
            Err(msg) => {
                // The form stays open with everything typed; only the message is new.
                if let Some(f) = &mut self.form {
                    f.error = Some(msg);
                }
                vec![]
            }
        }
    }

    fn undo_last(&mut self) -> Vec<Effect> {
        let Some((before, what)) = self.undo.pop() else {
            self.info("Det finns inget att ångra.");
            return vec![];
        };
        let now = (self.now)();
        let Some(open) = self.open.as_mut() else {
            return vec![];
        };
        if let Some(reason) = &open.read_only {
            let reason = reason.clone();
            self.undo.push((before, what));
            self.error(format!("Kan inte ångra: {reason}"));
            return vec![];
        }
        // The log is append-only: keep it, and say what was undone.
        let log = std::mem::take(&mut open.round.log);
        let revision = open.round.revision;
        open.round = before;
        open.round.log = log;
        open.round.revision = revision;
        self.generation += 1;
        let text = format!("Ångrat: {what}");
        open.round.record(now, text.clone());
        vec![Effect::Save(text)]
    }

    fn cycle_theme(&mut self) -> Vec<Effect> {
        if self.no_color {
            self.info("NO_COLOR är satt: lbk visar inga färger.");
            return vec![];
        }
        let names = Theme::available(&self.folders.themes());
        let at = names
            .iter()
            .position(|n| *n == self.theme.name)
            .unwrap_or(0);
        let next = names[(at + 1) % names.len()].clone();
        let (theme, msg) = Theme::load(&next, &self.folders.themes());
        self.theme = theme;
        match msg {
            Some(m) => self.error(m),
            None => self.info(format!("Tema: {next}")),
        }
        self.settings.theme = Some(next);
        vec![Effect::SaveSettings]
    }

    pub(crate) fn selected_need(&self) -> Option<&crate::domain::Need> {
        let r = self.round()?;
        let visible = visible_needs(r, &self.needs.filter, self.needs.sort);
        visible
            .get(self.needs.selected.min(visible.len().saturating_sub(1)))
            .map(|i| &r.needs[*i])
    }

    fn select_need(&mut self, number: &str) {
        if let Some(r) = self.round() {
            let visible = visible_needs(r, &self.needs.filter, self.needs.sort);
            if let Some(pos) = visible.iter().position(|i| r.needs[*i].number == number) {
                self.needs.selected = pos;
            }
        }
    }

    fn list_len(&self) -> usize {
        let Some(r) = self.round() else {
            return self.home.entries.len();
        };
        match self.screen {
            Screen::Home => self.home.entries.len(),
            Screen::Moment(Moment::ValAvOmrade) => r.rss.len(),
            Screen::Moment(Moment::Identifiering) => {
                visible_needs(r, &self.needs.filter, self.needs.sort).len()
            }
            Screen::Moment(Moment::Dialog) => r.agenda(self.session_index()).len(),
            Screen::Moment(Moment::Verifiering) => r.needs.len(),
            Screen::Moment(Moment::Prioritering) => r.final_compilation().len(),
            Screen::Moment(Moment::Mottagande) => crate::meeting::moment67::prioritised(r).len(),
            Screen::Moment(Moment::Aterkoppling) => {
                super::app_m67::progress_rows(r, &self.progress.filter, self.progress.sort).len()
            }
        }
    }

    fn move_selection(&mut self, action: Action) {
        if let Overlay::Help { scroll } = &mut self.overlay {
            *scroll = match action {
                Action::Up => scroll.saturating_sub(1),
                Action::Down => scroll.saturating_add(1),
                Action::PageUp => scroll.saturating_sub(10),
                Action::PageDown => scroll.saturating_add(10),
                _ => 0,
            };
            return;
        }
        let len = self.list_len();
        let current = match self.screen {
            Screen::Home => &mut self.home.selected,
            Screen::Moment(Moment::Identifiering) => &mut self.needs.selected,
            Screen::Moment(m) => &mut self.selected[m.index()],
        };
        let last = len.saturating_sub(1);
        *current = match action {
            Action::Up => current.saturating_sub(1),
            Action::Down => (*current + 1).min(last),
            Action::PageUp => current.saturating_sub(10),
            Action::PageDown => (*current + 10).min(last),
            Action::Top => 0,
            _ => last,
        };
    }

    /// Performs an effect and reports the outcome on the status line.
    pub fn perform(&mut self, effect: Effect) {
        self.perform_effect(effect);
        self.refresh_tallies();
    }

    fn perform_effect(&mut self, effect: Effect) {
        match effect {
            Effect::Save(what) => {
                let Some(open) = self.open.as_mut() else {
                    return;
                };
                let result = open.save().map(|()| open.path.display().to_string());
                match result {
                    Ok(path) => {
                        self.save_failure = None;
                        self.info(format!("{what} Sparat i {path}."))
                    }
                    Err(e) => {
                        let then = if retried_at_next_change(&e) {
                            "Allt finns kvar i minnet; lbk försöker spara igen vid nästa ändring. S sparar i en annan fil."
                        } else {
                            "Allt finns kvar i minnet men kan inte sparas i den filen: tryck S och spara i en annan fil."
                        };
                        self.save_failure = Some(e.to_string());
                        self.error(format!("{e} {then}"))
                    }
                }
            }
            Effect::SaveSettings => {
                if let Err(e) = save_settings(&self.folders, &self.settings) {
                    self.error(format!("Temavalet kunde inte sparas: {e}"));
                }
            }
            Effect::OpenFile(path) => match OpenRound::open(&path) {
                Ok(open) => self.show_round(open),
                Err(e) => self.error(e.to_string()),
            },
            Effect::OpenSample(i) => {
                let result = working_copy(&self.folders.samples(), &SAMPLES[i])
                    .and_then(|p| OpenRound::open(&p));
                match result {
                    Ok(open) => {
                        let path = open.path.display().to_string();
                        self.show_round(open);
                        if self.status.is_none() {
                            self.info(format!(
                                "Exempelomgång öppnad; ändringar sparas i kopian {path}."
                            ));
                        }
                    }
                    Err(e) => self.error(e.to_string()),
                }
            }
            Effect::ExportTally => {
                let Some(open) = self.open.as_ref() else {
                    return;
                };
                let now = (self.now)();
                match crate::exchange::export::export_tally(&open.round, &open.path, now) {
                    Ok(paths) => {
                        let dir = paths
                            .first()
                            .and_then(|p| p.parent())
                            .map(|d| d.display().to_string())
                            .unwrap_or_default();
                        let names: Vec<String> = paths
                            .iter()
                            .filter_map(|p| p.file_name().map(|n| n.to_string_lossy().into_owned()))
                            .collect();
                        self.info(format!("Exporterat till {dir}: {}", names.join(", ")));
                    }
                    Err(e) => self.error(format!("Exporten misslyckades: {e}")),
                }
            }
            Effect::ExportCandidates
            | Effect::WriteTemplates
            | Effect::LoadKickOff
            | Effect::ExportKickOff
            | Effect::PlanImport(..) => self.perform_m12(effect),
            Effect::ExportHandover | Effect::ExportFeedback | Effect::LoadHistory => {
                self.perform_m67(effect)
            }
            Effect::SaveAs(path) => {
                let Some(open) = self.open.as_mut() else {
                    return;
                };
                let path = if path.extension().is_some_and(|e| e == "ron") {
                    path
                } else {
                    path.with_extension("ron")
                };
                match open.save_as(&path) {
                    Ok(()) => {
                        self.save_failure = None;
                        crate::tui::panic_note::set_saved_at(&path);
                        self.info(format!(
                            "Sparat som {}; ändringar sparas nu där.",
                            path.display()
                        ));
                    }
                    Err(e) => self.error(format!("{e} Allt finns kvar i minnet.")),
                }
            }
            Effect::ExportAgenda(_)
            | Effect::WriteMinutes(_)
            | Effect::ExportCompilation
            | Effect::ExportRssFeedback => self.perform_m34(effect),
            Effect::Rescan => {
                let selected = self.home.selected;
                self.home = HomeState::scan(&self.folders, self.today());
                self.home.selected = selected.min(self.home.entries.len().saturating_sub(1));
            }
        }
    }

    /// A key press and then its effects, as the loop does it.
    pub fn press(&mut self, key: KeyEvent) {
        self.tick();
        for effect in self.handle_key(key) {
            self.perform(effect);
        }
        self.refresh_tallies();
    }

    /// Brings the moment-5 tallies up to date when they are shown and the
    /// round changed; drawing then only reads them.
    pub fn refresh_tallies(&mut self) {
        if self.screen != Screen::Moment(Moment::Prioritering) {
            return;
        }
        let Some(open) = &self.open else { return };
        if self
            .tallies
            .as_ref()
            .is_some_and(|t| t.generation == self.generation)
        {
            return;
        }
        let previous = self.tallies.take();
        self.tallies = Some(super::tally_cache::TallyCache::refresh(
            previous,
            &open.round,
            self.generation,
        ));
    }
}

/// Will the next change's save try again where this one failed? A full disk
/// or a passing fault may clear; a file someone else changed, or one that
/// has gone, stays so.
fn retried_at_next_change(e: &crate::store::StoreError) -> bool {
    use crate::store::StoreError as E;
    !matches!(
        e,
        E::ChangedOnDisk { .. } | E::Gone { .. } | E::ReadOnly { .. }
    )
}

/// A typed path, with `~/` for the home folder.
pub(crate) fn expand_path(p: &str) -> std::path::PathBuf {
    match (p.strip_prefix("~/"), std::env::var_os("HOME")) {
        (Some(rest), Some(home)) => std::path::PathBuf::from(home).join(rest),
        _ => std::path::PathBuf::from(p),
    }
}
