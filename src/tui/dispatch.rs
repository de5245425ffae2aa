//! The flow of one key: the focused component's contexts find the action
//! in the keymap, the same component handles it (the top layer, else the
//! screen) or lets it bubble to the round and then to the app. Answers to
//! questions are routed back to whoever asked.

use crossterm::event::KeyEvent;

use super::action::Action;
use super::app::App;
use super::ask::{Ask, Reply};
use super::cx::{Flow, Open, Outbox};
use super::effects::Effect;
use super::keymap::lookup;
use super::layers::Layer;

/// A context for a component: the session, the derived view and `$out`.
macro_rules! cx {
    ($app:expr, $out:expr) => {
        $crate::tui::cx::Cx {
            moment: match $app.screen {
                $crate::tui::screen::ScreenId::Moment(m) => Some(m),
                _ => None,
            },
            session: &mut $app.session,
            derived: &$app.derived,
            out: $out,
        }
    };
}
pub(crate) use cx;

impl App {
    /// A key press: looked up where the focus is, then handled. Returns the
    /// effects for the loop to perform.
    pub fn handle_key(&mut self, key: KeyEvent) -> Vec<Effect> {
        let action = lookup(&self.keymap, &self.contexts(), key);
        if let Some(Layer::Question(q)) = self.layers.last_mut()
            && !q.takes(key, action)
        {
            return vec![];
        }
        match action {
            Some(action) => self.handle(action),
            None => vec![],
        }
    }

    /// An action, handled by the focused component or bubbled.
    pub fn handle(&mut self, action: Action) -> Vec<Effect> {
        let mut out = Outbox::default();
        if let Some(mut layer) = self.layers.pop() {
            let flow = layer.update(action, &mut cx!(self, &mut out));
            if flow != Flow::Close {
                self.layers.push(layer);
            }
            if flow == Flow::Bubble {
                self.layer_bubble(action, &mut out);
            }
        } else {
            let flow = self
                .screens
                .update(self.screen, action, &mut cx!(self, &mut out));
            if flow == Flow::Bubble {
                self.round_action(action, &mut out);
            }
        }
        self.apply(out)
    }

    /// Pasted text goes to the focused text field as text, never as keys;
    /// where no field takes text, nothing happens and the user is told.
    pub fn handle_paste(&mut self, text: &str) -> Vec<Effect> {
        let mut out = Outbox::default();
        let taken = match self.layers.last_mut() {
            Some(Layer::Question(q)) => {
                q.typed_over();
                true
            }
            Some(layer) => layer.paste(text, &mut cx!(self, &mut out)),
            None => self
                .screens
                .paste(self.screen, text, &mut cx!(self, &mut out)),
        };
        if !taken {
            cx!(self, &mut out).fail(
                "Det inklistrade togs inte emot: inget textfält är öppet här (inget har ändrats).",
            );
        }
        self.apply(out)
    }

    /// What a layer let through: the answer keys of lines and questions,
    /// and the app's own keys.
    fn layer_bubble(&mut self, action: Action, out: &mut Outbox) {
        match (self.layers.last(), action) {
            (Some(Layer::Prompt(_)), Action::Accept) => self.accept_prompt(out),
            (Some(Layer::Question(_)), Action::Yes | Action::No) => {
                let Some(Layer::Question(q)) = self.layers.pop() else {
                    return;
                };
                let reply = if action == Action::Yes {
                    Reply::Yes
                } else {
                    Reply::No
                };
                if let Err(e) = self.answer(q.ask, reply, out) {
                    cx!(self, out).fail(e);
                }
            }
            // An answer the question declares besides yes and no: its line.
            (Some(Layer::Question(q)), a) if q.ask.answered_instead(a).is_some() => {
                let ask = q.ask.clone();
                let instead = q.ask.answered_instead(a);
                self.layers.pop();
                match instead {
                    Some(super::ask::Instead::Line(line)) => {
                        cx!(self, out).ask(line);
                    }
                    Some(super::ask::Instead::Reply(reply)) => {
                        if let Err(e) = self.answer(ask, reply, out) {
                            cx!(self, out).fail(e);
                        }
                    }
                    None => {}
                }
            }
            (Some(Layer::Unsaved(_)), _) => self.unsaved_answer(action, out),
            // A list over the round undoes as the round does.
            (Some(Layer::Mailouts(_)), Action::Undo) => self.round_action(action, out),
            _ => self.app_action(action, out),
        }
    }

