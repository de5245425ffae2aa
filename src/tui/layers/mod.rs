//! What lies over a screen: help, a question, a line to type in, the need
//! form, the moment-5 meeting's layers (choose a representative, a ballot,
//! attendance, the log, who voted how, the presentation), the list of
//! earlier gaps and the timeline. The top layer has the focus; Esc closes
//! it and goes back to what lay under it.

pub mod attendance;
pub mod ballot;
pub mod ballot_view;
pub mod choose_rep;
pub mod form;
pub mod help;
pub mod history;
pub mod log;
pub mod mailouts;
pub mod per_rep;
pub mod presentation;
pub mod prompt;
pub mod question;
pub mod register;
mod register_view;
pub mod timeline;

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;

use super::action::Action;
use super::cx::{Cx, Flow, Open};
use super::keymap::Context;
use super::view::View;
use crate::domain::Round;

pub enum Layer {
    Help(help::HelpLayer),
    Question(question::QuestionLayer),
    /// Leave although memory holds changes the file does not.
    Unsaved(question::UnsavedLayer),
    Prompt(prompt::PromptLayer),
    Form(Box<form::FormLayer>),
    ChooseRep(choose_rep::ChooseRepLayer),
    Ballot(Box<ballot::BallotLayer>),
    Attendance(attendance::AttendanceLayer),
    Log(log::LogLayer),
    PerRep,
    Presentation(presentation::PresentationLayer),
    History(history::HistoryLayer),
    Timeline(timeline::TimelineLayer),
    Register(register::RegisterLayer),
    Mailouts(mailouts::MailoutsLayer),
}

/// What has the focus, for tests and for the help's first section.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LayerKind {
    Help,
    Question,
    Unsaved,
    Prompt,
    Form,
    ChooseRep,
    Ballot,
    Attendance,
    Log,
    PerRep,
    Presentation,
    History,
    Timeline,
    Register,
    Mailouts,
}

impl Layer {
    /// Builds the layer a component asked for; None when what it needs is
    /// not there (a need or a round that has gone).
    pub fn open(what: Open, round: Option<&Round>) -> Option<Layer> {
        Some(match what {
            Open::Prompt(ask) => Layer::Prompt(prompt::PromptLayer::new(ask)),
            Open::Question(ask, text) => Layer::Question(question::QuestionLayer::new(ask, text)),
            Open::Unsaved(leave, text) => Layer::Unsaved(question::UnsavedLayer { leave, text }),
            Open::NewNeed { rss_hint } => Layer::Form(Box::new(form::FormLayer::new_need(
                round?,
                rss_hint.as_deref(),
            ))),
            Open::EditNeed(number) => {
                let r = round?;
                Layer::Form(Box::new(form::FormLayer::edit(r, r.need(&number)?)))
            }
            Open::ChooseRep => Layer::ChooseRep(choose_rep::ChooseRepLayer::default()),
            Open::Ballot(name) => {
                let r = round?;
                let stage = r.prioritization.stage();
                Layer::Ballot(Box::new(ballot::BallotLayer::new(r, stage, &name)))
            }
            Open::Attendance => Layer::Attendance(attendance::AttendanceLayer::default()),
            Open::Log => Layer::Log(log::LogLayer {
                scroll: round.map_or(0, |r| r.log.len()),
            }),
            Open::PerRep => Layer::PerRep,
            Open::Presentation => Layer::Presentation(Default::default()),
            Open::Timeline(m) => Layer::Timeline(timeline::TimelineLayer {
                selected: m.index(),
            }),
            Open::Register => Layer::Register(register::RegisterLayer::default()),
            Open::Mailouts(m) => Layer::Mailouts(mailouts::MailoutsLayer::new(round, m)),
            Open::Help(current) => Layer::Help(help::HelpLayer { scroll: 0, current }),
            Open::History(gaps) => Layer::History(history::HistoryLayer::new(gaps)),
        })
    }

    pub fn kind(&self) -> LayerKind {
        match self {
            Layer::Help(_) => LayerKind::Help,
            Layer::Question(_) => LayerKind::Question,
            Layer::Unsaved(_) => LayerKind::Unsaved,
            Layer::Prompt(_) => LayerKind::Prompt,
            Layer::Form(_) => LayerKind::Form,
            Layer::ChooseRep(_) => LayerKind::ChooseRep,
            Layer::Ballot(_) => LayerKind::Ballot,
            Layer::Attendance(_) => LayerKind::Attendance,
            Layer::Log(_) => LayerKind::Log,
            Layer::PerRep => LayerKind::PerRep,
            Layer::Presentation(_) => LayerKind::Presentation,
            Layer::History(_) => LayerKind::History,
            Layer::Timeline(_) => LayerKind::Timeline,
            Layer::Register(_) => LayerKind::Register,
            Layer::Mailouts(_) => LayerKind::Mailouts,
        }
    }

