//! Snapshots of every screen at 100x30 on sample round (b), plus cell-level
//! checks where colour carries meaning.

mod common;

use common::*;
use crossterm::event::KeyCode;
use lbk::tui::theme::Theme;
use ratatui::style::Color;

fn sample_b() -> (tempfile::TempDir, lbk::tui::app::App) {
    let dir = tempfile::tempdir().unwrap();
    let mut app = app_in(dir.path());
    open_sample(&mut app, 1);
    (dir, app)
}

#[test]
fn home_screen() {
    let dir = tempfile::tempdir().unwrap();
    let app = app_in(dir.path());
    insta::assert_snapshot!(screen(&app, dir.path(), 100, 30));
}

#[test]
fn every_moment_screen_of_sample_b() {
    let (dir, mut app) = sample_b();
    for n in 1..=7u8 {
        app.press(key(KeyCode::Char(char::from(b'0' + n))));
        insta::assert_snapshot!(format!("moment_{n}"), screen(&app, dir.path(), 100, 30));
    }
}

#[test]
fn help_overlay_is_generated_from_the_keymap() {
    let (dir, mut app) = sample_b();
    app.press(key(KeyCode::Char('2')));
    let here = app.contexts();
    app.press(key(KeyCode::Char('?')));
    let s = screen(&app, dir.path(), 100, 30);
    let sections = lbk::tui::keymap_help::help_sections(app.keymap(), &here);
    for (_, rows) in sections.iter().take(1) {
        for (keys, text) in rows {
            assert!(
                s.contains(&format!("{keys:<18}{text}")),
                "hjälpen saknar {keys} {text}"
            );
        }
    }
    insta::assert_snapshot!(s);
}

#[test]
fn help_opens_at_the_current_screens_keys_and_scrolls_to_the_last_section() {
    let (dir, mut app) = sample_b();
    app.press(key(KeyCode::Char('4')));
    let here = app.contexts();
    app.press(key(KeyCode::Char('?')));
    assert!(on_top(&app, LayerKind::Help));
    let sections = lbk::tui::keymap_help::help_sections(app.keymap(), &here);
    assert_eq!(sections[0].0, "Verifiering och sammanställning (moment 4)");
    let s = screen(&app, dir.path(), 100, 30);
    assert!(
        s.contains("Verifiering och sammanställning (moment 4)")
            && s.contains("lägg undan med skäl"),
        "help opens at moment 4's keys: {s}"
    );
    // The last section is far below; the arrows and PgDn reach it.
    let (last_title, last_rows) = sections.last().unwrap();
    assert!(!s.contains(last_title), "{s}");
    for _ in 0..40 {
        app.press(key(KeyCode::PageDown));
    }
    let s = screen(&app, dir.path(), 100, 30);
    assert!(s.contains(last_title), "scrolled to the end: {s}");
    for (keys, text) in last_rows {
        assert!(
            s.contains(&format!("{keys:<18}{text}")),
            "{keys} {text}: {s}"
        );
    }
    app.press(key(KeyCode::Up));
    app.press(key(KeyCode::Home));
    let s = screen(&app, dir.path(), 100, 30);
    assert!(
        s.contains("Verifiering och sammanställning (moment 4)"),
        "{s}"
    );
    // Opened on another screen, it starts there.
    app.press(key(KeyCode::Esc));
    app.press(key(KeyCode::Char('5')));
    app.press(key(KeyCode::Char('?')));
    let s = screen(&app, dir.path(), 100, 30);
    assert!(
        s.contains("Prioritering (moment 5)") && s.contains("ny/ändra valsedel"),
        "{s}"
    );
}

#[test]
fn need_form() {
    let (dir, mut app) = sample_b();
    app.press(key(KeyCode::Char('2')));
    app.press(key(KeyCode::Char('n')));
    type_text(&mut app, "Ensamhet bland äldre");
    insta::assert_snapshot!(screen(&app, dir.path(), 100, 30));
}

#[test]
fn a_too_small_window_asks_to_be_made_larger() {
    let (dir, app) = sample_b();
    let s = screen(&app, dir.path(), 60, 15);
    assert!(s.contains("Gör fönstret större"), "{s}");
    assert!(!s.contains("Prioritering"));
}

#[test]
fn the_shown_moment_is_drawn_selected_and_the_leading_bar_highlighted() {
    let (_dir, app) = sample_b();
    let buf = render(&app, 100, 30);
    let t = Theme::default();
    // Moment 5 is shown: its tab carries the selection style.
    let text = text_of(&buf);
    let first_line = text.lines().next().unwrap();
    let col = first_line.chars().position(|c| c == '5').unwrap() as u16;
    assert_eq!(buf[(col, 0)].bg, t.selected().bg.unwrap());
    // The bar of the need in first place is highlighted, a later one is not.
    let bar_cells: Vec<(u16, u16)> = (0..30u16)
        .flat_map(|y| (0..100u16).map(move |x| (x, y)))
        .filter(|p| buf[*p].symbol() == "█")
        .collect();
    let first_row = bar_cells.iter().map(|p| p.1).min().unwrap();
    let last_row = bar_cells.iter().map(|p| p.1).max().unwrap();
    let fg = |row: u16| {
        bar_cells
            .iter()
            .find(|p| p.1 == row)
            .map(|p| buf[*p].fg)
            .unwrap()
    };
    assert_eq!(fg(first_row), t.tally_bar(true).fg.unwrap());
    assert_eq!(fg(last_row), t.tally_bar(false).fg.unwrap());
    assert_ne!(fg(first_row), fg(last_row));
}

#[test]
fn no_color_draws_no_colours() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = lbk::tui::app::App::new(
        lbk::store::Folders::under(dir.path()),
        lbk::store::Settings::default(),
        true,
        fixed_now,
    );
    open_sample(&mut app, 1);
    let buf = render(&app, 100, 30);
    assert!(
        buf.content
            .iter()
            .all(|c| c.fg == Color::Reset && c.bg == Color::Reset)
    );
}
