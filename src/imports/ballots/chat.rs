//! Ballots from a meeting chat, pasted or saved as text. A line is
//! `Namn: meddelande`, possibly after a time (`[10:32]`, `10:32:15`) or as a
//! saved Zoom chat writes it (`10:32:15 From Anna Lindqvist to Everyone:`),
//! or a chat program's header `Namn 10:32` followed by the message lines.
//! A message is a ballot when every word in it is a need (`gr1`, `GR-01`,
//! a row number) or a filler word (`val`, `och`, `mina`); other messages
//! are talk and are left out (and counted). The latest ballot per person
//! counts; that is decided when the import is planned.

use crate::imports::ballots::source::{Answer, Incoming, Source, SourceKind};

const FILLER: &[&str] = &[
    "val",
    "mina",
    "min",
    "röst",
    "röster",
    "röstar",
    "rangordning",
    "ordning",
    "jag",
    "väljer",
    "och",
    "samt",
    "&",
    "+",
    "-",
    "–",
    ">",
    "rank",
    "picks",
];

/// hh:mm or hh:mm:ss, a date (2026-11-23), or one in brackets.
fn is_time(word: &str) -> bool {
    let w = word.trim_matches(['[', ']', '(', ')', ',']);
    let parts: Vec<&str> = w.split([':', '-', '.']).collect();
    parts.len() >= 2
        && parts
            .iter()
            .all(|p| !p.is_empty() && p.len() <= 4 && p.chars().all(|c| c.is_ascii_digit()))
}

/// A person's name as a chat shows it: 1–5 words, no digits, a guest mark
/// dropped.
fn name_like(s: &str) -> Option<String> {
    let s = s
        .trim()
        .trim_end_matches("(Gäst)")
        .trim_end_matches("(Guest)")
        .trim_end_matches("(extern)")
        .trim()
        .trim_end_matches(',');
    let words = s.split_whitespace().count();
    ((1..=5).contains(&words)
        && s.chars().any(char::is_alphabetic)
        && !s.chars().any(|c| c.is_ascii_digit() || c == '@'))
    .then(|| s.to_string())
}

/// Who speaks on this line, and what they say on it (if anything).
fn speaker(line: &str) -> Option<(String, String)> {
    let mut words: Vec<&str> = line.split_whitespace().collect();
    while words.first().is_some_and(|w| is_time(w)) {
        words.remove(0);
    }
    let rest = words.join(" ");
    for (from, to) in [("From ", " to "), ("Från ", " till ")] {
        if let Some(after) = rest.strip_prefix(from) {
            let (who, said) = after.split_once(':')?;
            let who = who.split(to).next().unwrap_or(who);
            return Some((name_like(who)?, said.trim().to_string()));
        }
    }
    // A header: the name and then a time, nothing else.
    let mut head = words.clone();
    let mut timed = false;
    while head.last().is_some_and(|w| is_time(w)) {
        head.pop();
        timed = true;
    }
    if timed && !head.is_empty() {
        return Some((name_like(&head.join(" "))?, String::new()));
    }
    let (who, said) = rest.split_once(':')?;
    let who = name_like(who)?;
    (who.split_whitespace().count() >= 2).then(|| (who, said.trim().to_string()))
}

/// The tokens of a message if it is a ballot.
fn ballot_words(message: &str) -> Option<Vec<String>> {
    let words: Vec<&str> = message
        .split(|c: char| c.is_whitespace() || c == ',' || c == ';')
        .map(|w| w.trim_end_matches(['.', '!']))
        .filter(|w| !w.is_empty())
        .collect();
    let mut tokens = vec![];
    for w in words {
        let lw = w.to_lowercase();
        if w.chars().any(|c| c.is_ascii_digit()) {
            tokens.push(w.to_string());
        } else if !FILLER.contains(&lw.trim_end_matches(':')) {
            return None;
        }
    }
    (!tokens.is_empty()).then_some(tokens)
}

/// Reads chat text into the ballots it holds.
pub fn read(text: &str) -> Source {
    let mut incoming: Vec<Incoming> = vec![];
    let mut ignored = 0;
    let mut who: Option<String> = None;
    // The speaker's turn is still adding to its last ballot line.
    let mut open_ballot = false;
    for (i, line) in text.lines().enumerate() {
        if line.trim().is_empty() {
            continue;
        }
        let message = match speaker(line) {
            Some((name, said)) => {
                who = Some(name);
                open_ballot = false;
                said
            }
            None => line.trim().to_string(),
        };
        if message.is_empty() {
            continue;
        }
        let (Some(name), Some(tokens)) = (&who, ballot_words(&message)) else {
            ignored += 1;
            open_ballot = false;
            continue;
        };
        let answers = tokens.into_iter().map(|t| Answer {
            column: None,
            text: t,
        });
        match incoming.last_mut() {
            Some(last) if open_ballot => last.answers.extend(answers),
            _ => incoming.push(Incoming {
                row: i + 1,
                name: name.clone(),
                name_column: 0,
                email: String::new(),
                answers: answers.collect(),
            }),
        }
        open_ballot = true;
    }
    Source {
        kind: SourceKind::Chat,
        incoming,
        ignored,
        problems: vec![],
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ballots(text: &str) -> Vec<(String, Vec<String>)> {
        read(text)
            .incoming
            .into_iter()
            .map(|b| (b.name, b.answers.into_iter().map(|a| a.text).collect()))
            .collect()
    }

    fn b(name: &str, t: &[&str]) -> (String, Vec<String>) {
        (name.into(), t.iter().map(|s| s.to_string()).collect())
    }

    #[test]
    fn name_colon_lines_headers_with_times_and_zoom_lines() {
        let text = "\
Anna Lindqvist: val gr1 hal2 sth1
[10:32] Björn Ekström: GR-01, HAL-02 och 3
10:33:05 From Elin Sjöberg to Everyone: val 4 5
Karin Lund 10:34
Hej, jag kommer lite sent.
val gäv1
sth1
Per Dahlgren, 10:35
Jag kommer 5 min sent
";
        assert_eq!(
            ballots(text),
            vec![
                b("Anna Lindqvist", &["gr1", "hal2", "sth1"]),
                b("Björn Ekström", &["GR-01", "HAL-02", "3"]),
                b("Elin Sjöberg", &["4", "5"]),
                b("Karin Lund", &["gäv1", "sth1"]),
            ]
        );
        assert_eq!(
            read(text).ignored,
            2,
            "talk with a number in it is not a ballot"
        );
    }

    #[test]
    fn a_one_word_name_before_a_colon_is_not_a_speaker() {
        assert!(speaker("val: gr1").is_none());
        assert!(speaker("Anna Lindqvist (Gäst): gr1").is_some());
        assert_eq!(ballots("gr1 hal2\n"), vec![], "no speaker yet");
    }
}
