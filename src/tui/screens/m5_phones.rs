//! Moment 5's keys for voting from phones: `m` starts the ballot server
//! (asking where it listens) or stops it, `k` shows one person's code for
//! reading aloud (never the whole list on a shared screen), `K` gives a
//! person a new code, `h` decides a phone ballot held because the
//! secretariat had typed one first.

use crate::tui::action::Action;
use crate::tui::ask::{Ask, PriorityAsk, Reply};
use crate::tui::cx::{Cx, Flow};
use crate::tui::effects::Effect;

use super::m5_priority::PriorityScreen;

impl PriorityScreen {
    pub(super) fn phone_key(&mut self, action: Action, cx: &mut Cx) -> Flow {
        match action {
            Action::PhoneVoting if self.phones.is_some() => {
                cx.effect(Effect::StopPhones);
                Flow::Handled
            }
            Action::PhoneVoting => cx.ask(Ask::M5(PriorityAsk::PhoneAddress)),
            Action::ShowCode => cx.ask(Ask::M5(PriorityAsk::ShowCode)),
            Action::NewCode => cx.ask(Ask::M5(PriorityAsk::NewCode)),
            _ => {
                let held = cx
                    .round()
                    .and_then(|r| r.prioritization.held.first().cloned());
                let Some(h) = held else {
                    cx.fail("Ingen valsedel från mobil väntar.");
                    return Flow::Handled;
                };
                let typed = cx
                    .round()
                    .map(|r| match h.stage {
                        crate::domain::priority::Stage::Pick => r
                            .prioritization
                            .pick_ballot(&h.representative)
                            .map(|b| b.needs.join(", ")),
                        crate::domain::priority::Stage::Rank => r
                            .prioritization
                            .rank_ballots
                            .iter()
                            .find(|b| b.representative == h.representative)
                            .map(|b| b.order.join(", ")),
                    })
                    .unwrap_or_default()
                    .unwrap_or_default();
                let text = crate::tui::widgets::safe(&format!(
                    "{} skickade från mobilen: {}\nInskriven av kansliet: {typed}\nRäkna mobilens valsedel i stället? j räknar den, n behåller den inskrivna.",
                    h.representative,
                    h.needs.join(", ")
                ));
                cx.confirm(Ask::M5(PriorityAsk::Held(h.representative)), text)
            }
        }
    }

    pub(super) fn phone_answer(
        &mut self,
        ask: PriorityAsk,
        reply: Reply,
        cx: &mut Cx,
    ) -> Result<(), String> {
        match ask {
            PriorityAsk::PhoneAddress => {
                let given = reply.text().trim();
                cx.effect(Effect::StartPhones(
                    (!given.is_empty()).then(|| given.to_string()),
                ));
                Ok(())
            }
            PriorityAsk::ShowCode => {
                let r = cx.round().ok_or("Ingen omgång.")?;
                let name = r.voter_named(reply.text())?;
                let stage = r.phone_stage();
                let code = r
                    .prioritization
                    .codes
                    .iter()
                    .find(|c| c.representative == name && Some(c.stage) == stage)
                    .map(|c| c.code.clone())
                    .ok_or(format!(
                        "{name} har ingen kod ännu: m startar röstningen och delar ut koderna, K ger en."
                    ))?;
                cx.info(format!("Kod för {name}: {code}"));
                Ok(())
            }
            PriorityAsk::NewCode => {
                let typed = cx
                    .round()
                    .ok_or("Ingen omgång.")?
                    .voter_named(reply.text())?;
                let mut code = String::new();
                cx.try_change("Ny kod för röstning från mobil.", |r, at| {
                    code = r
                        .new_code(&typed, &mut crate::serve::server::random_code_bytes, at)
                        .map_err(|e| e.to_string())?;
                    Ok(())
                })?;
                cx.info(format!("Ny kod: {code} (den gamla gäller inte längre)."));
                Ok(())
            }
            PriorityAsk::Held(name) => {
                let count = reply == Reply::Yes;
                cx.try_change("Valsedel från mobil avgjord.", |r, at| {
                    r.settle_held(&name, count, at)
                })
            }
            _ => Ok(()),
        }
    }
}
