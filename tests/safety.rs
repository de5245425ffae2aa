//! Hostile text never reaches the terminal raw, exports cannot be turned
//! into formulas, and every file lbk writes is readable by its owner only.

mod common;

use calamine::{Data, Reader, open_workbook_auto};
use common::*;
use crossterm::event::KeyCode;
use lbk::domain::text_safety::is_unsafe;
use lbk::store::samples::SAMPLES;

const TITLE: &str = "Titel\u{1b}]52;c;aGVq\u{7}\u{1b}[2J med\u{202E} bidi\u{200B}";
const FORMULA: &str = "=HYPERLINK(\"http://x.example\",\"klicka\")";

/// Sample (b) with hostile text in a need on the final compilation (picked,
/// so it shows in the tallies), an RSS name and a representative's name.
fn hostile_round(dir: &std::path::Path) -> std::path::PathBuf {
    let mut r =
        lbk::store::parse_round(SAMPLES[1].text.as_bytes(), std::path::Path::new("b.ron")).unwrap();
    let picked = r.prioritization.pick_ballots[0].needs[0].clone();
    let n = r.needs.iter_mut().find(|n| n.number == picked).unwrap();
    n.title = TITLE.into();
    n.description = format!("Rad\u{8}\u{8}ett\r\n{FORMULA}\n\u{1b}[31mröd").into();
    let second = r.prioritization.pick_ballots[0].needs[1].clone();
    r.needs
        .iter_mut()
        .find(|n| n.number == second)
        .unwrap()
        .title = FORMULA.into();
    r.rss[0].name = "Storsthlm\u{7}\u{7}".into();
    r.representatives[0].name = "Anna\u{1b}[8m Lindqvist".into();
    r.prioritization.present[0] = "Anna\u{1b}[8m Lindqvist".into();
    r.prioritization.pick_ballots[0].representative = "Anna\u{1b}[8m Lindqvist".into();
    r.validate().unwrap();
    let path = dir.join("data").join("fientlig.ron");
    std::fs::create_dir_all(path.parent().unwrap()).unwrap();
    lbk::store::save(&path, &mut r, None).unwrap();
    path
}

fn assert_clean(app: &App, what: &str) -> String {
    let buf = render(app, 120, 40);
    for cell in buf.content.iter() {
        assert!(
            !cell.symbol().chars().any(is_unsafe),
            "{what}: control character {:?} on screen",
            cell.symbol()
        );
    }
    text_of(&buf)
}

#[test]
fn hostile_text_is_shown_with_visible_placeholders_on_every_screen() {
    let dir = tempfile::tempdir().unwrap();
    let path = hostile_round(dir.path());
    let mut app = app_in(dir.path());
    assert_clean(&app, "home");
    app.open_file(path);
    let mut seen_placeholder = false;
    for n in 1..=7u8 {
        app.press(key(KeyCode::Char(char::from(b'0' + n))));
        let s = assert_clean(&app, &format!("moment {n}"));
        seen_placeholder |= s.contains("Titel␛]52;c;aGVq␇␛[2J");
    }
    assert!(
        seen_placeholder,
        "the title shows with visible placeholders, not stripped"
    );
    // The need's detail (moment 2), the form, the help, the ballot editor,
    // per-representative view, presentation, log, timeline, history.
    app.press(key(KeyCode::Char('2')));
    type_text(&mut app, "/titel\n");
    let s = assert_clean(&app, "moment 2 detail");
    assert!(s.contains("Titel␛"), "{s}");
    app.press(key(KeyCode::Enter));
    assert_clean(&app, "need form");
    app.press(key(KeyCode::Esc));
    app.press(key(KeyCode::Esc));
    app.press(key(KeyCode::Char('5')));
    for keys in [
        "p", "p", "l", "\u{1b}", "f", "f", "T", "\u{1b}", "?", "\u{1b}",
    ] {
        let code = if keys == "\u{1b}" {
            KeyCode::Esc
        } else {
            KeyCode::Char(keys.chars().next().unwrap())
        };
        app.press(key(code));
        assert_clean(&app, keys);
    }
    type_text(&mut app, "vanna\n");
    let s = assert_clean(&app, "ballot editor");
    assert!(s.contains("Anna␛[8m Lindqvist"), "{s}");
    app.press(key(KeyCode::Esc));
    app.press(key(KeyCode::Esc));
    app.press(key(KeyCode::Char('h')));
    assert_clean(&app, "history");
}

