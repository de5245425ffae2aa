//! Driving the ballot server as phones do, on 127.0.0.1: a round with 25
//! present representatives, the server with the round's writer on a
//! thread, and plain HTTP requests over a TcpStream.

use std::io::{Read, Write};
use std::net::{SocketAddr, TcpStream};
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::Duration;

use lbk::domain::Round;
use lbk::serve::server::{BallotServer, Limits, start_with};
use lbk::store::OpenRound;

/// Sends one request and returns the status and the body.
pub fn http(addr: SocketAddr, method: &str, path: &str, body: &str) -> (u16, String) {
    let mut s = TcpStream::connect(addr).unwrap();
    s.set_read_timeout(Some(Duration::from_secs(20))).unwrap();
    let req = format!(
        "{method} {path} HTTP/1.1\r\nHost: lbk\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{body}",
        body.len()
    );
    s.write_all(req.as_bytes()).unwrap();
    let mut out = Vec::new();
    let _ = s.read_to_end(&mut out);
    let text = String::from_utf8_lossy(&out).into_owned();
    let status = text
        .split(' ')
        .nth(1)
        .and_then(|c| c.parse().ok())
        .unwrap_or(0);
    let body = text.split("\r\n\r\n").nth(1).unwrap_or("").to_string();
    (status, body)
}

pub fn post(addr: SocketAddr, path: &str, body: &str) -> (u16, String) {
    http(addr, "POST", path, body)
}

/// Sample round (b) with 25 present representatives and no ballots.
pub fn meeting(dir: &Path) -> PathBuf {
    let path = dir.join("r.ron");
    std::fs::write(&path, lbk::store::samples::SAMPLES[1].text).unwrap();
    let (mut r, seen) = lbk::store::load(&path).unwrap();
    let at = jiff::Timestamp::now();
    for i in 0..6 {
        let _ = r.add_representative(&format!("Extra Person {i}"), "GR", "", at);
    }
    let names: Vec<String> = r.representatives.iter().map(|p| p.name.clone()).collect();
    for n in names.iter().take(25) {
        r.set_present(n, true, at).unwrap();
    }
    for n in names.iter().skip(25) {
        r.set_present(n, false, at).unwrap();
    }
    r.prioritization.pick_ballots.clear();
    assert_eq!(r.voters().len(), 25);
    lbk::store::save(&path, &mut r, Some(seen)).unwrap();
    path
}

/// Deterministic "random" bytes for codes.
pub fn counter() -> impl FnMut() -> [u8; 6] {
    let mut n: u64 = 7;
    move || {
        n = n
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        let b = n.to_le_bytes();
        [b[2], b[3], b[4], b[5], b[6], b[7]]
    }
}

/// The round's writer on a thread, answering `server` until stopped.
pub struct Running {
    server: BallotServer,
    stop: Arc<AtomicBool>,
    writer: std::thread::JoinHandle<OpenRound>,
    pub addr: SocketAddr,
}

pub fn serve(path: &Path) -> Running {
    serve_with(path, Limits::default())
}

/// The same with the server's limits given (short deadlines for the
/// slow-client tests).
pub fn serve_with(path: &Path, limits: Limits) -> Running {
    let mut open = OpenRound::open(path).unwrap();
    open.round
        .issue_codes(&mut counter(), jiff::Timestamp::now())
        .unwrap();
    open.save().unwrap();
    let (server, requests) = start_with("127.0.0.1:0", limits).unwrap();
    let addr = server.addr;
    let stop = Arc::new(AtomicBool::new(false));
    let flag = stop.clone();
    let writer = std::thread::spawn(move || {
        let mut open = open;
        while !flag.load(Ordering::Relaxed) {
            let Ok((req, back)) = requests.recv_timeout(Duration::from_millis(50)) else {
                continue;
            };
            let reply = lbk::serve::answer::answer(&mut open.round, &req, jiff::Timestamp::now());
            if reply.changed {
                open.save().unwrap();
            }
            let _ = back.send(reply);
        }
        open
    });
    Running {
        server,
        stop,
        writer,
        addr,
    }
}

impl Running {
    pub fn finish(self) -> Round {
        self.stop.store(true, Ordering::Relaxed);
        let open = self.writer.join().unwrap();
        self.server.stop();
        open.round.clone()
    }
}

pub fn codes(path: &Path) -> Vec<(String, String)> {
    let r = lbk::store::load(path).unwrap().0;
    let stage = r.phone_stage();
    r.prioritization
        .codes
        .iter()
        .filter(|c| Some(c.stage) == stage)
        .map(|c| (c.representative.clone(), c.code.clone()))
        .collect()
}

/// The needs of the round's final compilation, by number.
pub fn compilation(path: &Path) -> Vec<String> {
    let r = lbk::store::load(path).unwrap().0;
    r.final_compilation()
        .iter()
        .map(|n| n.number.clone())
        .collect()
}
