//! What a screen is to the app: its contexts for the keymap, what it wants
//! derived, its keys, the answers to its own questions, and its view. The
//! screens themselves are in `screens/`.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;

use super::action::Action;
use super::ask::Reply;
use super::cx::{Cx, Flow};
use super::derived::{Derived, Wants};
use super::keymap::Context;
use super::view::View;
use crate::domain::{Moment, Round};

/// A screen: its contexts for the keymap, what it wants derived, its keys,
/// the answers to its own questions, and its view.
pub trait Screen {
    /// The questions this screen asks.
    type Ask;
    fn contexts(&self) -> Vec<Context>;
    fn wants(&self) -> Wants<'_> {
        Wants::Nothing
    }
    fn update(&mut self, action: Action, cx: &mut Cx) -> Flow;
    fn answer(&mut self, ask: Self::Ask, reply: Reply, cx: &mut Cx) -> Result<(), String>;
    /// Pasted text; false when the screen has no text field to take it.
    fn paste(&mut self, _text: &str, _cx: &mut Cx) -> bool {
        false
    }
    /// Selects a need by number (after the form saved it).
    fn select(&mut self, _number: &str, _round: &Round, _derived: &Derived) {}
    fn render(&self, v: &View, area: Rect, buf: &mut Buffer);
}

/// A screen that asks nothing.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NoAsk {}

/// Where the user is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ScreenId {
    Home,
    Moment(Moment),
}
