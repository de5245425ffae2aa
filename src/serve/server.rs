//! The small web server the phones vote through (hyper on a one-thread
//! tokio runtime, plain HTTP; see docs/phones.md for TLS). It binds only
//! where told, gives every connection a deadline for its headers, its body
//! and its whole life, caps connections in all and per address, and hands
//! every request to the round's one writer over a channel: the server
//! never holds the round. `http` answers one request; `guard` holds the
//! limits and counts wrong codes and open connections.

use std::net::{IpAddr, SocketAddr};
use std::sync::Arc;
use std::sync::atomic::AtomicUsize;
use std::sync::mpsc::{Receiver, channel};
use std::thread::JoinHandle;
use std::time::Duration;

use hyper::server::conn::http1;
use hyper::service::service_fn;
use hyper_util::rt::{TokioIo, TokioTimer};
use tokio::sync::oneshot;

use crate::serve::guard::Guard;
pub use crate::serve::guard::Limits;
use crate::serve::http::Shared;
pub use crate::serve::http::{Asked, MAX_BODY};

/// The requests for the round's writer.
pub type Requests = Receiver<Asked>;

/// The running server: its address and how many ballots it has carried.
pub struct BallotServer {
    pub addr: SocketAddr,
    pub ballots: Arc<AtomicUsize>,
    stop: Option<oneshot::Sender<()>>,
    thread: Option<JoinHandle<()>>,
}

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

/// Starts the server on `addr` ("127.0.0.1:0" picks a free port) with the
/// default limits; the requests come out of the receiver, for the round's
/// writer.
pub fn start(addr: &str) -> Result<(BallotServer, Requests), String> {
    start_with(addr, Limits::default())
}

/// Starts the server with the limits given.
pub fn start_with(addr: &str, limits: Limits) -> Result<(BallotServer, Requests), String> {
    let cannot = |e: &dyn std::fmt::Display| {
        let addr = crate::domain::text_safety::clean_line(addr);
        format!("Servern kunde inte starta på {addr}: {e}. Välj en annan adress eller port.")
    };
    // An address as numbers only: a name would be looked up on the
    // network, and lbk asks nothing of the network but to listen.
    let at: std::net::SocketAddr = addr
        .trim()
        .parse()
        .map_err(|_| cannot(&why_not(&std::io::ErrorKind::InvalidInput.into())))?;
    let listener = std::net::TcpListener::bind(at).map_err(|e| cannot(&why_not(&e)))?;
    listener.set_nonblocking(true).map_err(|e| cannot(&e))?;
    let bound = listener.local_addr().map_err(|e| cannot(&e))?;
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .map_err(|e| cannot(&e))?;
    let (writer, requests) = channel::<Asked>();
    let ballots = Arc::new(AtomicUsize::new(0));
    let shared = Arc::new(Shared {
        writer,
        limits,
        guard: Guard::default(),
        ballots: ballots.clone(),
    });
    let (stop, stopped) = oneshot::channel();
    let thread = std::thread::Builder::new()
        .name("valsedelsserver".into())
        .spawn(move || runtime.block_on(accept(listener, shared, stopped)))
        .map_err(|e| cannot(&e))?;
    Ok((
        BallotServer {
            addr: bound,
            ballots,
            stop: Some(stop),
            thread: Some(thread),
        },
        requests,
    ))
}

/// Why an address could not be taken, in Swedish: what the secretariat
/// can act on (a mistyped port, a port another program has).
fn why_not(e: &std::io::Error) -> String {
    use std::io::ErrorKind as K;
    match e.kind() {
        K::InvalidInput => "adressen går inte att läsa (skriv till exempel 192.168.1.10:8080 \
                            eller 127.0.0.1:8080; porten är 1–65535)"
            .into(),
        K::AddrInUse => "porten används redan av ett annat program".into(),
        K::PermissionDenied => "porten kräver administratörsrätt (välj en över 1023)".into(),
        K::AddrNotAvailable => "adressen hör inte till den här datorn".into(),
        _ => crate::domain::text_safety::clean_line(&e.to_string()).into_owned(),
    }
}

impl BallotServer {
    /// The address to give the phones.
    pub fn url(&self) -> String {
        format!("http://{}/", self.addr)
    }

    /// Stops answering, closes every connection and waits for the thread.
    pub fn stop(mut self) {
        self.halt();
    }

    fn halt(&mut self) {
        if let Some(stop) = self.stop.take() {
            let _ = stop.send(());
        }
        if let Some(t) = self.thread.take() {
            let _ = t.join();
        }
    }
}

impl Drop for BallotServer {
    fn drop(&mut self) {
        self.halt();
    }
}

/// Takes connections until told to stop; dropping the runtime afterwards
/// closes every connection still open.
async fn accept(
    listener: std::net::TcpListener,
    shared: Arc<Shared>,
    mut stopped: oneshot::Receiver<()>,
) {
    let Ok(listener) = tokio::net::TcpListener::from_std(listener) else {
        return;
    };
    let open = Arc::new(crate::serve::guard::Open::default());
    loop {
        let (stream, peer) = tokio::select! {
            _ = &mut stopped => return,
            taken = listener.accept() => match taken {
                Ok(taken) => taken,
                // Out of file handles, say: wait a moment, then go on.
                Err(_) => {
                    tokio::time::sleep(Duration::from_millis(50)).await;
                    continue;
                }
            },
        };
        let limits = shared.limits;
        let Some(slot) = open.admit(peer.ip(), limits.connections, limits.per_address) else {
            drop(stream);
            continue;
        };
        let shared = shared.clone();
        tokio::spawn(async move {
            let _slot = slot;
            let ip = peer.ip();
            let service = service_fn(move |rq| {
                let shared = shared.clone();
                async move {
                    Ok::<_, std::convert::Infallible>(
                        crate::serve::http::answer(rq, ip, &shared).await,
                    )
                }
            });
            let connection = http1::Builder::new()
                .timer(TokioTimer::new())
                .header_read_timeout(limits.headers)
                .max_buf_size(32 * 1024)
                .serve_connection(TokioIo::new(stream), service);
            let _ = tokio::time::timeout(limits.connection, connection).await;
        });
    }
}

#[cfg(test)]
mod tests {
    use super::start;

    #[test]
    fn an_address_it_cannot_take_is_said_in_swedish_with_what_to_write() {
        let refused = |addr: &str| start(addr).err().expect("refused");
        let port = refused("127.0.0.1:99999");
        assert!(port.contains("porten är 1–65535"), "{port}");
        // A name is not looked up (no network beyond listening).
        let name = refused("datorn.example:8080");
        assert!(name.contains("går inte att läsa"), "{name}");
        let escaped = refused("\u{1b}]52;c;x\u{7}:80");
        assert!(!escaped.contains('\u{1b}'), "{escaped:?}");
        let (held, _requests) = start("127.0.0.1:0").unwrap();
        let taken = refused(&held.addr.to_string());
        assert!(taken.contains("används redan"), "{taken}");
    }
}
