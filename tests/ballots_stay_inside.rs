//! Who picked or ranked what stays with the secretariat (issue #23, 1):
//! every document meant to leave — the lists, the minutes, the tally for
//! the minutes, the slides, the hand-over, the feedback and the mail-out
//! drafts — is read back as its program would, and no paragraph, line or
//! table row of it names a representative beside a need on their ballot.
//! The internal copy does, says "internt" in its name and first line, and
//! no mail-out attaches it. A round that votes openly names them.

mod common;

use common::cli::{lbk, s, text};
use common::held::{held_meeting, units};
use lbk::documents::plan::{Document, Planned, plan};
use lbk::domain::Round;
use lbk::mailouts::plan::mailout_files;

/// (file, unit) pairs where a representative stands beside one of the
/// needs on their own ballots.
fn leaks(r: &Round, files: Vec<Planned>) -> Vec<(String, String)> {
    let p = &r.prioritization;
    let mut ballots: Vec<(String, Vec<String>)> = vec![];
    for b in &p.pick_ballots {
        ballots.push((b.representative.clone(), b.needs.clone()));
    }
    for b in &p.rank_ballots {
        ballots.push((b.representative.clone(), b.order.to_vec()));
    }
    let mut out = vec![];
    for f in files {
        let name = f.path.to_string_lossy().into_owned();
        for unit in units(&name, &f.bytes) {
            let hit = ballots
                .iter()
                .any(|(who, needs)| unit.contains(who) && needs.iter().any(|n| unit.contains(n)));
            if hit {
                out.push((name.clone(), unit));
            }
        }
    }
    out
}

/// Every document lbk writes for others, for this round.
fn leaving(r: &Round) -> Vec<Document> {
    let mut docs = vec![
        Document::Candidates,
        Document::Templates,
        Document::Kickoff(vec![]),
        Document::History(vec![]),
        Document::Compilation,
        Document::RssFeedback,
        Document::Tally,
        Document::Handover,
        Document::Feedback,
    ];
    for i in 0..r.dialogues.len() {
        docs.push(Document::Agenda(i));
        docs.push(Document::Minutes(i));
    }
    docs
}

#[test]
fn no_document_that_leaves_names_a_representative_beside_their_ballot() {
    let r = held_meeting();
    assert!(r.prioritization.rank_closed && r.prioritization.pick_ballots.len() > 5);
    let now: jiff::Timestamp = "2025-09-17T08:00:00Z".parse().unwrap();
    let mut all: Vec<(String, Vec<Planned>)> = leaving(&r)
        .into_iter()
        .map(|doc| (format!("{doc:?}"), plan(&doc, &r, now).unwrap()))
        .collect();
    all.push(("mailouts".into(), mailout_files(&r, now, &[]).unwrap()));
    for (doc, files) in all {
        let found = leaks(&r, files);
        assert!(found.is_empty(), "{doc} names a ballot: {:?}", &found[..1]);
    }
    // The minutes still say what happened: the count, the correction and
    // the withdrawal, without whose.
    let md = plan(&Document::Tally, &r, jiff::Timestamp::now()).unwrap();
    let minutes = md
        .iter()
        .find(|f| f.path.to_string_lossy().ends_with("-protokoll.md"))
        .unwrap();
    let minutes = String::from_utf8_lossy(&minutes.bytes);
    assert!(
        minutes.contains("valsedlar registrerade i valsteget"),
        "{minutes}"
    );
    assert!(minutes.contains("En valsedel i valsteget rättades."));
    assert!(minutes.contains("En valsedel i valsteget drogs tillbaka."));
    assert!(minutes.contains("redovisas inte per person"));
}

#[test]
fn a_round_that_votes_openly_names_the_ballots_in_its_minutes() {
    let mut r = held_meeting();
    r.set_open_ballots(true, jiff::Timestamp::now());
    let found = leaks(
        &r,
        plan(&Document::Tally, &r, jiff::Timestamp::now()).unwrap(),
    );
    assert!(
        found.iter().any(|(f, _)| f.ends_with("-protokoll.docx")),
        "the open minutes name who picked what: {found:?}"
    );
    let md = plan(&Document::Tally, &r, jiff::Timestamp::now()).unwrap();
    let minutes = md
        .iter()
        .find(|f| f.path.to_string_lossy().ends_with("-protokoll.md"))
        .unwrap();
    assert!(String::from_utf8_lossy(&minutes.bytes).contains("Nätverket röstar öppet"));
}

#[test]
fn the_internal_ballot_log_names_every_ballot_and_says_internt_and_no_mail_attaches_it() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("r.ron");
    let mut r = held_meeting();
    lbk::store::save(&path, &mut r, None).unwrap();
    let out = dir.path().join("ut");
    let o = lbk(&["export", s(&path), "ballot-log", "-o", s(&out)]);
    assert!(o.status.success(), "{}", text(&o));
    let md = std::fs::read_to_string(out.join("internt-valsedlar.md")).unwrap();
    assert!(md.lines().next().unwrap().contains("Internt"), "{md}");
    for b in &r.prioritization.rank_ballots {
        assert!(md.contains(&format!(
            "| {} | {} |",
            b.representative,
            b.order.join(", ")
        )));
    }
    assert!(md.contains("Val ändrat för"), "the whole log: {md}");
    let docx = std::fs::read(out.join("internt-valsedlar.docx")).unwrap();
    let header = common::held::part(&docx, "word/header");
    assert!(
        header.contains("INTERNT"),
        "the page header says so: {header}"
    );
    for f in mailout_files(&r, jiff::Timestamp::now(), &[]).unwrap() {
        let eml = String::from_utf8_lossy(&f.bytes);
        assert!(
            !eml.contains("internt"),
            "{} attaches the internal log",
            f.path.display()
        );
    }
}

#[test]
fn the_open_vote_setting_is_refused_with_the_reason_and_the_file_unchanged() {
    let dir = tempfile::tempdir().unwrap();
    let path = common::cli::round_copy(dir.path());
    let before = std::fs::read(&path).unwrap();
    let o = lbk(&["ballots", "setup", s(&path), "--open-ballots", "kanske"]);
    assert_eq!(o.status.code(), Some(1), "{}", text(&o));
    assert!(
        text(&o).contains("--open-ballots tar ja eller nej"),
        "{}",
        text(&o)
    );
    assert_eq!(std::fs::read(&path).unwrap(), before);
    let o = lbk(&["ballots", "setup", s(&path), "--open-ballots", "ja"]);
    assert!(o.status.success(), "{}", text(&o));
    assert!(text(&o).contains("öppen röstning"), "{}", text(&o));
    let (r, _) = lbk::store::load(&path).unwrap();
    assert!(r.prioritization.open_ballots);
    assert!(r.log.last().unwrap().what.starts_with("Öppen röstning"));
}
