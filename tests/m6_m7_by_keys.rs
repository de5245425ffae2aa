//! Moments 6 and 7 and what spans rounds, by keys: receipts, coordination,
//! feedback and produced knowledge on the finished sample round; the
//! hand-over produced after ranking the moment-5 sample; the history across
//! both; the timeline.

mod common;

use common::*;
use crossterm::event::KeyCode;
use lbk::domain::followup::{Outcome, ReceiptState};
use lbk::meeting::moment67::prioritised;
use lbk::store::load;

#[test]
fn feedback_on_the_finished_round_by_keys_and_the_report() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = app_in(dir.path());
    open_sample(&mut app, 0);
    let path = app.round_path().unwrap().to_path_buf();
    app.press(key(KeyCode::Char('6')));
    insta::assert_snapshot!("m6_finished_round", screen(&app, dir.path(), 100, 30));
    let top = prioritised(app.round().unwrap())[0].number.clone();
    type_text(
        &mut app,
        "rSBU beredning | Utreds inom ramen för uppdraget\n",
    );
    type_text(&mut app, "rNågon mottagen\n");
    assert!(app.input_error().unwrap().contains("finns inte"));
    app.press(key(KeyCode::Esc));
    type_text(&mut app, "k2024-01-20: SBU tar 1, SoS tar 2\n");
    // The actors the top need is handed to: chosen by code in any case, a
    // typo refused with the codes to choose from, an empty answer back to
    // the dialogues' proposal.
    type_text(&mut app, "lsbu, forte\n");
    let handed = |p: &std::path::Path| {
        load(p)
            .unwrap()
            .0
            .handovers
            .iter()
            .find(|h| h.need == top)
            .map(|h| h.assigned.clone())
            .unwrap_or_default()
    };
    assert_eq!(handed(&path), ["SBU", "Forte"]);
    assert!(screen(&app, dir.path(), 100, 30).contains("Lämnas till: SBU, Forte (l ändrar)"));
    type_text(&mut app, "lSBU Frote\n");
    let e = app.input_error().unwrap();
    assert!(
        e.contains("\"Frote\" finns inte") && e.contains("Forte"),
        "{e}"
    );
    app.press(key(KeyCode::Esc));
    assert_eq!(handed(&path), ["SBU", "Forte"]);
    app.press(key(KeyCode::Char('u')));
    assert!(handed(&path).is_empty(), "u takes the choice back");
    type_text(&mut app, "lSoS\n");
    type_text(&mut app, "l\n");
    assert!(handed(&path).is_empty());
    let s = screen(&app, dir.path(), 100, 30);
    assert!(
        s.contains("Lämnas till: SBU (förslag utifrån aktörernas svar"),
        "{s}"
    );
    // Exported, the status line names the needs no actor is given yet.
    app.press(key(KeyCode::Char('e')));
    let said = app.status_text().unwrap_or_default().to_string();
    assert!(said.contains("Ingen aktör ännu för NBO-01"), "{said}");
    assert!(said.contains("l på moment 6"), "{said}");
    let saved = load(&path).unwrap().0;
    let h = saved.handovers.iter().find(|h| h.need == top).unwrap();
    let sbu = h.receipts.iter().find(|r| r.actor == "SBU").unwrap();
    assert_eq!(sbu.state, ReceiptState::UnderBeredning);
    assert_eq!(sbu.decision, "Utreds inom ramen för uppdraget");
    assert!(
        saved
            .coordination
            .iter()
            .any(|c| c.notes == "SBU tar 1, SoS tar 2")
    );

    app.press(key(KeyCode::Char('7')));
    insta::assert_snapshot!("m7_finished_round", screen(&app, dir.path(), 100, 30));
    // Sorted by place, the first row is the top need.
    type_text(&mut app, "tSBU, Forte: Kunskapsöversikt | hösten 2024\n");
    type_text(
        &mut app,
        "pÖversikt om kommunikationsstöd | https://sbu.example/k | 2024-11-01\n",
    );
    type_text(&mut app, "pUtan datum | | juni\n");
    assert!(app.input_error().unwrap().contains("inget datum"));
    app.press(key(KeyCode::Esc));
    let saved = load(&path).unwrap().0;
    let f = saved.feedback.iter().find(|f| f.need == top).unwrap();
    assert_eq!(
        f.outcome,
        Outcome::Tas {
            actors: vec!["SBU".into(), "Forte".into()],
            how: "Kunskapsöversikt".into(),
            when: "hösten 2024".into()
        }
    );
    assert!(
        f.produced
            .iter()
            .any(|p| p.published == Some(jiff::civil::date(2024, 11, 1)))
    );

    // Filter and sort the progress view.
    type_text(&mut app, "/ännu ingen\n");
    let s = screen(&app, dir.path(), 100, 30);
    assert!(s.contains("filter: ännu ingen"), "{s}");
    assert!(!s.contains("tas om hand av"), "{s}");
    app.press(key(KeyCode::Esc));

    // The report: every prioritised need, the four questions, and per RSS.
    app.press(key(KeyCode::Char('e')));
    let export = dir
        .path()
        .join("data")
        .join("exempel")
        .join("export")
        .join("funktionshinder-2022");
    let md = std::fs::read_to_string(export.join("aterkoppling.md")).unwrap();
    let ranked = prioritised(&saved);
    for r in &ranked {
        assert!(md.contains(&format!("· {} ", r.number)), "{}", r.number);
    }
    assert!(
        md.contains(
            "Översikt om kommunikationsstöd (https://sbu.example/k), publicerad 2024-11-01"
        )
    );
    assert!(md.contains("Ingen återkoppling ännu."));
    assert!(export.join("aterkoppling.xlsx").exists());
    let per = std::fs::read_dir(export.join("aterkoppling-per-rss"))
        .unwrap()
        .count();
    // Markdown and Word for every RSS with needs.
    assert_eq!(
        per,
        2 * lbk::documents::minutes::rss_with_needs(&saved).len()
    );
}

