//! `lbk present FILE`: the presentation in a window of its own, for the
//! shared screen. It only reads the round (no lock is taken, nothing is
//! written), follows the file and its journal as lbk saves them (looked at four
//! times a second, read again when a size or time changes), turns the page on its
//! own every few seconds when the list is long, and shows the stage, how
//! many have voted and the tally: never who voted how. q or Esc ends it.

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant, SystemTime};

use crossterm::event::{self, Event, KeyCode, KeyEventKind};
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::Span;
use ratatui::widgets::Widget;

use crate::domain::Round;
use crate::store::load;
use crate::tui::theme::Theme;
use crate::tui::widgets::presentation_view::PresentationView;

/// How long a page stays before the next.
pub const PAGE_EVERY: Duration = Duration::from_secs(8);
/// How often the file is looked at.
pub const LOOK_EVERY: Duration = Duration::from_millis(250);

/// The round as last read, and what the file looked like then.
pub struct Followed {
    path: PathBuf,
    pub round: Round,
    stamp: Stamp,
    /// Said when the file could not be read the last time it changed.
    pub note: Option<String>,
}

/// The file's and its journal's time and size: lbk appends each change to
/// the journal and writes the file only at quiet moments.
type Stamp = [Option<(SystemTime, u64)>; 2];

fn stamp(path: &Path) -> Stamp {
    let one = |p: &Path| {
        let m = std::fs::metadata(p).ok()?;
        Some((m.modified().ok()?, m.len()))
    };
    [one(path), one(&crate::store::journal_path(path))]
}

impl Followed {
    pub fn open(path: &Path) -> anyhow::Result<Followed> {
        let stamp = stamp(path);
        let (round, _) = load(path)?;
        Ok(Followed {
            path: path.to_path_buf(),
            round,
            stamp,
            note: None,
        })
    }

    /// Reads the file again if it changed; true when the round did.
    pub fn follow(&mut self) -> bool {
        let now = stamp(&self.path);
        if now == self.stamp {
            return false;
        }
        self.stamp = now;
        match load(&self.path) {
            Ok((round, _)) => {
                self.note = None;
                let changed = round != self.round;
                self.round = round;
                changed
            }
            Err(_) => {
                self.note = Some("Filen kunde inte läsas just nu; det senast lästa visas.".into());
                false
            }
        }
    }
}

/// Draws the presentation of `round` (pure: the tallies come from the core).
pub fn render(f: &Followed, page: usize, no_color: bool, area: Rect, buf: &mut Buffer) {
    let theme = if no_color {
        Theme::monochrome()
    } else {
        Theme::presentation()
    };
    let round = &f.round;
    let pick = round.current_pick_tally();
    let rank = round.current_rank_tally();
    let turnout = round.turnout();
    (&PresentationView {
        round,
        pick: &pick,
        rank: rank.as_ref(),
        turnout: &turnout,
        page,
        theme: &theme,
    })
        .render(area, buf);
    if let Some(note) = &f.note {
        let y = area.bottom().saturating_sub(1);
        Span::styled(format!("  {note}"), theme.warn())
            .render(Rect::new(area.x, y, area.width, 1), buf);
    }
}

/// Runs the presentation until q or Esc (or the window is closed).
pub fn run(path: &Path) -> anyhow::Result<()> {
    let mut followed = Followed::open(path)?;
    let no_color = std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty());
    let closed = std::sync::Arc::new(std::sync::atomic::AtomicBool::new(false));
    #[cfg(unix)]
    for signal in [
        signal_hook::consts::SIGTERM,
        signal_hook::consts::SIGHUP,
        signal_hook::consts::SIGINT,
    ] {
        signal_hook::flag::register(signal, std::sync::Arc::clone(&closed))?;
    }
    let mut terminal = super::open_terminal()?;
    let mut page = 0usize;
    let mut turned = Instant::now();
    let result = (|| -> anyhow::Result<()> {
        while !closed.load(std::sync::atomic::Ordering::Relaxed) {
            terminal.draw(|frame| {
                let area = frame.area();
                render(&followed, page, no_color, area, frame.buffer_mut());
            })?;
            if event::poll(LOOK_EVERY)?
                && let Event::Key(k) = event::read()?
                && k.kind != KeyEventKind::Release
            {
                match k.code {
                    KeyCode::Char('q') | KeyCode::Esc => break,
                    KeyCode::Down | KeyCode::PageDown | KeyCode::Char(' ') => page += 1,
                    KeyCode::Up | KeyCode::PageUp => page = page.saturating_sub(1),
                    _ => {}
                }
                turned = Instant::now();
            }
            if turned.elapsed() >= PAGE_EVERY {
                page += 1;
                turned = Instant::now();
            }
            // A changed round is drawn whole, not as a difference from the
            // last frame: a blank frame first (a terminal clear would ask the
            // terminal where its cursor is, which a screen share may not answer).
            if followed.follow() {
                terminal.draw(|frame| {
                    let area = frame.area();
                    frame.render_widget(ratatui::widgets::Clear, area);
                })?;
            }
        }
        Ok(())
    })();
    ratatui::restore();
    result
}
