//! Moment 2: the needs the RSSs raised. A list by RSS with a filter (`/`),
//! Swedish sort orders, a detail pane, the form to add and edit, the dot
//! vote, the kick-off list, templates out and a returned template in (the
//! report first, then a yes/no). Keys and answers here; the view in
//! `m2_view`.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;

use crate::documents::plan::Document;
use crate::domain::{Need, Round};
use crate::imports::needs::ImportPlan;
use crate::meeting::typed;
use crate::tui::action::Action;
use crate::tui::ask::{Ask, NeedsAsk, Reply};
use crate::tui::cx::{Cx, Flow, Open};
use crate::tui::derived::{Derived, Wants};
use crate::tui::derived_lists::NeedSort;
use crate::tui::effects::Effect;
use crate::tui::keymap::Context;
use crate::tui::screen::Screen;
use crate::tui::view::View;
use crate::tui::widgets::ListLook;
use crate::tui::widgets::line_editor::{Edit, LineEditor};
use crate::tui::widgets::moved;

pub struct NeedsScreen {
    pub selected: usize,
    pub filter: LineEditor,
    pub filtering: bool,
    pub sort: NeedSort,
    /// Show the dot vote of the selected need's RSS as bars.
    pub dot_view: bool,
    /// A read and checked template, waiting for yes or no.
    pending: Option<Box<ImportPlan>>,
    /// A template that raised questions: (RSS, file), planned again on "ja".
    asked: Option<(String, std::path::PathBuf)>,
    /// The need to remove, waiting for yes or no.
    removing: Option<String>,
}

impl Default for NeedsScreen {
    fn default() -> Self {
        NeedsScreen {
            selected: 0,
            filter: LineEditor::new(200),
            filtering: false,
            sort: NeedSort::default(),
            dot_view: false,
            pending: None,
            asked: None,
            removing: None,
        }
    }
}

impl NeedsScreen {
    /// The need under the cursor, as the list shows it.
    pub fn selected_need<'r>(&self, round: &'r Round, derived: &Derived) -> Option<&'r Need> {
        let shown = derived.needs();
        shown
            .get(self.selected.min(shown.len().saturating_sub(1)))
            .and_then(|i| round.needs.get(*i))
    }

    /// A template raised questions only the secretariat can answer.
    pub fn import_asks(
        &mut self,
        code: String,
        path: std::path::PathBuf,
        questions: Vec<String>,
        duplicates: bool,
        cx: &mut Cx,
    ) {
        let choices = if duplicates {
            "Importera ändå så, dubbletterna som nya behov (j), uppdatera de befintliga behoven med dubbletternas rader (u), eller avbryt och rätta filen (n)?"
        } else {
            "Importera ändå så (j), eller avbryt och rätta filen (n)?"
        };
        let text = format!("{}\n\n{choices}", questions.join("\n"));
        self.asked = Some((code, path));
        cx.confirm(Ask::M2(NeedsAsk::ImportAnyway { duplicates }), text);
    }

    /// A template was read and checked: show the report and ask.
    pub fn import_planned(&mut self, plan: ImportPlan, cx: &mut Cx) {
        let text = format!("{}\n\nImportera?", plan.report());
        self.pending = Some(Box::new(plan));
        cx.confirm(Ask::M2(NeedsAsk::ConfirmImport), text);
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

    /// Asks before a need added by mistake is removed; one that has come
    /// further is refused with the way it can leave instead.
    fn ask_to_remove(&mut self, selected: Option<Need>, cx: &mut Cx) -> Flow {
        let Some(n) = selected else {
            return Flow::Handled;
        };
        if let Some(reason) = cx.read_only() {
            cx.fail(format!("Omgången är skrivskyddad: {reason}"));
            return Flow::Handled;
        }
        if let Some(Err(e)) = cx.round().map(|r| r.removable(&n.number)) {
            cx.fail(e.to_string());
            return Flow::Handled;
        }
        self.removing = Some(n.number.clone());
        cx.confirm(
            Ask::M2(NeedsAsk::ConfirmRemove),
            format!(
                "Ta bort {} \"{}\"? Det är till för ett behov som lagts till av misstag. Borttagningen står i loggen och kan ångras med u.",
                n.number, n.title
            ),
        )
    }

    fn dots(&mut self, more: bool, cx: &mut Cx) -> Flow {
        let Some(n) = cx
            .round()
            .and_then(|r| self.selected_need(r, cx.derived))
            .cloned()
        else {
            return Flow::Handled;
        };
        let dots = match (n.dots, more) {
            (d, true) => Some(d.unwrap_or(0) + 1),
            (Some(0) | None, false) => None,
            (Some(d), false) => Some(d - 1),
        };
        cx.change(&format!("Prickar för {}.", n.number), move |r, at| {
            r.set_dots(&n.number, dots, at)
        });
        Flow::Handled
    }
}

impl Screen for NeedsScreen {
    type Ask = NeedsAsk;

    fn contexts(&self) -> Vec<Context> {
        if self.filtering {
            vec![Context::Filter, Context::Nav, Context::Text]
        } else {
            vec![Context::Needs, Context::Nav]
        }
    }

