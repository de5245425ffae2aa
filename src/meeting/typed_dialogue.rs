//! The typed lines of moments 3 and 4: an actor's response and the reason
//! a need is set aside.

use crate::domain::meetings::Response;
use crate::domain::need::SetAsideReason;

/// Parses the set-aside line: "täckt: stöd", "pågår: vem", "lokalt",
/// "inte", "annat: skäl", optionally followed by " | anteckning".
pub fn parse_set_aside(text: &str) -> Result<(SetAsideReason, String), String> {
    let (main, note) = text
        .split_once('|')
        .map(|(a, b)| (a.trim(), b.trim()))
        .unwrap_or((text.trim(), ""));
    let (kind, rest) = main
        .split_once(':')
        .map(|(a, b)| (a.trim(), b.trim()))
        .unwrap_or((main, ""));
    let reason = match kind.to_lowercase().as_str() {
        "täckt" | "tackt" | "redan täckt" => SetAsideReason::RedanTackt { support: rest.into() },
        "pågår" | "pagar" | "arbete pågår" => SetAsideReason::ArbeteParar { by: rest.into() },
        "lokalt" | "regionalt" => SetAsideReason::LokaltRegionalt,
        "inte" | "inte kunskapsbehov" => SetAsideReason::InteKunskapsbehov,
        "annat" => return Ok((SetAsideReason::Annat, if note.is_empty() { rest.into() } else { format!("{rest} {note}") })),
        _ => return Err("Skriv skälet: \"täckt: stöd\", \"pågår: vem\", \"lokalt\", \"inte\" eller \"annat: skäl\".".into()),
    };
    let note = if rest.is_empty()
        || matches!(
            reason,
            SetAsideReason::RedanTackt { .. } | SetAsideReason::ArbeteParar { .. }
        ) {
        note.to_string()
    } else {
        format!("{rest} {note}").trim().to_string()
    };
    Ok((reason, note))
}

/// Parses a response line: "sos täckt: titel | länk", "sbu pågår: vem",
/// "sos lucka", "forte oklart: vad". Returns (actor, response).
pub fn parse_response(text: &str) -> Result<(String, Response), String> {
    let (actor, rest) = text
        .trim()
        .split_once(char::is_whitespace)
        .ok_or(RESPONSE_HELP)?;
    let (kind, detail) = rest
        .split_once(':')
        .map(|(a, b)| (a.trim(), b.trim()))
        .unwrap_or((rest.trim(), ""));
    let response = match kind.to_lowercase().as_str() {
        "täckt" | "tackt" => {
            let (support, link) = detail
                .split_once('|')
                .map(|(a, b)| (a.trim(), b.trim()))
                .unwrap_or((detail, ""));
            if support.is_empty() {
                return Err(
                    "Skriv vilket stöd som täcker behovet: \"sos täckt: titel | länk\".".into(),
                );
            }
            Response::RedanTackt {
                support: support.into(),
                link: link.into(),
            }
        }
        "pågår" | "pagar" => Response::ArbeteParar {
            by: if detail.is_empty() {
                actor.to_string()
            } else {
                detail.into()
            },
        },
        "lucka" | "kunskapslucka" => Response::Kunskapslucka,
        "oklart" => Response::Oklart {
            clarify: detail.into(),
        },
        _ => return Err(RESPONSE_HELP.into()),
    };
    Ok((actor.to_string(), response))
}

const RESPONSE_HELP: &str = "Skriv aktör och svar: \"sos lucka\", \"sbu täckt: titel | länk\", \"forte pågår: vem\" eller \"sos oklart: vad\".";
