//! The home screen: the user's rounds in the data folder and the built-in
//! sample rounds, each with its area, model, current moment and next date.
//! The folder is read by an effect (`scan`); the screen only lists.

use std::path::PathBuf;

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;

use super::{NoAsk, Screen, moved};
use crate::domain::Round;
use crate::store::samples::SAMPLES;
use crate::store::{Folders, parse_round};
use crate::tui::action::Action;
use crate::tui::ask::Reply;
use crate::tui::cx::{Cx, Flow};
use crate::tui::effects::Effect;
use crate::tui::keymap::Context;
use crate::tui::view::View;

/// Where a listed round comes from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Origin {
    File(PathBuf),
    Sample(usize),
}

#[derive(Debug, Clone)]
pub struct HomeEntry {
    pub origin: Origin,
    pub name: String,
    /// The summary, or why the file could not be read.
    pub summary: Result<Summary, String>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Summary {
    pub area: String,
    pub model: &'static str,
    pub moment: String,
    pub next_planned: Option<jiff::civil::Date>,
    /// Moments whose planned date passed without their being done.
    pub overdue: Vec<usize>,
}

impl Summary {
    pub fn of(round: &Round, today: jiff::civil::Date) -> Summary {
        let m = round.current_moment();
        let status = round
            .moment_record(m)
            .map(|r| r.status.label())
            .unwrap_or("");
        Summary {
            area: round.area.clone(),
            model: round.model.label(),
            moment: format!("{} {} ({status})", m.number(), m.short_name(round.model)),
            next_planned: round
                .timeline
                .iter()
                .find(|r| r.status != crate::domain::MomentStatus::Klar)
                .and_then(|r| r.planned),
            overdue: crate::meeting::moment67::overdue(round, today)
                .iter()
                .map(|m| m.number())
                .collect(),
        }
    }
}

#[derive(Debug, Default)]
pub struct HomeScreen {
    pub entries: Vec<HomeEntry>,
    pub selected: usize,
    pub data_dir: String,
}

/// Reads the data folder and the samples. Run as an effect, never while
/// drawing.
pub fn scan(folders: &Folders, today: jiff::civil::Date) -> Vec<HomeEntry> {
    let mut entries: Vec<HomeEntry> = folders
        .round_files()
        .into_iter()
        .map(|path| {
            let name = path
                .file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_default();
            let summary = crate::store::load(&path)
                .map(|(r, _)| Summary::of(&r, today))
                .map_err(|e| e.to_string());
            HomeEntry {
                origin: Origin::File(path),
                name,
                summary,
            }
        })
        .collect();
    for (i, s) in SAMPLES.iter().enumerate() {
        let summary = parse_round(s.text.as_bytes(), std::path::Path::new(s.file_name))
            .map(|r| Summary::of(&r, today))
            .map_err(|e| e.to_string());
        entries.push(HomeEntry {
            origin: Origin::Sample(i),
            name: format!("Exempel: {}", s.file_name),
            summary,
        });
    }
    entries
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
        super::home_view::render(self, v, area, buf);
    }
}
