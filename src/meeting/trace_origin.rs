//! Where an answer in a need's trace came from when it came back in a
//! returned form: the file, the party, the day it was read; and the steps
//! the RSS's returned verification (model 1.0: network check) adds.

use crate::domain::followup::Returned;
use crate::domain::meetings::CheckedRow;
use crate::domain::{ModelVariant, Moment, Need, Round};

use super::trace_model::Step;

/// "svarsfil mottagande-SoS.xlsx från SoS, läst 2026-12-07".
pub(super) fn from_file(f: &Returned) -> String {
    let read = jiff::tz::TimeZone::UTC.to_datetime(f.read).date();
    format!("svarsfil {} från {}, läst {read}", f.file, f.party)
}

/// What the RSS's returned form said about the need: agreed, or a
/// correction proposed and what became of it.
pub(super) fn checked_steps(r: &Round, n: &Need) -> Vec<Step> {
    let moment = if r.model == ModelVariant::V1 {
        Moment::Dialog
    } else {
        Moment::Verifiering
    };
    r.checked_rows(&n.rss)
        .iter()
        .filter(|c| c.need == n.number)
        .map(|c| Step {
            moment,
            what: said(c, &n.rss),
            date: Some(c.date),
            from: vec![from_file(&c.returned)],
        })
        .collect()
}

fn said(c: &CheckedRow, rss: &str) -> String {
    match (c.agrees, c.decided) {
        (true, _) => format!("{rss}: stämmer"),
        (false, None) => format!("Rättelseförslag från {rss} (väntar): {}", c.correction),
        (false, Some((true, _))) => format!("Rättelse från {rss}, godtagen: {}", c.correction),
        (false, Some((false, _))) => {
            format!("Rättelseförslag från {rss}, avvisat: {}", c.correction)
        }
    }
}
