//! The mail-outs the model calls for, as drafts the secretariat opens in
//! Outlook or Thunderbird and sends itself: one .eml per message, addressed
//! to the contacts in the round, with the document attached and a Swedish
//! text. lbk never sends mail. Built with mail-builder (maintained, no
//! network, writes MIME with attachments); `X-Unsent: 1` makes Outlook open
//! the file as a draft.

use mail_builder::MessageBuilder;
use mail_builder::headers::raw::Raw;

use crate::domain::Round;
use crate::domain::people::Person;

/// One message to write.
#[derive(Debug, Clone, PartialEq)]
pub struct Mailout {
    /// File name without extension, e.g. "aterkoppling-GR".
    pub name: String,
    pub to: Vec<Person>,
    /// "För kännedom".
    pub cc: Vec<Person>,
    pub subject: String,
    pub body: String,
    /// (file name, bytes) attached.
    pub attachments: Vec<(String, Vec<u8>)>,
}

fn with_email(people: impl IntoIterator<Item = Person>) -> Vec<Person> {
    people
        .into_iter()
        .filter(|p| p.email.contains('@'))
        .collect()
}

/// Everyone in the round's RSS contact lists, for "för kännedom".
pub fn rss_contacts(r: &Round) -> Vec<Person> {
    with_email(
        r.rss
            .iter()
            .filter(|x| x.participates)
            .flat_map(|x| x.contacts.clone()),
    )
}

/// The national actors' contacts.
pub fn actor_contacts(r: &Round) -> Vec<Person> {
    with_email(
        r.actors
            .iter()
            .filter(|a| a.participates)
            .flat_map(|a| a.contacts.clone()),
    )
}

/// The NSK-S representatives with an e-mail address.
pub fn representatives(r: &Round) -> Vec<Person> {
    with_email(
        r.representatives
            .iter()
            .filter(|p| p.participates)
            .map(|p| Person {
                name: p.name.clone(),
                email: p.email.clone(),
                ..Person::default()
            }),
    )
}

/// `{omrade}` and `{rss}` in a text the secretariat may have edited.
pub fn fill(text: &str, area: &str, rss: &str) -> String {
    text.replace("{omrade}", area).replace("{rss}", rss)
}

fn content_type(name: &str) -> &'static str {
    match name.rsplit('.').next().unwrap_or("") {
        "docx" => "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        "xlsx" => "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        "pptx" => "application/vnd.openxmlformats-officedocument.presentationml.presentation",
        "md" | "txt" => "text/plain; charset=utf-8",
        _ => "application/octet-stream",
    }
}

/// The draft as an .eml file's bytes.
pub fn eml(m: &Mailout) -> Result<Vec<u8>, String> {
    let addr = |p: &Person| {
        (
            crate::exchange::cell_text(&p.name),
            p.email.trim().to_string(),
        )
    };
    let mut b = MessageBuilder::new()
        .header("X-Unsent", Raw::new("1"))
        .subject(crate::exchange::cell_text(&m.subject))
        .text_body(crate::domain::text_safety::clean_text(&m.body).replace('\n', "\r\n"));
    if !m.to.is_empty() {
        b = b.to(m.to.iter().map(addr).collect::<Vec<_>>());
    }
    if !m.cc.is_empty() {
        b = b.cc(m.cc.iter().map(addr).collect::<Vec<_>>());
    }
    for (name, bytes) in &m.attachments {
        b = b.attachment(content_type(name), name.clone(), bytes.clone());
    }
    b.write_to_vec()
        .map_err(|e| format!("Utskicket {} kunde inte skrivas: {e}", m.name))
}
