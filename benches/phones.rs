//! 25 phones voting at once through the ballot server on 127.0.0.1, the
//! round's writer answering and saving each ballot as the app does: the
//! time until the last phone has its answer (its ballot counted, saved,
//! and in the tally the next frame draws), and the server's memory. See
//! docs/performance.md.

use std::io::{Read, Write};
use std::net::{SocketAddr, TcpStream};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::{Duration, Instant};

use criterion::{Criterion, criterion_group, criterion_main};
use lbk::store::OpenRound;

fn post(addr: SocketAddr, body: &str) -> u16 {
    let mut s = TcpStream::connect(addr).unwrap();
    let req = format!(
        "POST /valsedel HTTP/1.1\r\nHost: lbk\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{body}",
        body.len()
    );
    s.write_all(req.as_bytes()).unwrap();
    let mut out = String::new();
    let _ = s.read_to_string(&mut out);
    out.split(' ')
        .nth(1)
        .and_then(|c| c.parse().ok())
        .unwrap_or(0)
}

/// Resident memory of this process in kB (Linux), for the figure.
fn rss_kb() -> u64 {
    std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|s| {
            s.lines()
                .find(|l| l.starts_with("VmRSS:"))
                .and_then(|l| l.split_whitespace().nth(1)?.parse().ok())
        })
        .unwrap_or(0)
}

/// A meeting of 25 present with codes, in a temporary folder.
fn meeting(dir: &std::path::Path) -> std::path::PathBuf {
    let path = dir.join("r.ron");
    std::fs::write(&path, lbk::store::samples::SAMPLES[1].text).unwrap();
    let (mut r, seen) = lbk::store::load(&path).unwrap();
    let at = jiff::Timestamp::now();
    for i in 0..6 {
        let _ = r.add_representative(&format!("Extra Person {i}"), "GR", "", at);
    }
    let names: Vec<String> = r.representatives.iter().map(|p| p.name.clone()).collect();
    for (i, n) in names.iter().enumerate() {
        r.set_present(n, i < 25, at).unwrap();
    }
    r.prioritization.pick_ballots.clear();
    r.issue_codes(&mut lbk::serve::server::random_code_bytes, at)
        .unwrap();
    lbk::store::save(&path, &mut r, Some(seen)).unwrap();
    path
}

fn phones(c: &mut Criterion) {
    let dir = tempfile::tempdir().unwrap();
    let path = meeting(dir.path());
    let before = rss_kb();
    let (server, requests) = lbk::serve::server::start("127.0.0.1:0").unwrap();
    eprintln!(
        "servern (en tråd, tokio): {} kB mer minne (VmRSS)",
        rss_kb().saturating_sub(before)
    );
    let addr = server.addr;
    let stop = Arc::new(AtomicBool::new(false));
    let flag = stop.clone();
    let writer_path = path.clone();
    let writer = std::thread::spawn(move || {
        let mut open = OpenRound::open(&writer_path).unwrap();
        while !flag.load(Ordering::Relaxed) {
            let Ok((req, back)) = requests.recv_timeout(Duration::from_millis(20)) else {
                continue;
            };
            // As the app's session does: the round before the ballot is
            // kept, and the change goes to the journal.
            let before = Arc::new(open.round.clone());
            let reply = lbk::serve::answer::answer(&mut open.round, &req, jiff::Timestamp::now());
            if reply.changed {
                open.mark_before(before);
                open.save_change().unwrap();
            }
            let _ = back.send(reply);
        }
    });
    let r = lbk::store::load(&path).unwrap().0;
    let codes: Vec<String> = r
        .prioritization
        .codes
        .iter()
        .map(|c| c.code.clone())
        .collect();
    let list: Vec<String> = r
        .final_compilation()
        .iter()
        .map(|n| n.number.clone())
        .collect();
    let mut round_no = 0usize;
    c.bench_function(
        "25 mobiler röstar samtidigt (till räknat och sparat)",
        |b| {
            b.iter_custom(|iters| {
                let mut total = Duration::ZERO;
                for _ in 0..iters {
                    round_no += 1;
                    let started = Instant::now();
                    let threads: Vec<_> = codes
                        .iter()
                        .enumerate()
                        .map(|(i, code)| {
                            // A different ballot each round, so every one counts.
                            let picks: Vec<String> = (0..5)
                                .map(|k| {
                                    format!("val={}", list[(i + k * 3 + round_no) % list.len()])
                                })
                                .collect();
                            let body = format!("kod={code}&{}", picks.join("&"));
                            std::thread::spawn(move || post(addr, &body))
                        })
                        .collect();
                    for t in threads {
                        assert_eq!(t.join().unwrap(), 200);
                    }
                    total += started.elapsed();
                }
                total
            })
        },
    );
    eprintln!("efter röstningen: {} kB (VmRSS, hela processen)", rss_kb());
    stop.store(true, Ordering::Relaxed);
    writer.join().unwrap();
    server.stop();
}

criterion_group! {
    name = benches;
    config = Criterion::default().sample_size(10);
    targets = phones
}
criterion_main!(benches);