#[test]
fn after_ranking_the_moment_5_sample_the_handover_is_produced_and_history_spans_both_rounds() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = app_in(dir.path());
    open_sample(&mut app, 1);
    // Close the picks, rank by two representatives, close the ranking.
    type_text(&mut app, "cj");
    let list = app.round().unwrap().prioritization.joint_list.clone();
    let first = lbk::domain::need::split_number(&list[0])
        .map(|(c, s)| format!("{}{s}", c.to_lowercase()))
        .unwrap();
    let second = lbk::domain::need::split_number(&list[1])
        .map(|(c, s)| format!("{}{s}", c.to_lowercase()))
        .unwrap();
    type_text(&mut app, &format!("vanna\n{second} {first}\n"));
    type_text(&mut app, &format!("vbjörn\n{second}\n"));
    type_text(&mut app, "cj");
    assert!(app.round().unwrap().prioritization.rank_closed);

    app.press(key(KeyCode::Char('6')));
    app.press(key(KeyCode::Char('e')));
    let export = dir
        .path()
        .join("data")
        .join("exempel")
        .join("export")
        .join("skadligt-bruk-2024");
    let md = std::fs::read_to_string(export.join("prioriterade-behov.md")).unwrap();
    assert!(md.contains(&format!("## 1 · {} ", list[1])), "{md}");
    assert!(export.join("prioriterade-behov.xlsx").exists());

    // Home: both rounds; the history has gaps from both, and search narrows it.
    app.press(key(KeyCode::Esc));
    app.press(key(KeyCode::Char('h')));
    assert!(on_top(&app, LayerKind::History));
    let s = screen(&app, dir.path(), 200, 60);
    assert!(s.contains("Funktionshinder"), "{s}");
    assert!(s.contains("Skadligt bruk"), "{s}");
    type_text(&mut app, "/funktionshinder\n");
    let s = screen(&app, dir.path(), 200, 60);
    assert!(
        s.contains("Funktionshinder") && !s.contains("Skadligt bruk"),
        "{s}"
    );
    app.press(key(KeyCode::Char('e')));
    // History from home has no open round; its export goes in the data folder.
    let hist = std::fs::read_to_string(
        dir.path()
            .join("data")
            .join("export")
            .join("tidigare-kunskapsluckor.md"),
    )
    .expect("the history was written");
    assert!(
        hist.contains("Funktionshinder") && !hist.contains("Skadligt bruk"),
        "{hist}"
    );
}

#[test]
fn the_timeline_shows_every_moment_and_marks_the_overdue() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = app_in(dir.path());
    open_sample(&mut app, 1);
    app.press(key(KeyCode::Char('T')));
    let s = screen(&app, dir.path(), 100, 30);
    assert!(s.contains("Tidslinje: Skadligt bruk och beroende"), "{s}");
    for name in [
        "Område",
        "Behov",
        "Dialog",
        "Verifiering",
        "Prioritering",
        "Mottagande",
        "Återkoppling",
    ] {
        assert!(s.contains(name), "{name}");
    }
    // The app's clock says 2025-09-16: moment 5 (planned 09-15) is late.
    assert!(s.contains("2025-09-15 pågår !"), "{s}");
    insta::assert_snapshot!("timeline_sample_b", s);
    assert!(on_top(&app, LayerKind::Timeline));
    // Its dates can be changed: moment 6 planned later, with a typo first.
    app.press(key(KeyCode::Down));
    type_text(&mut app, "p2025-13-01\n");
    assert!(app.input_error().unwrap().contains("ÅÅÅÅ-MM-DD"));
    app.press(key(KeyCode::Esc));
    type_text(&mut app, "p2025-11-01\n");
    // Moment 5 started today (an empty date), moment 6 reset asked first.
    app.press(key(KeyCode::Up));
    type_text(&mut app, "s\n");
    let r = app.round().unwrap();
    let m6 = r.moment_record(lbk::domain::Moment::Mottagande).unwrap();
    assert_eq!(m6.planned, Some(jiff::civil::date(2025, 11, 1)));
    let m5 = r.moment_record(lbk::domain::Moment::Prioritering).unwrap();
    assert_eq!(m5.started, Some(jiff::civil::date(2025, 9, 16)));
    assert!(r.log.iter().rev().take(2).any(|l| {
        l.what
            .contains("Moment 6 planerat till 2025-11-01 (var 2025-10-15)")
    }));
    let saved = lbk::store::load(app.round_path().unwrap()).unwrap().0;
    assert_eq!(
        saved
            .moment_record(lbk::domain::Moment::Mottagande)
            .unwrap()
            .planned,
        m6.planned
    );
    app.press(key(KeyCode::Esc));
    assert!(!on_top(&app, LayerKind::Timeline));
    assert_eq!(app.moment(), Some(lbk::domain::Moment::Prioritering));
}
