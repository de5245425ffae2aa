//! The app survives any keys: 100 000 random key events (and sizes down to
//! 10x3) through the App on both sample rounds. After each batch: nothing
//! panicked, the tallies add up to the ballots, and the saved file loads.

mod common;

use common::*;
use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

struct Dice(u64);
impl Dice {
    fn roll(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
    fn below(&mut self, n: usize) -> usize {
        (self.roll() % n as u64) as usize
    }
}

/// Keys a person could press, weighted towards the ones that do things.
fn random_key(d: &mut Dice) -> KeyEvent {
    const CHARS: &[char] = &[
        'q', '?', 't', 'j', 'k', 'n', 'e', '/', 's', 'u', 'v', 'a', '+', '-', 'g', 'c', 'o', 'p',
        'f', 'l', 'm', 'i', 'r', 'x', 'z', 'b', 'd', 'h', 'T', '.', '<', '>', ' ', '1', '2', '3',
        '4', '5', '6', '7', 'å', 'ä', 'ö', ':', '|', 'G', 'R', '0',
    ];
    let code = match d.below(10) {
        0 => KeyCode::Enter,
        1 => KeyCode::Esc,
        2 => [KeyCode::Up, KeyCode::Down, KeyCode::Left, KeyCode::Right][d.below(4)],
        3 => [
            KeyCode::Tab,
            KeyCode::BackTab,
            KeyCode::Backspace,
            KeyCode::Home,
            KeyCode::End,
            KeyCode::PageDown,
        ][d.below(6)],
        _ => KeyCode::Char(CHARS[d.below(CHARS.len())]),
    };
    let mods = match d.below(20) {
        0 => KeyModifiers::CONTROL,
        1 => KeyModifiers::ALT,
        _ => KeyModifiers::NONE,
    };
    KeyEvent::new(code, mods)
}

fn check(app: &App, round_no: usize, batch: usize) {
    if let Some(r) = app.round() {
        let t = r.current_pick_tally();
        let counted: u32 = t.rows.iter().map(|x| x.picks).sum();
        let on_list: usize = r
            .counted_pick_ballots()
            .iter()
            .map(|b| {
                b.needs
                    .iter()
                    .filter(|n| t.rows.iter().any(|x| &x.number == *n))
                    .count()
            })
            .sum();
        assert_eq!(
            counted as usize, on_list,
            "sample {round_no}, batch {batch}: picks add up"
        );
        if let Some(rank) = r.current_rank_tally() {
            let slots: u32 = rank
                .rows
                .iter()
                .map(|x| x.positions.iter().sum::<u32>())
                .sum();
            assert!(
                slots as usize
                    <= r.prioritization
                        .rank_ballots
                        .iter()
                        .map(|b| b.order.len())
                        .sum::<usize>()
            );
        }
        if let Some(path) = app.round_path().filter(|p| p.exists()) {
            lbk::store::load(path)
                .unwrap_or_else(|e| panic!("sample {round_no}, batch {batch}: {e}"));
        }
    }
}

#[test]
fn a_hundred_thousand_random_keys_on_both_samples() {
    for sample in 0..2 {
        let dir = tempfile::tempdir().unwrap();
        let mut app = app_in(dir.path());
        open_sample(&mut app, sample);
        let log_before = app.round().unwrap().log.len();
        let mut d = Dice(0xC0FFEE + sample as u64);
        let sizes = [(100, 30), (80, 20), (10, 3), (200, 60), (40, 12)];
        for batch in 0..100 {
            for _ in 0..500 {
                let k = random_key(&mut d);
                app.press(k);
                if app.has_quit() {
                    // A quit is fine; start again on the same round.
                    app = app_in(dir.path());
                }
                if app.round().is_none() {
                    open_sample(&mut app, sample);
                }
            }
            let (w, h) = sizes[batch % sizes.len()];
            render(&app, w, h);
            check(&app, sample, batch);
        }
        // The keys reached the editing paths, not only the menus.
        let log_after = app.round().map_or(0, |r| r.log.len());
        assert!(
            log_after > log_before + 20,
            "sample {sample}: only {} changes",
            log_after - log_before
        );
    }
}
