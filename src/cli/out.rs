//! Everything the command line prints goes through here: cleaned of what
//! must not reach a terminal (the same cleaning the screens use), and a
//! closed pipe (`lbk check F | head -1`) ends lbk quietly instead of with a
//! panic.

use crate::domain::text_safety::{clean_json, clean_text};

fn write_or_leave(mut w: impl std::io::Write, text: &str) {
    let result = w.write_all(text.as_bytes()).and_then(|()| w.flush());
    if let Err(e) = result
        && e.kind() == std::io::ErrorKind::BrokenPipe
    {
        // The reader has gone (head, less): nothing more to say to anyone.
        std::process::exit(0);
    }
}

/// Prints text and a line break on standard output.
pub fn print(text: &str) {
    let mut s = clean_text(text).into_owned();
    s.push('\n');
    write_or_leave(std::io::stdout().lock(), &s);
}

/// Prints a document as it is (its own line breaks) on standard output.
pub fn print_document(text: &str, is_json: bool) {
    let clean = if is_json {
        clean_json(text)
    } else {
        clean_text(text)
    };
    write_or_leave(std::io::stdout().lock(), &clean);
}

/// Prints an error on standard error: `lbk: …`.
pub fn error(text: &str) {
    let s = format!("lbk: {}\n", clean_text(text));
    write_or_leave(std::io::stderr().lock(), &s);
}
