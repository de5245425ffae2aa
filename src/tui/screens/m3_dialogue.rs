//! Moment 3: the digital dialogue sessions run live. The session's agenda
//! with the cursor on the need being discussed; responses, questions and
//! notes typed in a line; the minutes and the agenda written. Keys and
//! answers here; the view in `m3_view`.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;

use crate::documents::plan::Document;
use crate::meeting::typed;
use crate::meeting::typed_dialogue::parse_response;
use crate::tui::action::Action;
use crate::tui::ask::{Ask, DialogueAsk, Reply};
use crate::tui::cx::{Cx, Flow};
use crate::tui::derived::Wants;
use crate::tui::effects::Effect;
use crate::tui::keymap::Context;
use crate::tui::screen::Screen;
use crate::tui::view::View;
use crate::tui::widgets::moved;

#[derive(Debug, Default)]
pub struct DialogueScreen {
    /// The session shown (clamped to the sessions there are).
    pub session: usize,
    /// The need under the cursor in the agenda.
    pub selected: usize,
    /// Move to the next need after a response (`A` switches; off by
    /// default, so a question or note after it lands on the same need).
    pub advance: bool,
}

impl DialogueScreen {
    /// The session shown, within the round's sessions.
    pub fn session_index(&self, sessions: usize) -> usize {
        self.session.min(sessions.saturating_sub(1))
    }

    fn sessions(cx: &Cx) -> usize {
        cx.round().map_or(0, |r| r.dialogues.len())
    }

    /// The need under the cursor.
    fn need(&self, cx: &Cx) -> Option<String> {
        let agenda = cx.derived.agenda();
        let i = agenda.get(self.selected.min(agenda.len().saturating_sub(1)))?;
        cx.round()?.needs.get(*i).map(|n| n.number.clone())
    }

    fn ask_on_need(&self, a: DialogueAsk, cx: &mut Cx) -> Flow {
        if self.need(cx).is_none() {
            cx.fail("Inget behov markerat.");
            return Flow::Handled;
        }
        cx.ask(Ask::M3(a))
    }
}

impl Screen for DialogueScreen {
    type Ask = DialogueAsk;

    fn contexts(&self) -> Vec<Context> {
        vec![Context::Dialogue, Context::Nav]
    }

