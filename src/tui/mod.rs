//! The terminal app: read event → Action → update → effects → draw.

pub mod action;
pub mod app;
pub mod app_m12;
pub mod app_m34;
pub mod app_m5;
pub mod app_m67;
pub mod draw;
pub mod keymap;
pub mod keymap_patch;
pub mod panic_note;
pub mod prompt;
pub mod screens;
pub mod tally_cache;
pub mod theme;
pub mod widgets;

use crossterm::event::{self, Event, KeyEventKind};

use crate::store::{Folders, OpenRound, load_settings};
use app::App;

/// Runs the app until the user quits; `start` is a round opened beforehand
/// (`lbk open FILE`), else the home screen.
pub fn run(folders: Folders, start: Option<OpenRound>) -> anyhow::Result<()> {
    run_inner(folders, start, false)
}

/// For the panic test only: like `lbk open`, but panics right after the
/// first frame, to show that the terminal is given back and the user told
/// where the round is.
pub fn run_then_panic(folders: Folders, start: OpenRound) -> anyhow::Result<()> {
    run_inner(folders, Some(start), true)
}

fn run_inner(
    folders: Folders,
    start: Option<OpenRound>,
    panic_after_first_frame: bool,
) -> anyhow::Result<()> {
    let (settings, settings_msg) = load_settings(&folders);
    let no_color = std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty());
    let mut app = match start {
        Some(open) => App::opening(folders, settings, no_color, jiff::Timestamp::now, open),
        None => App::new(folders, settings, no_color, jiff::Timestamp::now),
    };
    if app.status.is_none()
        && let Some(msg) = settings_msg
    {
        app.status = Some(app::Status {
            kind: app::StatusKind::Error,
            text: msg,
        });
    }
    panic_note::install();
    let mut terminal = ratatui::init();
    let result = (|| -> anyhow::Result<()> {
        while !app.quit {
            terminal.draw(|f| draw::draw(f, &app))?;
            if panic_after_first_frame {
                panic!("provpanik efter första bilden (lbk panic-test)");
            }
            match event::read()? {
                Event::Key(key) if key.kind != KeyEventKind::Release => app.press(key),
                _ => {}
            }
        }
        Ok(())
    })();
    ratatui::restore();
    result
}
