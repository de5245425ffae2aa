//! The ballot server the secretariat starts at moment 5, so the
//! representatives vote from their own phones: `server` (the HTTP side,
//! which never holds the round), `http` (one request answered), `guard`
//! (wrong codes and open connections counted per address), `answer` (what the round's one writer
//! answers each request), `page` (the HTML), `qr` (the address as a QR
//! code), `writer` (the loop that answers and saves, for `lbk serve`).

pub mod answer;
pub mod guard;
pub(crate) mod http;
pub mod page;
pub mod qr;
pub mod server;
pub mod writer;
