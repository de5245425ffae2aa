//! Helpers shared by the integration tests: an app in a temporary data
//! folder with a fixed clock, keys by name, and the screen as text.

#![allow(dead_code)]

pub mod cli;
pub mod held;
pub mod phones;
pub mod registered;
pub mod returns;
pub mod templates;

use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use jiff::Timestamp;
use lbk::store::{Folders, Settings};
pub use lbk::tui::app::{App, Focus};
use lbk::tui::draw::render_app;
pub use lbk::tui::layers::LayerKind;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;

pub fn fixed_now() -> Timestamp {
    "2025-09-16T08:30:00Z".parse().expect("fast tid")
}

/// An app whose data and config live in `root`, colours on.
pub fn app_in(root: &std::path::Path) -> App {
    App::new(Folders::under(root), Settings::default(), false, fixed_now)
}

/// Opens sample round `i` (0: Funktionshinder, 1: Skadligt bruk) from home.
pub fn open_sample(app: &mut App, i: usize) {
    for _ in 0..i {
        app.press(key(KeyCode::Down));
    }
    app.press(key(KeyCode::Enter));
    assert!(
        app.round().is_some(),
        "exempelomgången öppnades inte: {:?}",
        app.status_text()
    );
}

pub fn key(code: KeyCode) -> KeyEvent {
    KeyEvent::new(code, KeyModifiers::NONE)
}

pub fn ctrl(c: char) -> KeyEvent {
    KeyEvent::new(KeyCode::Char(c), KeyModifiers::CONTROL)
}

/// Types text as key presses; `\n` is Enter.
pub fn type_text(app: &mut App, text: &str) {
    for c in text.chars() {
        let k = if c == '\n' {
            key(KeyCode::Enter)
        } else {
            key(KeyCode::Char(c))
        };
        app.press(k);
    }
}

pub fn render(app: &App, width: u16, height: u16) -> Buffer {
    let area = Rect::new(0, 0, width, height);
    let mut buf = Buffer::empty(area);
    render_app(app, area, &mut buf);
    buf
}

/// The buffer as lines of text, trailing spaces kept so widths show.
pub fn text_of(buf: &Buffer) -> String {
    let area = buf.area;
    let mut out = String::new();
    for y in 0..area.height {
        let mut skip = 0;
        for x in 0..area.width {
            if skip > 0 {
                skip -= 1;
                continue;
            }
            let sym = buf[(x, y)].symbol();
            out.push_str(sym);
            skip = unicode_width(sym).saturating_sub(1);
        }
        out.push('\n');
    }
    out
}

fn unicode_width(s: &str) -> usize {
    // Every symbol lbk draws is one column wide except a few wide emoji,
    // which ratatui follows with blank cells; those are skipped above.
    if s.chars().any(|c| (c as u32) >= 0x1F300) {
        2
    } else {
        1
    }
}

/// The screen as text with the temporary folder's path replaced, so
/// snapshots do not depend on where the test ran.
pub fn screen(app: &App, root: &std::path::Path, width: u16, height: u16) -> String {
    text_of(&render(app, width, height)).replace(&root.display().to_string(), "[TMP]")
}

/// Screen text with line ends and runs of spaces folded into one space, so
/// a message that wraps can be searched as one sentence.
pub fn flat(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Is this layer on top (has the focus)?
pub fn on_top(app: &App, kind: LayerKind) -> bool {
    app.focus() == Focus::Layer(kind)
}

/// Sample round (b) at moment 5 before anyone has picked, in a temporary
/// folder, opened in a new app.
pub fn fresh_meeting(dir: &std::path::Path) -> App {
    let mut round = lbk::store::parse_round(
        lbk::store::samples::SAMPLES[1].text.as_bytes(),
        std::path::Path::new("b.ron"),
    )
    .unwrap();
    round.prioritization.pick_ballots.clear();
    let path = dir.join("data").join("mote.ron");
    std::fs::create_dir_all(path.parent().unwrap()).unwrap();
    lbk::store::save(&path, &mut round, None).unwrap();
    let mut app = app_in(dir);
    app.open_file(path);
    assert_eq!(app.moment(), Some(lbk::domain::Moment::Prioritering));
    app
}
