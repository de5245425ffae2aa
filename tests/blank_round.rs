//! A real round from a blank file to the feedback, by keys only: `lbk new
//! --from` an earlier round, the register, every moment marked done, needs
//! imported from filled templates, a dialogue with actors and an RSS, a
//! set-aside and a merge, both stages of moment 5, receipts and feedback.
//! Then the saved file, the per-RSS documents and `lbk trace` must agree,
//! and a second round's exports must not touch the first's.

mod common;

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use common::*;
use crossterm::event::KeyCode;
use lbk::domain::{MomentStatus, NeedStatus};
use lbk::store::{Folders, load};

fn new_from_earlier(dir: &Path, name: &str) -> PathBuf {
    let folders = Folders::under(dir);
    std::fs::create_dir_all(&folders.data).unwrap();
    let earlier = folders.data.join("tidigare.ron");
    if !earlier.exists() {
        std::fs::write(&earlier, lbk::store::samples::SAMPLES[1].text).unwrap();
    }
    lbk::cli::new::run(
        Path::new(name),
        "Äldreomsorg",
        "2.0",
        Some(2025),
        Some(&earlier),
        &folders,
    )
    .unwrap()
}

/// Moves the moment-4 cursor (a list by number) to a need.
fn go_to(app: &mut App, number: &str) {
    let r = app.round().unwrap();
    let mut list: Vec<&str> = r.needs.iter().map(|n| n.number.as_str()).collect();
    list.sort_by(|a, b| lbk::domain::need::number_order(a, b));
    let pos = list.iter().position(|n| *n == number).unwrap();
    app.press(key(KeyCode::Home));
    for _ in 0..pos {
        app.press(key(KeyCode::Down));
    }
}

/// The shortest beginning of a representative's name that finds only
/// them: among those present (moment 5) or among all (moment 1).
fn prefix_in(app: &App, name: &str, all: bool) -> String {
    use lbk::meeting::typed_followup::all_rep_matches;
    let r = app.round().unwrap();
    (1..=name.chars().count())
        .map(|n| name.chars().take(n).collect::<String>())
        .find(|p| {
            let m = if all {
                all_rep_matches(r, p)
            } else {
                r.ballot_candidates(p).into_iter().map(|c| c.name).collect()
            };
            m.len() == 1 && m[0] == name
        })
        .unwrap_or_else(|| panic!("no prefix finds {name} alone"))
}

fn prefix(app: &App, name: &str) -> String {
    prefix_in(app, name, false)
}

fn ballot(app: &mut App, name: &str, needs: &[&str]) {
    let tokens: Vec<String> = needs.iter().map(|n| n.to_lowercase()).collect();
    let p = prefix(app, name);
    type_text(app, &format!("v{p}\n{}\n", tokens.join(" ")));
    assert!(
        !on_top(app, LayerKind::Ballot),
        "the ballot of {name} was not saved: {:?}",
        app.input_error()
    );
}

fn done(app: &mut App, n: usize) {
    app.press(key(KeyCode::Char('D')));
    let r = app.round().unwrap();
    assert_eq!(
        r.timeline[n - 1].status,
        MomentStatus::Klar,
        "moment {n}: {:?}",
        app.status_text()
    );
}

fn all_files(dir: &Path) -> BTreeMap<PathBuf, Vec<u8>> {
    let mut out = BTreeMap::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        for e in std::fs::read_dir(&d).into_iter().flatten().flatten() {
            let p = e.path();
            if p.is_dir() {
                stack.push(p);
            } else {
                out.insert(p.clone(), std::fs::read(&p).unwrap());
            }
        }
    }
    out
}

