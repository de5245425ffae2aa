//! The terminal app. The loop: draw(&app) → event → the focused component
//! handles it (or it bubbles) → effects::perform → app.absorb(outcome) →
//! the derived view refreshed. See docs/architecture.md.

pub mod absorb;
pub mod action;
pub mod app;
pub mod ask;
mod ask_moments;
pub mod cx;
pub mod derived;
pub mod derived_lists;
pub mod dispatch;
pub mod draw;
pub mod effects;
pub mod effects_export;
pub mod home_list;
pub mod keymap;
pub mod keymap_context;
pub mod keymap_help;
pub mod keymap_patch;
pub mod layers;
pub mod panic_note;
pub mod phone_model;
pub mod phones;
pub mod present;
pub mod round_actions;
pub mod screen;
pub mod screens;
pub mod session;
pub mod step;
pub mod tally_cache;
pub mod theme;
pub mod typed_path;
pub mod view;
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
    if let Some(msg) = settings_msg {
        app.add_note_to_status(&msg);
    }
    panic_note::install();
    // Closed from outside (`kill`, a closed terminal window): the loop sees
    // the flag within a tick, gives the terminal back and says where the
    // round is, as after a panic.
    let closed = std::sync::Arc::new(std::sync::atomic::AtomicBool::new(false));
    #[cfg(unix)]
    for signal in [
        signal_hook::consts::SIGTERM,
        signal_hook::consts::SIGHUP,
        signal_hook::consts::SIGINT,
    ] {
        signal_hook::flag::register(signal, std::sync::Arc::clone(&closed))?;
    }
    let mut terminal = open_terminal()?;
    // A paste arrives as one piece of text, never as keys.
    let _ = crossterm::execute!(std::io::stdout(), crossterm::event::EnableBracketedPaste);
    let events = spawn_event_reader();
    let result = (|| -> anyhow::Result<()> {
        while !app.quit && !closed.load(std::sync::atomic::Ordering::Relaxed) {
            terminal.draw(|f| draw::draw(f, &app))?;
            if panic_after_first_frame {
                panic!("provpanik efter första bilden (lbk panic-test)");
            }
            match events.recv_timeout(TICK) {
                Ok(event) => handle(&mut app, event?),
                Err(std::sync::mpsc::RecvTimeoutError::Timeout) => {
                    app.tick();
                    continue;
                }
                Err(std::sync::mpsc::RecvTimeoutError::Disconnected) => break,
            }
            // Whatever else has arrived (a paste typed as keys, fast typing)
            // is handled before the next frame, within a frame's time.
            let started = std::time::Instant::now();
            while started.elapsed() < BATCH
                && !app.quit
                && let Ok(event) = events.try_recv()
            {
                handle(&mut app, event?);
            }
        }
        Ok(())
    })();
    let _ = crossterm::execute!(std::io::stdout(), crossterm::event::DisableBracketedPaste);
    ratatui::restore();
    if closed.load(std::sync::atomic::Ordering::Relaxed)
        && let Some(note) = app.shutdown()
    {
        let text = format!("lbk avslutades utifrån. {note}");
        eprintln!("{}", crate::domain::text_safety::clean_text(&text));
    }
    result
}

/// Why lbk cannot draw here, if it cannot: its input or output is not a
/// terminal (a pipe, a file, a script), or the terminal says it can do
/// nothing but print lines (`TERM=dumb`, as in Emacs' shell).
pub fn terminal_refusal(term: Option<&str>, stdin_tty: bool, stdout_tty: bool) -> Option<String> {
    let commands = "Kommandona fungerar utan terminal: lbk --help visar dem.";
    if !stdin_tty || !stdout_tty {
        let which = if stdout_tty { "in" } else { "ut" };
        return Some(format!(
            "lbk:s app behöver en terminal, men standard {which} är inte en (en fil eller ett rör?). Starta lbk i ett terminalfönster. {commands}"
        ));
    }
    if term.is_some_and(|t| t.trim().eq_ignore_ascii_case("dumb")) {
        return Some(format!(
            "Terminalen säger att den bara kan skriva rader (TERM=dumb), så lbk:s app kan inte ritas här. Starta lbk i ett vanligt terminalfönster (t.ex. TERM=xterm-256color). {commands}"
        ));
    }
    None
}

/// The terminal, set up for the app; a Swedish refusal where it cannot be.
pub(crate) fn open_terminal() -> anyhow::Result<ratatui::DefaultTerminal> {
    use std::io::IsTerminal as _;
    let term = std::env::var("TERM").ok();
    if let Some(why) = terminal_refusal(
        term.as_deref(),
        std::io::stdin().is_terminal(),
        std::io::stdout().is_terminal(),
    ) {
        anyhow::bail!(why);
    }
    ratatui::try_init().map_err(|e| {
        ratatui::restore();
        anyhow::anyhow!("Terminalen kunde inte ställas in för lbk ({e}). Starta lbk i ett annat terminalfönster; omgångarna är orörda.")
    })
}

/// How long keys that are already waiting are handled before a frame is drawn.
const BATCH: std::time::Duration = std::time::Duration::from_millis(30);

/// One event from the terminal.
fn handle(app: &mut App, event: Event) {
    match event {
        Event::Key(key) if key.kind != KeyEventKind::Release => app.press(key),
        Event::Paste(text) => app.paste(&text),
        _ => {}
    }
}

/// Reads the terminal's events on a thread of their own, so the loop can
/// wait with a timeout and notice a signal to close even when the terminal
/// has gone (the reader may then never return).
fn spawn_event_reader() -> std::sync::mpsc::Receiver<std::io::Result<Event>> {
    let (tx, rx) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        loop {
            let event = event::read();
            let failed = event.is_err();
            if tx.send(event).is_err() || failed {
                break;
            }
        }
    });
    rx
}

/// How often the app looks at the world when no key comes: a read-only
/// round follows its file, a signal to close is noticed.
const TICK: std::time::Duration = std::time::Duration::from_millis(250);
