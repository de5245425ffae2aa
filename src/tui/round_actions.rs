//! What bubbles past the screen: the round's keys (moments, undo, back to
//! the home screen, the timeline, save-as, take over) and the app's own
//! (quit, help, theme), with the questions they ask before anything could
//! be lost.

use super::action::Action;
use super::app::App;
use super::ask::{Ask, Reply, RoundAsk};
use super::cx::{Go, Leave, Open, Outbox};
use super::dispatch::cx;
use super::effects::Effect;
use super::layers::Layer;
use super::screen::ScreenId;
use crate::domain::Moment;

impl App {
    /// An action the screen let through: the round's keys, else the app's.
    pub(crate) fn round_action(&mut self, action: Action, out: &mut Outbox) {
        let ScreenId::Moment(m) = self.screen else {
            return self.app_action(action, out);
        };
        match action {
            Action::NextMoment => out.go = Some(Go::Moment(m.next())),
            Action::PrevMoment => out.go = Some(Go::Moment(m.previous())),
            Action::GotoMoment(n) => {
                out.go = Some(Go::Moment(Moment::from_number(n).unwrap_or(m)));
            }
            Action::Undo => {
                let mut cx = cx!(self, out);
                match cx.session.undo() {
                    Ok(text) => cx.effect(Effect::Save(text)),
                    Err(e) => cx.fail(e),
                }
            }
            Action::Back | Action::ClearFilter => {
                if self.session.unsaved() {
                    out.opens.push(self.unsaved(Leave::Home));
                } else {
                    out.go = Some(Go::Home);
                }
            }
            Action::Timeline => out.opens.push(Open::Timeline(m)),
            Action::Register => out.opens.push(Open::Register),
            Action::Mailouts => out.opens.push(Open::Mailouts(m)),
            Action::MarkShownDone => {
                let today = self.session.today();
                let mut cx = cx!(self, out);
                let what = format!(
                    "Moment {} markerat klart {today} (u ångrar; T ändrar datumet).",
                    m.number()
                );
                cx.change(&what, |r, at| r.finish_moment(m, today, at));
            }
            Action::SaveAs => out.opens.push(Open::Prompt(Ask::Round(RoundAsk::SaveAs))),
            Action::TakeOver => self.take_over(out),
            _ => self.app_action(action, out),
        }
    }

    /// The app's own keys, wherever they bubble from.
    pub(crate) fn app_action(&mut self, action: Action, out: &mut Outbox) {
        match action {
            Action::Quit | Action::ForceQuit => self.request_quit(out),
            Action::Help => {
                let current = self.contexts();
                out.opens.push(Open::Help(current));
            }
            Action::CycleTheme => self.cycle_theme(out),
            _ => {}
        }
    }

    fn request_quit(&mut self, out: &mut Outbox) {
        if self.layers.iter().any(Layer::holds_typing) {
            let q = RoundAsk::QuitWithTyping;
            cx!(self, out).confirm(Ask::Round(q), q.question());
        } else if self.session.unsaved() {
            out.opens.push(self.unsaved(Leave::Quit));
        } else {
            self.quit = true;
        }
    }

    fn unsaved(&self, leave: Leave) -> Open {
        let path = self
            .session
            .open()
            .map(|o| o.path.display().to_string())
            .unwrap_or_default();
        let why = self.save_failure.as_deref().unwrap_or("");
        let doing = match leave {
            Leave::Quit => "Att avsluta nu",
            Leave::Home => "Att gå till startsidan nu",
        };
        Open::Unsaved(
            leave,
            format!(
                "Det du ändrat sedan den senaste lyckade sparningen finns bara i minnet: {path} kunde inte skrivas.\n{why}\n\n{doing} kastar det. Spara det först i en annan fil (s)."
            ),
        )
    }

    /// The keys of the unsaved question.
    pub(crate) fn unsaved_answer(&mut self, action: Action, out: &mut Outbox) {
        let Some(Layer::Unsaved(u)) = self.layers.last() else {
            return;
        };
        let leave = u.leave;
        match action {
            Action::SaveAs => {
                self.layers.pop();
                out.opens.push(Open::Prompt(Ask::Round(RoundAsk::SaveAs)));
            }
            Action::RetrySave => {
                self.layers.pop();
                out.effects
                    .push(Effect::Save("Nytt försök att spara.".into()));
            }
            Action::LeaveUnsaved => {
                self.layers.pop();
                self.save_failure = None;
                match leave {
                    Leave::Quit => self.quit = true,
                    Leave::Home => out.go = Some(Go::Home),
                }
            }
            Action::No => {
                self.layers.pop();
            }
            _ => {}
        }
    }

