//! Moment 5: the NSK-S prioritisation. The live tally of the current stage
//! (computed by the derived view after each change), N and the joint-list
//! rule, closing and reopening a stage. Ballots, attendance, the log, who
//! voted how and the presentation are layers over this screen, so Esc in
//! any of them goes back here, never out of the round.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;

use crate::documents::plan::Document;
use crate::domain::priority::Stage;
use crate::meeting::typed_followup::joint_rule;
use crate::tui::action::Action;
use crate::tui::ask::{Ask, PriorityAsk, Reply};
use crate::tui::cx::{Cx, Flow, Open};
use crate::tui::derived::Wants;
use crate::tui::effects::Effect;
use crate::tui::keymap::Context;
use crate::tui::screen::Screen;
use crate::tui::view::View;

#[derive(Debug, Default)]
pub struct PriorityScreen {
    /// The selected row of the tally (its title is shown in full).
    pub selected: usize,
    /// Ballots from a file or a paste, on their way in.
    pub import: super::m5_import::PendingImport,
    /// The ballot server for phones, while it runs.
    pub phones: Option<crate::tui::phone_model::PhoneView>,
}

impl PriorityScreen {
    fn change(
        cx: &mut Cx,
        what: &str,
        f: impl FnOnce(
            &mut crate::domain::Round,
            jiff::Timestamp,
        ) -> Result<(), crate::domain::BallotError>,
    ) {
        cx.change(what, |r, at| f(r, at).map_err(|e| e.to_string()));
    }

    fn start_ballot(cx: &mut Cx) -> Flow {
        let Some(r) = cx.round() else {
            return Flow::Handled;
        };
        if r.prioritization.stage() == Stage::Rank && r.prioritization.rank_closed {
            cx.fail("Rangordningssteget är stängt. Öppna det igen (o) för att ändra.");
        } else if let Some(reason) = cx.read_only() {
            cx.fail(format!("Omgången är skrivskyddad: {reason}"));
        } else {
            cx.open(Open::ChooseRep);
        }
        Flow::Handled
    }

    fn close_stage(cx: &mut Cx) -> Result<(), String> {
        let stage = cx
            .round()
            .map(|r| r.prioritization.stage())
            .unwrap_or_default();
        match stage {
            Stage::Pick => {
                let mut note: Option<String> = None;
                cx.try_change("Valsteget stängt.", |r, at| {
                    note = r.close_picks(at).map_err(|e| e.to_string())?;
                    Ok(())
                })?;
                cx.info(match note {
                    Some(n) => format!("Gemensam lista bildad. {n}"),
                    None => "Valsteget stängt; gemensam lista bildad.".to_string(),
                });
                Ok(())
            }
            Stage::Rank => cx.try_change("Rangordningssteget stängt.", |r, at| {
                r.close_ranking(at).map_err(|e| e.to_string())
            }),
        }
    }
}

impl Screen for PriorityScreen {
    type Ask = PriorityAsk;

    fn contexts(&self) -> Vec<Context> {
        vec![Context::Priority, Context::Nav]
    }

