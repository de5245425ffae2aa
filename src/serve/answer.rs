//! What the round's one writer answers a phone: a request from the server
//! (a code, or a ballot with its code) becomes a page, and a ballot goes
//! into the round through `Round::cast_by_phone`, the same checks as a
//! typed one. No network and no file here: the server thread asks, the
//! writer (`lbk serve` or the app) answers and saves.

use jiff::Timestamp;

use crate::domain::Round;
use crate::domain::priority::Stage;
use crate::meeting::phone::PhoneCast;
use crate::serve::page::{ballot_page, closed_page, code_page, received_page};

/// What a phone asked.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PhoneRequest {
    /// The first page.
    Start,
    /// The code typed: the ballot page.
    Code(String),
    /// A ballot sent: its code and the form's fields.
    Ballot {
        code: String,
        fields: Vec<(String, String)>,
    },
}

/// The page to send back, and what it did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PhoneReply {
    pub status: u16,
    pub html: String,
    /// The code was wrong: the server counts it against the address.
    pub wrong_code: bool,
    /// The round changed and must be saved.
    pub changed: bool,
}

fn reply(status: u16, html: String) -> PhoneReply {
    PhoneReply {
        status,
        html,
        wrong_code: false,
        changed: false,
    }
}

/// The ballot the fields hold: the picks in the list's order, or the
/// ranking by place; Err says what is wrong in the page's words.
pub fn ballot_of(stage: Stage, fields: &[(String, String)]) -> Result<Vec<String>, String> {
    match stage {
        Stage::Pick => Ok(fields
            .iter()
            .filter(|(k, _)| k == "val")
            .map(|(_, v)| v.trim().to_string())
            .collect()),
        Stage::Rank => {
            let mut placed: Vec<(usize, String)> = vec![];
            for (k, v) in fields {
                let Some(need) = k.strip_prefix("plats_") else {
                    continue;
                };
                if v.trim().is_empty() {
                    continue;
                }
                let place: usize = v
                    .trim()
                    .parse()
                    .map_err(|_| format!("\"{}\" är ingen plats.", v.trim()))?;
                if let Some((_, other)) = placed.iter().find(|(p, _)| *p == place) {
                    return Err(format!(
                        "Plats {place} är given både {other} och {}: ge varje plats en gång.",
                        need.trim()
                    ));
                }
                placed.push((place, need.trim().to_string()));
            }
            placed.sort();
            Ok(placed.into_iter().map(|(_, n)| n).collect())
        }
    }
}

/// "10:02", in Swedish time.
fn clock(at: Timestamp) -> String {
    at.in_tz("Europe/Stockholm")
        .map(|z| z.strftime("%H:%M").to_string())
        .unwrap_or_default()
}

/// The person's ballot in the stage, as the round has it.
fn ballot_now(r: &Round, stage: Stage, name: &str) -> Vec<String> {
    let p = &r.prioritization;
    if let Some(h) = p
        .held
        .iter()
        .find(|h| h.stage == stage && h.representative == name)
    {
        return h.needs.clone();
    }
    match stage {
        Stage::Pick => p.pick_ballot(name).map(|b| b.needs.clone()),
        Stage::Rank => p
            .rank_ballots
            .iter()
            .find(|b| b.representative == name)
            .map(|b| b.order.to_vec()),
    }
    .unwrap_or_default()
}

/// Answers one request; the round changes only by a counted or held ballot.
pub fn answer(r: &mut Round, req: &PhoneRequest, now: Timestamp) -> PhoneReply {
    let area = r.area.clone();
    let Some(stage) = r.phone_stage() else {
        return reply(403, closed_page(&area));
    };
    let (code, fields) = match req {
        PhoneRequest::Start => return reply(200, code_page(&area, None)),
        PhoneRequest::Code(code) => (code, None),
        PhoneRequest::Ballot { code, fields } => (code, Some(fields)),
    };
    let Some(name) = r.code_holder(code) else {
        return PhoneReply {
            wrong_code: true,
            ..reply(
                403,
                code_page(
                    &area,
                    Some("Koden gäller inte. Kontrollera den och försök igen."),
                ),
            )
        };
    };
    let code = crate::meeting::phone::typed_code(code);
    let Some(fields) = fields else {
        let chosen = ballot_now(r, stage, &name);
        return reply(200, ballot_page(r, &name, &code, &chosen, None));
    };
    let ballot = match ballot_of(stage, fields) {
        Ok(b) => b,
        Err(e) => return reply(400, ballot_page(r, &name, &code, &[], Some(&e))),
    };
    match r.cast_by_phone(&code, &ballot, now) {
        Ok(cast) => {
            let held = cast == PhoneCast::Held;
            let shown = ballot_now(r, stage, &name);
            PhoneReply {
                changed: cast != PhoneCast::Unchanged,
                ..reply(
                    200,
                    received_page(r, &name, &code, &shown, &clock(now), held),
                )
            }
        }
        Err(e) => reply(400, ballot_page(r, &name, &code, &ballot, Some(&e))),
    }
}