    pub(crate) fn round_answer(
        &mut self,
        ask: RoundAsk,
        reply: Reply,
        out: &mut Outbox,
    ) -> Result<(), String> {
        match ask {
            RoundAsk::SaveAs if reply.text().is_empty() => Err("Skriv filens namn.".to_string()),
            RoundAsk::SaveAs => {
                out.effects
                    .push(Effect::SaveAs(super::typed_path::expand_path(reply.text())));
                Ok(())
            }
            RoundAsk::QuitWithTyping if reply == Reply::Yes => {
                self.layers.clear();
                if self.session.unsaved() {
                    out.opens.push(self.unsaved(Leave::Quit));
                } else {
                    self.quit = true;
                }
                Ok(())
            }
            RoundAsk::QuitWithTyping => Ok(()),
            RoundAsk::MomentStarted(m) | RoundAsk::MomentDone(m) | RoundAsk::MomentPlanned(m) => {
                let today = self.session.today();
                let planned = matches!(ask, RoundAsk::MomentPlanned(_));
                if planned && reply.text().is_empty() {
                    return Err("Skriv det planerade datumet, t.ex. 2027-02-04.".into());
                }
                let date = crate::meeting::progress::parse_date(reply.text(), today)?;
                let n = m.number();
                let said = match ask {
                    RoundAsk::MomentStarted(_) => format!("Moment {n} påbörjat {date}."),
                    RoundAsk::MomentDone(_) => format!("Moment {n} klart {date}."),
                    _ => format!("Moment {n} planerat till {date}."),
                };
                let mut cx = cx!(self, out);
                // The timeline changes the moment chosen there, not the one shown.
                cx.moment = None;
                cx.try_change(&said, |r, at| match ask {
                    RoundAsk::MomentStarted(_) => r.start_moment(m, date, at),
                    RoundAsk::MomentDone(_) => r.finish_moment(m, date, at),
                    _ => r.plan_moment(m, date, at),
                })?;
                Ok(())
            }
            RoundAsk::MomentReset(m) if reply == Reply::Yes => {
                let n = m.number();
                let mut cx = cx!(self, out);
                cx.moment = None;
                cx.try_change(&format!("Moment {n} är åter ej påbörjat."), |r, at| {
                    r.reset_moment(m, at)
                })?;
                Ok(())
            }
            RoundAsk::MomentReset(_) => Ok(()),
            RoundAsk::MailoutSentOn(i) => {
                let date =
                    crate::meeting::progress::parse_date(reply.text(), self.session.today())?;
                let d = self
                    .session
                    .round()
                    .and_then(|r| crate::mailouts::due::due(r).into_iter().nth(i))
                    .ok_or("Utskicket finns inte längre.")?;
                let mut cx = cx!(self, out);
                crate::tui::layers::mailouts::mark(&mut cx, &d, date)
            }
        }
    }

    /// Leaves the round for the home screen (the folder is read again).
    pub(crate) fn go_home(&mut self) -> Vec<Effect> {
        self.session.set(None);
        self.layers.clear();
        self.screen = ScreenId::Home;
        vec![Effect::ScanHome]
    }

    fn take_over(&mut self, out: &mut Outbox) {
        let mut cx = cx!(self, out);
        match cx.session.open() {
            Some(o) if o.read_only.is_none() => cx.info("Omgången är redan öppen för ändringar."),
            Some(o) if !o.can_take_over() => {
                let why = o.read_only.clone().unwrap_or_default();
                cx.fail(format!("Omgången kan inte tas över nu: {why}"));
            }
            Some(_) => cx.effect(Effect::TakeOver),
            None => {}
        }
    }

    fn cycle_theme(&mut self, out: &mut Outbox) {
        if self.no_color {
            cx!(self, out).info("NO_COLOR är satt: lbk visar inga färger.");
        } else {
            out.effects.push(Effect::NextTheme(self.theme.name.clone()));
        }
    }
}
