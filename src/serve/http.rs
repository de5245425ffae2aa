//! One phone request answered: the address checked against the wrong-code
//! block, the body read within its cap and its deadline, the form's fields
//! parsed (form_urlencoded), the request handed to the round's writer and
//! its page sent back with headers that keep it out of caches and scripts.

use std::net::IpAddr;

use http_body_util::{BodyExt as _, Full, LengthLimitError, Limited};
use hyper::body::{Bytes, Incoming};
use hyper::{Method, Request, Response, StatusCode};
use tokio::sync::oneshot;

use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::mpsc::Sender;

use crate::serve::answer::{PhoneReply, PhoneRequest};
use crate::serve::guard::{Guard, Limits};

/// A request on its way to the writer, with where to send the page.
pub type Asked = (PhoneRequest, oneshot::Sender<PhoneReply>);

/// The largest request body read; a ballot of 40 needs is under 2 kB.
pub const MAX_BODY: usize = 16 * 1024;

/// What every connection shares: the way to the writer, the limits, the
/// counters.
pub(crate) struct Shared {
    pub(crate) writer: Sender<Asked>,
    pub(crate) limits: Limits,
    pub(crate) guard: Guard,
    pub(crate) ballots: Arc<AtomicUsize>,
}

/// The most form fields read from one body.
const MAX_FIELDS: usize = 200;

/// The page for one request.
pub(crate) async fn answer(
    rq: Request<Incoming>,
    ip: IpAddr,
    shared: &Shared,
) -> Response<Full<Bytes>> {
    if shared.guard.blocked(ip, false) {
        return page(
            429,
            "Vänta en stund",
            "För många fel koder från den här enheten. Försök igen om en minut, eller fråga kansliet.",
        );
    }
    let path = rq.uri().path().to_string();
    let asked = match (rq.method().clone(), path.as_str()) {
        (Method::GET, "/") => PhoneRequest::Start,
        (Method::POST, "/" | "/valsedel") => match fields(rq, shared).await {
            Ok(f) => {
                let code = f
                    .iter()
                    .find(|(k, _)| k == "kod")
                    .map(|(_, v)| v.clone())
                    .unwrap_or_default();
                if path == "/" {
                    PhoneRequest::Code(code)
                } else {
                    PhoneRequest::Ballot { code, fields: f }
                }
            }
            Err(refused) => return refused,
        },
        _ => return page(404, "Sidan finns inte", "Gå till början."),
    };
    let is_ballot = matches!(asked, PhoneRequest::Ballot { .. });
    let (back, reply) = oneshot::channel();
    if shared.writer.send((asked, back)).is_err() {
        return not_answered();
    }
    let Ok(Ok(reply)) = tokio::time::timeout(shared.limits.writer, reply).await else {
        return not_answered();
    };
    if reply.wrong_code {
        shared.guard.blocked(ip, true);
    }
    if is_ballot && reply.changed {
        shared.ballots.fetch_add(1, Ordering::Relaxed);
    }
    html(reply.status, reply.html)
}

/// The form's fields, from a body of at most `MAX_BODY` bytes sent within
/// the body's deadline.
async fn fields(
    rq: Request<Incoming>,
    shared: &Shared,
) -> Result<Vec<(String, String)>, Response<Full<Bytes>>> {
    let too_big = || {
        page(
            413,
            "För stor begäran",
            "Det som skickades var för stort. Skicka valsedeln från sidan igen.",
        )
    };
    let declared = rq
        .headers()
        .get(hyper::header::CONTENT_LENGTH)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.trim().parse::<u64>().ok());
    if declared.is_some_and(|n| n > MAX_BODY as u64) {
        return Err(too_big());
    }
    let body = Limited::new(rq.into_body(), MAX_BODY).collect();
    let body = match tokio::time::timeout(shared.limits.body, body).await {
        Err(_) => {
            return Err(page(
                408,
                "Det tog för lång tid",
                "Valsedeln kom inte fram i tid. Skicka den igen.",
            ));
        }
        Ok(Err(e)) if e.downcast_ref::<LengthLimitError>().is_some() => return Err(too_big()),
        Ok(Err(_)) => {
            return Err(page(
                400,
                "Kunde inte läsas",
                "Det som skickades kunde inte läsas. Skicka valsedeln från sidan igen.",
            ));
        }
        Ok(Ok(body)) => body.to_bytes(),
    };
    Ok(form_urlencoded::parse(&body)
        .take(MAX_FIELDS)
        .map(|(k, v)| (k.into_owned(), v.into_owned()))
        .collect())
}

fn not_answered() -> Response<Full<Bytes>> {
    page(
        503,
        "Försök igen",
        "Kansliets dator svarade inte. Skicka igen om en stund.",
    )
}

fn html(status: u16, body: String) -> Response<Full<Bytes>> {
    let mut r = Response::new(Full::new(Bytes::from(body)));
    *r.status_mut() = StatusCode::from_u16(status).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
    let h = r.headers_mut();
    for (k, v) in [
        ("content-type", "text/html; charset=utf-8"),
        ("cache-control", "no-store"),
        ("x-content-type-options", "nosniff"),
        ("referrer-policy", "no-referrer"),
        (
            "content-security-policy",
            "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'",
        ),
    ] {
        h.insert(k, hyper::header::HeaderValue::from_static(v));
    }
    r
}

fn page(status: u16, title: &str, text: &str) -> Response<Full<Bytes>> {
    html(
        status,
        format!(
            "<!DOCTYPE html><html lang=\"sv\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>{title}</title></head><body><main><h1>{title}</h1><p>{text}</p><p><a href=\"/\">Till början</a></p></main></body></html>"
        ),
    )
}
