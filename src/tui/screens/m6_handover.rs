//! Moment 6: the prioritised needs handed over, each actor's receipt, and
//! the actors' coordination of who takes what. The list is the derived
//! ranking; nothing is counted here.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;

use crate::documents::plan::Document;
use crate::documents::returns::form::ReturnKind;
use crate::meeting::typed_followup;
use crate::tui::action::Action;
use crate::tui::ask::{Ask, HandoverAsk, Reply};
use crate::tui::cx::{Cx, Flow};
use crate::tui::derived::Wants;
use crate::tui::effects::Effect;
use crate::tui::keymap::Context;
use crate::tui::screen::Screen;
use crate::tui::view::View;
use crate::tui::widgets::moved;

#[derive(Debug, Default)]
pub struct HandoverScreen {
    pub selected: usize,
}

impl HandoverScreen {
    fn need(&self, cx: &Cx) -> Option<String> {
        let rows = cx.derived.prioritised();
        rows.get(self.selected.min(rows.len().saturating_sub(1)))
            .map(|r| r.number.clone())
    }
}

impl Screen for HandoverScreen {
    type Ask = HandoverAsk;

    fn contexts(&self) -> Vec<Context> {
        vec![Context::Handover, Context::Nav]
    }

    fn wants(&self) -> Wants<'_> {
        Wants::Prioritised
    }

    fn update(&mut self, action: Action, cx: &mut Cx) -> Flow {
        if let Some(s) = moved(self.selected, action, cx.derived.prioritised().len()) {
            self.selected = s;
            return Flow::Handled;
        }
        match action {
            Action::Receipt | Action::AssignActors if self.need(cx).is_none() => {
                cx.fail("Inga prioriterade behov ännu: rangordningen i moment 5 ger listan.");
                Flow::Handled
            }
            Action::Receipt => cx.ask(Ask::M6(HandoverAsk::Receipt)),
            Action::AssignActors => cx.ask(Ask::M6(HandoverAsk::Assign)),
            Action::Coordination => cx.ask(Ask::M6(HandoverAsk::Coordination)),
            Action::Export => {
                cx.effect(Effect::Export(Document::Handover));
                Flow::Handled
            }
            Action::WriteForms => {
                cx.effect(Effect::Export(Document::ReturnForms(ReturnKind::Receipt)));
                Flow::Handled
            }
            Action::ImportReturn => cx.ask(Ask::Return(crate::tui::ask::ReturnAsk::ImportFile)),
            _ => Flow::Bubble,
        }
    }

    fn answer(&mut self, ask: HandoverAsk, reply: Reply, cx: &mut Cx) -> Result<(), String> {
        let today = cx.today();
        match ask {
            HandoverAsk::Receipt => {
                let need = self.need(cx).ok_or("Inget behov markerat.")?;
                let (actor, state, decision) = typed_followup::receipt(reply.text())?;
                cx.try_change(&format!("Mottagande av {need}."), move |r, at| {
                    r.set_receipt(&need, &actor, state, &decision, today, at)
                })
            }
            HandoverAsk::Assign => {
                let need = self.need(cx).ok_or("Inget behov markerat.")?;
                let actors = typed_followup::actor_list(reply.text());
                cx.try_change(&format!("{need} lämnas över."), move |r, at| {
                    r.assign_handover(&need, &actors, at)
                })
            }
            HandoverAsk::Coordination => {
                let (date, notes) = typed_followup::coordination(reply.text())?;
                cx.try_change("Samordningsmöte antecknat.", move |r, at| {
                    r.add_coordination(date, &notes, at)
                })
            }
        }
    }

    fn render(&self, v: &View, area: Rect, buf: &mut Buffer) {
        super::m6_view::render(self.selected, v, area, buf);
    }
}
