//! The small web server the phones vote through (tiny_http, plain HTTP;
//! see docs/phones.md for TLS). It binds only where told, parses nothing
//! itself but the form's fields (form_urlencoded), caps every body, blocks
//! an address that tries ten wrong codes within a minute for a minute, and
//! hands every request to the round's one writer over a channel: the
//! server never holds the round.

use std::collections::HashMap;
use std::io::Read as _;
use std::net::{IpAddr, SocketAddr};
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::mpsc::{Receiver, Sender, channel};
use std::sync::{Arc, Mutex};
use std::thread::JoinHandle;
use std::time::{Duration, Instant};

use tiny_http::{Header, Method, Request, Response, Server};

use crate::serve::answer::{PhoneReply, PhoneRequest};

/// The largest request body read; a ballot of 40 needs is under 2 kB.
pub const MAX_BODY: usize = 16 * 1024;
/// Wrong codes from one address within `WINDOW` before it is blocked.
pub const MAX_WRONG: u32 = 10;
pub const WINDOW: Duration = Duration::from_secs(60);
/// The addresses remembered for blocking, at most.
const MAX_ADDRESSES: usize = 10_000;
/// Threads taking requests from the server and handing each to a thread
/// of its own, so a client that sends its body slowly (or never) holds
/// only that thread.
const WORKERS: usize = 2;
/// Requests answered at once, at most; beyond it a request is told to try
/// again (503) at once, so a flood of slow clients cannot grow memory.
pub const MAX_IN_FLIGHT: usize = 256;
/// How long a request waits for the round's writer.
const WRITER_WAIT: Duration = Duration::from_secs(5);

/// A request on its way to the writer, with where to send the page.
pub type Asked = (PhoneRequest, Sender<PhoneReply>);

/// The requests for the round's writer.
pub type Requests = Receiver<Asked>;

/// The running server: its address and how many ballots it has carried.
pub struct BallotServer {
    pub addr: SocketAddr,
    pub ballots: Arc<AtomicUsize>,
    server: Arc<Server>,
    stop: Arc<AtomicBool>,
    workers: Vec<JoinHandle<()>>,
}

#[derive(Default)]
struct Tries {
    since: Option<Instant>,
    wrong: u32,
    blocked_until: Option<Instant>,
}

type Guard = Arc<Mutex<HashMap<IpAddr, Tries>>>;

/// This machine's address on the local network, found without sending
/// anything (a UDP socket is only connected, never written to).
pub fn own_address() -> Option<IpAddr> {
    let s = std::net::UdpSocket::bind("0.0.0.0:0").ok()?;
    s.connect("192.0.2.1:80").ok()?;
    s.local_addr().ok().map(|a| a.ip())
}

/// The address to listen on: the one given, else this machine's own on
/// port 8080.
pub fn listen_address(given: Option<&str>) -> Result<String, String> {
    match given.map(str::trim).filter(|a| !a.is_empty()) {
        Some(a) => Ok(a.to_string()),
        None => own_address().map(|ip| format!("{ip}:8080")).ok_or(
            "Datorns adress på nätverket hittades inte: ange den, t.ex. 192.168.1.20:8080.".into(),
        ),
    }
}

/// Six random bytes from the system, for a code.
pub fn random_code_bytes() -> [u8; crate::meeting::phone::CODE_LEN] {
    let mut b = [0u8; crate::meeting::phone::CODE_LEN];
    // Without the system's randomness there is no safe code: stop.
    getrandom::fill(&mut b).expect("systemets slumpkälla saknas");
    b
}

/// Starts the server on `addr` ("127.0.0.1:0" picks a free port); the
/// requests come out of the receiver, for the round's writer.
pub fn start(addr: &str) -> Result<(BallotServer, Requests), String> {
    let server = Server::http(addr).map_err(|e| {
        format!(
            "Servern kunde inte starta på {addr}: {e}. Välj en annan adress eller port med --addr."
        )
    })?;
    let bound = server
        .server_addr()
        .to_ip()
        .ok_or("Servern fick ingen IP-adress.")?;
    let server = Arc::new(server);
    let (tx, rx) = channel::<Asked>();
    let stop = Arc::new(AtomicBool::new(false));
    let ballots = Arc::new(AtomicUsize::new(0));
    let guard: Guard = Arc::default();
    let in_flight = Arc::new(AtomicUsize::new(0));
    let workers = (0..WORKERS)
        .map(|_| {
            let (server, tx, stop, ballots, guard) = (
                server.clone(),
                tx.clone(),
                stop.clone(),
                ballots.clone(),
                guard.clone(),
            );
            let in_flight = in_flight.clone();
            std::thread::spawn(move || {
                while !stop.load(Ordering::Relaxed) {
                    let Ok(rq) = server.recv() else { break };
                    if in_flight.fetch_add(1, Ordering::SeqCst) >= MAX_IN_FLIGHT {
                        in_flight.fetch_sub(1, Ordering::SeqCst);
                        let page = plain_page(
                            "Försök igen",
                            "Servern är upptagen just nu. Skicka igen om en stund.",
                        );
                        let _ = rq.respond(html(503, page));
                        continue;
                    }
                    let (tx, guard, ballots, done) = (
                        tx.clone(),
                        guard.clone(),
                        ballots.clone(),
                        in_flight.clone(),
                    );
                    let spawned =
                        std::thread::Builder::new()
                            .stack_size(256 * 1024)
                            .spawn(move || {
                                serve_one(rq, &tx, &guard, &ballots);
                                done.fetch_sub(1, Ordering::SeqCst);
                            });
                    if spawned.is_err() {
                        in_flight.fetch_sub(1, Ordering::SeqCst);
                    }
                }
            })
        })
        .collect();
    Ok((
        BallotServer {
            addr: bound,
            ballots,
            server,
            stop,
            workers,
        },
        rx,
    ))
}

