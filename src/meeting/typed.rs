//! What the secretariat types in a line during moments 1–4, read into
//! values: plain functions with Swedish refusals that say what to write.

use jiff::civil::{Date, DateTime};

/// "Namn: beskrivning" (the description may be left out).
pub fn candidate(text: &str) -> Result<(String, String), String> {
    let (name, desc) = text.split_once(':').unwrap_or((text, ""));
    if name.trim().is_empty() {
        return Err("Skriv områdets namn, t.ex. \"Äldreomsorg: vård och omsorg om äldre\".".into());
    }
    Ok((name.trim().to_string(), desc.trim().to_string()))
}

/// "representant: område, område" → (who as typed, areas).
pub fn area_vote(text: &str) -> Result<(String, Vec<String>), String> {
    let (who, areas) = text
        .split_once(':')
        .ok_or("Skriv representant, kolon och område, t.ex. \"ann: skadl\".")?;
    if who.trim().is_empty() {
        return Err("Skriv en del av representantens namn före kolon.".into());
    }
    let areas = areas
        .split(',')
        .map(str::trim)
        .filter(|a| !a.is_empty())
        .map(String::from)
        .collect();
    Ok((who.trim().to_string(), areas))
}

/// "[område][: anteckning]" → (area, or None for the leading one; note).
pub fn decision(text: &str) -> (Option<String>, String) {
    let (area, note) = text.split_once(':').unwrap_or((text, ""));
    let area = area.trim();
    (
        (!area.is_empty()).then(|| area.to_string()),
        note.trim().to_string(),
    )
}

/// "ÅÅÅÅ-MM-DD kapacitet".
pub fn dialogue_date(text: &str) -> Result<(Date, u32), String> {
    let mut parts = text.split_whitespace();
    let date: Date = parts
        .next()
        .and_then(|d| d.parse().ok())
        .ok_or("Skriv datumet som ÅÅÅÅ-MM-DD följt av kapaciteten, t.ex. 2025-02-04 5.")?;
    let capacity: u32 = parts
        .next()
        .and_then(|c| c.parse().ok())
        .ok_or("Ange kapaciteten (antal RSS) efter datumet.")?;
    Ok((date, capacity))
}

/// "RSS fil" for a returned template: (RSS code as typed, path).
pub fn import_file(text: &str) -> Result<(String, String), String> {
    let (code, path) = text
        .trim()
        .split_once(char::is_whitespace)
        .ok_or("Skriv RSS-koden och sedan filen, t.ex. GR ~/mall.xlsx.")?;
    Ok((code.trim().to_uppercase(), path.trim().to_string()))
}

/// "aktör: text" for a question or a note.
pub fn actor_text(text: &str) -> Result<(String, String), String> {
    let (actor, body) = text
        .split_once(':')
        .ok_or("Skriv aktören eller RSS:en, kolon och texten, t.ex. \"sos: gäller det även LSS?\" eller \"gr: gäller små kommuner\".")?;
    if body.trim().is_empty() {
        return Err("Skriv texten efter kolon.".into());
    }
    Ok((actor.trim().to_string(), body.trim().to_string()))
}

/// "aktör: namn, namn" for who came from an actor.
pub fn attendance(text: &str) -> (String, Vec<String>) {
    let (actor, people) = text.split_once(':').unwrap_or((text, ""));
    let people = people
        .split(',')
        .map(str::trim)
        .filter(|p| !p.is_empty())
        .map(String::from)
        .collect();
    (actor.trim().to_string(), people)
}

/// "ÅÅÅÅ-MM-DD TT:MM RSS RSS" for a new dialogue session.
pub fn session(text: &str) -> Result<(DateTime, Vec<String>), String> {
    let mut parts = text.split_whitespace();
    let date = parts.next().unwrap_or("");
    let time = parts.next().unwrap_or("");
    let starts: DateTime = format!("{date}T{time}").parse().map_err(|_| {
        "Skriv datum och tid som ÅÅÅÅ-MM-DD TT:MM följt av RSS-koderna.".to_string()
    })?;
    let rss: Vec<String> = parts
        .map(|p| p.trim_matches(',').to_uppercase())
        .filter(|p| !p.is_empty())
        .collect();
    if rss.is_empty() {
        return Err("Ange minst en RSS-kod efter tiden.".into());
    }
    Ok((starts, rss))
}