    /// The layer's contexts for the keymap, innermost first.
    pub fn contexts(&self) -> Vec<Context> {
        use Context as C;
        match self {
            Layer::Help(_) => vec![C::Help, C::Nav],
            Layer::Question(_) => vec![C::Confirm],
            Layer::Unsaved(_) => vec![C::Unsaved],
            Layer::Prompt(_) => vec![C::Prompt, C::Text],
            Layer::Form(_) => vec![C::Form, C::Text],
            Layer::ChooseRep(_) => vec![C::ChooseRep, C::Text],
            Layer::Ballot(_) => vec![C::Ballot, C::Text],
            Layer::Attendance(_) => vec![C::Attendance, C::Nav],
            Layer::Log(_) => vec![C::Log, C::Nav],
            Layer::PerRep => vec![C::PerRep],
            Layer::Presentation(_) => vec![C::Presentation],
            Layer::History(h) if h.searching => vec![C::HistorySearch, C::Nav, C::Text],
            Layer::History(_) => vec![C::KickOff, C::Nav],
            Layer::Timeline(_) => vec![C::Timeline, C::Nav],
            Layer::Register(_) => vec![C::Register, C::Nav],
            Layer::Mailouts(_) => vec![C::Mailouts, C::Nav],
        }
    }

    /// Does the layer hold typing that leaving would lose?
    pub fn holds_typing(&self) -> bool {
        match self {
            Layer::Form(f) => f.is_dirty(),
            Layer::Prompt(p) => !p.editor.is_empty(),
            Layer::Ballot(b) => b.editor.is_dirty(),
            _ => false,
        }
    }

    /// Handles an action; `Bubble` lets the app have it (answers, quit).
    pub fn update(&mut self, action: Action, cx: &mut Cx) -> Flow {
        let closes = matches!(action, Action::Cancel);
        match self {
            Layer::Help(h) => h.update(action),
            Layer::Question(_) | Layer::Unsaved(_) => Flow::Bubble,
            Layer::Prompt(p) => p.update(action, cx),
            Layer::Form(f) => f.update(action, cx),
            Layer::ChooseRep(c) => c.update(action, cx),
            Layer::Ballot(b) => b.update(action, cx),
            Layer::Attendance(a) => a.update(action, cx),
            Layer::Log(l) => l.update(action, cx),
            Layer::History(h) => h.update(action, cx),
            Layer::Timeline(t) => t.update(action, cx),
            Layer::Register(l) => l.update(action, cx),
            Layer::Mailouts(l) => l.update(action, cx),
            Layer::Presentation(p) => p.update(action, cx),
            Layer::PerRep if closes => Flow::Close,
            Layer::PerRep => Flow::Bubble,
        }
    }

    /// Pasted text: true when the layer took it as text.
    pub fn paste(&mut self, text: &str, cx: &mut Cx) -> bool {
        match self {
            Layer::Prompt(p) => p.paste(text, cx),
            Layer::Form(f) => f.paste(text, cx),
            Layer::ChooseRep(c) => c.paste(text, cx),
            Layer::Ballot(b) => b.paste(text, cx),
            Layer::History(h) => h.paste(text, cx),
            _ => false,
        }
    }

    /// Draws the layer over the screen's body (the presentation takes the
    /// whole window; the app gives it that).
    pub fn render(&self, v: &View, area: Rect, buf: &mut Buffer) {
        match self {
            Layer::Help(h) => h.render(v, area, buf),
            Layer::Question(q) => q.render(v, area, buf),
            Layer::Unsaved(u) => u.render(v, area, buf),
            Layer::Prompt(p) => p.render(v, area, buf),
            Layer::Form(f) => f.render(v, area, buf),
            Layer::ChooseRep(c) => c.render(v, area, buf),
            Layer::Ballot(b) => b.render(v, area, buf),
            Layer::Attendance(a) => a.render(v, area, buf),
            Layer::Log(l) => l.render(v, area, buf),
            Layer::PerRep => per_rep::render(v, area, buf),
            Layer::Presentation(p) => p.render(v, area, buf),
            Layer::History(h) => h.render(v, area, buf),
            Layer::Timeline(t) => t.render(v, area, buf),
            Layer::Register(l) => l.render(v, area, buf),
            Layer::Mailouts(l) => l.render(v, area, buf),
        }
    }
}
