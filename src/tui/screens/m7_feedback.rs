//! Moment 7: what became of each prioritised need, one line each, sortable
//! and filterable (the rows come from the derived view); what the actors
//! take on, do not take on, and have produced. Keys and answers here; the
//! view in `m7_view`.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;

use crate::documents::plan::Document;
use crate::domain::followup::Outcome;
use crate::meeting::typed_followup;
use crate::tui::action::Action;
use crate::tui::ask::{Ask, FeedbackAsk, Reply};
use crate::tui::cx::{Cx, Flow};
use crate::tui::derived::Wants;
use crate::tui::derived_lists::ProgressSort;
use crate::tui::effects::Effect;
use crate::tui::keymap::Context;
use crate::tui::screen::Screen;
use crate::tui::view::View;
use crate::tui::widgets::ListLook;
use crate::tui::widgets::line_editor::{Edit, LineEditor};
use crate::tui::widgets::moved;

pub struct FeedbackScreen {
    pub selected: usize,
    pub filter: LineEditor,
    pub filtering: bool,
    pub sort: ProgressSort,
}

impl Default for FeedbackScreen {
    fn default() -> Self {
        FeedbackScreen {
            selected: 0,
            filter: LineEditor::new(200),
            filtering: false,
            sort: ProgressSort::default(),
        }
    }
}

impl FeedbackScreen {
    fn need(&self, cx: &Cx) -> Option<String> {
        let rows = cx.derived.progress();
        rows.get(self.selected.min(rows.len().saturating_sub(1)))
            .map(|r| r.number.clone())
    }

    fn ask_on_need(&self, a: FeedbackAsk, cx: &mut Cx) -> Flow {
        if self.need(cx).is_none() {
            cx.fail("Inga prioriterade behov ännu: rangordningen i moment 5 ger listan.");
            return Flow::Handled;
        }
        cx.ask(Ask::M7(a))
    }

    fn filter_key(&mut self, action: Action, cx: &mut Cx) -> Flow {
        match action {
            Action::AcceptFilter => self.filtering = false,
            Action::ClearFilter => {
                self.filtering = false;
                self.filter.clear();
                self.selected = 0;
            }
            Action::Input(key) => match self.filter.input(key) {
                Edit::Changed => self.selected = 0,
                Edit::Full => cx.fail(self.filter.full_message()),
                Edit::Moved | Edit::Ignored => {}
            },
            _ => return Flow::Bubble,
        }
        Flow::Handled
    }
}

impl Screen for FeedbackScreen {
    type Ask = FeedbackAsk;

    fn contexts(&self) -> Vec<Context> {
        if self.filtering {
            vec![Context::Filter, Context::Nav, Context::Text]
        } else {
            vec![Context::Feedback, Context::Nav]
        }
    }

    fn wants(&self) -> Wants<'_> {
        Wants::Progress(self.filter.text(), self.sort)
    }

    fn update(&mut self, action: Action, cx: &mut Cx) -> Flow {
        if let Some(s) = moved(self.selected, action, cx.derived.progress().len()) {
            self.selected = s;
            return Flow::Handled;
        }
        if self.filtering {
            return self.filter_key(action, cx);
        }
        match action {
            Action::TakenOn => return self.ask_on_need(FeedbackAsk::TakenOn, cx),
            Action::NotTaken => return self.ask_on_need(FeedbackAsk::NotTaken, cx),
            Action::AddProduced => return self.ask_on_need(FeedbackAsk::Produced, cx),
            Action::CycleSort => {
                self.sort = self.sort.next();
                cx.info(format!("Sorterat efter {}.", self.sort.label()));
            }
            Action::StartFilter => self.filtering = true,
            Action::ClearFilter if self.filter.is_empty() => return Flow::Bubble,
            Action::ClearFilter => {
                self.filter.clear();
                self.selected = 0;
            }
            Action::Export => cx.effect(Effect::Export(Document::Feedback)),
            Action::WriteForms => cx.effect(Effect::Export(Document::ReturnForms(
                crate::documents::returns::form::ReturnKind::Feedback,
            ))),
            Action::ImportReturn => {
                return cx.ask(Ask::Return(crate::tui::ask::ReturnAsk::ImportFile));
            }
            _ => return Flow::Bubble,
        }
        Flow::Handled
    }

    fn answer(&mut self, ask: FeedbackAsk, reply: Reply, cx: &mut Cx) -> Result<(), String> {
        let need = self.need(cx).ok_or("Inget behov markerat.")?;
        let what = format!("Återkoppling för {need}.");
        match ask {
            FeedbackAsk::TakenOn => {
                let outcome = typed_followup::taken_on(reply.text())?;
                cx.try_change(&what, move |r, at| r.set_outcome(&need, outcome, at))
            }
            FeedbackAsk::NotTaken => {
                let why = reply.text().to_string();
                if why.is_empty() {
                    return Err("Skriv varför: det går tillbaka till RSS:erna.".into());
                }
                let outcome = Outcome::TasInte { why };
                cx.try_change(&what, move |r, at| r.set_outcome(&need, outcome, at))
            }
            FeedbackAsk::Produced => {
                let p = typed_followup::produced(reply.text())?;
                cx.try_change(&format!("Framtagen kunskap för {need}."), move |r, at| {
                    r.add_produced(&need, p, at)
                })
            }
        }
    }

    fn paste(&mut self, text: &str, cx: &mut Cx) -> bool {
        if !self.filtering {
            return false;
        }
        if self.filter.insert_str(text) > 0 {
            cx.fail(self.filter.full_message());
        }
        self.selected = 0;
        true
    }

    fn render(&self, v: &View, area: Rect, buf: &mut Buffer) {
        let look = ListLook {
            selected: self.selected,
            filter: &self.filter,
            filtering: self.filtering,
            sort: self.sort.label(),
        };
        super::m7_view::render(&look, v, area, buf);
    }
}
