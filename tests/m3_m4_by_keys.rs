//! Moments 3 and 4 by keys on sample round (b): a dialogue session run live
//! and its minutes; verification, a merge, a set-aside, their undo, the
//! final compilation and the feedback to each RSS; moment 5 then works on
//! the new list.

mod common;

use common::*;
use crossterm::event::KeyCode;
use lbk::domain::NeedStatus;
use lbk::store::load;

fn sample_b(dir: &std::path::Path) -> App {
    let mut app = app_in(dir);
    open_sample(&mut app, 1);
    app
}

#[test]
fn a_dialogue_session_by_keys_and_its_minutes_hold_every_need_and_response() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = sample_b(dir.path());
    let path = app.round_path().unwrap().to_path_buf();
    app.press(key(KeyCode::Char('3')));
    // A new session for two RSSs, typed; it becomes the shown one.
    type_text(&mut app, "n2025-02-25 13:00 GR FYR\n");
    let round = app.round().unwrap().clone();
    let i = round
        .dialogues
        .iter()
        .position(|d| d.rss == ["GR", "FYR"])
        .expect("the session was added");
    assert_eq!(round.dialogues[i].rss, vec!["GR", "FYR"]);
    type_text(&mut app, "aSoS: Eva Ek, Per Al\n");
    type_text(&mut app, "aSBU: Lina Berg\n");
    type_text(&mut app, "aGR: Anna Al\n");
    let agenda: Vec<String> = round.agenda(i).iter().map(|n| n.number.clone()).collect();
    assert!(agenda.len() >= 4);

    // The cursor stays on the need after a response, so a question after
    // it is about the same need...
    type_text(&mut app, "rsos lucka\n");
    type_text(&mut app, "fsos: Gäller det även LSS?\n");
    let r = app.round().unwrap();
    let first = &r.dialogues[i].remarks[0];
    assert_eq!(first.need, agenda[0]);
    // ...until A makes it move on by itself.
    app.press(key(KeyCode::Char('A')));
    let answers = [
        "sos lucka",
        "sbu täckt: SBU-rapport 312 | https://sbu.example/312",
        "forte pågår: Forte",
        "sos oklart: målgruppen",
    ];
    for k in 0..agenda.len() {
        type_text(&mut app, &format!("r{}\n", answers[k % answers.len()]));
    }
    // Back to the first need: a note from an actor and one from the RSS.
    app.press(key(KeyCode::Home));
    type_text(&mut app, "xsbu: Kolla med MFD\n");
    type_text(&mut app, "xgr: Gäller främst små kommuner\n");
    // Someone who is neither an actor nor an RSS of the session is refused.
    type_text(&mut app, "xsth: fel möte\n");
    assert!(
        app.input_error()
            .unwrap()
            .contains("varken en aktör eller en RSS")
    );
    app.press(key(KeyCode::Esc));
    // A response with no actor is refused and the line stays.
    type_text(&mut app, "rlucka\n");
    assert!(app.input_error().is_some());
    app.press(key(KeyCode::Esc));

    let saved = load(&path).unwrap().0;
    let s = &saved.dialogues[i];
    assert_eq!(s.actors.len(), 2);
    assert_eq!(s.rss_present[0].people, ["Anna Al"]);
    assert_eq!(
        s.assessments
            .iter()
            .filter(|a| a.actor == "SoS" || a.actor == "SBU" || a.actor == "Forte")
            .count(),
        agenda.len(),
        "one per need: the first 'sos lucka' was given again, not twice"
    );
    assert_eq!(s.remarks.len(), 3, "{:?}", s.remarks);

    // The minutes: every need of the session and every response, by RSS.
    app.press(key(KeyCode::Char('m')));
    let export = dir
        .path()
        .join("data")
        .join("exempel")
        .join("export")
        .join("skadligt-bruk-2024");
    let md = std::fs::read_to_string(export.join("minnesanteckningar-20250225-1300.md")).unwrap();
    assert!(md.contains("## Göteborgsregionen (GR)") && md.contains("## Fyrbodal (FYR)"));
    for n in &agenda {
        assert!(
            md.contains(&format!("### {n} ")),
            "{n} saknas i minnesanteckningarna"
        );
    }
    for a in &s.assessments {
        assert!(
            md.contains(&format!("**{}**: {}", a.actor, a.response.label())),
            "{a:?}"
        );
    }
    assert!(md.contains("Fråga från SoS: Gäller det även LSS?"), "{md}");
    assert!(md.contains("Anteckning från SBU: Kolla med MFD"));
    // An RSS is named in one form throughout: as its section's heading.
    assert!(md.contains("Från Göteborgsregionen (GR): Gäller främst små kommuner"));
    assert!(md.contains("## Göteborgsregionen (GR)"));
    assert!(!md.contains("(RSS)"), "{md}");
    // Attendees with name and organisation.
    assert!(
        md.contains("Närvarande från RSS: Anna Al, Göteborgsregionen (GR)"),
        "{md}"
    );
    assert!(
        md.contains("Eva Ek och Per Al, Socialstyrelsen (SoS)"),
        "{md}"
    );
    assert!(!md.contains("oklart:\n"), "no empty 'oklart:' line");
    assert!(md.contains("Länk: https://sbu.example/312"));
    // Word has the same sections: a heading per RSS and per need, the answers as items.
    let docx = std::fs::File::open(export.join("minnesanteckningar-20250225-1300.docx")).unwrap();
    let mut word = String::new();
    std::io::Read::read_to_string(
        &mut zip::ZipArchive::new(docx)
            .unwrap()
            .by_name("word/document.xml")
            .unwrap(),
        &mut word,
    )
    .unwrap();
    assert!(word.contains("Göteborgsregionen (GR)") && word.contains("Fyrbodal (FYR)"));
    // The question is an item of a Word list under its need.
    let paragraph = |text: &str| {
        word.split("</w:p>")
            .find(|p| p.contains(text))
            .unwrap_or_else(|| panic!("{text}: {word}"))
            .to_string()
    };
    let question = paragraph(">Fråga från SoS: Gäller det även LSS?<");
    assert!(question.contains(r#"<w:ilvl w:val="0" />"#), "{question}");
    // The link is an item under the answer it belongs to.
    let link = paragraph(">Länk: https://sbu.example/312<");
    assert!(link.contains(r#"<w:ilvl w:val="1" />"#), "{link}");
    assert!(
        !word.contains("**") && !word.contains("<w:tbl>"),
        "sections, not a table"
    );
    let txt = std::fs::read_to_string(export.join("minnesanteckningar-20250225-1300.txt")).unwrap();
    assert!(!txt.contains("**") && !txt.contains("## "));
    assert!(
        export
            .join("minnesanteckningar-20250225-1300.xlsx")
            .exists()
    );
    insta::assert_snapshot!("m3_session_after_keys", screen(&app, dir.path(), 100, 30));
}

/// Moves the moment-4 cursor to a need.
fn go_to(app: &mut App, number: &str) {
    let r = app.round().unwrap();
    // The moment-4 list is by number.
    let mut list: Vec<&str> = r.needs.iter().map(|n| n.number.as_str()).collect();
    list.sort_by(|a, b| lbk::domain::need::number_order(a, b));
    let pos = list.iter().position(|n| *n == number).unwrap();
    app.press(key(KeyCode::Home));
    for _ in 0..pos {
        app.press(key(KeyCode::Down));
    }
}

#[test]
fn sorting_by_keys_then_the_compilation_and_feedback_and_moment_5_on_the_new_list() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = sample_b(dir.path());
    let path = app.round_path().unwrap().to_path_buf();
    app.press(key(KeyCode::Char('4')));
    let r = app.round().unwrap().clone();
    let picked = r.pick_counts();
    let free: Vec<String> = r
        .final_compilation()
        .iter()
        .map(|n| n.number.clone())
        .filter(|n| !picked.contains_key(n))
        .collect();
    let (a, b, c) = (free[0].clone(), free[1].clone(), free[2].clone());
    let before_gaps = r.final_compilation().len();

    // Merge b into a.
    go_to(&mut app, &b);
    type_text(&mut app, &format!("m{a}\n"));
    let saved = load(&path).unwrap().0;
    assert_eq!(
        saved.need(&b).unwrap().status.label(),
        format!("sammanslagen med {a}")
    );
    assert!(saved.raised_by(&a).contains(&saved.need(&b).unwrap().rss));
    // Set c aside as already covered.
    go_to(&mut app, &c);
    type_text(
        &mut app,
        "atäckt: Nationella riktlinjer för missbruk | kapitel 4\n",
    );
    let saved = load(&path).unwrap().0;
    assert!(
        matches!(&saved.need(&c).unwrap().status, NeedStatus::Undanlagt { note, .. } if note == "kapitel 4")
    );
    assert_eq!(saved.final_compilation().len(), before_gaps - 2);
    // A picked need cannot be set aside under moment 5.
    let taken = picked.keys().next().unwrap().clone();
    go_to(&mut app, &taken);
    type_text(&mut app, "alokalt\n");
    assert!(app.input_error().unwrap().contains("redan valt"));
    app.press(key(KeyCode::Esc));
    // Undo the set-aside: back on the list.
    go_to(&mut app, &c);
    app.press(key(KeyCode::Char('z')));
    assert_eq!(
        load(&path).unwrap().0.need(&c).unwrap().status,
        NeedStatus::Kunskapslucka
    );

    // Verification of an RSS: sent, verified, a correction.
    type_text(&mut app, "sv");
    type_text(&mut app, "rMålgruppen gäller även unga vuxna\n");
    let saved = load(&path).unwrap().0;
    let rss = saved.need(&c).unwrap().rss.clone();
    let v = saved.verifications.iter().find(|v| v.rss == rss).unwrap();
    assert_eq!(v.verified, Some(jiff::civil::date(2025, 9, 16)));
    assert!(v.corrections.ends_with("Målgruppen gäller även unga vuxna"));

    // Exports: the final compilation, and one feedback file per RSS.
    app.press(key(KeyCode::Char('e')));
    app.press(key(KeyCode::Char('f')));
    let export = dir
        .path()
        .join("data")
        .join("exempel")
        .join("export")
        .join("skadligt-bruk-2024");
    let md = std::fs::read_to_string(export.join("slutlig-sammanstallning.md")).unwrap();
    assert!(md.contains(&a) && !md.contains(&format!("| {b} |")));
    let fb = std::fs::read_to_string(
        export
            .join("aterkoppling-rss")
            .join(format!("aterkoppling-{}.md", saved.need(&b).unwrap().rss)),
    )
    .unwrap();
    assert!(fb.contains(&format!("Sammanslaget med {a}")), "{fb}");
    insta::assert_snapshot!("m4_after_sorting", screen(&app, dir.path(), 100, 30));

    // Moment 5 works on the new list: b is gone, a is there.
    app.press(key(KeyCode::Char('5')));
    type_text(&mut app, &format!("vkarin\n{} ", a.to_lowercase()));
    let bl = b.to_lowercase();
    type_text(&mut app, &format!("{bl} "));
    assert!(on_top(&app, LayerKind::Ballot));
    assert!(app.input_error().unwrap().contains("finns inte"));
}
