//! Swedish that reads right, and the small things a user expects: numbers
//! agree with their nouns, decimals have a comma where people read them,
//! the model's own words for the round's model, no doubled punctuation, no
//! stale message; a need added by mistake can be removed (asked, logged,
//! undone) until something has come of it; typing survives a resize; `lbk
//! new` leaves no lock behind.

mod common;

use common::*;
use crossterm::event::KeyCode;

#[test]
fn one_own_round_is_one_egen_omgang() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    std::fs::create_dir_all(&data).unwrap();
    std::fs::write(data.join("a.ron"), lbk::store::samples::SAMPLES[1].text).unwrap();
    let app = app_in(dir.path());
    let s = screen(&app, dir.path(), 100, 30);
    assert!(s.contains("1 egen omgång i datamappen"), "{s}");
    std::fs::write(data.join("b.ron"), lbk::store::samples::SAMPLES[0].text).unwrap();
    let app = app_in(dir.path());
    assert!(screen(&app, dir.path(), 100, 30).contains("2 egna omgångar i datamappen"));
}

#[test]
fn the_mean_position_has_a_decimal_comma_for_people_and_a_point_for_data() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = app_in(dir.path());
    open_sample(&mut app, 0);
    app.press(key(KeyCode::Char('5')));
    let s = screen(&app, dir.path(), 100, 30);
    assert!(s.contains("1,63"), "on screen: {s}");
    assert!(!s.contains("1.6"), "{s}");
    let r = app.round().unwrap();
    let report = lbk::documents::tally_out::TallyReport::of(r);
    let text = lbk::documents::tally_out::text(&report, None).unwrap();
    let md = lbk::documents::tally_out::markdown(&report, None).unwrap();
    assert!(text.contains("1,63") && md.contains("1,63"), "{text}");
    let csv = lbk::documents::tally_out::csv(&report, lbk::domain::priority::Stage::Rank).unwrap();
    assert!(csv.contains("1.63"), "CSV data keeps a point: {csv}");
}

#[test]
fn nobody_present_says_so_instead_of_all_present_have_voted() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = app_in(dir.path());
    open_sample(&mut app, 1);
    app.press(key(KeyCode::Char('5')));
    app.press(key(KeyCode::Char('a')));
    let present = app.round().unwrap().prioritization.present.len();
    let reps = app.round().unwrap().representatives.clone();
    for (i, r) in reps.iter().enumerate() {
        if app
            .round()
            .unwrap()
            .prioritization
            .present
            .contains(&r.name)
        {
            app.press(key(KeyCode::Home));
            for _ in 0..i {
                app.press(key(KeyCode::Down));
            }
            app.press(key(KeyCode::Char(' ')));
        }
    }
    assert!(present > 0);
    app.press(key(KeyCode::Esc));
    let s = flat(&screen(&app, dir.path(), 100, 30));
    assert!(s.contains("ingen är markerad som närvarande"), "{s}");
    assert!(!s.contains("alla närvarande har röstat"), "{s}");
}

#[test]
fn marking_a_gap_in_a_2_0_round_is_not_called_sorting() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = app_in(dir.path());
    open_sample(&mut app, 1);
    app.press(key(KeyCode::Char('4')));
    let r = app.round().unwrap().clone();
    let mut needs: Vec<&lbk::domain::Need> = r.needs.iter().collect();
    needs.sort_by(|a, b| lbk::domain::need::number_order(&a.number, &b.number));
    // The first gap nobody has picked (moment 5 guards picked ones).
    let picks = r.pick_counts();
    let pos = needs
        .iter()
        .position(|n| {
            n.status == lbk::domain::NeedStatus::Kunskapslucka
                && picks.get(&n.number).copied().unwrap_or(0) == 0
        })
        .expect("an unpicked gap");
    for _ in 0..pos {
        app.press(key(KeyCode::Down));
    }
    app.press(key(KeyCode::Char('g')));
    let s = flat(&screen(&app, dir.path(), 120, 30));
    assert!(s.contains("är inte längre en kunskapslucka"), "{s}");
    assert!(!s.contains("sorterat"), "2.0 does not sort: {s}");
}

#[test]
fn an_import_refusal_lists_its_problems_without_doubled_stops() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = app_in(dir.path());
    open_sample(&mut app, 1);
    app.press(key(KeyCode::Char('2')));
    let bad = dir.path().join("fel.csv");
    std::fs::write(
        &bad,
        "Kort titel;Nivå;Prickar\nT;Kanske;fem\nU;Nationell;sex\n",
    )
    .unwrap();
    type_text(&mut app, &format!("iGR {}\n", bad.display()));
    let e = app.input_error().unwrap().to_string();
    assert!(e.contains("rad 2"), "{e}");
    assert!(!e.contains(".;") && !e.contains(".."), "{e}");
}

