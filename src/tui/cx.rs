//! What a component gets when it handles a key: the session (to read or
//! change the round), the derived view of the round, and an outbox for what
//! only the app can do (push a layer, ask a question, go somewhere, run an
//! effect, say something on the status line). The app empties the outbox
//! after the component returns, so no component reaches into another.

use jiff::Timestamp;

use super::ask::Ask;
use super::derived::Derived;
use super::effects::Effect;
use super::session::Session;
use crate::domain::{Moment, Round};

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

/// What a component did with an action.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Flow {
    Handled,
    /// Not this component's: the app (or the round) handles it.
    Bubble,
    /// A layer is done and leaves the stack.
    Close,
}

/// A layer to open over the screen; the app builds it (from the round
/// where it needs one), so a component never depends on the layers.
#[derive(Debug, Clone, PartialEq)]
pub enum Open {
    Prompt(Ask),
    Question(Ask, String),
    NewNeed {
        rss_hint: Option<String>,
    },
    EditNeed(String),
    ChooseRep,
    Ballot(String),
    Attendance,
    Log,
    PerRep,
    Presentation,
    /// The timeline, with the shown moment selected.
    Timeline(Moment),
    /// The register of the round's people.
    Register,
    /// The mail-outs, with the shown moment's first selected.
    Mailouts(Moment),
    Help(Vec<super::keymap::Context>),
    History(Vec<crate::meeting::moment2::PastGap>),
    Unsaved(Leave, String),
}

/// Where the user was going when unsaved changes stopped them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Leave {
    Quit,
    Home,
}

/// Where to go after an action.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Go {
    Moment(Moment),
    Home,
}

#[derive(Default)]
pub struct Outbox {
    pub effects: Vec<Effect>,
    pub opens: Vec<Open>,
    pub status: Option<Status>,
    pub go: Option<Go>,
    /// An answer wants its line to stay open (a file is being read).
    pub keep_prompt: bool,
    /// A need to select on the screen (after the form saved it).
    pub select: Option<String>,
}

pub struct Cx<'a> {
    /// The moment whose screen is shown: a change made there marks it
    /// started, if it was not.
    pub moment: Option<Moment>,
    pub session: &'a mut Session,
    pub derived: &'a Derived,
    pub out: &'a mut Outbox,
}

impl Cx<'_> {
    pub fn round(&self) -> Option<&Round> {
        self.session.round()
    }

    pub fn now(&self) -> Timestamp {
        self.session.now()
    }

    pub fn today(&self) -> jiff::civil::Date {
        self.session.today()
    }

    pub fn read_only(&self) -> Option<String> {
        self.session.read_only()
    }

    pub fn info(&mut self, text: impl Into<String>) {
        self.out.status = Some(Status {
            kind: StatusKind::Info,
            text: text.into(),
        });
    }

    pub fn fail(&mut self, text: impl Into<String>) {
        self.out.status = Some(Status {
            kind: StatusKind::Error,
            text: text.into(),
        });
    }

    pub fn effect(&mut self, e: Effect) {
        self.out.effects.push(e);
    }

    pub fn open(&mut self, what: Open) {
        self.out.opens.push(what);
    }

    /// Changes the round and asks for it to be saved; a refusal comes back
    /// for the caller to show where the user is typing.
    pub fn try_change(
        &mut self,
        what: &str,
        change: impl FnOnce(&mut Round, Timestamp) -> Result<(), String>,
    ) -> Result<(), String> {
        let today = self.today();
        let shown = self.moment;
        self.session.change(what, |r, at| {
            change(r, at)?;
            if let Some(m) = shown
                && r.moment_record(m)
                    .is_some_and(|x| x.status == crate::domain::MomentStatus::EjPaborjad)
            {
                r.start_moment(m, today, at)?;
            }
            Ok(())
        })?;
        self.out.effects.push(Effect::Save(what.to_string()));
        Ok(())
    }

    /// Changes the round; a refusal goes to the status line.
    pub fn change(
        &mut self,
        what: &str,
        change: impl FnOnce(&mut Round, Timestamp) -> Result<(), String>,
    ) -> bool {
        match self.try_change(what, change) {
            Ok(()) => true,
            Err(e) => {
                self.fail(e);
                false
            }
        }
    }

    /// Opens a line to type an answer in, unless the round is read-only.
    pub fn ask(&mut self, ask: Ask) -> Flow {
        if let Some(reason) = self.read_only() {
            self.fail(format!("Omgången är skrivskyddad: {reason}"));
        } else {
            self.open(Open::Prompt(ask));
        }
        Flow::Handled
    }

    /// Asks a yes/no question whose answer comes back to `ask`'s owner.
    pub fn confirm(&mut self, ask: Ask, text: impl Into<String>) -> Flow {
        self.open(Open::Question(ask, text.into()));
        Flow::Handled
    }
}