impl BallotServer {
    /// The address to give the phones.
    pub fn url(&self) -> String {
        format!("http://{}/", self.addr)
    }

    /// Stops answering and waits for the threads.
    pub fn stop(self) {
        self.stop.store(true, Ordering::Relaxed);
        for _ in &self.workers {
            self.server.unblock();
        }
        for w in self.workers {
            let _ = w.join();
        }
    }
}

fn html(status: u16, body: String) -> Response<std::io::Cursor<Vec<u8>>> {
    let mut r = Response::from_string(body).with_status_code(status);
    for (k, v) in [
        ("Content-Type", "text/html; charset=utf-8"),
        ("Cache-Control", "no-store"),
        ("X-Content-Type-Options", "nosniff"),
        ("Referrer-Policy", "no-referrer"),
        (
            "Content-Security-Policy",
            "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'",
        ),
    ] {
        if let Ok(h) = Header::from_bytes(k, v) {
            r.add_header(h);
        }
    }
    r
}

fn plain_page(title: &str, text: &str) -> String {
    format!(
        "<!DOCTYPE html><html lang=\"sv\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>{title}</title></head><body><main><h1>{title}</h1><p>{text}</p><p><a href=\"/\">Till början</a></p></main></body></html>"
    )
}

/// Blocked now? Counts a wrong code when `wrong`.
fn blocked(guard: &Guard, ip: IpAddr, wrong: bool) -> bool {
    let Ok(mut map) = guard.lock() else {
        return true;
    };
    let now = Instant::now();
    if map.len() >= MAX_ADDRESSES && !map.contains_key(&ip) {
        map.retain(|_, t| t.blocked_until.is_some_and(|b| b > now));
    }
    let t = map.entry(ip).or_default();
    if let Some(until) = t.blocked_until {
        if until > now {
            return true;
        }
        *t = Tries::default();
    }
    if wrong {
        if t.since.is_none_or(|s| now.duration_since(s) > WINDOW) {
            t.since = Some(now);
            t.wrong = 0;
        }
        t.wrong += 1;
        if t.wrong >= MAX_WRONG {
            t.blocked_until = Some(now + WINDOW);
        }
    }
    false
}

/// The form's fields, from a body of at most `MAX_BODY` bytes.
fn fields(rq: &mut Request) -> Result<Vec<(String, String)>, u16> {
    if rq.body_length().is_some_and(|n| n > MAX_BODY) {
        return Err(413);
    }
    let mut body = Vec::new();
    rq.as_reader()
        .take(MAX_BODY as u64 + 1)
        .read_to_end(&mut body)
        .map_err(|_| 400u16)?;
    if body.len() > MAX_BODY {
        return Err(413);
    }
    Ok(form_urlencoded::parse(&body)
        .take(200)
        .map(|(k, v)| (k.into_owned(), v.into_owned()))
        .collect())
}

fn serve_one(mut rq: Request, tx: &Sender<Asked>, guard: &Guard, ballots: &AtomicUsize) {
    let ip = rq
        .remote_addr()
        .map(|a| a.ip())
        .unwrap_or(IpAddr::from([0, 0, 0, 0]));
    if blocked(guard, ip, false) {
        let page = plain_page(
            "Vänta en stund",
            "För många fel koder från den här enheten. Försök igen om en minut, eller fråga kansliet.",
        );
        let _ = rq.respond(html(429, page));
        return;
    }
    let path = rq.url().split('?').next().unwrap_or("").to_string();
    let asked = match (rq.method(), path.as_str()) {
        (Method::Get, "/") => PhoneRequest::Start,
        (Method::Post, "/") | (Method::Post, "/valsedel") => match fields(&mut rq) {
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
            Err(status) => {
                let page = plain_page(
                    "För stor begäran",
                    "Det som skickades var för stort eller kunde inte läsas.",
                );
                let _ = rq.respond(html(status, page));
                return;
            }
        },
        _ => {
            let _ = rq.respond(html(404, plain_page("Sidan finns inte", "Gå till början.")));
            return;
        }
    };
    let is_ballot = matches!(asked, PhoneRequest::Ballot { .. });
    let (back, answer) = channel();
    let reply = tx
        .send((asked, back))
        .ok()
        .and_then(|_| answer.recv_timeout(WRITER_WAIT).ok());
    let Some(reply) = reply else {
        let page = plain_page(
            "Försök igen",
            "Kansliets dator svarade inte. Skicka igen om en stund.",
        );
        let _ = rq.respond(html(503, page));
        return;
    };
    if reply.wrong_code {
        blocked(guard, ip, true);
    }
    if is_ballot && reply.changed {
        ballots.fetch_add(1, Ordering::Relaxed);
    }
    let _ = rq.respond(html(reply.status, reply.html));
}
