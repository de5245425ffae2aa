//! `lbk mailouts FILE [sent NAME… [--date D] | unsent NAME…]`: what the
//! round's mail-outs are, moment by moment, to whom, and whether each was
//! sent; marking one sent (or taking the mark back) is logged in the round.
//! The drafts themselves are written by `lbk export FILE mailouts`.

use std::path::Path;

use anyhow::{anyhow, bail};

use crate::domain::Round;
use crate::mailouts::due::{Due, due, recipients};
use crate::mailouts::mark::{mark_sent, refusal, unmarked};
use crate::meeting::need_tokens::fold;
use crate::meeting::progress::parse_date;
use crate::store::{OpenRound, load};

/// One line per mail-out: moment, name, what, recipients, and its state.
pub fn listing(r: &Round) -> String {
    let all = due(r);
    let mut out = vec![];
    for d in &all {
        let state = match (&d.waits, r.sent_record(&d.name)) {
            (_, Some(s)) => format!("skickat {}", s.date),
            (Some(why), None) => format!("väntar: {why}"),
            (None, None) => "inte skickat".to_string(),
        };
        let to = match d.waits {
            Some(_) => String::new(),
            None => format!(" → {}", recipients(d)),
        };
        out.push(format!(
            "{} {:<30} {}{to} · {state}",
            d.moment.number(),
            d.name,
            d.what
        ));
        if d.waits.is_none() {
            for m in &d.missing {
                out.push(format!("    saknas: {m}"));
            }
        }
    }
    for s in r
        .sent
        .iter()
        .filter(|s| !all.iter().any(|d| d.name == s.name))
    {
        out.push(format!(
            "{} {:<30} skickat {} (utskicket gäller inte längre)",
            s.moment.number(),
            s.name,
            s.date
        ));
    }
    crate::domain::text_safety::clean_text(&out.join("\n")).into_owned()
}

/// Edits between two words, for "did you mean".
fn distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut row: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut prev = row[0];
        row[0] = i + 1;
        for j in 0..b.len() {
            let here = row[j + 1];
            row[j + 1] = (prev + usize::from(ca != b[j]))
                .min(row[j] + 1)
                .min(here + 1);
            prev = here;
        }
    }
    row[b.len()]
}

/// The mail-out a typed name means: the same letters (å/ä/ö or not, any
/// case); else refused with the nearest names.
fn find<'a>(all: &'a [Due], typed: &str) -> anyhow::Result<&'a Due> {
    let t = fold(typed);
    if let Some(d) = all.iter().find(|d| fold(&d.name) == t) {
        return Ok(d);
    }
    let near: Vec<&str> = all
        .iter()
        .filter(|d| distance(&fold(&d.name), &t) <= 2)
        .map(|d| d.name.as_str())
        .collect();
    let names = |v: Vec<&str>| v.join(", ");
    if near.is_empty() {
        bail!(
            "Utskicket {typed:?} finns inte i omgången. `lbk mailouts FIL` listar utskicken; de som kan skickas nu: {}.",
            names(
                all.iter()
                    .filter(|d| d.waits.is_none())
                    .map(|d| d.name.as_str())
                    .collect()
            )
        )
    }
    bail!(
        "Utskicket {typed:?} finns inte i omgången. Menade du {}?",
        names(near)
    )
}

pub fn run(
    file: &Path,
    what: Option<&str>,
    names: &[String],
    date: Option<&str>,
) -> anyhow::Result<String> {
    let Some(typed) = what else {
        if date.is_some() {
            bail!("--date hör till sent: lbk mailouts FIL sent NAMN --date ÅÅÅÅ-MM-DD.");
        }
        let (r, _) = load(file)?;
        return Ok(listing(&r));
    };
    let what = typed.trim().to_lowercase();
    if what != "sent" && what != "unsent" {
        bail!("Okänt {typed:?}: ange sent eller unsent, följt av utskickens namn.");
    }
    if what == "unsent" && date.is_some() {
        bail!("--date hör till sent; unsent tar bara bort markeringen.");
    }
    if names.is_empty() {
        bail!("Ange vilket utskick, t.ex. lbk mailouts FIL {what} aterkoppling-GR.");
    }
    let mut open = OpenRound::open(file)?;
    if let Some(reason) = &open.read_only {
        bail!("Omgången kan inte ändras nu: {reason}");
    }
    let today = jiff::ZonedDateTime::now().date();
    let day = parse_date(date.unwrap_or(""), today).map_err(|e| {
        anyhow!(e.replace(
            "eller lämna tomt för i dag",
            "eller utelämna --date för i dag"
        ))
    })?;
    let at = jiff::Timestamp::now();
    let all = due(&open.round);
    // Every name is checked before anything changes; a name given twice counts once.
    let mut chosen: Vec<&Due> = vec![];
    for n in names {
        let d = find(&all, n)?;
        if what == "sent"
            && let Some(why) = refusal(d)
        {
            bail!(why);
        }
        if !chosen.iter().any(|c| c.name == d.name) {
            chosen.push(d);
        }
    }
    let mut said = vec![];
    let mut changed = false;
    for d in chosen {
        let r = &mut open.round;
        if what == "sent" {
            let marked = mark_sent(r, d, (day, today), at).map_err(|e| anyhow!(e))?;
            changed |= marked.changed;
            said.push(marked.said);
        } else {
            r.unmark_sent(&d.name, at).map_err(|e| anyhow!(e))?;
            changed = true;
            said.push(unmarked(d));
        }
    }
    // A file is written only when a mark changed.
    if changed {
        open.save()?;
    }
    Ok(said.join("\n"))
}
