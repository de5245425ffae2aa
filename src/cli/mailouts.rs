//! `lbk mailouts FILE [sent NAME… [--date D] | unsent NAME…]`: what the
//! round's mail-outs are, moment by moment, to whom, and whether each was
//! sent; marking one sent (or taking the mark back) is logged in the round.
//! The drafts themselves are written by `lbk export FILE mailouts`.

use std::path::Path;

use anyhow::{anyhow, bail};

use crate::domain::Round;
use crate::domain::collate::same_code;
use crate::exchange::mailout_due::{Due, addresses, due};
use crate::meeting::progress::parse_date;
use crate::store::{OpenRound, load};

/// One line per mail-out: moment, name, what, recipients, and its state.
pub fn listing(r: &Round) -> String {
    let mut out = vec![];
    for d in due(r) {
        let state = match (&d.waits, r.sent_record(&d.name)) {
            (_, Some(s)) => format!("skickat {}", s.date),
            (Some(why), None) => format!("väntar: {why}"),
            (None, None) => "inte skickat".to_string(),
        };
        let to = if d.waits.is_some() {
            String::new()
        } else {
            let n = d.to.len() + d.cc.len();
            format!(
                " → {}",
                crate::domain::swedish::count(n, "mottagare", "mottagare")
            )
        };
        out.push(format!(
            "{} {:<28} {}{to} · {state}",
            d.moment.number(),
            d.name,
            d.what
        ));
    }
    let known: Vec<String> = due(r).into_iter().map(|d| d.name).collect();
    for s in r.sent.iter().filter(|s| !known.contains(&s.name)) {
        out.push(format!(
            "{} {:<28} skickat {} (utskicket gäller inte längre)",
            s.moment.number(),
            s.name,
            s.date
        ));
    }
    crate::domain::text_safety::clean_text(&out.join("\n")).into_owned()
}

fn find<'a>(all: &'a [Due], name: &str) -> anyhow::Result<&'a Due> {
    all.iter()
        .find(|d| same_code(&d.name, name.trim()))
        .ok_or_else(|| {
            let names: Vec<&str> = all
                .iter()
                .filter(|d| d.waits.is_none())
                .map(|d| d.name.as_str())
                .collect();
            anyhow!(
                "Utskicket {name:?} finns inte i omgången. Utskick som kan skickas nu: {}.",
                names.join(", ")
            )
        })
}

pub fn run(
    file: &Path,
    what: Option<&str>,
    names: &[String],
    date: Option<&str>,
) -> anyhow::Result<String> {
    let Some(what) = what else {
        let (r, _) = load(file)?;
        return Ok(listing(&r));
    };
    let what = what.trim().to_lowercase();
    if what != "sent" && what != "unsent" {
        bail!("Okänt {what:?}: ange sent eller unsent, följt av utskickens namn.");
    }
    if names.is_empty() {
        bail!("Ange vilket utskick, t.ex. lbk mailouts FIL {what} aterkoppling-GR.");
    }
    let mut open = OpenRound::open(file)?;
    if let Some(reason) = &open.read_only {
        bail!("Omgången kan inte ändras nu: {reason}");
    }
    let today = jiff::ZonedDateTime::now().date();
    let day = parse_date(date.unwrap_or(""), today).map_err(|e| anyhow!(e))?;
    let at = jiff::Timestamp::now();
    let all = due(&open.round);
    let mut said = vec![];
    // Every name is checked before anything changes.
    let chosen: Vec<&Due> = names
        .iter()
        .map(|n| find(&all, n))
        .collect::<anyhow::Result<_>>()?;
    for d in &chosen {
        if what == "sent"
            && let Some(why) = &d.waits
        {
            bail!("Utskicket {} kan inte skickas ännu: {why}.", d.name);
        }
    }
    for d in chosen {
        let r = &mut open.round;
        if what == "sent" {
            let mut to = addresses(&d.to);
            to.extend(addresses(&d.cc));
            r.mark_sent(&d.name, d.moment, to, day, at)
                .map_err(|e| anyhow!(e))?;
            said.push(format!("{} markerat skickat {day}.", d.name));
        } else {
            r.unmark_sent(&d.name, at).map_err(|e| anyhow!(e))?;
            said.push(format!("{} är inte längre markerat skickat.", d.name));
        }
    }
    open.save()?;
    Ok(said.join("\n"))
}