    /// Enter in a line: the text goes to whoever asked; a refusal stays
    /// under the line with what was typed.
    fn accept_prompt(&mut self, out: &mut Outbox) {
        let Some(Layer::Prompt(mut p)) = self.layers.pop() else {
            return;
        };
        let reply = Reply::Text(p.editor.text().to_string());
        match self.answer(p.ask.clone(), reply, out) {
            Ok(()) if !out.keep_prompt => {}
            Ok(()) => {
                p.error = None;
                self.layers.push(Layer::Prompt(p));
            }
            Err(e) => {
                p.error = Some(e);
                self.layers.push(Layer::Prompt(p));
            }
        }
    }

    /// Routes an answer to the one that asked, by the question's owner.
    pub(crate) fn answer(
        &mut self,
        ask: Ask,
        reply: Reply,
        out: &mut Outbox,
    ) -> Result<(), String> {
        use super::screen::Screen as _;
        let s = &mut self.screens;
        match ask {
            Ask::Round(a) => self.round_answer(a, reply, out),
            Ask::M1(a) => s.m1.answer(a, reply, &mut cx!(self, out)),
            Ask::M2(a) => s.m2.answer(a, reply, &mut cx!(self, out)),
            Ask::M3(a) if s.model == crate::domain::ModelVariant::V1 => {
                s.m3v1.answer(a, reply, &mut cx!(self, out))
            }
            Ask::M3(a) => s.m3.answer(a, reply, &mut cx!(self, out)),
            Ask::M4(a) => s.m4.answer(a, reply, &mut cx!(self, out)),
            Ask::M5(a) => s.m5.answer(a, reply, &mut cx!(self, out)),
            Ask::M6(a) => s.m6.answer(a, reply, &mut cx!(self, out)),
            Ask::M7(a) => s.m7.answer(a, reply, &mut cx!(self, out)),
            Ask::Return(a) => s.returns.answer(a, reply, &mut cx!(self, out)),
            Ask::Ballot(a) => {
                let flow = match self.layers.last_mut() {
                    Some(Layer::Ballot(b)) => b.answer(a, reply, &mut cx!(self, out)),
                    _ => Flow::Handled,
                };
                if flow == Flow::Close {
                    self.layers.pop();
                }
                Ok(())
            }
            Ask::Register(a) => match self.layers.last_mut() {
                Some(Layer::Register(l)) => l.answer(a, reply, &mut cx!(self, out)),
                _ => Ok(()),
            },
            Ask::Form(a) => {
                let flow = match self.layers.last_mut() {
                    Some(Layer::Form(f)) => f.answer(a, reply),
                    _ => Flow::Handled,
                };
                if flow == Flow::Close {
                    self.layers.pop();
                    cx!(self, out).info("Formuläret stängdes utan att spara.");
                }
                Ok(())
            }
        }
    }

    /// Empties the outbox: new layers on top, the status line, where to go,
    /// and the effects for the loop.
    pub(crate) fn apply(&mut self, out: Outbox) -> Vec<Effect> {
        let Outbox {
            mut effects,
            opens,
            status,
            go,
            keep_prompt: _,
            select,
        } = out;
        for what in opens {
            // A form starts with a clean status line: an old message about
            // another form must not seem to be about this one.
            if matches!(what, Open::NewNeed { .. } | Open::EditNeed(_)) {
                self.status = None;
            }
            if let Some(layer) = Layer::open(what, self.session.round()) {
                self.layers.push(layer);
            }
        }
        if status.is_some() {
            self.status = status;
        }
        match go {
            Some(super::cx::Go::Moment(m)) => self.screen = super::screens::ScreenId::Moment(m),
            Some(super::cx::Go::Home) => effects.extend(self.go_home()),
            None => {}
        }
        if select.is_some() {
            self.pending_select = select;
        }
        effects
    }
}