/// A decision on a returned correction: "g" (godta, godkänn, ja) true,
/// "a" (avvisa, nej) false, in any case, as a letter or a word.
pub fn correction_decision(text: &str) -> Result<bool, String> {
    let t = text.trim().to_lowercase();
    let word = |stems: &[&str]| stems.iter().any(|s| t.starts_with(s));
    match t.as_str() {
        "g" | "j" | "ja" => Ok(true),
        "a" | "n" | "nej" => Ok(false),
        _ if word(&["godt", "godk"]) => Ok(true),
        _ if word(&["avvis", "avslå"]) => Ok(false),
        _ => Err(format!(
            "\"{}\" är inget beslut: skriv g (godta) eller a (avvisa); Esc väntar.",
            crate::domain::text_safety::clean_line(text.trim())
        )),
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn a_correction_is_accepted_or_rejected_by_a_letter_or_a_word_and_nothing_else() {
        use super::correction_decision as d;
        for yes in ["g", "G", "godta", "Godkänd", " godtas ", "ja"] {
            assert_eq!(d(yes), Ok(true), "{yes}");
        }
        for no in ["a", "avvisa", "Avvisas", "nej", "avslå"] {
            assert_eq!(d(no), Ok(false), "{no}");
        }
        for neither in ["", "kanske", "gå", "x"] {
            assert!(
                d(neither).unwrap_err().contains("inget beslut"),
                "{neither}"
            );
        }
    }

    use super::*;

    #[test]
    fn moment_one_lines() {
        assert_eq!(
            candidate("Äldreomsorg: vård"),
            Ok(("Äldreomsorg".into(), "vård".into()))
        );
        assert!(candidate(" : x").is_err());
        assert_eq!(
            area_vote("ann: äldre, barn"),
            Ok(("ann".into(), vec!["äldre".into(), "barn".into()]))
        );
        assert_eq!(area_vote("ann:"), Ok(("ann".into(), vec![])));
        assert!(area_vote("ann äldre").is_err());
        assert_eq!(decision(": enhälligt"), (None, "enhälligt".into()));
        assert_eq!(decision("Äldre"), (Some("Äldre".into()), String::new()));
        assert_eq!(
            dialogue_date("2027-02-04 5"),
            Ok(("2027-02-04".parse().unwrap(), 5))
        );
        assert!(dialogue_date("4 feb").unwrap_err().contains("ÅÅÅÅ-MM-DD"));
        assert!(
            dialogue_date("2027-02-04")
                .unwrap_err()
                .contains("kapaciteten")
        );
    }

    #[test]
    fn moment_two_to_four_lines() {
        assert_eq!(
            import_file("gr ~/mall GR.xlsx"),
            Ok(("GR".into(), "~/mall GR.xlsx".into()))
        );
        assert!(import_file("GR").is_err());
        assert_eq!(
            actor_text("sos: gäller det LSS?"),
            Ok(("sos".into(), "gäller det LSS?".into()))
        );
        assert!(actor_text("sos:  ").is_err());
        assert_eq!(
            attendance("SoS: Eva Ek, Per Al"),
            ("SoS".into(), vec!["Eva Ek".into(), "Per Al".into()])
        );
        let (at, rss) = session("2027-02-04 09:00 gr, fyr").unwrap();
        assert_eq!(at.to_string(), "2027-02-04T09:00:00");
        assert_eq!(rss, vec!["GR", "FYR"]);
        assert!(session("2027-02-04 09:00").unwrap_err().contains("RSS-kod"));
        assert!(session("i morgon").is_err());
    }
}
