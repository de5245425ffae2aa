//! The app: the session (open round, undo, generation), the screens, the
//! layers over them, the status line, the keymap and the theme, and the
//! derived view. No I/O here: effects are values the loop performs
//! (`step.rs`), their outcomes come back through `absorb`.

use std::path::Path;

use jiff::Timestamp;

use super::cx::{Status, StatusKind};
use super::derived::Derived;
use super::keymap::{Binding, Context};
use super::layers::{Layer, LayerKind};
use super::screens::{ScreenId, Screens};
use super::session::Session;
use super::theme::Theme;
use super::view::View;
use crate::domain::{Moment, Round};
use crate::store::{Folders, OpenRound, Settings};

pub struct App {
    pub(crate) folders: Folders,
    pub(crate) settings: Settings,
    pub(crate) theme: Theme,
    pub(crate) no_color: bool,
    pub(crate) keymap: Vec<Binding>,
    pub(crate) session: Session,
    pub(crate) screen: ScreenId,
    pub(crate) screens: Screens,
    pub(crate) layers: Vec<Layer>,
    pub(crate) derived: Derived,
    pub(crate) status: Option<Status>,
    /// Why the last save failed, while memory holds what the file does not.
    pub(crate) save_failure: Option<String>,
    pub(crate) quit: bool,
    /// A need to select once the derived list holds it (after a save).
    pub(crate) pending_select: Option<String>,
    /// Moments the app has offered to mark done in this round (once each).
    pub(crate) offered: Vec<crate::domain::Moment>,
    /// The ballot server the phones vote through, while it runs.
    pub(crate) phones: Option<super::phone_model::Phones>,
}

/// What has the focus: the top layer, else the screen.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Focus {
    Screen(ScreenId),
    Layer(LayerKind),
}

impl App {
    /// The app at its home screen, with nothing read yet (`App::new` in
    /// `step.rs` reads the data folder).
    pub(crate) fn build(
        folders: Folders,
        settings: Settings,
        no_color: bool,
        now: fn() -> Timestamp,
    ) -> App {
        let name = settings.theme.clone().unwrap_or_else(|| "standard".into());
        let (keymap, keymap_msg) = super::keymap_patch::load(&folders.keymap_file());
        let (theme, theme_msg) = if no_color {
            (Theme::monochrome(), None)
        } else {
            Theme::load(&name, &folders.themes())
        };
        let mut screens = Screens::default();
        screens.home.data_dir = folders.data.display().to_string();
        let mut app = App {
            folders,
            settings,
            theme,
            no_color,
            keymap,
            session: Session::new(now),
            screen: ScreenId::Home,
            screens,
            layers: vec![],
            derived: Derived::default(),
            status: None,
            save_failure: None,
            quit: false,
            pending_select: None,
            offered: vec![],
            phones: None,
        };
        // A broken theme or keymap file is reported; both may be.
        for msg in [theme_msg, keymap_msg].into_iter().flatten() {
            app.add_note_to_status(&msg);
        }
        app
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
        let mut app = App::build(folders, settings, no_color, now);
        let startup = app.status.take();
        app.show_round(open);
        if let Some(note) = startup {
            app.add_note_to_status(&note.text);
        }
        app.refresh();
        app
    }

    /// Shows an opened round at its current moment.
    pub(crate) fn show_round(&mut self, mut open: OpenRound) {
        let notice = open.notice.take();
        let moment = open.round.current_moment();
        let model = open.round.model;
        self.status = open.read_only.as_ref().map(|r| Status {
            kind: StatusKind::Error,
            text: r.clone(),
        });
        self.session.set(Some(open));
        if let Some(n) = notice {
            self.add_note_to_status(&n);
        }
        self.screens.reset_for_round(model);
        self.layers.clear();
        self.save_failure = None;
        self.offered.clear();
        self.screen = ScreenId::Moment(moment);
    }

