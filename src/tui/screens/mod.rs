//! One component per screen: the home screen and the seven moments. Each
//! owns its state, its keys, the questions it asks and its view; the app
//! reaches the current one through [`Screens`].

pub mod frame;
pub mod home;
pub mod home_view;
pub mod m1_area;
pub mod m1_view;
pub mod m2_extra;
pub mod m2_needs;
pub mod m2_view;
pub mod m3_dialogue;
pub mod m3_network;
pub mod m3_view;
pub mod m4_verify;
pub mod m4_view;
pub mod m5_import;
pub mod m5_panes;
pub mod m5_phones;
pub mod m5_priority;
pub mod m5_view;
pub mod m6_handover;
pub mod m6_view;
pub mod m7_feedback;
pub mod m7_view;
pub mod return_import;
pub mod returns_line;

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;

use super::action::Action;
use super::cx::{Cx, Flow};
use super::derived::{Derived, Wants};
use super::keymap::Context;
pub use super::screen::{NoAsk, Screen, ScreenId};
use super::view::View;
use crate::domain::{Moment, Round};

#[derive(Default)]
pub struct Screens {
    pub home: home::HomeScreen,
    pub m1: m1_area::AreaScreen,
    pub m2: m2_needs::NeedsScreen,
    pub m3: m3_dialogue::DialogueScreen,
    /// Moment 3 of a model-1.0 round: the RSSs' check with their networks.
    pub m3v1: m3_network::NetworkScreen,
    pub m4: m4_verify::VerifyScreen,
    pub m5: m5_priority::PriorityScreen,
    pub m6: m6_handover::HandoverScreen,
    pub m7: m7_feedback::FeedbackScreen,
    /// A returned form on its way in, whichever moment's screen read it.
    pub returns: return_import::PendingReturn,
    /// The open round's model, which chooses moment 3's screen.
    pub model: crate::domain::ModelVariant,
}

/// Runs `$body` with `$s` bound to the screen `$id` names.
macro_rules! on_screen {
    ($screens:expr, $id:expr, $s:ident => $body:expr) => {
        match $id {
            ScreenId::Home => {
                let $s = &$screens.home;
                $body
            }
            ScreenId::Moment(Moment::ValAvOmrade) => {
                let $s = &$screens.m1;
                $body
            }
            ScreenId::Moment(Moment::Identifiering) => {
                let $s = &$screens.m2;
                $body
            }
            ScreenId::Moment(Moment::Dialog)
                if $screens.model == crate::domain::ModelVariant::V1 =>
            {
                let $s = &$screens.m3v1;
                $body
            }
            ScreenId::Moment(Moment::Dialog) => {
                let $s = &$screens.m3;
                $body
            }
            ScreenId::Moment(Moment::Verifiering) => {
                let $s = &$screens.m4;
                $body
            }
            ScreenId::Moment(Moment::Prioritering) => {
                let $s = &$screens.m5;
                $body
            }
            ScreenId::Moment(Moment::Mottagande) => {
                let $s = &$screens.m6;
                $body
            }
            ScreenId::Moment(Moment::Aterkoppling) => {
                let $s = &$screens.m7;
                $body
            }
        }
    };
}

/// As [`on_screen`], with the screen borrowed mutably.
macro_rules! on_screen_mut {
    ($screens:expr, $id:expr, $s:ident => $body:expr) => {
        match $id {
            ScreenId::Home => {
                let $s = &mut $screens.home;
                $body
            }
            ScreenId::Moment(Moment::ValAvOmrade) => {
                let $s = &mut $screens.m1;
                $body
            }
            ScreenId::Moment(Moment::Identifiering) => {
                let $s = &mut $screens.m2;
                $body
            }
            ScreenId::Moment(Moment::Dialog)
                if $screens.model == crate::domain::ModelVariant::V1 =>
            {
                let $s = &mut $screens.m3v1;
                $body
            }
            ScreenId::Moment(Moment::Dialog) => {
                let $s = &mut $screens.m3;
                $body
            }
            ScreenId::Moment(Moment::Verifiering) => {
                let $s = &mut $screens.m4;
                $body
            }
            ScreenId::Moment(Moment::Prioritering) => {
                let $s = &mut $screens.m5;
                $body
            }
            ScreenId::Moment(Moment::Mottagande) => {
                let $s = &mut $screens.m6;
                $body
            }
            ScreenId::Moment(Moment::Aterkoppling) => {
                let $s = &mut $screens.m7;
                $body
            }
        }
    };
}

impl Screens {
    pub fn contexts(&self, id: ScreenId) -> Vec<Context> {
        on_screen!(self, id, s => s.contexts())
    }

    pub fn wants(&self, id: ScreenId) -> Wants<'_> {
        on_screen!(self, id, s => s.wants())
    }

    pub fn update(&mut self, id: ScreenId, action: Action, cx: &mut Cx) -> Flow {
        on_screen_mut!(self, id, s => s.update(action, cx))
    }

    pub fn paste(&mut self, id: ScreenId, text: &str, cx: &mut Cx) -> bool {
        on_screen_mut!(self, id, s => s.paste(text, cx))
    }

    pub fn select(&mut self, id: ScreenId, number: &str, round: &Round, derived: &Derived) {
        on_screen_mut!(self, id, s => s.select(number, round, derived))
    }

    pub fn render(&self, id: ScreenId, v: &View, area: Rect, buf: &mut Buffer) {
        on_screen!(self, id, s => s.render(v, area, buf))
    }

    /// A new round: every screen starts at its top, in the round's model.
    pub fn reset_for_round(&mut self, model: crate::domain::ModelVariant) {
        let home = std::mem::take(&mut self.home);
        *self = Screens {
            home,
            model,
            ..Screens::default()
        };
        self.m4.v1 = model == crate::domain::ModelVariant::V1;
    }
}