    fn wants(&self) -> Wants<'_> {
        Wants::Needs(self.filter.text(), self.sort)
    }

    fn update(&mut self, action: Action, cx: &mut Cx) -> Flow {
        if let Some(s) = moved(self.selected, action, cx.derived.needs().len()) {
            self.selected = s;
            return Flow::Handled;
        }
        if self.filtering {
            return self.filter_key(action, cx);
        }
        let selected = cx
            .round()
            .and_then(|r| self.selected_need(r, cx.derived))
            .cloned();
        match action {
            Action::NewNeed | Action::EditNeed if cx.read_only().is_some() => {
                let reason = cx.read_only().unwrap_or_default();
                cx.fail(format!(
                    "Omgången är skrivskyddad och kan inte ändras här: {reason}"
                ));
            }
            Action::NewNeed => {
                let rss_hint = selected.map(|n| n.rss);
                cx.open(Open::NewNeed { rss_hint });
            }
            Action::EditNeed => {
                if let Some(n) = selected {
                    cx.open(Open::EditNeed(n.number));
                }
            }
            Action::RemoveNeed => return self.ask_to_remove(selected, cx),
            Action::StartFilter => self.filtering = true,
            Action::ClearFilter if self.filter.is_empty() => return Flow::Bubble,
            Action::ClearFilter => {
                self.filter.clear();
                self.selected = 0;
            }
            Action::CycleSort => {
                self.sort = self.sort.next();
                cx.info(format!("Sorterat efter {}.", self.sort.label()));
            }
            Action::MoreDots | Action::FewerDots => {
                return self.dots(action == Action::MoreDots, cx);
            }
            Action::ParticipantDots if selected.is_none() => {
                cx.fail("Markera ett behov hos den RSS vars prickar ska matas in.");
            }
            Action::ParticipantDots => return cx.ask(Ask::M2(NeedsAsk::ParticipantDots)),
            Action::DotView => self.dot_view = !self.dot_view,
            Action::KickOff => cx.effect(Effect::LoadGaps),
            Action::WriteTemplates => cx.effect(Effect::Export(Document::Templates)),
            Action::ImportNeeds => return cx.ask(Ask::M2(NeedsAsk::ImportFile)),
            _ => return Flow::Bubble,
        }
        Flow::Handled
    }

    fn answer(&mut self, ask: NeedsAsk, reply: Reply, cx: &mut Cx) -> Result<(), String> {
        match ask {
            NeedsAsk::ImportFile => {
                let (code, path) = typed::import_file(reply.text())?;
                cx.round()
                    .and_then(|r| r.rss_by_code(&code))
                    .ok_or(format!("RSS-koden {code} finns inte i omgången."))?;
                let path = crate::tui::typed_path::expand_path(&path);
                // The file is read after the update; the line stays open until it is.
                cx.out.keep_prompt = true;
                cx.effect(Effect::PlanImport(code, path, Default::default()));
                Ok(())
            }
            NeedsAsk::ParticipantDots => {
                let rss = cx
                    .round()
                    .and_then(|r| self.selected_need(r, cx.derived))
                    .map(|n| n.rss.clone())
                    .ok_or("Markera ett behov.")?;
                let text = reply.text().to_string();
                cx.try_change("Prickar registrerade.", move |r, at| {
                    r.add_participant_dots(&rss, &text, at).map(|_| ())
                })
            }
            NeedsAsk::ConfirmRemove => {
                let Some(number) = self.removing.take() else {
                    return Ok(());
                };
                if reply != Reply::Yes {
                    return Ok(());
                }
                let what = format!("Behov {number} borttaget; u ångrar.");
                cx.try_change(&what, move |r, at| {
                    r.remove_need(&number, at)
                        .map(|_| ())
                        .map_err(|e| e.to_string())
                })
            }
            NeedsAsk::ImportAnyway { .. } => {
                let Some((code, path)) = self.asked.take() else {
                    return Ok(());
                };
                let update = reply.text() == crate::tui::ask::UPDATE_INSTEAD;
                if reply == Reply::Yes || update {
                    let all = crate::imports::needs::Answers {
                        other_rss: true,
                        example: true,
                        duplicates: !update,
                        update_duplicates: update,
                        newer: true,
                    };
                    cx.effect(Effect::PlanImport(code, path, all));
                } else {
                    cx.info("Avbrutet: inget importerades.");
                }
                Ok(())
            }
            NeedsAsk::ConfirmImport => {
                let Some(plan) = self.pending.take() else {
                    return Ok(());
                };
                if reply == Reply::No {
                    cx.info("Avbrutet: inget importerades.");
                    return Ok(());
                }
                let what = format!("Mall för {} importerad.", plan.rss);
                cx.try_change(&what, move |r, at| {
                    crate::imports::needs::apply_import(r, &plan, at)
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

    fn select(&mut self, number: &str, round: &Round, derived: &Derived) {
        if let Some(pos) = derived
            .needs()
            .iter()
            .position(|i| round.needs.get(*i).is_some_and(|n| n.number == number))
        {
            self.selected = pos;
        }
    }

    fn render(&self, v: &View, area: Rect, buf: &mut Buffer) {
        let look = ListLook {
            selected: self.selected,
            filter: &self.filter,
            filtering: self.filtering,
            sort: self.sort.label(),
        };
        super::m2_view::render(&look, self.dot_view, v, area, buf);
    }
}
