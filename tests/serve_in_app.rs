//! Voting from phones with the app as the round's writer: `m` on moment 5
//! starts the server on the address typed (127.0.0.1 here), then issues
//! the codes (a mistyped address issues none); a phone's ballot is
//! counted on the app's next look (a key or a tick), saved and shown; a
//! ballot for someone the secretariat typed one for waits for `h`; closing
//! the stage stops the server.

mod common;

use std::time::{Duration, Instant};

use common::phones::post;
use common::{app_in, flat, key, open_sample, screen, type_text};
use crossterm::event::KeyCode;
use lbk::tui::app::App;

/// Runs `client` on a thread while the app answers, and returns its result.
fn while_app_answers<T: Send + 'static>(
    app: &mut App,
    client: impl FnOnce() -> T + Send + 'static,
) -> T {
    let t = std::thread::spawn(client);
    let give_up = Instant::now() + Duration::from_secs(20);
    while !t.is_finished() {
        assert!(Instant::now() < give_up, "the app never answered");
        app.tick();
        std::thread::yield_now();
    }
    t.join().unwrap()
}

fn code_of(app: &App, name: &str) -> String {
    app.round()
        .unwrap()
        .prioritization
        .codes
        .iter()
        .find(|c| c.representative == name)
        .map(|c| c.code.clone())
        .unwrap()
}

#[test]
fn phones_vote_through_the_app_and_closing_the_stage_stops_the_server() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = app_in(dir.path());
    open_sample(&mut app, 1);
    app.press(key(KeyCode::Char('5')));
    app.press(key(KeyCode::Char('m')));
    type_text(&mut app, "127.0.0.1:0\n");
    let said = app.status_text().unwrap_or_default().to_string();
    let url = said
        .split_whitespace()
        .find(|w| w.starts_with("http://"))
        .unwrap_or_else(|| panic!("no address said: {said}"))
        .to_string();
    let addr: std::net::SocketAddr = url
        .trim_start_matches("http://")
        .trim_end_matches('/')
        .parse()
        .unwrap();
    let r = app.round().unwrap().clone();
    assert_eq!(
        r.prioritization.codes.len(),
        r.voters().len(),
        "a code each"
    );
    // Someone without a typed ballot votes.
    let name = r
        .voters()
        .into_iter()
        .find(|v| r.prioritization.pick_ballot(v).is_none())
        .unwrap();
    let code = code_of(&app, &name);
    let picks: Vec<String> = r
        .final_compilation()
        .iter()
        .take(3)
        .map(|n| format!("val={}", n.number))
        .collect();
    let body = format!("kod={code}&{}", picks.join("&"));
    let (status, page) = while_app_answers(&mut app, move || post(addr, "/valsedel", &body));
    assert_eq!(status, 200, "{page}");
    let ballot = app
        .round()
        .unwrap()
        .prioritization
        .pick_ballot(&name)
        .cloned();
    assert_eq!(ballot.map(|b| b.needs.len()), Some(3));
    let saved = lbk::store::load(app.round_path().unwrap()).unwrap().0;
    assert!(saved.prioritization.pick_ballot(&name).is_some(), "saved");
    let shown = flat(&screen(&app, dir.path(), 160, 50));
    assert!(shown.contains("1 via mobil"), "{shown}");
    // Someone the secretariat typed for: held for h.
    let typed = r.prioritization.pick_ballots[0].representative.clone();
    let code = code_of(&app, &typed);
    let body = format!("kod={code}&{}", picks.join("&"));
    let (status, page) = while_app_answers(&mut app, move || post(addr, "/valsedel", &body));
    assert_eq!(status, 200);
    assert!(page.contains("Kansliet hade redan skrivit in"), "{page}");
    let before = app
        .round()
        .unwrap()
        .prioritization
        .pick_ballot(&typed)
        .cloned();
    assert_eq!(
        before,
        r.prioritization.pick_ballot(&typed).cloned(),
        "not replaced"
    );
    app.press(key(KeyCode::Char('h')));
    let asked = flat(&screen(&app, dir.path(), 160, 50));
    assert!(asked.contains("skickade från mobilen"), "{asked}");
    app.press(key(KeyCode::Char('j')));
    assert_eq!(
        app.round()
            .unwrap()
            .prioritization
            .pick_ballot(&typed)
            .map(|b| b.needs.len()),
        Some(3)
    );
    // k shows one code, for reading aloud.
    app.press(key(KeyCode::Char('k')));
    type_text(&mut app, &format!("{name}\n"));
    assert!(app.status_text().unwrap().contains(&code_of(&app, &name)));
    // Closing the stage ends the codes and stops the server.
    app.press(key(KeyCode::Char('c')));
    app.press(key(KeyCode::Char('j')));
    app.tick();
    assert!(
        app.status_text().unwrap().contains("stoppades"),
        "{:?}",
        app.status_text()
    );
    assert!(std::net::TcpStream::connect_timeout(&addr, Duration::from_secs(2)).is_err());
}

#[test]
fn an_address_mistyped_at_m_is_said_and_issues_no_code() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = app_in(dir.path());
    open_sample(&mut app, 1);
    app.press(key(KeyCode::Char('5')));
    let before = app.round().unwrap().clone();
    for typo in ["127.0.0.1:99999\n", "motesrummet:8080\n"] {
        app.press(key(KeyCode::Char('m')));
        type_text(&mut app, typo);
        let said = app.status_text().unwrap_or_default().to_string();
        assert!(said.contains("går inte att läsa"), "{typo}: {said}");
        assert!(!said.contains("invalid"), "{said}");
        assert_eq!(app.round().unwrap(), &before, "{typo}: the round changed");
    }
    // Then the right one: the codes are issued and the server listens.
    app.press(key(KeyCode::Char('m')));
    type_text(&mut app, "127.0.0.1:0\n");
    let said = app.status_text().unwrap_or_default().to_string();
    assert!(said.contains("http://127.0.0.1:"), "{said}");
    assert!(!app.round().unwrap().prioritization.codes.is_empty());
}