#[test]
fn exports_keep_formulas_as_text_and_are_owner_only() {
    let dir = tempfile::tempdir().unwrap();
    let path = hostile_round(dir.path());
    let mut app = app_in(dir.path());
    app.open_file(path.clone());
    app.press(key(KeyCode::Char('e'))); // moment 5 tally: txt, md, xlsx
    app.press(key(KeyCode::Char('4')));
    app.press(key(KeyCode::Char('e'))); // final compilation
    app.press(key(KeyCode::Char('f'))); // per-RSS feedback
    app.press(key(KeyCode::Char('2')));
    app.press(key(KeyCode::Char('m'))); // templates
    let export = dir.path().join("data").join("export");
    let mut files = vec![];
    let mut stack = vec![export.clone()];
    while let Some(d) = stack.pop() {
        for e in std::fs::read_dir(&d).unwrap() {
            let p = e.unwrap().path();
            if p.is_dir() {
                stack.push(p)
            } else {
                files.push(p)
            }
        }
    }
    assert!(files.len() > 20, "{files:?}");
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        for f in &files {
            let mode = std::fs::metadata(f).unwrap().permissions().mode() & 0o777;
            assert_eq!(mode, 0o600, "{}", f.display());
        }
    }
    // Every xlsx: the formula-looking text is a string cell, never a formula.
    let mut checked = 0;
    for f in files
        .iter()
        .filter(|f| f.extension().is_some_and(|e| e == "xlsx"))
    {
        let mut wb = open_workbook_auto(f).unwrap();
        for name in wb.sheet_names() {
            let formulas = wb.worksheet_formula(&name).unwrap();
            assert!(
                formulas.used_cells().all(|(_, _, f)| f.is_empty()),
                "{} {name} has a formula",
                f.display()
            );
            let range = wb.worksheet_range(&name).unwrap();
            if range
                .used_cells()
                .any(|(_, _, c)| matches!(c, Data::String(s) if s == FORMULA))
            {
                checked += 1;
            }
        }
    }
    assert!(
        checked >= 2,
        "the formula text was found as text in the exports"
    );
    // CSV out: a leading apostrophe neutralises it.
    let report = lbk::documents::tally_out::TallyReport::of(&lbk::store::load(&path).unwrap().0);
    let csv = lbk::documents::tally_out::csv(&report, lbk::domain::priority::Stage::Pick).unwrap();
    assert!(csv.contains("'=HYPERLINK"), "{csv}");
    assert!(
        !csv.lines()
            .any(|l| l.split(';').any(|c| c.trim_matches('"').starts_with('=')))
    );
}

const HTML: &str = "<img src=x onerror=alert(1)> [klick](javascript:alert(1)) **fet** `kod`";

/// Every file under `dir`, recursively.
fn files_under(dir: &std::path::Path) -> Vec<std::path::PathBuf> {
    let mut files = vec![];
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        for e in std::fs::read_dir(&d).unwrap() {
            let p = e.unwrap().path();
            if p.is_dir() {
                stack.push(p)
            } else {
                files.push(p)
            }
        }
    }
    files
}

#[test]
fn markdown_and_text_exports_show_data_as_the_text_it_is() {
    let dir = tempfile::tempdir().unwrap();
    let path = hostile_round(dir.path());
    let mut r = lbk::store::load(&path).unwrap().0;
    let picked = r.prioritization.pick_ballots[1].needs[0].clone();
    r.needs
        .iter_mut()
        .find(|n| n.number == picked)
        .unwrap()
        .title = HTML.into();
    r.area = format!("Område {HTML}");
    let fp = lbk::store::load(&path).unwrap().1;
    lbk::store::save(&path, &mut r, Some(fp)).unwrap();
    let mut app = app_in(dir.path());
    app.open_file(path);
    app.press(key(KeyCode::Char('e'))); // moment 5 tally
    app.press(key(KeyCode::Char('4')));
    app.press(key(KeyCode::Char('e'))); // final compilation
    app.press(key(KeyCode::Char('f'))); // per-RSS feedback
    app.press(key(KeyCode::Char('3')));
    app.press(key(KeyCode::Char('m'))); // minutes
    let files = files_under(&dir.path().join("data").join("export"));
    let mut rendered = 0;
    for f in &files {
        let ext = f.extension().and_then(|e| e.to_str()).unwrap_or("");
        if !["md", "txt", "csv"].contains(&ext) {
            continue;
        }
        let text = std::fs::read_to_string(f).unwrap();
        // A CSV for Swedish Excel starts with a byte-order mark, and only there.
        let text = text.strip_prefix('\u{FEFF}').unwrap_or(&text).to_string();
        assert!(
            !text
                .chars()
                .any(|c| is_unsafe(c) && !matches!(c, '\n' | '\t' | '\r')),
            "{}: a control character",
            f.display()
        );
        if ext == "md" {
            let mut html = String::new();
            pulldown_cmark::html::push_html(&mut html, pulldown_cmark::Parser::new(&text));
            assert!(!html.contains("<img"), "{}: {html}", f.display());
            assert!(!html.contains("javascript:alert(1)\""), "{}", f.display());
            assert!(!html.contains("<strong>fet"), "{}", f.display());
            if html.contains("&lt;img src=x onerror=alert(1)&gt; [klick](javascript:alert(1))") {
                rendered += 1;
            }
        }
    }
    assert!(
        rendered >= 3,
        "the data reads as itself in the documents: {files:?}"
    );
}