    fn wants(&self) -> Wants<'_> {
        Wants::Agenda(self.session)
    }

    fn update(&mut self, action: Action, cx: &mut Cx) -> Flow {
        if let Some(s) = moved(self.selected, action, cx.derived.agenda().len()) {
            self.selected = s;
            return Flow::Handled;
        }
        let sessions = Self::sessions(cx);
        let session = self.session_index(sessions);
        match action {
            Action::PrevSession | Action::NextSession => {
                self.session = if action == Action::NextSession {
                    (session + 1).min(sessions.saturating_sub(1))
                } else {
                    session.saturating_sub(1)
                };
                self.selected = 0;
                Flow::Handled
            }
            Action::Respond => self.ask_on_need(DialogueAsk::Response, cx),
            Action::AskQuestion => self.ask_on_need(DialogueAsk::Question, cx),
            Action::AddNote => self.ask_on_need(DialogueAsk::Note, cx),
            Action::SessionAttendance if sessions > 0 => cx.ask(Ask::M3(DialogueAsk::Attendance)),
            Action::NewSession => cx.ask(Ask::M3(DialogueAsk::NewSession)),
            Action::WriteForms => {
                cx.effect(Effect::Export(Document::ReturnForms(
                    crate::documents::returns::form::ReturnKind::Preparation,
                )));
                Flow::Handled
            }
            Action::ImportReturn => cx.ask(Ask::Return(crate::tui::ask::ReturnAsk::ImportFile)),
            Action::ConfirmPrepared => {
                let Some(need) = self.need(cx) else {
                    cx.fail("Inget behov markerat.");
                    return Flow::Handled;
                };
                let mut n = 0;
                cx.change(
                    &format!("Förberett svar om {need} bekräftat."),
                    |r, at| {
                        n = r.confirm_prepared(session, &need, at)?;
                        Ok(())
                    },
                );
                if n > 0 && self.advance {
                    self.selected =
                        (self.selected + 1).min(cx.derived.agenda().len().saturating_sub(1));
                }
                Flow::Handled
            }
            Action::ToggleAdvance => {
                self.advance = !self.advance;
                cx.info(if self.advance {
                    "Efter ett svar flyttar markören till nästa behov (A stänger av)."
                } else {
                    "Markören stannar på behovet efter ett svar (A: flytta vidare)."
                });
                Flow::Handled
            }
            Action::SessionsFromDates => {
                let mut added = 0;
                cx.change("Dialogmöten skapade.", |r, at| {
                    added = r.sessions_from_dates(at);
                    Ok(())
                });
                if added == 0 {
                    cx.fail("Inga nya möten: varje dialogdatum har redan ett möte (eller inga datum finns).");
                }
                Flow::Handled
            }
            Action::WriteMinutes if sessions > 0 => {
                cx.effect(Effect::Export(Document::Minutes(session)));
                Flow::Handled
            }
            Action::Export if sessions > 0 => {
                cx.effect(Effect::Export(Document::Agenda(session)));
                Flow::Handled
            }
            Action::WriteMinutes | Action::Export | Action::SessionAttendance => {
                cx.fail(
                    "Inga dialogmöten ännu: s skapar dem från dialogdatumen, n lägger till ett.",
                );
                Flow::Handled
            }
            _ => Flow::Bubble,
        }
    }

    fn answer(&mut self, ask: DialogueAsk, reply: Reply, cx: &mut Cx) -> Result<(), String> {
        let session = self.session_index(Self::sessions(cx));
        let text = reply.text().to_string();
        match ask {
            DialogueAsk::Response => {
                let need = self.need(cx).ok_or("Inget behov markerat.")?;
                let (actor, response) = parse_response(&text)?;
                cx.try_change(&format!("Svar om {need}."), move |r, at| {
                    r.record_response(session, &need, &actor, response, at)
                })?;
                if self.advance {
                    self.selected =
                        (self.selected + 1).min(cx.derived.agenda().len().saturating_sub(1));
                }
                Ok(())
            }
            DialogueAsk::Question | DialogueAsk::Note => {
                let need = self.need(cx).ok_or("Inget behov markerat.")?;
                let (actor, body) = typed::actor_text(&text)?;
                let question = ask == DialogueAsk::Question;
                cx.try_change(&format!("Text om {need}."), move |r, at| {
                    r.add_session_text(session, &need, &actor, &body, question, at)
                })
            }
            DialogueAsk::Attendance => {
                let (who, people) = typed::attendance(&text);
                let speaker = cx.round().ok_or("Ingen omgång.")?.speaker(session, &who)?;
                let is_rss = cx.round().is_some_and(|r| r.actor_code(&speaker).is_err());
                cx.try_change("Närvaro vid dialogmöte.", move |r, at| {
                    if is_rss {
                        r.set_rss_attendance(session, &speaker, &people, at)
                    } else {
                        r.set_attendance(session, &speaker, &people, at)
                    }
                })
            }
            DialogueAsk::NewSession => {
                let (starts, rss) = typed::session(&text)?;
                let mut index = 0;
                cx.try_change("Dialogmöte tillagt.", |r, at| {
                    index = r.add_session(starts, &rss, at)?;
                    Ok(())
                })?;
                self.session = index;
                self.selected = 0;
                Ok(())
            }
            // Model 1.0's avstämning has its own screen.
            DialogueAsk::NetworkChecked
            | DialogueAsk::NetworkNote
            | DialogueAsk::NetworkProposal => Ok(()),
        }
    }

    fn render(&self, v: &View, area: Rect, buf: &mut Buffer) {
        let session = self.session_index(v.round.map_or(0, |r| r.dialogues.len()));
        super::m3_view::render(session, self.selected, self.advance, v, area, buf);
    }
}
