//! What the secretariat types in a line during moments 5–7, read into
//! values, and finding a representative by part of the name.

use jiff::civil::Date;

use super::moment67::parse_state;
use crate::domain::Round;
use crate::domain::collate::contains_folded;
use crate::domain::followup::{Outcome, Produced, ReceiptState};
use crate::domain::priority::JointRule;

/// "alla", "topp 10" / "top 10", "minst 2".
pub fn joint_rule(s: &str) -> Result<JointRule, String> {
    let words: Vec<String> = s.split_whitespace().map(str::to_lowercase).collect();
    let number = |w: Option<&String>| w.and_then(|x| x.parse::<usize>().ok()).filter(|n| *n > 0);
    match words.first().map(String::as_str) {
        Some("alla") => Ok(JointRule::AllPicked),
        Some("topp" | "top") => number(words.get(1))
            .map(JointRule::TopK)
            .ok_or_else(|| "Skriv t.ex. \"topp 10\".".into()),
        Some("minst") => number(words.get(1))
            .map(|m| JointRule::AtLeast(m as u32))
            .ok_or_else(|| "Skriv t.ex. \"minst 2\".".into()),
        _ => Err("Skriv \"alla\", \"topp K\" eller \"minst M\".".into()),
    }
}

/// "aktör läge | beslut" → (actor, state, decision).
pub fn receipt(text: &str) -> Result<(String, ReceiptState, String), String> {
    let (head, decision) = text
        .split_once('|')
        .map(|(a, b)| (a.trim(), b.trim()))
        .unwrap_or((text.trim(), ""));
    let (actor, state) = head
        .split_once(char::is_whitespace)
        .ok_or("Skriv aktören och läget, t.ex. \"SoS mottagen\".")?;
    let state = parse_state(state).ok_or("Läget är mottagen, beredning eller beslutad.")?;
    Ok((actor.to_string(), state, decision.to_string()))
}

/// "SoS SBU" or "SoS, SBU" → the actors a need is handed to; empty means
/// back to the dialogues' proposal.
pub fn actor_list(text: &str) -> Vec<String> {
    text.split(|c: char| c == ',' || c == ';' || c.is_whitespace())
        .filter(|w| !w.is_empty())
        .map(str::to_string)
        .collect()
}

/// "ÅÅÅÅ-MM-DD: vad som bestämdes".
pub fn coordination(text: &str) -> Result<(Date, String), String> {
    let (date, notes) = text
        .split_once(':')
        .ok_or("Skriv datum, kolon och vad som bestämdes.")?;
    let date: Date = date
        .trim()
        .parse()
        .map_err(|_| "Datumet skrivs ÅÅÅÅ-MM-DD.".to_string())?;
    Ok((date, notes.trim().to_string()))
}

/// "aktör, aktör: hur | när".
pub fn taken_on(text: &str) -> Result<Outcome, String> {
    let (actors, rest) = text
        .split_once(':')
        .ok_or("Skriv aktörer, kolon, hur | när.")?;
    let (how, when) = rest
        .split_once('|')
        .map(|(a, b)| (a.trim(), b.trim()))
        .unwrap_or((rest.trim(), ""));
    let actors: Vec<String> = actors
        .split(',')
        .map(str::trim)
        .filter(|a| !a.is_empty())
        .map(String::from)
        .collect();
    if actors.is_empty() {
        return Err("Skriv minst en aktör före kolon.".into());
    }
    Ok(Outcome::Tas {
        actors,
        how: how.into(),
        when: when.into(),
    })
}

/// "titel | länk | ÅÅÅÅ-MM-DD" (link and date may be left out).
pub fn produced(text: &str) -> Result<Produced, String> {
    let mut parts = text.split('|').map(str::trim);
    let title = parts.next().unwrap_or("").to_string();
    if title.is_empty() {
        return Err("Skriv titeln på det som tagits fram.".into());
    }
    let link = parts.next().unwrap_or("").to_string();
    let published = match parts.next().filter(|d| !d.is_empty()) {
        Some(d) => Some(
            d.parse::<Date>()
                .map_err(|_| format!("\"{d}\" är inget datum (ÅÅÅÅ-MM-DD)."))?,
        ),
        None => None,
    };
    Ok(Produced {
        title,
        link,
        published,
    })
}

/// All representatives (present or not) whose name contains every typed word.
pub fn all_rep_matches(round: &Round, query: &str) -> Vec<String> {
    round
        .representatives
        .iter()
        .map(|r| r.name.clone())
        .filter(|n| query.split_whitespace().all(|w| contains_folded(n, w)))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn joint_rules_parse_in_swedish() {
        assert_eq!(joint_rule("alla"), Ok(JointRule::AllPicked));
        assert_eq!(joint_rule(" Topp 10 "), Ok(JointRule::TopK(10)));
        assert_eq!(joint_rule("minst 2"), Ok(JointRule::AtLeast(2)));
        assert!(joint_rule("topp").is_err());
        assert!(joint_rule("topp 0").is_err());
        assert!(joint_rule("flest").is_err());
    }

    #[test]
    fn actor_lists_split_on_spaces_commas_and_semicolons() {
        assert_eq!(actor_list(" SoS,SBU ;  Forte"), ["SoS", "SBU", "Forte"]);
        assert!(actor_list("  , ").is_empty());
    }

    #[test]
    fn follow_up_lines() {
        let (actor, state, decision) = receipt("SoS beslutad | Tas in i VP 2027").unwrap();
        assert_eq!(
            (actor.as_str(), decision.as_str()),
            ("SoS", "Tas in i VP 2027")
        );
        assert_eq!(state, ReceiptState::Beslutad);
        assert!(receipt("SoS").is_err());
        assert!(receipt("SoS kanske").unwrap_err().contains("mottagen"));
        assert_eq!(
            coordination("2027-10-20: SBU tar 1").unwrap().1,
            "SBU tar 1"
        );
        assert!(coordination("i höst: x").is_err());
        match taken_on("SoS, SBU: Vägledning | kvartal 2 2027").unwrap() {
            Outcome::Tas { actors, how, when } => {
                assert_eq!(actors, vec!["SoS", "SBU"]);
                assert_eq!(
                    (how.as_str(), when.as_str()),
                    ("Vägledning", "kvartal 2 2027")
                );
            }
            other => panic!("{other:?}"),
        }
        assert!(taken_on(": x").is_err());
        let p = produced("Vägledning | https://x.se | 2027-05-01").unwrap();
        assert_eq!(p.published, Some("2027-05-01".parse().unwrap()));
        assert!(produced("Titel | | maj").unwrap_err().contains("maj"));
        assert!(produced(" | x").is_err());
    }
}
