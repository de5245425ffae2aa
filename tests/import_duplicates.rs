//! A returned template whose row has no number but the title of one of the
//! RSS's needs: the secretariat may let it update that need (`u` in the
//! app, `--update-duplicates` on the command line) instead of importing it
//! as a new need or correcting the file; a need of another RSS with the
//! same title is never updated from it.

mod common;

use std::path::Path;
use std::process::Output;

use common::cli::{lbk, round_copy, s, text};
use common::templates::{filled, headers, need};
use lbk::store::load;

fn import(round: &Path, file: &Path, extra: &[&str]) -> Output {
    let mut args = vec!["needs", "import", s(round), "--rss", "GR", s(file), "--yes"];
    args.extend_from_slice(extra);
    lbk(&args)
}

/// GR's first need sent back without its number, its description changed.
fn without_number(dir: &Path, round: &Path) -> (std::path::PathBuf, String, String) {
    let r = load(round).unwrap().0;
    let first = r.needs.iter().find(|n| n.rss == "GR").unwrap().clone();
    let file = dir.join("gr.xlsx");
    let mut row = need("", &first.title, "Nationell");
    row[2] = "En ny beskrivning från GR.";
    filled(&file, "GR", "Göteborgsregionen", &headers(), &[row]);
    (file, first.number, first.title.to_string())
}

#[test]
fn a_row_without_its_number_may_update_the_need_with_its_title() {
    let dir = tempfile::tempdir().unwrap();
    let round = round_copy(dir.path());
    let (file, number, _) = without_number(dir.path(), &round);
    let before = std::fs::read(&round).unwrap();
    let count = load(&round).unwrap().0.needs.len();
    // Asked, with both ways out named.
    let out = import(&round, &file, &[]);
    assert!(!out.status.success());
    assert!(text(&out).contains("--update-duplicates"), "{}", text(&out));
    assert_eq!(std::fs::read(&round).unwrap(), before);
    // Both answers at once is a contradiction, said in Swedish.
    let out = import(
        &round,
        &file,
        &["--update-duplicates", "--allow-duplicates"],
    );
    assert_eq!(out.status.code(), Some(2));
    assert!(
        text(&out).contains("kan inte anges samtidigt"),
        "{}",
        text(&out)
    );
    assert_eq!(std::fs::read(&round).unwrap(), before);
    // Another RSS's row with that title does not update GR's need.
    let (_, _, title) = without_number(dir.path(), &round);
    let vrm = dir.path().join("vrm.xlsx");
    let mut row = need("", &title, "Nationell");
    row[2] = "VRM:s egen beskrivning.";
    filled(&vrm, "VRM", "RSS Värmland", &headers(), &[row]);
    let mut args = vec![
        "needs",
        "import",
        s(&round),
        "--rss",
        "VRM",
        s(&vrm),
        "--yes",
    ];
    args.push("--update-duplicates");
    let out = lbk(&args);
    assert!(!out.status.success(), "{}", text(&out));
    assert!(text(&out).contains("samma titel som"), "{}", text(&out));
    assert_eq!(std::fs::read(&round).unwrap(), before);
    let out = import(&round, &file, &["--update-duplicates"]);
    assert!(out.status.success(), "{}", text(&out));
    let r = load(&round).unwrap().0;
    assert_eq!(r.needs.len(), count, "no new need");
    assert_eq!(
        r.need(&number).unwrap().description,
        "En ny beskrivning från GR."
    );
}

#[test]
fn in_the_app_u_updates_the_need_instead_of_adding_a_duplicate() {
    use common::*;
    use crossterm::event::KeyCode;
    let dir = tempfile::tempdir().unwrap();
    let mut app = app_in(dir.path());
    open_sample(&mut app, 1);
    let path = app.round_path().unwrap().to_path_buf();
    let (file, number, _) = without_number(dir.path(), &path);
    let count = app.round().unwrap().needs.len();
    app.press(key(KeyCode::Char('2')));
    type_text(&mut app, &format!("iGR {}\n", file.display()));
    assert!(on_top(&app, LayerKind::Question), "{:?}", app.status_text());
    let s = flat(&screen(&app, dir.path(), 120, 40));
    assert!(s.contains("(u)"), "the question offers u: {s}");
    app.press(key(KeyCode::Char('u')));
    let s = flat(&screen(&app, dir.path(), 120, 40));
    assert!(
        s.contains("1 ändrade") || s.contains("1 ändrat"),
        "the report: {s}"
    );
    app.press(key(KeyCode::Char('j')));
    let r = app.round().unwrap();
    assert_eq!(r.needs.len(), count, "no new need");
    assert_eq!(
        r.need(&number).unwrap().description,
        "En ny beskrivning från GR."
    );
}