#[test]
fn a_round_from_a_blank_file_to_the_feedback_by_keys_and_every_rss_told_the_truth() {
    let dir = tempfile::tempdir().unwrap();
    let path = new_from_earlier(dir.path(), "aldre-2025");
    let mut app = app_in(dir.path());
    app.open_file(path.clone());
    assert_eq!(app.moment(), Some(lbk::domain::Moment::ValAvOmrade));
    let first_rep = app.round().unwrap().representatives[0].name.clone();
    assert!(!first_rep.is_empty(), "the people came with --from");

    // Moment 1. The register: a new representative, a rename, a new actor,
    // a second contact for GR and a third refused.
    app.press(key(KeyCode::Char('R')));
    assert!(on_top(&app, LayerKind::Register));
    type_text(&mut app, "nNora Nyström, GR, nora@gr.example\n");
    app.press(key(KeyCode::Home));
    type_text(&mut app, &format!("r{first_rep} Berg\n"));
    app.press(key(KeyCode::Tab));
    type_text(&mut app, "nIVO Inspektionen för vård och omsorg\n");
    app.press(key(KeyCode::Tab));
    let gr = app
        .round()
        .unwrap()
        .rss
        .iter()
        .position(|x| x.code == "GR")
        .unwrap();
    app.press(key(KeyCode::Home));
    for _ in 0..gr {
        app.press(key(KeyCode::Down));
    }
    let had = app
        .round()
        .unwrap()
        .rss_by_code("GR")
        .unwrap()
        .contacts
        .len();
    for (i, who) in ["Eva Berg, eva@gr.example", "Per Al, per@gr.example"]
        .iter()
        .enumerate()
    {
        type_text(&mut app, &format!("k{who}\n"));
        if had + i >= 2 {
            assert!(app.input_error().unwrap().contains("två kontaktpersoner"));
            app.press(key(KeyCode::Esc));
        }
    }
    app.press(key(KeyCode::Esc));
    assert!(!on_top(&app, LayerKind::Register));
    let renamed = format!("{first_rep} Berg");

    type_text(&mut app, "nÄldreomsorg: stöd till äldre\nnBarn och unga\n");
    let (p1, p2) = (
        prefix_in(&app, &renamed, true),
        prefix_in(&app, "Nora Nyström", true),
    );
    type_text(&mut app, &format!("v{p1}: äldre\nv{p2}: äldre\n"));
    type_text(&mut app, "b: beslut vid NSK-S\n");
    // The record shows moment 1 complete: the app says so, and leaves it to D.
    assert!(
        app.status_text().unwrap().contains("Moment 1 ser klart ut"),
        "{:?}",
        app.status_text()
    );
    assert_ne!(app.round().unwrap().timeline[0].status, MomentStatus::Klar);
    assert_eq!(
        app.round().unwrap().timeline[0].status,
        MomentStatus::Pagaende,
        "started by the first change"
    );
    type_text(&mut app, "+2025-11-04 5\n");
    // STH (first), GR and FYR take part and take the date.
    let codes: Vec<String> = app
        .round()
        .unwrap()
        .rss
        .iter()
        .map(|x| x.code.clone())
        .collect();
    app.press(key(KeyCode::Home));
    let mut at = 0;
    for code in ["STH", "GR", "FYR"] {
        let want = codes.iter().position(|c| c == code).unwrap();
        for _ in at..want {
            app.press(key(KeyCode::Down));
        }
        at = want;
        type_text(&mut app, " d");
    }
    done(&mut app, 1);

    // Moment 2: templates out, three filled in (as CSV) and imported.
    app.press(key(KeyCode::Char('2')));
    app.press(key(KeyCode::Char('m')));
    let export = dir.path().join("data").join("export").join("aldre-2025");
    assert_eq!(std::fs::read_dir(export.join("mallar")).unwrap().count(), 3);
    for code in ["STH", "GR", "FYR"] {
        let csv = dir.path().join(format!("mall-{code}.csv"));
        std::fs::write(
            &csv,
            format!(
                "Kort titel;Beskrivning;Nivå\n{code} ensamhet hos äldre;Vad fungerar?;Nationell\n{code} demens och hemtjänst;Hur?;Nationell\n{code} digitala trygghetslarm;Vad vet vi?;Nationell\n"
            ),
        )
        .unwrap();
        type_text(&mut app, &format!("i{code} {}\n", csv.display()));
        app.press(key(KeyCode::Char('j')));
    }
    assert_eq!(
        app.round().unwrap().needs.len(),
        9,
        "{:?}",
        app.status_text()
    );
    done(&mut app, 2);

    // Moment 3: the session from the date, who came, a response per need,
    // a question from an actor and a note from the RSS.
    app.press(key(KeyCode::Char('3')));
    app.press(key(KeyCode::Char('s')));
    type_text(&mut app, "aSoS: Eva Ek\naGR: Anna Al\n");
    app.press(key(KeyCode::Char('A')));
    let agenda = app.round().unwrap().agenda(0).len();
    assert_eq!(agenda, 9);
    for k in 0..agenda {
        let answer = if k == 4 {
            "sbu täckt: SBU-rapport om larm"
        } else {
            "sos lucka"
        };
        type_text(&mut app, &format!("r{answer}\n"));
    }
    app.press(key(KeyCode::Home));
    type_text(&mut app, "fsos: Gäller det även särskilt boende?\n");
    type_text(&mut app, "xfyr: Gäller främst glesbygd\n");
    done(&mut app, 3);

    // Moment 4: each RSS verified, gaps marked, one set aside, one merged.
    app.press(key(KeyCode::Char('4')));
    for n in ["FYR-01", "GR-01", "STH-01"] {
        go_to(&mut app, n);
        type_text(&mut app, "sv");
    }
    let numbers: Vec<String> = {
        let mut v: Vec<String> = app
            .round()
            .unwrap()
            .needs
            .iter()
            .map(|n| n.number.clone())
            .collect();
        v.sort_by(|a, b| lbk::domain::need::number_order(a, b));
        v
    };
    for n in &numbers {
        if n != "GR-02" {
            go_to(&mut app, n);
            app.press(key(KeyCode::Char('g')));
        }
    }
    go_to(&mut app, "GR-02");
    type_text(&mut app, "atäckt: SBU-rapport om larm | se kapitel 2\n");
    go_to(&mut app, "FYR-01");
    type_text(&mut app, "mSTH-01\n");
    done(&mut app, 4);

    // Moment 5: three present, picks, the joint list, ranks.
    app.press(key(KeyCode::Char('5')));
    app.press(key(KeyCode::Char('a')));
    let reps: Vec<String> = app
        .round()
        .unwrap()
        .representatives
        .iter()
        .map(|r| r.name.clone())
        .collect();
    let nora = reps.iter().position(|r| r == "Nora Nyström").unwrap();
    app.press(key(KeyCode::Home));
    type_text(&mut app, " ");
    app.press(key(KeyCode::Down));
    type_text(&mut app, " ");
    for _ in 1..nora {
        app.press(key(KeyCode::Down));
    }
    type_text(&mut app, " ");
    app.press(key(KeyCode::Esc));
    let present = app.round().unwrap().prioritization.present.clone();
    assert_eq!(present.len(), 3, "{present:?}");
    ballot(&mut app, &present[0], &["STH-01", "GR-01"]);
    ballot(&mut app, &present[1], &["STH-01", "GR-03"]);
    ballot(&mut app, &present[2], &["STH-01"]);
    type_text(&mut app, "cj");
    assert!(app.round().unwrap().prioritization.pick_closed);
    ballot(&mut app, &present[0], &["STH-01", "GR-01", "GR-03"]);
    ballot(&mut app, &present[1], &["GR-03", "STH-01", "GR-01"]);
    ballot(&mut app, &present[2], &["STH-01", "GR-03", "GR-01"]);
    type_text(&mut app, "cj");
    assert!(app.round().unwrap().prioritization.rank_closed);
    done(&mut app, 5);

    // Moment 6: each prioritised need received.
    app.press(key(KeyCode::Char('6')));
    type_text(&mut app, "rSoS mottagen | Tas upp i planeringen\n");
    app.press(key(KeyCode::Down));
    type_text(&mut app, "rSBU beredning\n");
    app.press(key(KeyCode::Down));
    type_text(&mut app, "rIVO mottagen\n");
    done(&mut app, 6);

    // Moment 7: taken on, not taken on, and knowledge produced.
    app.press(key(KeyCode::Char('7')));
    type_text(&mut app, "tSoS: Vägledning | kvartal 2 2026\n");
    type_text(
        &mut app,
        "pVägledning om ensamhet | https://sos.example/e | 2026-05-01\n",
    );
    app.press(key(KeyCode::Down));
    type_text(&mut app, "nLigger utanför uppdraget\n");
    app.press(key(KeyCode::Down));
    type_text(&mut app, "tIVO, SBU: Tillsynsrapport | 2026\n");
    done(&mut app, 7);
    app.press(key(KeyCode::Char('e')));
    app.press(key(KeyCode::Char('4')));
    app.press(key(KeyCode::Char('f')));

    // The saved file holds all of it.
    let saved = load(&path).unwrap().0;
    assert!(saved.representatives.iter().any(|r| r.name == renamed));
    assert!(
        saved
            .representatives
            .iter()
            .any(|r| r.name == "Nora Nyström" && r.rss == "GR")
    );
    assert!(
        saved
            .area_choice
            .ballots
            .iter()
            .any(|b| b.representative == renamed)
    );
    assert!(saved.actors.iter().any(|a| a.code == "IVO"));
    assert_eq!(saved.rss_by_code("GR").unwrap().contacts.len(), 2);
    assert!(
        saved
            .timeline
            .iter()
            .all(|m| m.status == MomentStatus::Klar && m.done.is_some())
    );
    assert_eq!(saved.needs.len(), 9);
    let s = &saved.dialogues[0];
    assert_eq!(s.rss, ["STH", "GR", "FYR"]);
    assert_eq!(s.assessments.len(), 9);
    assert!(s.remarks.iter().any(|m| m.by == "FYR" && !m.question));
    assert!(s.remarks.iter().any(|m| m.by == "SoS" && m.question));
    assert_eq!(s.rss_present[0].people, ["Anna Al"]);
    assert!(matches!(
        saved.need("GR-02").unwrap().status,
        NeedStatus::Undanlagt { .. }
    ));
    assert!(
        matches!(&saved.need("FYR-01").unwrap().status, NeedStatus::Sammanslaget { into, .. } if into == "STH-01")
    );
    assert_eq!(saved.prioritization.joint_list.len(), 3);
    assert_eq!(
        saved
            .handovers
            .iter()
            .map(|h| h.receipts.len())
            .sum::<usize>(),
        3
    );
    assert_eq!(saved.feedback.len(), 3);
    assert!(saved.carried_from.is_some());

    // Every need of every RSS is in its documents with what its trace says.
    let json: serde_json::Value =
        serde_json::from_str(&lbk::cli::trace::render(&saved, None, "json").unwrap()).unwrap();
    let traced = json["needs"].as_array().unwrap();
    assert_eq!(traced.len(), 9);
    let traces = lbk::meeting::trace::trace_all(&saved);
    for code in ["STH", "GR", "FYR"] {
        let md = std::fs::read_to_string(
            export
                .join("aterkoppling-per-rss")
                .join(format!("vad-blev-det-av-{code}.md")),
        )
        .unwrap();
        let listing = std::fs::read_to_string(
            export
                .join("aterkoppling-rss")
                .join(format!("aterkoppling-{code}.md")),
        )
        .unwrap();
        for t in traces.iter().filter(|t| t.rss == code) {
            let said = lbk::documents::md_text(&t.sentence(saved.model));
            assert!(
                md.contains(&format!("## {} ", t.number)),
                "{} missing for {code}",
                t.number
            );
            assert!(
                md.contains(&said),
                "{} in vad-blev-det-av-{code}: {said}\n{md}",
                t.number
            );
            assert!(
                listing.contains(&said),
                "{} in aterkoppling-{code}",
                t.number
            );
            let j = traced
                .iter()
                .find(|j| j["number"] == t.number.as_str())
                .unwrap();
            assert_eq!(j["fate"], t.fate.code());
        }
    }
    let fate = |n: &str| traced.iter().find(|j| j["number"] == n).unwrap().clone();
    // Unpicked needs say so; the set-aside, merged and prioritised ones too.
    for n in ["STH-02", "STH-03", "GR-01", "FYR-02", "FYR-03"] {
        let f = fate(n);
        let picks = f["picks"].as_u64().unwrap();
        let expected = if picks == 0 {
            "not_picked"
        } else {
            "not_on_joint_list"
        };
        assert!(n != "GR-01" || picks == 1);
        assert_eq!(
            f["fate"],
            if n == "GR-01" { "taken_on" } else { expected },
            "{n}: {f}"
        );
    }
    assert_eq!(fate("GR-02")["fate"], "set_aside");
    assert!(
        fate("GR-02")["reason"]
            .as_str()
            .unwrap()
            .contains("SBU-rapport om larm")
    );
    assert_eq!(fate("FYR-01")["merged_into"], "STH-01");
    assert_eq!(fate("STH-01")["fate"], "produced");
    assert_eq!(fate("STH-01")["place"], 1);
    assert_eq!(fate("GR-03")["fate"], "not_taken_on");
    let gr = std::fs::read_to_string(
        export
            .join("aterkoppling-per-rss")
            .join("vad-blev-det-av-STH.md"),
    )
    .unwrap();
    assert!(gr.contains("Inte valt vid prioriteringen"), "{gr}");
    let fyr = std::fs::read_to_string(
        export
            .join("aterkoppling-per-rss")
            .join("vad-blev-det-av-FYR.md"),
    )
    .unwrap();
    assert!(fyr.contains("Sammanslaget med STH-01"), "{fyr}");

    // A second round in the same folder writes its own documents; the
    // first round's are untouched, byte for byte.
    let before = all_files(&export);
    let second = new_from_earlier(dir.path(), "barn-2025");
    app.press(key(KeyCode::Esc));
    app.open_file(second);
    type_text(&mut app, "nBarn och unga\n");
    app.press(key(KeyCode::Char('e')));
    app.press(key(KeyCode::Char('4')));
    app.press(key(KeyCode::Char('e')));
    let other = dir.path().join("data").join("export").join("barn-2025");
    assert!(other.join("kandidatomraden.md").exists());
    assert!(other.join("slutlig-sammanstallning.md").exists());
    assert_eq!(
        all_files(&export),
        before,
        "the first round's documents changed"
    );
    // Exporting the same document again replaces only that round's file and says so.
    app.press(key(KeyCode::Char('e')));
    assert!(
        app.status_text().unwrap().contains("ersatte"),
        "{:?}",
        app.status_text()
    );
    assert_eq!(all_files(&export), before);
}
