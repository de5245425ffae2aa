//! `lbk handover FILE [assign NEED [ACTOR…]]`: to whom each prioritised
//! need is handed (moment 6), proposed from the dialogue answers; `assign`
//! chooses the actors (none: back to the proposal). `lbk session FILE N
//! [--length MIN] [--place TEXT]`: a dialogue meeting's length and link or
//! place, for its invitation. The file is left as it was on a refusal.

use std::path::Path;

use anyhow::anyhow;

use crate::documents::handover_doc::handed_line;
use crate::domain::Round;
use crate::meeting::moment67::prioritised;
use crate::store::OpenRound;
use crate::tally::place_label;

/// One line per prioritised need: place, number, title, handed to.
pub fn listing(r: &Round) -> String {
    let rows = prioritised(r);
    if rows.is_empty() {
        return "Inget prioriterat ännu: rangordningen i moment 5 är inte stängd.".into();
    }
    let lines: Vec<String> = rows
        .iter()
        .map(|row| {
            let title = r.need(&row.number).map(|n| n.title.as_str()).unwrap_or("");
            format!(
                "{:<10} {:<8} {title} → {}",
                place_label(row.place),
                row.number,
                handed_line(r, &row.number)
            )
        })
        .collect();
    crate::domain::text_safety::clean_text(&lines.join("\n")).into_owned()
}

fn writable(open: &OpenRound) -> anyhow::Result<()> {
    match &open.read_only {
        Some(reason) => anyhow::bail!("Omgången kan inte ändras nu: {reason}"),
        None => Ok(()),
    }
}

pub fn run(file: &Path, assign: Option<(String, Vec<String>)>) -> anyhow::Result<String> {
    let Some((need, actors)) = assign else {
        let (round, _) = crate::store::load(file)?;
        return Ok(listing(&round));
    };
    let mut open = OpenRound::open(file)?;
    writable(&open)?;
    let at = jiff::Timestamp::now();
    open.round
        .assign_handover(&need, &actors, at)
        .map_err(|e| anyhow!(e))?;
    open.save()?;
    let number = need.trim().to_uppercase();
    let line = listing(&open.round)
        .lines()
        .find(|l| {
            l.split_whitespace()
                .any(|w| w.eq_ignore_ascii_case(&number))
        })
        .map(str::to_string)
        .unwrap_or_default();
    Ok(line)
}

/// `lbk session FILE N`: shows or sets a dialogue meeting's details.
pub fn session(
    file: &Path,
    number: usize,
    length: Option<u16>,
    place: Option<&str>,
) -> anyhow::Result<String> {
    let mut open = OpenRound::open(file)?;
    if length.is_some() || place.is_some() {
        writable(&open)?;
    }
    let i = number.checked_sub(1).unwrap_or(usize::MAX);
    open.round
        .set_session_details(i, length, place, jiff::Timestamp::now())
        .map_err(|e| anyhow!(e))?;
    if length.is_some() || place.is_some() {
        open.save()?;
    }
    let s = &open.round.dialogues[i];
    let place = if s.place.is_empty() {
        "länk eller plats saknas (--place)".to_string()
    } else {
        s.place.clone()
    };
    let text = format!(
        "Dialogmöte {number}: {} · {} · {place}",
        crate::meeting::session_details::when(s),
        s.rss.join(", ")
    );
    Ok(crate::domain::text_safety::clean_text(&text).into_owned())
}
