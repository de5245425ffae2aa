//! The mail-outs (part of issue #16): per moment what is sent to whom, the
//! drafts written from the app (`U`, `w`), and a mail-out marked sent by
//! key and from the command line. A date that is not one, a mail-out that
//! cannot be sent yet and a name that does not exist are refused with the
//! reason, the typing kept and the round file unchanged.

mod common;

use common::cli::{lbk, s, text};
use common::*;
use crossterm::event::KeyCode;
use lbk::mailouts::due::due;

#[test]
fn the_mail_out_list_marks_sent_by_key_refuses_what_cannot_be_and_writes_the_drafts() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = app_in(dir.path());
    open_sample(&mut app, 1);
    let path = app.round_path().unwrap().to_path_buf();
    let list = due(app.round().unwrap());
    let first4 = list.iter().position(|d| d.moment.number() == 4).unwrap();
    app.press(key(KeyCode::Char('4')));
    app.press(key(KeyCode::Char('U')));
    assert!(on_top(&app, LayerKind::Mailouts));
    let shown = flat(&screen(&app, dir.path(), 80, 24));
    assert!(
        shown.contains("Slutlig sammanställning till NSK-S"),
        "{shown}"
    );
    assert!(shown.contains("inte skickat"));
    // The list opens on moment 4's first; the next one is marked today.
    app.press(key(KeyCode::Down));
    app.press(key(KeyCode::Char('s')));
    let d = &list[first4 + 1];
    let today = app.round().unwrap().sent_record(&d.name).unwrap().date;
    assert_eq!(today.to_string(), "2025-09-16");
    assert!(app.status_text().unwrap().contains("markerat skickat"));
    let on_screen = flat(&screen(&app, dir.path(), 80, 24));
    assert!(on_screen.contains("✓ skickat 2025-09-16"), "{on_screen}");
    // Marked again the same day: said as the command line says it, and
    // nothing changes (no second log entry, nothing to save).
    let before = app.round().unwrap().clone();
    app.press(key(KeyCode::Char('s')));
    assert!(
        app.status_text()
            .unwrap()
            .contains(&format!("{} är redan markerat skickat 2025-09-16", d.name)),
        "{:?}",
        app.status_text()
    );
    assert_eq!(app.round().unwrap(), &before);
    // Another day: a date that is not one is refused under the line.
    app.press(key(KeyCode::Down));
    app.press(key(KeyCode::Char('d')));
    let named = &list[first4 + 2].name;
    assert!(
        app.status_text()
            .unwrap()
            .contains(&format!("Vilken dag skickades {named}")),
        "the line names the mail-out: {:?}",
        app.status_text()
    );
    type_text(&mut app, "2025-09-31\n");
    assert!(
        app.input_error()
            .unwrap()
            .contains("finns inte i kalendern")
    );
    assert_eq!(app.input_text().unwrap(), "2025-09-31");
    app.press(ctrl('u'));
    // Nothing is sent in the future (the app's today is 2025-09-16).
    type_text(&mut app, "2025-09-17\n");
    assert!(
        app.input_error()
            .is_some_and(|e| e.contains("har inte varit än")),
        "{:?} {:?}",
        app.input_error(),
        app.status_text()
    );
    app.press(ctrl('u'));
    type_text(&mut app, "2025-9-1\n");
    let other = &list[first4 + 2];
    let r = app.round().unwrap();
    assert_eq!(
        r.sent_record(&other.name).unwrap().date.to_string(),
        "2025-09-01"
    );
    // x takes the mark back; u puts it back.
    app.press(key(KeyCode::Char('x')));
    assert!(app.round().unwrap().sent_record(&other.name).is_none());
    app.press(key(KeyCode::Char('u')));
    assert!(app.round().unwrap().sent_record(&other.name).is_some());
    // One that waits (the ranking is not closed) cannot be marked: the reason is said.
    let saved = std::fs::read(&path).unwrap();
    let waiting = list.iter().position(|d| d.waits.is_some()).unwrap();
    app.press(key(KeyCode::Home));
    for _ in 0..waiting {
        app.press(key(KeyCode::Down));
    }
    app.press(key(KeyCode::Char('s')));
    assert!(
        app.status_text().unwrap().contains("kan inte skickas ännu"),
        "{:?}",
        app.status_text()
    );
    assert_eq!(std::fs::read(&path).unwrap(), saved, "nothing saved");
    // A paste has nowhere to go here.
    app.paste("aterkoppling-GR");
    assert_eq!(std::fs::read(&path).unwrap(), saved);
    // w writes a draft for every mail-out that can be sent.
    app.press(key(KeyCode::Char('w')));
    let folder = lbk::documents::export::export_dir(&path).join("utskick");
    let drafts = std::fs::read_dir(&folder).unwrap().count();
    // Those that can be sent and have someone to send to; the others are
    // named in the status instead of written without an addressee.
    let ready = list
        .iter()
        .filter(|d| d.waits.is_none() && d.addressed())
        .count();
    let unaddressed = list
        .iter()
        .filter(|d| d.waits.is_none() && !d.addressed())
        .count();
    assert!(unaddressed > 0, "the sample lacks addresses somewhere");
    assert_eq!(drafts, ready, "{:?}", app.status_text());
    assert!(
        app.status_text()
            .unwrap()
            .contains("Inte skrivna, ingen att skicka till"),
        "{:?}",
        app.status_text()
    );
    app.press(key(KeyCode::Esc));
    assert!(!on_top(&app, LayerKind::Mailouts));
}

