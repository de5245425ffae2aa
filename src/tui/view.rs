//! What drawing may read: the theme, the round, the derived lists and
//! tallies, the keymap and the day. Nothing in it can change anything.

use jiff::civil::Date;

use super::derived::Derived;
use super::keymap::Binding;
use super::theme::Theme;
use crate::domain::Round;

pub struct View<'a> {
    pub theme: &'a Theme,
    pub round: Option<&'a Round>,
    pub derived: &'a Derived,
    pub keymap: &'a [Binding],
    pub today: Date,
    pub no_color: bool,
    /// The ballot server for phones, while it runs: the shared screen
    /// shows its address.
    pub phones: Option<&'a crate::tui::phone_model::PhoneView>,
}