    /// Says once per moment when the round's own record shows a moment's
    /// work complete although it is not marked done: the offer to mark it
    /// (`D` on its screen), never a silent change.
    pub(crate) fn offer_done(&mut self) {
        if self.session.read_only().is_some() {
            return;
        }
        let Some(r) = self.session.round() else {
            return;
        };
        let mut said = vec![];
        for (m, why) in crate::meeting::progress::ready_to_finish(r) {
            if !self.offered.contains(&m) {
                self.offered.push(m);
                let n = m.number();
                said.push(format!(
                    "Moment {n} ser klart ut: {why}. D på moment {n} markerar det klart i dag (T: tidslinjen)."
                ));
            }
        }
        for s in said {
            self.add_note_to_status(&s);
        }
    }

    /// Adds a problem found at start (a broken theme, keymap or settings
    /// file) to what the status line says, so none is hidden by another.
    pub fn add_note_to_status(&mut self, note: &str) {
        let text = match self.status.take() {
            Some(s) if !s.text.is_empty() => format!("{} {note}", s.text),
            _ => note.to_string(),
        };
        self.status = Some(Status {
            kind: StatusKind::Error,
            text,
        });
    }

    /// The contexts of what has the focus, for the keymap: the top layer's,
    /// else the screen's with the round's keys when no text is typed.
    pub fn contexts(&self) -> Vec<Context> {
        if let Some(top) = self.layers.last() {
            return top.contexts();
        }
        let mut c = self.screens.contexts(self.screen);
        if self.screen != ScreenId::Home && !c.iter().any(|x| x.takes_text()) {
            c.push(Context::Round);
        }
        c
    }

    /// Brings the derived view up to date for the current screen.
    pub(crate) fn refresh(&mut self) {
        let wants = self.screens.wants(self.screen);
        self.derived
            .refresh(self.session.round(), self.session.generation(), wants);
    }

    /// What drawing may read.
    pub(crate) fn view(&self) -> View<'_> {
        View {
            theme: &self.theme,
            round: self.session.round(),
            derived: &self.derived,
            keymap: &self.keymap,
            today: self.session.today(),
            no_color: self.no_color,
            phones: self.screens.m5.phones.as_ref(),
        }
    }

    // What tests and the loop may ask, without reaching into the app.

    pub fn focus(&self) -> Focus {
        match self.layers.last() {
            Some(l) => Focus::Layer(l.kind()),
            None => Focus::Screen(self.screen),
        }
    }

    /// The moment shown, if a round is open.
    pub fn moment(&self) -> Option<Moment> {
        match self.screen {
            ScreenId::Moment(m) => Some(m),
            ScreenId::Home => None,
        }
    }

    pub fn round(&self) -> Option<&Round> {
        self.session.round()
    }

    pub fn round_path(&self) -> Option<&Path> {
        self.session.open().map(|o| o.path.as_path())
    }

    pub fn read_only(&self) -> Option<String> {
        self.session.read_only()
    }

    pub fn status_text(&self) -> Option<&str> {
        self.status.as_ref().map(|s| s.text.as_str())
    }

    pub fn has_quit(&self) -> bool {
        self.quit
    }

    pub fn keymap(&self) -> &[Binding] {
        &self.keymap
    }

    pub fn theme_name(&self) -> &str {
        &self.theme.name
    }

    /// The refusal shown in the focused text line or form, if any.
    pub fn input_error(&self) -> Option<&str> {
        match self.layers.last()? {
            Layer::Prompt(p) => p.error.as_deref(),
            Layer::Form(f) => f.error(),
            Layer::Ballot(b) => b.editor.error.as_deref(),
            _ => None,
        }
    }

    /// What is typed in the focused line.
    pub fn input_text(&self) -> Option<String> {
        match self.layers.last()? {
            Layer::Prompt(p) => Some(p.editor.text().to_string()),
            Layer::ChooseRep(c) => Some(c.query.text().to_string()),
            Layer::Ballot(b) => Some(b.editor.input.clone()),
            _ => None,
        }
    }

    /// The ballot being entered, if one is open on top.
    pub fn ballot_editor(&self) -> Option<&crate::tui::widgets::ballot_editor::BallotEditor> {
        match self.layers.last()? {
            Layer::Ballot(b) => Some(&b.editor),
            _ => None,
        }
    }

    /// The needs chosen so far in an open ballot.
    pub fn ballot_chosen(&self) -> Option<&[String]> {
        match self.layers.last()? {
            Layer::Ballot(b) => Some(&b.editor.chosen),
            _ => None,
        }
    }
}
