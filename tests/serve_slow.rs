//! Slow and stalled clients on 127.0.0.1: a phone that sends half its
//! headers, or its headers and then half its body, holds no one else up;
//! it is cut off at its deadline (408 when its body is late), and the
//! round file has only the ballots that came whole. When the connections
//! are all taken, a new one is closed at once rather than queued, and
//! served again once the stalled ones are cut off.

mod common;

use std::io::{Read, Write};
use std::net::{SocketAddr, TcpStream};
use std::time::Duration;

use common::phones::{codes, compilation, meeting, post, serve_with};
use lbk::serve::server::Limits;

/// A connection that sends `start` and then nothing.
fn stalled(addr: SocketAddr, start: &str) -> TcpStream {
    let mut s = TcpStream::connect(addr).unwrap();
    s.set_read_timeout(Some(Duration::from_secs(30))).unwrap();
    s.write_all(start.as_bytes()).unwrap();
    s
}

/// What the server sends before it closes the connection: read until it
/// closes (a read timeout here is a failure: the server never cut it off).
fn until_closed(mut s: TcpStream) -> String {
    let mut out = Vec::new();
    s.read_to_end(&mut out)
        .expect("the server never closed the stalled connection");
    String::from_utf8_lossy(&out).into_owned()
}

fn short() -> Limits {
    Limits {
        headers: Duration::from_secs(2),
        body: Duration::from_secs(2),
        ..Limits::default()
    }
}

const HALF_HEADERS: &str = "POST /valsedel HTTP/1.1\r\nHost: lbk\r\nContent-Le";
const HALF_BODY: &str = "POST /valsedel HTTP/1.1\r\nHost: lbk\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: 200\r\n\r\nkod=AB";

#[test]
fn stalled_clients_hold_no_one_up_and_are_cut_off_at_their_deadline() {
    let dir = tempfile::tempdir().unwrap();
    let path = meeting(dir.path());
    let run = serve_with(&path, short());
    let addr = run.addr;
    let heads: Vec<_> = (0..10).map(|_| stalled(addr, HALF_HEADERS)).collect();
    let bodies: Vec<_> = (0..10).map(|_| stalled(addr, HALF_BODY)).collect();
    // Everyone votes while twenty connections stall (all from 127.0.0.1,
    // within the 64 one address may hold).
    let list = compilation(&path);
    let voters: Vec<_> = codes(&path)
        .into_iter()
        .enumerate()
        .map(|(i, (_, code))| {
            let picks: Vec<String> = (0..5)
                .map(|k| list[(i + k * 3) % list.len()].clone())
                .collect();
            std::thread::spawn(move || {
                let body: String = std::iter::once(format!("kod={code}"))
                    .chain(picks.iter().map(|p| format!("val={p}")))
                    .collect::<Vec<_>>()
                    .join("&");
                post(addr, "/valsedel", &body)
            })
        })
        .collect();
    for v in voters {
        let (status, page) = v.join().unwrap();
        assert_eq!(status, 200, "{page}");
        assert!(page.contains("Mottaget och räknat"), "{page}");
    }
    for b in bodies {
        let said = until_closed(b);
        assert!(said.starts_with("HTTP/1.1 408"), "{said}");
        assert!(said.contains("kom inte fram i tid"), "{said}");
    }
    for h in heads {
        // Half a request gets no page: the connection is closed.
        assert!(!until_closed(h).contains("200 OK"));
    }
    let round = run.finish();
    assert_eq!(round.counted_pick_ballots().len(), 25);
    let on_disk = lbk::store::load(&path).unwrap().0;
    assert_eq!(on_disk.counted_pick_ballots().len(), 25);
}

#[test]
fn when_every_connection_is_taken_a_new_one_is_closed_at_once_then_served_again() {
    let dir = tempfile::tempdir().unwrap();
    let path = meeting(dir.path());
    let limits = Limits {
        connections: 4,
        ..short()
    };
    let run = serve_with(&path, limits);
    let addr = run.addr;
    let held: Vec<_> = (0..4).map(|_| stalled(addr, HALF_HEADERS)).collect();
    // The fifth is closed without a word, not queued behind the four.
    let (status, _) = post(addr, "/", "kod=AAAAAA");
    assert_eq!(
        status, 0,
        "a fifth connection was served while four were open"
    );
    for h in held {
        until_closed(h);
    }
    let code = &codes(&path)[0].1;
    let (status, page) = post(addr, "/", &format!("kod={code}"));
    assert_eq!(status, 200, "{page}");
    assert!(page.contains("välj 5"), "{page}");
    run.finish();
}
