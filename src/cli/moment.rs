//! `lbk moment FILE [N start|done [--date D] | N plan D | N reset]`: the
//! moments' progress from the command line. Without N it lists the
//! timeline. Every change is logged in the round.

use std::path::Path;

use anyhow::{anyhow, bail};

use crate::domain::{Moment, Round};
use crate::meeting::progress::{parse_date, ready_to_finish};
use crate::store::{OpenRound, load};

fn today() -> jiff::civil::Date {
    jiff::ZonedDateTime::now().date()
}

/// The timeline as lines: number, name, status, planned, started, done.
pub fn timeline(r: &Round) -> String {
    let mut out = vec![];
    let w = r
        .timeline
        .iter()
        .map(|m| m.moment.name(r.model).chars().count())
        .max()
        .unwrap_or(0);
    for m in &r.timeline {
        let d = |x: Option<jiff::civil::Date>| x.map(|d| d.to_string()).unwrap_or("–".into());
        out.push(format!(
            "{} {:<w$} {:<12} planerat {}  påbörjat {}  klart {}",
            m.moment.number(),
            m.moment.name(r.model),
            m.status.label(),
            d(m.planned),
            d(m.started),
            d(m.done)
        ));
    }
    for (m, why) in ready_to_finish(r) {
        out.push(format!(
            "Moment {} ser klart ut: {why}. Markera: lbk moment FIL {} done",
            m.number(),
            m.number()
        ));
    }
    out.join("\n")
}

pub fn run(
    file: &Path,
    number: Option<usize>,
    what: Option<&str>,
    value: Option<&str>,
    date: Option<&str>,
) -> anyhow::Result<String> {
    let Some(n) = number else {
        let (r, _) = load(file)?;
        return Ok(timeline(&r));
    };
    let m = Moment::from_number(n).ok_or_else(|| anyhow!("Moment {n} finns inte: ange 1–7."))?;
    let what = what.unwrap_or("").trim().to_lowercase();
    let mut open = OpenRound::open(file)?;
    if let Some(reason) = &open.read_only {
        bail!("Omgången kan inte ändras nu: {reason}");
    }
    let at = jiff::Timestamp::now();
    let day =
        |typed: Option<&str>| parse_date(typed.unwrap_or(""), today()).map_err(|e| anyhow!(e));
    let r = &mut open.round;
    let said = match what.as_str() {
        "start" => {
            let d = day(date.or(value))?;
            r.start_moment(m, d, at).map_err(|e| anyhow!(e))?;
            format!("Moment {n} påbörjat {d}.")
        }
        "done" => {
            let d = day(date.or(value))?;
            r.finish_moment(m, d, at).map_err(|e| anyhow!(e))?;
            format!("Moment {n} klart {d}.")
        }
        "plan" => {
            let Some(typed) = value.or(date) else {
                bail!("Ange det planerade datumet: lbk moment FIL {n} plan ÅÅÅÅ-MM-DD.");
            };
            let d = day(Some(typed))?;
            r.plan_moment(m, d, at).map_err(|e| anyhow!(e))?;
            format!("Moment {n} planerat till {d}.")
        }
        "reset" => {
            r.reset_moment(m, at).map_err(|e| anyhow!(e))?;
            format!("Moment {n} är åter ej påbörjat.")
        }
        other => {
            bail!("Okänt {other:?}: ange start, done, plan eller reset efter momentets nummer.")
        }
    };
    open.save()?;
    Ok(said)
}
