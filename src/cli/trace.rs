//! `lbk trace FILE [--rss CODE] [--format text|json]`: every need with its
//! path through the round and how far it has come, from the same trace the
//! documents use.

use std::path::Path;

use anyhow::bail;
use serde::Serialize;

use crate::domain::Round;
use crate::meeting::trace::{Trace, trace_all};
use crate::store::load;

#[derive(Serialize)]
struct StepJson {
    moment: usize,
    what: String,
    date: Option<String>,
    /// The returned forms its answers came in.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    from: Vec<String>,
}

#[derive(Serialize)]
struct NeedJson {
    number: String,
    raised_by: Vec<String>,
    title: String,
    fate: &'static str,
    reason: Option<String>,
    merged_into: Option<String>,
    picks: Option<u32>,
    place: Option<usize>,
    history: Vec<StepJson>,
}

#[derive(Serialize)]
struct TraceJson {
    needs: Vec<NeedJson>,
}

fn json_of(t: &Trace) -> NeedJson {
    NeedJson {
        number: t.number.clone(),
        raised_by: t.raised_by.clone(),
        title: t.title.clone(),
        fate: t.fate.code(),
        reason: t.reason.clone(),
        merged_into: t.merged_into.clone(),
        picks: t.picks,
        place: t.place.map(|p| p.place),
        history: t
            .history
            .iter()
            .map(|s| StepJson {
                moment: s.moment.number(),
                what: s.what.clone(),
                date: s.date.map(|d| d.to_string()),
                from: s.from.clone(),
            })
            .collect(),
    }
}

fn text_of(round: &Round, t: &Trace) -> String {
    let mut out = format!(
        "{} {} – {}\n  {}\n",
        t.number,
        t.title,
        t.fate.label(round.model),
        t.sentence(round.model)
    );
    for s in &t.history {
        let date = s.date.map(|d| format!(" ({d})")).unwrap_or_default();
        let from: String = s.from.iter().map(|f| format!(" — {f}")).collect();
        out.push_str(&format!(
            "  moment {}: {}{date}{from}\n",
            s.moment.number(),
            s.what
        ));
    }
    out
}

/// The traces as the asked format, for one RSS or all.
pub fn render(round: &Round, rss: Option<&str>, format: &str) -> anyhow::Result<String> {
    if let Some(code) = rss
        && round.rss_by_code(code).is_none()
    {
        return Err(super::needs::unknown_rss(round, code));
    }
    let traces: Vec<Trace> = trace_all(round)
        .into_iter()
        .filter(|t| rss.is_none_or(|c| crate::domain::collate::same_code(&t.rss, c)))
        .collect();
    match format.trim().to_lowercase().as_str() {
        "json" => Ok(serde_json::to_string_pretty(&TraceJson {
            needs: traces.iter().map(json_of).collect(),
        })?),
        "text" => {
            let mut out: Vec<String> = traces.iter().map(|t| text_of(round, t)).collect();
            out.push(crate::domain::swedish::count(
                traces.len(),
                "behov",
                "behov",
            ));
            Ok(out.join("\n"))
        }
        other => bail!("Okänt format {other:?}: ange text eller json."),
    }
}

pub fn run(file: &Path, rss: Option<&str>, format: &str) -> anyhow::Result<String> {
    let (round, _) = load(file)?;
    render(&round, rss, format)
}
