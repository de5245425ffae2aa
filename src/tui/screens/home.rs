//! The home screen: the user's rounds in the data folder and the built-in
//! sample rounds, each with its area, model, current moment and next date.
//! The folder is read by an effect (`scan`); the screen only lists.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;

use crate::tui::action::Action;
use crate::tui::ask::Reply;
use crate::tui::cx::{Cx, Flow};
use crate::tui::effects::Effect;
use crate::tui::home_list::{HomeEntry, Origin};
use crate::tui::keymap::Context;
use crate::tui::screen::{NoAsk, Screen};
use crate::tui::view::View;
use crate::tui::widgets::moved;

#[derive(Debug, Default)]
pub struct HomeScreen {
    pub entries: Vec<HomeEntry>,
    pub selected: usize,
    pub data_dir: String,
}

impl HomeScreen {
    pub fn own_rounds(&self) -> usize {
        self.entries
            .iter()
            .filter(|e| matches!(e.origin, Origin::File(_)))
            .count()
    }

    /// The list read anew; the selection stays where it was if it can.
    pub fn set_entries(&mut self, entries: Vec<HomeEntry>) {
        self.entries = entries;
        self.selected = self.selected.min(self.entries.len().saturating_sub(1));
    }
}

impl Screen for HomeScreen {
    type Ask = NoAsk;

    fn contexts(&self) -> Vec<Context> {
        vec![Context::Home, Context::Nav]
    }

    fn update(&mut self, action: Action, cx: &mut Cx) -> Flow {
        if let Some(s) = moved(self.selected, action, self.entries.len()) {
            self.selected = s;
            return Flow::Handled;
        }
        match action {
            Action::Open => {
                match self.entries.get(self.selected).map(|e| e.origin.clone()) {
                    Some(Origin::File(p)) => cx.effect(Effect::OpenFile(p)),
                    Some(Origin::Sample(i)) => cx.effect(Effect::OpenSample(i)),
                    None => {}
                }
                Flow::Handled
            }
            Action::History => {
                cx.effect(Effect::LoadGaps);
                Flow::Handled
            }
            _ => Flow::Bubble,
        }
    }

    fn answer(&mut self, ask: NoAsk, _: Reply, _: &mut Cx) -> Result<(), String> {
        match ask {}
    }

    fn render(&self, v: &View, area: Rect, buf: &mut Buffer) {
        super::home_view::render(&self.entries, self.selected, &self.data_dir, v, area, buf);
    }
}
