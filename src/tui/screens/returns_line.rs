//! The line each moment's screen shows about its returned forms: who has
//! sent theirs back (and when it was read), who is awaited, who is late
//! against the day the form asks for.

use crate::domain::Round;
use crate::domain::return_kind::ReturnKind;
use crate::meeting::return_status::return_status;
use crate::tui::widgets::safe;

/// "Förberedelse (F skriver, i läser in): SoS ✓ 2026-12-07, SBU sent, MFD väntas".
pub fn returns_line(r: &Round, kind: ReturnKind, today: jiff::civil::Date) -> String {
    let due = crate::documents::doc_dates::return_due(r, kind);
    let all = return_status(r, kind, due, today);
    let name = match kind {
        ReturnKind::Preparation => "Förberedelse",
        ReturnKind::Verification if r.model == crate::domain::ModelVariant::V1 => "Avstämning",
        ReturnKind::Verification => "Verifiering",
        ReturnKind::Receipt => "Svarsformulär",
        ReturnKind::Feedback => "Återkopplingsformulär",
    };
    if all.is_empty() {
        return format!("{name}: inga formulär att skicka ännu.");
    }
    if all.iter().all(|s| s.closed && s.returned.is_none()) {
        return format!("{name}: momentet är klart; inga formulär lästes in (i läser in ett).");
    }
    // Who has answered first, then who is late, named; the rest named
    // while few, else counted, so the line stays short enough to read.
    let mut parts: Vec<String> = all
        .iter()
        .filter_map(|s| s.returned.as_ref().map(|f| (s, f)))
        .map(|(s, f)| {
            let day = f
                .read
                .in_tz("Europe/Stockholm")
                .map(|z| z.date().to_string())
                .unwrap_or_default();
            format!("{} ✓ {day}", s.party)
        })
        .collect();
    parts.extend(
        all.iter()
            .filter(|s| s.returned.is_none() && s.late)
            .map(|s| format!("{} sent", s.party)),
    );
    let rest: Vec<&str> = all
        .iter()
        .filter(|s| s.returned.is_none() && !s.late)
        .map(|s| s.party.as_str())
        .collect();
    let word = if all.iter().any(|s| s.closed) {
        "inget"
    } else {
        "väntas"
    };
    match rest.len() {
        0 => {}
        n if n <= 4 => parts.extend(rest.iter().map(|p| format!("{p} {word}"))),
        n => parts.push(format!("{n} till {word}")),
    }
    let by = due.map(|d| format!(", senast {d}")).unwrap_or_default();
    safe(&format!(
        "{name} (F skriver, i läser in{by}): {}",
        parts.join(", ")
    ))
}
