//! The round's one writer while phones vote from the command line
//! (`lbk serve`): answers each request the server hands over, saves the
//! round after every ballot that changed it, and stops when told or when
//! the stage closes.

use std::sync::atomic::{AtomicBool, Ordering};
use std::time::Duration;

use crate::serve::answer::answer;
use crate::serve::server::{BallotServer, Requests};
use crate::store::OpenRound;

/// Answers the server's requests until `stop` is set or no stage is open;
/// `said` hears a line for each ballot counted. Returns the ballots saved.
pub fn run(
    open: &mut OpenRound,
    server: &BallotServer,
    requests: &Requests,
    stop: &AtomicBool,
    said: &mut dyn FnMut(&str),
) -> Result<usize, String> {
    let mut saved = 0;
    while !stop.load(Ordering::Relaxed) && open.round.phone_stage().is_some() {
        let Ok((req, back)) = requests.recv_timeout(Duration::from_millis(100)) else {
            continue;
        };
        let reply = answer(&mut open.round, &req, jiff::Timestamp::now());
        if reply.changed {
            open.save().map_err(|e| e.to_string())?;
            saved += 1;
            let n = server.ballots.load(Ordering::Relaxed) + 1;
            said(&format!("Valsedel {n} mottagen och sparad."));
        }
        let _ = back.send(reply);
    }
    Ok(saved)
}
