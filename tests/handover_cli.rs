//! `lbk handover … assign`, `lbk session` and `lbk export handover` from
//! the command line: what they refuse leaves the file as it was and says
//! what to do, naming the user's own file; what the round lacks is said
//! beside the files written.

mod common;

use common::cli::{lbk, s, text};
use common::registered::registered;

/// A round file on disk from the registered held meeting.
fn on_disk(dir: &std::path::Path) -> std::path::PathBuf {
    let path = dir.join("r.ron");
    let mut r = registered();
    lbk::store::save(&path, &mut r, None).unwrap();
    path
}

fn refused(file: &std::path::Path, args: &[&str], says: &[&str]) {
    let before = std::fs::read(file).unwrap();
    let o = lbk(args);
    let t = text(&o);
    assert!(!o.status.success(), "{args:?} was taken: {t}");
    for w in says {
        assert!(t.contains(w), "{args:?} should say {w:?}: {t}");
    }
    assert!(
        !t.contains('\u{1b}'),
        "no escape reaches the terminal: {t:?}"
    );
    assert_eq!(
        std::fs::read(file).unwrap(),
        before,
        "{args:?} changed the file"
    );
}

#[test]
fn assigning_actors_refuses_unknown_needs_and_actors_and_names_the_file_in_its_hint() {
    let dir = tempfile::tempdir().unwrap();
    let f = on_disk(dir.path());
    let r = registered();
    let top = lbk::meeting::moment67::prioritised(&r)[0].number.clone();
    let not_chosen = r
        .final_compilation()
        .iter()
        .map(|n| n.number.clone())
        .find(|n| lbk::meeting::moment67::place_of(&r, n).is_none());
    refused(
        &f,
        &["handover", s(&f), "assign", "XX-99", "SoS"],
        &[
            "Behov XX-99 finns inte",
            "ange ett av de prioriterade",
            &top,
        ],
    );
    refused(
        &f,
        &["handover", s(&f), "assign", &top, "SoS", "NOPE"],
        &["Aktören \"NOPE\" finns inte", "SoS"],
    );
    if let Some(n) = not_chosen {
        refused(
            &f,
            &["handover", s(&f), "assign", &n, "SoS"],
            &["inte bland de prioriterade"],
        );
    }
    // An actor given nothing: the hint names this file, runnable as it is.
    let idle = r
        .actors
        .iter()
        .map(|a| a.code.clone())
        .find(|c| lbk::meeting::assign::needs_of(&r, c).is_empty());
    if let Some(idle) = idle {
        refused(
            &f,
            &["export", s(&f), "handover", "--actor", &idle],
            &[&format!("lbk handover {} assign BEHOV {idle}", s(&f))],
        );
    }
    refused(
        &f,
        &["export", s(&f), "handover", "--actor", "NOPE"],
        &["NOPE", "finns inte"],
    );
    // Taken: the file says so, and the listing shows it.
    let o = lbk(&["handover", s(&f), "assign", &top.to_lowercase(), "sbu"]);
    assert!(o.status.success(), "{}", text(&o));
    let (saved, _) = lbk::store::load(&f).unwrap();
    let h = saved.handovers.iter().find(|h| h.need == top).unwrap();
    assert_eq!(h.assigned, vec!["SBU".to_string()]);
}

#[test]
fn a_session_refuses_a_length_out_of_range_a_control_character_and_an_unknown_number() {
    let dir = tempfile::tempdir().unwrap();
    let f = on_disk(dir.path());
    let n = registered().dialogues.len();
    refused(&f, &["session", s(&f), "1", "--length", "5"], &["15–600"]);
    refused(&f, &["session", s(&f), "1", "--length", "601"], &["15–600"]);
    refused(
        &f,
        &["session", s(&f), "1", "--place", "Rum 3\u{1b}[31m röd"],
        &["styrtecken", "på en rad"],
    );
    refused(
        &f,
        &["session", s(&f), "1", "--place", "Rum 3\nRum 4"],
        &["radbrytningar"],
    );
    refused(
        &f,
        &["session", s(&f), &(n + 1).to_string(), "--length", "90"],
        &[&format!("Dialogmöte {} finns inte: välj 1–{n}", n + 1)],
    );
    let o = lbk(&["session", s(&f), "1", "--length", "90", "--place", "Sal A"]);
    assert!(o.status.success(), "{}", text(&o));
    let (saved, _) = lbk::store::load(&f).unwrap();
    assert_eq!(saved.dialogues[0].length_minutes, Some(90));
    assert_eq!(saved.dialogues[0].place, "Sal A");
}

#[test]
fn the_handover_export_names_the_needs_no_actor_is_given_and_the_agenda_what_it_lacks() {
    let dir = tempfile::tempdir().unwrap();
    // The finished model-1.0 sample: some prioritised needs were never
    // received or marked by an actor.
    let f = dir.path().join("min omgång.ron");
    std::fs::write(&f, lbk::store::samples::SAMPLES[0].text).unwrap();
    let (r, _) = lbk::store::load(&f).unwrap();
    let none: Vec<String> = lbk::meeting::moment67::prioritised(&r)
        .into_iter()
        .map(|row| row.number)
        .filter(|n| lbk::meeting::assign::handed_to(&r, n).1 == lbk::meeting::assign::Source::None)
        .collect();
    assert!(!none.is_empty(), "the sample has needs without an actor");
    let out = dir.path().join("ut");
    let o = lbk(&["export", s(&f), "handover", "--format", "md", "-o", s(&out)]);
    let err = String::from_utf8_lossy(&o.stderr).to_string();
    assert!(
        o.status.success(),
        "what could be written is written: {err}"
    );
    assert!(
        err.contains(&format!("Ingen aktör ännu för {}", none.join(", "))),
        "{err}"
    );
    assert!(
        err.contains(&format!("lbk handover \"{}\" assign", s(&f))),
        "{err}"
    );
    // Given an actor, the need is no longer named.
    let o = lbk(&["handover", s(&f), "assign", &none[0], "SoS"]);
    assert!(o.status.success(), "{}", text(&o));
    let o = lbk(&["export", s(&f), "handover", "--format", "md", "-o", s(&out)]);
    let err = String::from_utf8_lossy(&o.stderr).to_string();
    assert!(!err.contains(&none[0]), "{err}");

    // An agenda for a dialogue without link or length says both, with the
    // command that adds each, and is written all the same.
    let f = on_disk(dir.path());
    let o = lbk(&["export", s(&f), "agenda", "--session", "1", "-o", s(&out)]);
    let err = String::from_utf8_lossy(&o.stderr).to_string();
    assert!(o.status.success(), "{err}");
    assert!(
        err.contains("Dialogmöte 1") && err.contains("saknar länk eller plats"),
        "{err}"
    );
    assert!(
        err.contains(&format!("lbk session {} 1 --length", s(&f))),
        "{err}"
    );
    let o = lbk(&["session", s(&f), "1", "--length", "120", "--place", "Sal A"]);
    assert!(o.status.success(), "{}", text(&o));
    let o = lbk(&["export", s(&f), "agenda", "--session", "1", "-o", s(&out)]);
    assert_eq!(String::from_utf8_lossy(&o.stderr), "");
}
