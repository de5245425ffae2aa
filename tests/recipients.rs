//! The mail drafts read back as a mail program reads them (mail-parser):
//! who each goes To, who gets it in Bcc "för kännedom", who it is from,
//! the date it asks by and what it attaches; the per-actor commissions hold
//! only that actor's needs. The commands that choose actors and set a
//! dialogue's details are tried in `handover_cli.rs`.

mod common;

use std::collections::BTreeSet;

use common::held::units;
use common::registered::registered;
use jiff::ToSpan;
use lbk::documents::plan::{Document, plan};
use lbk::domain::{Moment, Round};
use lbk::mailouts::plan::mailout_files;
use mail_parser::{Address, Message, MessageParser, MimeHeaders};

fn now() -> jiff::Timestamp {
    "2026-01-10T09:00:00Z".parse().unwrap()
}

fn drafts(r: &Round) -> Vec<(String, Vec<u8>)> {
    mailout_files(r, now(), &[])
        .unwrap()
        .into_iter()
        .map(|f| {
            let name = f.path.file_stem().unwrap().to_string_lossy().into_owned();
            (name, f.bytes)
        })
        .collect()
}

fn draft<'a>(all: &'a [(String, Vec<u8>)], name: &str) -> Message<'a> {
    let bytes = &all
        .iter()
        .find(|(n, _)| n == name)
        .unwrap_or_else(|| {
            panic!(
                "no draft {name}: {:?}",
                all.iter().map(|(n, _)| n).collect::<Vec<_>>()
            )
        })
        .1;
    MessageParser::default().parse(bytes).unwrap()
}

fn emails(a: Option<&Address>) -> BTreeSet<String> {
    a.map(|a| {
        a.iter()
            .filter_map(|x| x.address())
            .map(str::to_string)
            .collect()
    })
    .unwrap_or_default()
}

/// The attachments' names, in name order.
fn attached(m: &Message) -> Vec<String> {
    let mut names: Vec<String> = m
        .attachments()
        .filter_map(|p| p.attachment_name())
        .map(str::to_string)
        .collect();
    names.sort();
    names
}

fn body(m: &Message) -> String {
    m.body_text(0).unwrap().into_owned()
}

fn long(d: jiff::civil::Date) -> String {
    lbk::documents::doc_dates::long(d)
}

/// The day moment `m` was held, as the timeline has it.
fn held(r: &Round, m: Moment) -> jiff::civil::Date {
    let x = r.moment_record(m).unwrap();
    x.done.or(x.started).or(x.planned).unwrap()
}

#[test]
fn each_actor_gets_its_commission_to_its_contacts_and_the_rss_list_goes_in_bcc() {
    let mut r = registered();
    let aterkoppling: jiff::civil::Date = "2026-09-30".parse().unwrap();
    r.plan_moment(Moment::Aterkoppling, aterkoppling, now())
        .unwrap();
    let all = drafts(&r);
    let handed = lbk::meeting::assign::actors_handed(&r);
    assert!(
        handed.len() >= 2,
        "the sample hands needs to several actors"
    );
    let kansli: BTreeSet<String> = ["kansliet@skr.se".to_string()].into();
    for code in &handed {
        let m = draft(&all, &format!("prioriterade-behov-{code}"));
        let a = r.actors.iter().find(|a| &a.code == code).unwrap();
        let want: BTreeSet<String> = a
            .contacts
            .iter()
            .map(|p| lbk::mailouts::eml::ascii_address(&p.email))
            .collect();
        assert_eq!(emails(m.to()), want, "{code}: To its own contacts");
        assert!(emails(m.cc()).is_empty() && emails(m.bcc()).is_empty());
        assert_eq!(emails(m.from()), kansli, "from the secretariat");
        assert_eq!(
            attached(&m),
            vec![
                format!("mottagande-{code}.xlsx"),
                format!("prioriterade-behov-{code}.docx"),
                format!("prioriterade-behov-{code}.xlsx")
            ]
        );
        // Asks its feedback four weeks before moment 7, and is signed.
        let text = body(&m);
        let by = aterkoppling.checked_sub(28.days()).unwrap();
        assert!(text.contains(&format!("senast {}", long(by))), "{text}");
        for part in ["Karin Kansli", "kansliet@skr.se", "08-452 70 00"] {
            assert!(text.contains(part), "{code} signed with {part}: {text}");
        }
    }
    // The first actor's domain has an å: the header carries it as IDNA.
    let first = &r.actors[0];
    if handed.contains(&first.code) {
        let name = format!("prioriterade-behov-{}", first.code);
        let raw =
            String::from_utf8_lossy(&all.iter().find(|(n, _)| *n == name).unwrap().1).into_owned();
        let headers = raw.split("\r\n\r\n").next().unwrap();
        assert!(headers.contains("@xn--myndighetsntet-gib.se>"), "{headers}");
        assert!(headers.is_ascii(), "no raw å in a header: {headers}");
    }
    // The whole list: To the secretariat, every RSS hidden in Bcc.
    let m = draft(&all, "prioriterade-behov-rss");
    assert_eq!(emails(m.to()), kansli);
    let rss: BTreeSet<String> = r
        .rss
        .iter()
        .filter(|x| x.participates)
        .map(|x| format!("{}@rss.se", x.code.to_lowercase()))
        .collect();
    assert_eq!(emails(m.bcc()), rss);
    assert!(emails(m.cc()).is_empty(), "nobody sees the others' address");
    assert!(body(&m).contains("för kännedom"));
    // No draft carries the internal ballot log.
    for (name, bytes) in &all {
        let m = MessageParser::default().parse(bytes).unwrap();
        assert!(
            attached(&m).iter().all(|a| !a.contains("internt")),
            "{name} attaches the internal ballot log"
        );
    }
}

