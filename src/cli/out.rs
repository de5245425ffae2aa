//! Everything the command line prints goes through here: cleaned of what
//! must not reach a terminal (the same cleaning the screens use), and a
//! closed pipe (`lbk check F | head -1`) ends lbk quietly instead of with a
//! panic.

use std::sync::OnceLock;

use crate::domain::text_safety::{clean_json, clean_text};

/// The round file the command acts on, as the user typed it.
static ROUND: OnceLock<String> = OnceLock::new();

/// Names the round file, so that a hint like "lbk session OMGÅNG 1 …" is
/// printed with the user's own file in it and can be run as it stands.
pub fn name_round(file: &std::path::Path) {
    let shown = file.display().to_string();
    let shown = if shown.contains(char::is_whitespace) {
        format!("\"{shown}\"")
    } else {
        shown
    };
    let _ = ROUND.set(shown);
}

/// A hint's "lbk KOMMANDO OMGÅNG" with the round named, when there is one;
/// OMGÅNG anywhere else (a need's own text) stays as it is.
pub fn with_round(text: &str) -> String {
    let Some(file) = ROUND.get() else {
        return text.to_string();
    };
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(i) = rest.find("lbk ") {
        let (before, from) = rest.split_at(i + 4);
        out.push_str(before);
        let command = from.split(' ').next().unwrap_or("");
        let hint = format!("{command} OMGÅNG");
        if !command.is_empty() && from.starts_with(&hint) {
            out.push_str(command);
            out.push(' ');
            out.push_str(file);
            rest = &from[hint.len()..];
        } else {
            rest = from;
        }
    }
    out.push_str(rest);
    out
}

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
    let mut s = clean_text(&with_round(text)).into_owned();
    s.push('\n');
    write_or_leave(std::io::stdout().lock(), &s);
}

/// Asks `question` on standard output and reads the answer from standard
/// input: true for j, ja, y or yes (any case), false for anything else.
pub fn confirm(question: &str) -> std::io::Result<bool> {
    use std::io::BufRead as _;
    print(&format!("{question} Skriv j och Enter för ja."));
    let mut answer = String::new();
    std::io::stdin().lock().read_line(&mut answer)?;
    Ok(matches!(
        answer.trim().to_lowercase().as_str(),
        "j" | "ja" | "y" | "yes"
    ))
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
    let s = format!("lbk: {}\n", clean_text(&with_round(text)));
    write_or_leave(std::io::stderr().lock(), &s);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_hint_names_the_round_and_other_text_is_left_alone() {
        name_round(std::path::Path::new("min omgång.ron"));
        assert_eq!(
            with_round("Saknar längd — lbk session OMGÅNG 1 --length 180; OMGÅNG i en titel"),
            "Saknar längd — lbk session \"min omgång.ron\" 1 --length 180; OMGÅNG i en titel"
        );
        assert_eq!(with_round("lbk "), "lbk ");
    }
}
