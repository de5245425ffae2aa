//! The mail-outs the model calls for, as drafts the secretariat opens in
//! Outlook or Thunderbird and sends itself: one .eml per message, addressed
//! to the contacts in the round, with the document attached and a Swedish
//! text. lbk never sends mail. Built with mail-builder (maintained, no
//! network, writes MIME with attachments); `X-Unsent: 1` makes Outlook open
//! the file as a draft.

use mail_builder::MessageBuilder;
use mail_builder::headers::raw::Raw;

use crate::domain::people::Person;

/// One message to write.
#[derive(Debug, Clone, PartialEq)]
pub struct Mailout {
    /// File name without extension, e.g. "aterkoppling-GR".
    pub name: String,
    /// The secretariat, when the register has its address.
    pub from: Option<Person>,
    pub to: Vec<Person>,
    /// "För kännedom", hidden from each other.
    pub bcc: Vec<Person>,
    pub subject: String,
    pub body: String,
    /// (file name, bytes) attached.
    pub attachments: Vec<(String, Vec<u8>)>,
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

/// An address as the headers carry it: a domain with å, ä or ö in IDNA
/// (punycode, "xn--…"), which every mail program reads; the local part
/// stays as typed.
pub fn ascii_address(email: &str) -> String {
    let email = email.trim();
    match email.rsplit_once('@') {
        Some((local, domain)) if !domain.is_ascii() => match idna::domain_to_ascii(domain) {
            Ok(d) => format!("{local}@{d}"),
            Err(_) => email.to_string(),
        },
        _ => email.to_string(),
    }
}

/// The draft as an .eml file's bytes.
pub fn eml(m: &Mailout) -> Result<Vec<u8>, String> {
    let addr = |p: &Person| {
        (
            crate::documents::cell_text(&p.name),
            ascii_address(&p.email),
        )
    };
    let mut b = MessageBuilder::new()
        .header("X-Unsent", Raw::new("1"))
        .subject(crate::documents::cell_text(&m.subject))
        .text_body(crate::domain::text_safety::clean_text(&m.body).replace('\n', "\r\n"));
    if !m.to.is_empty() {
        b = b.to(m.to.iter().map(addr).collect::<Vec<_>>());
    }
    if !m.bcc.is_empty() {
        b = b.bcc(m.bcc.iter().map(addr).collect::<Vec<_>>());
    }
    if let Some(f) = &m.from {
        b = b.from(addr(f));
    }
    for (name, bytes) in &m.attachments {
        b = b.attachment(content_type(name), name.clone(), bytes.clone());
    }
    b.write_to_vec()
        .map_err(|e| format!("Utskicket {} kunde inte skrivas: {e}", m.name))
}
