//! The need form as a layer: Tab moves between fields, Ctrl+s saves (the
//! form stays open with everything typed when the round refuses), Esc asks
//! before it throws typing away.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::widgets::Widget;

use crate::domain::{Need, Round};
use crate::tui::action::Action;
use crate::tui::ask::{Ask, FormAsk, Reply};
use crate::tui::cx::{Cx, Flow};
use crate::tui::view::View;
use crate::tui::widgets::need_form::NeedForm;
use crate::tui::widgets::need_form_view::NeedFormView;

pub struct FormLayer {
    form: NeedForm,
}

impl FormLayer {
    pub fn new_need(round: &Round, rss_hint: Option<&str>) -> FormLayer {
        FormLayer {
            form: NeedForm::new_need(round, rss_hint),
        }
    }

    pub fn edit(round: &Round, need: &Need) -> FormLayer {
        FormLayer {
            form: NeedForm::edit(round, need),
        }
    }

    pub fn is_dirty(&self) -> bool {
        self.form.is_dirty()
    }

    pub fn error(&self) -> Option<&str> {
        self.form.error.as_deref()
    }

    fn save(&mut self, cx: &mut Cx) -> Flow {
        let need = match self.form.to_need() {
            Ok(n) => n,
            Err(msg) => {
                self.form.error = Some(msg);
                return Flow::Handled;
            }
        };
        let original = self.form.original.clone();
        let number = need.number.clone();
        let what = match &original {
            Some(o) => format!("Behov {o} ändrat."),
            None => format!("Behov {number} tillagt."),
        };
        let result = cx.try_change(&what, |round, at| match &original {
            Some(o) => round.update_need(o, need, at).map_err(|e| e.to_string()),
            None => round.add_need(need, at).map_err(|e| e.to_string()),
        });
        match result {
            Ok(()) => {
                cx.out.select = Some(number);
                Flow::Close
            }
            Err(msg) => {
                // The form stays open with everything typed; only the message is new.
                self.form.error = Some(msg);
                Flow::Handled
            }
        }
    }

    pub fn update(&mut self, action: Action, cx: &mut Cx) -> Flow {
        match action {
            Action::NextField => self.form.next_field(),
            Action::PrevField => self.form.prev_field(),
            Action::SaveForm => return self.save(cx),
            Action::CancelForm if self.form.is_dirty() => {
                let q = FormAsk::Discard;
                return cx.confirm(Ask::Form(q), q.question());
            }
            Action::CancelForm => return Flow::Close,
            Action::Input(key) => {
                if let Some(round) = cx.round() {
                    self.form.input(key, round);
                }
            }
            _ => return Flow::Bubble,
        }
        Flow::Handled
    }

    /// The answer to the form's own question.
    pub fn answer(&mut self, ask: FormAsk, reply: Reply) -> Flow {
        match ask {
            FormAsk::Discard if reply == Reply::Yes => Flow::Close,
            FormAsk::Discard => Flow::Handled,
        }
    }

    pub fn paste(&mut self, text: &str, _cx: &mut Cx) -> bool {
        self.form.paste(text);
        true
    }

    pub fn render(&self, v: &View, area: Rect, buf: &mut Buffer) {
        (&NeedFormView {
            form: &self.form,
            theme: v.theme,
        })
            .render(area, buf);
    }
}
