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
    let parts: Vec<String> = all
        .iter()
        .map(|s| match (&s.returned, s.late) {
            (Some(f), _) => format!(
                "{} ✓ {}",
                s.party,
                f.read
                    .in_tz("Europe/Stockholm")
                    .map(|z| z.date().to_string())
                    .unwrap_or_default()
            ),
            (None, _) if s.closed => format!("{} inget", s.party),
            (None, true) => format!("{} sent", s.party),
            (None, false) => format!("{} väntas", s.party),
        })
        .collect();
    let by = due.map(|d| format!(", senast {d}")).unwrap_or_default();
    safe(&format!(
        "{name} (F skriver, i läser in{by}): {}",
        parts.join(", ")
    ))
}
