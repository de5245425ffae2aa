//! The ballot server as the app holds it while phones vote, what the
//! moment-5 screen and the shared screen show of it, and starting it (the
//! codes the present lack first). Answering the phones is in `phones`.

use crate::domain::priority::Stage;
use crate::serve::server::{BallotServer, Requests};
use crate::tui::session::Session;

/// The running server as the app holds it.
pub struct Phones {
    pub server: BallotServer,
    pub requests: Requests,
    /// The stage it serves; it stops when that closes.
    pub stage: Stage,
}

impl std::fmt::Debug for Phones {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Phones({})", self.server.url())
    }
}

/// What the moment-5 screen shows of the server.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct PhoneView {
    pub url: String,
    pub qr: String,
    /// Ballots counted or held through it.
    pub ballots: usize,
}

/// Starts the server (the effect): the address first, then the codes.
pub fn start(session: &mut Session, addr: Option<&str>) -> Result<Phones, String> {
    let round = session.round().ok_or("Ingen omgång är öppen.")?;
    let stage = round
        .phone_stage()
        .ok_or("Båda stegen är stängda: det finns inget att rösta om.")?;
    if round.voters().is_empty() {
        return Err(
            "Ingen representant är markerad som närvarande: markera närvaro först (a).".into(),
        );
    }
    let addr = crate::serve::server::listen_address(addr)?;
    // The address first: a refused one leaves the round as it was (a
    // server started here stops again if the codes cannot be issued).
    let (server, requests) = crate::serve::server::start(&addr)?;
    session.change("Koder för röstning från mobil.", |r, at| {
        r.issue_codes(&mut crate::serve::server::random_code_bytes, at)
            .map(|_| ())
            .map_err(|e| e.to_string())
    })?;
    Ok(Phones {
        server,
        requests,
        stage,
    })
}