    fn wants(&self) -> Wants<'_> {
        Wants::Tallies
    }

    fn update(&mut self, action: Action, cx: &mut Cx) -> Flow {
        let rows = cx.derived.tallies().map_or(0, |t| match &t.rank {
            Some(rank) => rank.rows.len(),
            None => t.pick.rows.len(),
        });
        if let Some(s) = crate::tui::widgets::moved(self.selected, action, rows) {
            self.selected = s;
            return Flow::Handled;
        }
        match action {
            Action::StartBallot => return Self::start_ballot(cx),
            Action::Attendance => cx.open(Open::Attendance),
            Action::ShowLog => cx.open(Open::Log),
            Action::TogglePerRep => cx.open(Open::PerRep),
            Action::Presentation => cx.open(Open::Presentation),
            Action::MorePicks | Action::FewerPicks => {
                let n = cx.round().map_or(0, |r| r.prioritization.max_picks);
                let to = if action == Action::MorePicks {
                    n + 1
                } else {
                    n.saturating_sub(1)
                };
                Self::change(cx, &format!("Antal val satt till {to}."), move |r, at| {
                    r.set_max_picks(to, at)
                });
            }
            Action::JointRule => return cx.ask(Ask::M5(PriorityAsk::JointRule)),
            Action::CloseStage => {
                let Some(text) = cx.round().map(PriorityAsk::close_question) else {
                    return Flow::Handled;
                };
                return cx.confirm(Ask::M5(PriorityAsk::CloseStage), text);
            }
            Action::ReopenStage => {
                let which = if cx.round().is_some_and(|r| r.prioritization.rank_closed) {
                    Stage::Rank
                } else {
                    Stage::Pick
                };
                return cx.ask(Ask::M5(PriorityAsk::ReopenReason(which)));
            }
            Action::Export => cx.effect(Effect::Export(Document::Tally)),
            Action::ImportBallots => return cx.ask(Ask::M5(PriorityAsk::ImportFile)),
            Action::PhoneVoting | Action::ShowCode | Action::NewCode | Action::HeldBallot => {
                return self.phone_key(action, cx);
            }
            _ => return Flow::Bubble,
        }
        Flow::Handled
    }

    fn answer(&mut self, ask: PriorityAsk, reply: Reply, cx: &mut Cx) -> Result<(), String> {
        match ask {
            PriorityAsk::JointRule => {
                let rule = joint_rule(reply.text())?;
                cx.try_change("Regel för gemensam lista ändrad.", move |r, at| {
                    r.set_joint_rule(rule, at).map_err(|e| e.to_string())
                })
            }
            PriorityAsk::JointRuleThenClose => {
                let rule = joint_rule(reply.text())?;
                cx.try_change("Regel för gemensam lista ändrad.", move |r, at| {
                    r.set_joint_rule(rule, at).map_err(|e| e.to_string())
                })?;
                if let Some(text) = cx.round().map(PriorityAsk::close_question) {
                    cx.confirm(Ask::M5(PriorityAsk::CloseStage), text);
                }
                Ok(())
            }
            PriorityAsk::ReopenReason(stage) => {
                let reason = reply.text().to_string();
                cx.try_change("Steget öppnat igen.", move |r, at| {
                    match stage {
                        Stage::Pick => r.reopen_picks(&reason, at),
                        Stage::Rank => r.reopen_ranking(&reason, at),
                    }
                    .map_err(|e| e.to_string())
                })
            }
            PriorityAsk::CloseStage if reply == Reply::Yes => Self::close_stage(cx),
            PriorityAsk::CloseStage | PriorityAsk::ImportRefused => Ok(()),
            PriorityAsk::ImportFile => {
                let path = crate::tui::typed_path::expand_path(reply.text());
                if reply.text().is_empty() {
                    return Err("Skriv filens sökväg, eller Esc.".into());
                }
                // The file is read after the update; the line stays open until it is.
                cx.out.keep_prompt = true;
                cx.effect(Effect::ReadBallots(path));
                Ok(())
            }
            PriorityAsk::PhoneAddress
            | PriorityAsk::ShowCode
            | PriorityAsk::NewCode
            | PriorityAsk::Held(_) => self.phone_answer(ask, reply, cx),
            PriorityAsk::WhoIs(_) => self.import.who_is(&reply, cx),
            PriorityAsk::ConfirmBallots => self.import.confirm(reply, cx),
        }
    }

    /// Pasted on the screen (no field open): a chat or a copied table of
    /// ballots, checked and shown before anything is written.
    fn paste(&mut self, text: &str, cx: &mut Cx) -> bool {
        if cx.read_only().is_some() {
            return false;
        }
        self.import.paste(text, cx);
        true
    }

    fn render(&self, v: &View, area: Rect, buf: &mut Buffer) {
        super::m5_view::render(self.selected, self.phones.as_ref(), v, area, buf);
    }
}
