//! Returned forms as the tests send them back: the fixtures LibreOffice
//! saved, a sample round in a temporary folder, a form written from the
//! round with some cells filled, and `lbk import` refusing a file with the
//! round file byte-identical.

use std::path::{Path, PathBuf};

use lbk::documents::formats::return_xlsx::return_xlsx;
use lbk::documents::returns::form::ReturnKind;
use lbk::domain::Round;

use super::cli::{lbk, s, text};

/// A fixture of tests/fixtures/returns.
pub fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/returns")
        .join(name)
}

/// Sample round `i` as `r.ron` in `dir`.
pub fn sample(dir: &Path, i: usize) -> PathBuf {
    let path = dir.join("r.ron");
    std::fs::write(&path, lbk::store::samples::SAMPLES[i].text).unwrap();
    path
}

pub fn load(path: &Path) -> Round {
    lbk::store::load(path).unwrap().0
}

pub fn save(path: &Path, r: &Round) {
    std::fs::write(path, lbk::store::format::round_to_string(r)).unwrap();
}

/// `party`'s form of `kind` from the round at `path`, with `fill` applied
/// to its rows, written to `out`.
pub fn form_file(
    kind: ReturnKind,
    path: &Path,
    party: &str,
    out: &Path,
    fill: impl Fn(&mut Vec<Vec<String>>),
) -> PathBuf {
    let r = load(path);
    let mut form =
        lbk::documents::returns::form_for(&r, kind, party, jiff::Timestamp::now()).unwrap();
    fill(&mut form.rows);
    std::fs::write(out, return_xlsx(&form).unwrap()).unwrap();
    out.to_path_buf()
}

/// `lbk import` refuses `file` with a message holding each of `says`, and
/// the round file is byte-identical.
pub fn refused(path: &Path, file: &Path, extra: &[&str], says: &[&str]) {
    let before = std::fs::read(path).unwrap();
    let mut args = vec!["import", s(path), s(file), "--yes"];
    args.extend_from_slice(extra);
    let o = lbk(&args);
    let said = text(&o);
    assert!(!o.status.success(), "accepted: {said}");
    for w in says {
        assert!(said.contains(w), "{w:?} not in: {said}");
    }
    assert!(said.contains("omgången är oförändrad"), "{said}");
    assert_eq!(
        std::fs::read(path).unwrap(),
        before,
        "the round file changed"
    );
}
