//! Moment 1: the candidate areas and the choice at the NSK-S meeting, the
//! RSSs' enrolment and the dialogue-date poll. Keys and answers here; the
//! view in `m1_view`.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;

use crate::documents::plan::Document;
use crate::meeting::typed;
use crate::meeting::typed_followup::all_rep_matches;
use crate::tui::action::Action;
use crate::tui::ask::{AreaAsk, Ask, Reply};
use crate::tui::cx::{Cx, Flow};
use crate::tui::derived::Wants;
use crate::tui::effects::Effect;
use crate::tui::keymap::Context;
use crate::tui::screen::Screen;
use crate::tui::view::View;
use crate::tui::widgets::moved;

#[derive(Debug, Default)]
pub struct AreaScreen {
    /// The selected RSS row.
    pub selected: usize,
}

impl AreaScreen {
    fn selected_code(&self, cx: &Cx) -> Option<String> {
        let r = cx.round()?;
        r.rss
            .get(self.selected.min(r.rss.len().saturating_sub(1)))
            .map(|x| x.code.clone())
    }
}

impl Screen for AreaScreen {
    type Ask = AreaAsk;

    fn contexts(&self) -> Vec<Context> {
        vec![Context::Area, Context::Nav]
    }

    fn wants(&self) -> Wants<'_> {
        Wants::Area
    }

    fn update(&mut self, action: Action, cx: &mut Cx) -> Flow {
        let rows = cx.round().map_or(0, |r| r.rss.len());
        if let Some(s) = moved(self.selected, action, rows) {
            self.selected = s;
            return Flow::Handled;
        }
        let ask = |a| Ask::M1(a);
        match action {
            Action::NewCandidate => cx.ask(ask(AreaAsk::NewCandidate)),
            Action::AreaVote => cx.ask(ask(AreaAsk::Vote)),
            Action::Decide => cx.ask(ask(AreaAsk::Decision)),
            Action::EditContact => cx.ask(ask(AreaAsk::Contact)),
            Action::AddDate => cx.ask(ask(AreaAsk::DialogueDate)),
            Action::ToggleApproval => {
                let on = !cx.round().is_some_and(|r| r.area_choice.approval_voting);
                cx.change("Godkännanderöstning ändrad.", move |r, at| {
                    r.set_approval_voting(on, at)
                });
                Flow::Handled
            }
            Action::Toggle => {
                let Some(code) = self.selected_code(cx) else {
                    return Flow::Handled;
                };
                let on = !cx
                    .round()
                    .and_then(|r| r.rss_by_code(&code))
                    .is_some_and(|x| x.participates);
                cx.change(&format!("{code} ändrad."), move |r, at| {
                    r.set_participation(&code, on, at)
                });
                Flow::Handled
            }
            Action::CycleDate => {
                if let Some(code) = self.selected_code(cx) {
                    cx.change(
                        &format!("Dialogdatum för {code} ändrat."),
                        move |r, at| r.cycle_dialogue_date(&code, at),
                    );
                }
                Flow::Handled
            }
            Action::Export => {
                cx.effect(Effect::Export(Document::Candidates));
                Flow::Handled
            }
            _ => Flow::Bubble,
        }
    }

    fn answer(&mut self, ask: AreaAsk, reply: Reply, cx: &mut Cx) -> Result<(), String> {
        let text = reply.text().to_string();
        match ask {
            AreaAsk::NewCandidate => {
                let (name, desc) = typed::candidate(&text)?;
                cx.try_change("Kandidatområde tillagt.", move |r, at| {
                    r.add_candidate(&name, &desc, at)
                })
            }
            AreaAsk::Vote => {
                let (who, areas) = typed::area_vote(&text)?;
                let round = cx.round().ok_or("Ingen omgång är öppen.")?;
                let name = all_rep_matches(round, &who)
                    .into_iter()
                    .next()
                    .ok_or(format!("Ingen representant matchar \"{who}\"."))?;
                cx.try_change(&format!("Röst för {name}."), move |r, at| {
                    r.cast_area_vote(&name, &areas, at)
                })
            }
            AreaAsk::Decision => {
                let (area, note) = typed::decision(&text);
                let today = cx.today();
                cx.try_change("Området beslutat.", move |r, at| {
                    r.decide_area(area.as_deref(), today, &note, at).map(|_| ())
                })
            }
            AreaAsk::Contact => {
                let code = self.selected_code(cx).ok_or("Markera en RSS i listan.")?;
                let (name, mail, remove) = crate::meeting::typed_people::parse_contact(&text)?;
                cx.try_change(&format!("Processledare för {code}."), move |r, at| {
                    r.set_contact_person(
                        crate::meeting::people::Kind::Rss,
                        &code,
                        &name,
                        &mail,
                        remove,
                        at,
                    )
                })
            }
            AreaAsk::DialogueDate => {
                let (date, capacity) = typed::dialogue_date(&text)?;
                cx.try_change("Dialogdatum tillagt.", move |r, at| {
                    r.add_dialogue_date(date, capacity, at)
                })
            }
        }
    }

    fn render(&self, v: &View, area: Rect, buf: &mut Buffer) {
        super::m1_view::render(self.selected, v, area, buf);
    }
}