#[test]
fn the_verification_mail_attaches_the_rss_session_minutes_and_asks_by_a_date() {
    let r = registered();
    let all = drafts(&r);
    let by = held(&r, Moment::Prioritering)
        .checked_sub(14.days())
        .unwrap();
    let mut checked = 0;
    for x in r.rss.iter().filter(|x| x.participates) {
        let name = format!("aterkoppling-{}", x.code);
        if !all.iter().any(|(n, _)| *n == name) {
            continue;
        }
        let m = draft(&all, &name);
        assert_eq!(
            emails(m.to()),
            [format!("{}@rss.se", x.code.to_lowercase())].into()
        );
        let files = attached(&m);
        let sessions: Vec<usize> = (0..r.dialogues.len())
            .filter(|&i| r.dialogues[i].rss.contains(&x.code))
            .collect();
        let minutes = files
            .iter()
            .filter(|f| f.starts_with("minnesanteckningar-"))
            .count();
        assert_eq!(minutes, sessions.len(), "{name}: {files:?}");
        assert!(files.contains(&format!("aterkoppling-{}.docx", x.code)));
        assert!(body(&m).contains(&format!("senast {}", long(by))));
        checked += usize::from(!sessions.is_empty());
    }
    assert!(checked > 0, "some RSS took part in a dialogue");
}

#[test]
fn the_invitation_carries_the_time_place_and_agenda_of_its_session() {
    let mut r = registered();
    r.set_session_details(
        0,
        Some(150),
        Some("Teams: https://teams.example/m/1"),
        now(),
    )
    .unwrap();
    let all = drafts(&r);
    let s = &r.dialogues[0];
    let name = format!("inbjudan-dialog-{}", s.starts.strftime("%Y%m%d-%H%M"));
    let m = draft(&all, &name);
    let text = body(&m);
    let end = s.starts.checked_add(150.minutes()).unwrap();
    let when = format!(
        "{}–{}",
        s.starts.strftime("%Y-%m-%d kl. %H:%M"),
        end.strftime("%H:%M")
    );
    assert!(text.contains(&when), "{when} in {text}");
    assert!(text.contains("Teams: https://teams.example/m/1"), "{text}");
    let files = attached(&m);
    assert!(
        files.len() == 1 && files[0].starts_with("dagordning-"),
        "{files:?}"
    );
    let to = emails(m.to());
    for c in &s.rss {
        assert!(
            to.contains(&format!("{}@rss.se", c.to_lowercase())),
            "{to:?}"
        );
    }
}

#[test]
fn an_actor_without_a_contact_gets_no_empty_draft_and_is_named() {
    let mut r = registered();
    let handed = lbk::meeting::assign::actors_handed(&r);
    let lost = handed[0].clone();
    r.actors
        .iter_mut()
        .find(|a| a.code == lost)
        .unwrap()
        .contacts
        .clear();
    let all = drafts(&r);
    assert!(
        !all.iter()
            .any(|(n, _)| *n == format!("prioriterade-behov-{lost}")),
        "no draft to nobody"
    );
    assert!(
        all.iter()
            .any(|(n, _)| *n == format!("prioriterade-behov-{}", handed[1]))
    );
    let note = lbk::mailouts::due::unaddressed_note(&r).unwrap();
    assert!(
        note.contains(&format!("{lost} saknar kontaktperson — R för registret")),
        "{note}"
    );
}

#[test]
fn each_per_actor_handover_holds_only_the_needs_handed_to_that_actor() {
    let r = registered();
    let rows = lbk::meeting::moment67::prioritised(&r);
    for code in lbk::meeting::assign::actors_handed(&r) {
        let mine = lbk::meeting::assign::needs_of(&r, &code);
        let files = plan(&Document::HandoverTo(code.clone()), &r, now()).unwrap();
        let docx = files
            .iter()
            .find(|f| f.path.to_string_lossy().ends_with(&format!("-{code}.docx")))
            .unwrap();
        let seen = units("a.docx", &docx.bytes).join("\n");
        for row in &rows {
            let shown = seen.contains(&row.number);
            assert_eq!(
                shown,
                mine.contains(&row.number),
                "{code}: {} in its document? {seen}",
                row.number
            );
        }
    }
}
