//! The ballot server inside the app: `m` on moment 5 starts it (the codes
//! the present lack are issued first) and stops it; the app stays the
//! round's one writer. After every key and on every tick the app answers
//! what the phones sent: a ballot goes in through `Session::change` like a
//! typed one (saved, undoable, logged as from a phone), so the tally on
//! screen follows within a tick. It stops when its stage closes or lbk
//! quits.

use crate::serve::answer::{PhoneRequest, answer};
use crate::tui::app::App;
use crate::tui::effects::Effect;
use crate::tui::phone_model::{PhoneView, Phones};

impl App {
    /// The server started: held, shown, said.
    pub(crate) fn phones_started(&mut self, phones: Phones) -> Vec<Effect> {
        let url = phones.server.url();
        self.screens.m5.phones = Some(PhoneView {
            qr: crate::serve::qr::qr_text(&url).unwrap_or_default(),
            url: url.clone(),
            ballots: 0,
        });
        self.phones = Some(phones);
        // Said with the save of the codes, so the address stays on the line.
        vec![Effect::Save(format!(
            "Röstning från mobil på {url} (m stoppar; k visar en persons kod)."
        ))]
    }

    /// Stops the server, saying why.
    pub(crate) fn stop_phones(&mut self, why: &str) {
        if let Some(p) = self.phones.take() {
            p.server.stop();
            self.screens.m5.phones = None;
            self.say(crate::tui::cx::StatusKind::Info, why.to_string());
        }
    }

    /// Answers every request the phones have sent since the last look.
    pub(crate) fn answer_phones(&mut self) -> Vec<Effect> {
        let Some(phones) = self.phones.take() else {
            return vec![];
        };
        let stage_now = self.session.round().and_then(|r| r.phone_stage());
        if stage_now != Some(phones.stage) {
            self.phones = Some(phones);
            self.stop_phones(
                "Röstningen från mobil stoppades: steget stängdes, och koderna slutade gälla.",
            );
            return vec![];
        }
        let mut effects = vec![];
        while let Ok((req, back)) = phones.requests.try_recv() {
            let reply = match &req {
                PhoneRequest::Ballot { .. } => {
                    let mut reply = None;
                    let changed = self
                        .session
                        .change("Valsedel från mobil.", |r, at| {
                            let rep = answer(r, &req, at);
                            let changed = rep.changed;
                            reply = Some(rep);
                            if changed { Ok(()) } else { Err(String::new()) }
                        })
                        .is_ok();
                    if changed {
                        effects.push(Effect::Save("Valsedel från mobil.".into()));
                        if let Some(v) = self.screens.m5.phones.as_mut() {
                            v.ballots += 1;
                        }
                    }
                    reply
                }
                _ => self
                    .session
                    .round()
                    .map(|r| answer(&mut r.clone(), &req, self.session.now())),
            };
            if let Some(reply) = reply {
                let _ = back.send(reply);
            }
        }
        self.phones = Some(phones);
        effects
    }
}