#[test]
fn a_new_form_starts_with_a_clean_status_line() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = app_in(dir.path());
    open_sample(&mut app, 1);
    app.press(key(KeyCode::Char('2')));
    app.press(key(KeyCode::Char('n')));
    type_text(&mut app, "Något");
    app.press(key(KeyCode::Esc));
    app.press(key(KeyCode::Char('j')));
    assert!(
        app.status_text()
            .unwrap()
            .contains("stängdes utan att spara")
    );
    app.press(key(KeyCode::Char('n')));
    assert!(on_top(&app, LayerKind::Form));
    let s = screen(&app, dir.path(), 100, 30);
    assert!(!s.contains("stängdes utan att spara"), "{s}");
}

#[test]
fn a_need_added_by_mistake_is_removed_asked_logged_and_undone() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = app_in(dir.path());
    open_sample(&mut app, 1);
    let path = app.round_path().unwrap().to_path_buf();
    app.press(key(KeyCode::Char('2')));
    app.press(key(KeyCode::Char('n')));
    type_text(&mut app, "Av misstag");
    app.press(ctrl('s'));
    let number = app
        .round()
        .unwrap()
        .needs
        .iter()
        .find(|n| n.title == "Av misstag")
        .unwrap()
        .number
        .clone();
    // The form selected the new need; Delete asks, n keeps it.
    app.press(key(KeyCode::Delete));
    assert!(on_top(&app, LayerKind::Question));
    assert!(flat(&screen(&app, dir.path(), 120, 30)).contains(&format!("Ta bort {number}")));
    app.press(key(KeyCode::Char('n')));
    assert!(app.round().unwrap().need(&number).is_some());
    app.press(key(KeyCode::Delete));
    app.press(key(KeyCode::Char('j')));
    let saved = lbk::store::load(&path).unwrap().0;
    assert!(saved.need(&number).is_none());
    assert!(
        saved
            .log
            .last()
            .unwrap()
            .what
            .contains("tillagt av misstag")
    );
    app.press(key(KeyCode::Char('u')));
    let saved = lbk::store::load(&path).unwrap().0;
    assert!(saved.need(&number).is_some(), "u brings it back");
    // A need that has been discussed is refused with the way it can leave.
    app.press(key(KeyCode::Home));
    let first = app
        .round()
        .unwrap()
        .needs
        .iter()
        .find(|n| n.number == "FYR-01")
        .cloned();
    assert!(first.is_some());
    let before = std::fs::read(&path).unwrap();
    app.press(key(KeyCode::Delete));
    assert!(!on_top(&app, LayerKind::Question));
    assert!(
        app.status_text()
            .unwrap()
            .contains("Lägg det undan med ett skäl")
    );
    assert_eq!(std::fs::read(&path).unwrap(), before);
}

#[test]
fn typing_in_the_form_and_a_line_survives_a_resize() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = app_in(dir.path());
    open_sample(&mut app, 1);
    app.press(key(KeyCode::Char('2')));
    app.press(key(KeyCode::Char('n')));
    type_text(&mut app, "Ensamhet bland äldre");
    for (w, h) in [(80, 24), (200, 60), (100, 30), (80, 20)] {
        let s = screen(&app, dir.path(), w, h);
        assert!(s.contains("Ensamhet bland äldre"), "{w}x{h}: {s}");
    }
    app.press(key(KeyCode::Esc));
    app.press(key(KeyCode::Char('j')));
    app.press(key(KeyCode::Char('i')));
    type_text(&mut app, "GR ~/mall.xlsx");
    for (w, h) in [(80, 24), (200, 60), (100, 30)] {
        let s = screen(&app, dir.path(), w, h);
        assert!(s.contains("GR ~/mall.xlsx"), "{w}x{h}: {s}");
    }
    assert_eq!(app.input_text().as_deref(), Some("GR ~/mall.xlsx"));
}

#[test]
fn lbk_new_leaves_no_lock_behind() {
    let dir = tempfile::tempdir().unwrap();
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_lbk"))
        .args(["new", "aldre", "--area", "Äldreomsorg", "--year", "2027"])
        .env("LBK_DATA_DIR", dir.path())
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let names: Vec<String> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    assert_eq!(names, ["aldre.ron"]);
}

#[test]
fn the_feedback_to_an_rss_uses_the_rounds_own_word_for_a_verified_need() {
    for sample in &lbk::store::samples::SAMPLES {
        let path = std::path::Path::new(sample.file_name);
        let mut r = lbk::store::format::parse_round(sample.text.as_bytes(), path).unwrap();
        let sorts = r.model == lbk::domain::ModelVariant::V1;
        r.needs[0].status = lbk::domain::NeedStatus::Verifierat;
        let said = lbk::documents::minutes::fate(&r, &r.needs[0]);
        assert_eq!(said.contains("sorterat"), sorts, "{:?} {said}", r.model);
    }
}