#[test]
fn mailouts_on_the_command_line_list_mark_and_refuse_with_the_file_unchanged() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("a.ron");
    std::fs::write(&path, lbk::store::samples::SAMPLES[1].text).unwrap();
    let before = std::fs::read(&path).unwrap();
    for (args, says) in [
        (vec!["sent", "nope"], "finns inte i omgången"),
        (vec!["sent", "prioriterade-behov"], "kan inte skickas ännu"),
        (
            vec!["sent", "aterkoppling-GR", "--date", "2025-13-01"],
            "finns inte i kalendern",
        ),
        (
            vec!["sent", "aterkoppling-GR", "--date", "2999-01-01"],
            "har inte varit än",
        ),
        (
            vec!["sent", "aterkoppling-GR", "--date", "igår"],
            "utelämna --date",
        ),
        (vec!["sent", "behovsmal-GR"], "Menade du behovsmall-GR?"),
        (vec!["--date", "2025-01-01"], "--date hör till sent"),
        (
            vec!["unsent", "aterkoppling-GR"],
            "inte markerat som skickat",
        ),
        (vec!["sent"], "Ange vilket utskick"),
        (vec!["skickat", "aterkoppling-GR"], "ange sent eller unsent"),
        // Every name is checked before anything changes.
        (vec!["sent", "aterkoppling-GR", "nope"], "finns inte"),
    ] {
        let mut all = vec!["mailouts", s(&path)];
        all.extend(args.iter().copied());
        let o = lbk(&all);
        assert_eq!(o.status.code(), Some(1), "{args:?}");
        assert!(text(&o).contains(says), "{args:?}: {}", text(&o));
        assert_eq!(std::fs::read(&path).unwrap(), before, "{args:?}");
    }
    let o = lbk(&[
        "mailouts",
        s(&path),
        "sent",
        "aterkoppling-gr",
        "inbjudan-dialog-20250204-0900",
        "kandidatområden",
        "aterkoppling-GR",
        "--date",
        "2025-10-02",
    ]);
    assert!(o.status.success(), "{}", text(&o));
    // Case and å/ä/ö as typed; a name given twice counts once.
    assert_eq!(text(&o).lines().count(), 3, "{}", text(&o));
    let listing = text(&lbk(&["mailouts", s(&path)]));
    let line = |name: &str| {
        listing
            .lines()
            .find(|l| l.split_whitespace().nth(1) == Some(name))
            .unwrap_or_else(|| panic!("{name} in {listing}"))
            .to_string()
    };
    assert!(line("aterkoppling-GR").ends_with("skickat 2025-10-02"));
    assert!(line("kandidatomraden").contains("ingen mottagare i registret"));
    assert!(line("prioriterade-behov").contains("väntar"));
    assert!(line("aterkoppling-STH").ends_with("inte skickat"));
    let r = lbk::store::load(&path).unwrap().0;
    let sent = r.sent_record("inbjudan-dialog-20250204-0900").unwrap();
    assert!(
        sent.to.iter().all(|a| a.contains('@')),
        "recipients as addressed: {:?}",
        sent.to
    );
    assert!(
        r.log
            .iter()
            .any(|l| l.what.contains("Utskicket aterkoppling-GR skickat"))
    );
    // The same mark again changes nothing and writes nothing.
    let before = std::fs::read(&path).unwrap();
    let again = lbk(&[
        "mailouts",
        s(&path),
        "sent",
        "aterkoppling-GR",
        "--date",
        "2025-10-02",
    ]);
    assert!(
        text(&again).contains("är redan markerat skickat 2025-10-02"),
        "{}",
        text(&again)
    );
    assert_eq!(std::fs::read(&path).unwrap(), before);
}
