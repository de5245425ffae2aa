//! Moment 4: each RSS's verification of the minutes, and the sorting of
//! every need into the final compilation, aside with a reason, or merged.
//! Keys and answers here; the view in `m4_view`.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;

use crate::documents::plan::Document;
use crate::domain::{Need, NeedStatus};
use crate::meeting::typed_dialogue::parse_set_aside;
use crate::tui::action::Action;
use crate::tui::ask::{Ask, Reply, VerifyAsk};
use crate::tui::cx::{Cx, Flow};
use crate::tui::derived::Wants;
use crate::tui::effects::Effect;
use crate::tui::keymap::Context;
use crate::tui::screen::Screen;
use crate::tui::view::View;
use crate::tui::widgets::moved;

#[derive(Debug, Default)]
pub struct VerifyScreen {
    pub selected: usize,
    /// A model-1.0 round: SKR's sorting with the actors' marks, and no
    /// verification of minutes.
    pub v1: bool,
}

/// What marking (or unmarking) a knowledge gap is called: model 1.0 sorts
/// the needs (SKR's moment 4), 2.0 verifies them and compiles the gaps.
fn gap_message(number: &str, was_gap: bool, model: crate::domain::ModelVariant) -> String {
    let v1 = model == crate::domain::ModelVariant::V1;
    match (was_gap, v1) {
        (false, false) => format!("{number} är en kunskapslucka."),
        (true, false) => format!("{number} är inte längre en kunskapslucka."),
        (false, true) => format!("{number} sorterat som kunskapslucka."),
        (true, true) => format!("{number} inte längre sorterat som kunskapslucka."),
    }
}

#[cfg(test)]
#[test]
fn the_gap_is_said_in_the_models_words() {
    use crate::domain::ModelVariant::{V1, V2};
    assert_eq!(
        gap_message("GR-01", false, V2),
        "GR-01 är en kunskapslucka."
    );
    assert!(gap_message("GR-01", true, V1).contains("sorterat"));
    assert!(!gap_message("GR-01", true, V2).contains("sorterat"));
}

impl VerifyScreen {
    /// The need under the cursor.
    fn need(&self, cx: &Cx) -> Option<Need> {
        let order = &cx.derived.sorting().order;
        let i = order.get(self.selected.min(order.len().saturating_sub(1)))?;
        cx.round()?.needs.get(*i).cloned()
    }

    fn ask_on_need(&self, a: VerifyAsk, cx: &mut Cx) -> Flow {
        if self.need(cx).is_none() {
            cx.fail("Inget behov markerat.");
            return Flow::Handled;
        }
        cx.ask(Ask::M4(a))
    }
}

impl Screen for VerifyScreen {
    type Ask = VerifyAsk;

    fn contexts(&self) -> Vec<Context> {
        if self.v1 {
            vec![Context::Sorting, Context::Nav]
        } else {
            vec![Context::Verify, Context::Nav]
        }
    }

    fn wants(&self) -> Wants<'_> {
        Wants::Sorting
    }

    fn update(&mut self, action: Action, cx: &mut Cx) -> Flow {
        if let Some(s) = moved(self.selected, action, cx.derived.sorting().order.len()) {
            self.selected = s;
            return Flow::Handled;
        }
        let need = self.need(cx);
        let today = cx.today();
        match action {
            Action::ToggleGap => {
                if let Some(n) = need {
                    let gap = n.status == NeedStatus::Kunskapslucka;
                    let model = cx.round().map(|r| r.model).unwrap_or_default();
                    let what = gap_message(&n.number, gap, model);
                    cx.change(&what, move |r, at| {
                        if gap {
                            r.unmark_gap(&n.number, at)
                        } else {
                            r.mark_gap(&n.number, at)
                        }
                    });
                }
            }
            Action::SetAside => return self.ask_on_need(VerifyAsk::SetAside, cx),
            Action::Merge => return self.ask_on_need(VerifyAsk::MergeInto, cx),
            Action::Correction => return self.ask_on_need(VerifyAsk::Correction, cx),
            Action::ActorMark => return self.ask_on_need(VerifyAsk::ActorMark, cx),
            Action::UndoLeave => {
                if let Some(n) = need {
                    cx.change(
                        &format!("{} tillbaka på listan.", n.number),
                        move |r, at| r.undo_leave(&n.number, at),
                    );
                }
            }
            Action::MinutesSent | Action::Verified => {
                if let Some(code) = need.map(|n| n.rss) {
                    let sent = action == Action::MinutesSent;
                    cx.change(&format!("Verifiering för {code}."), move |r, at| {
                        if sent {
                            r.minutes_sent(&code, today, at)
                        } else {
                            r.verify_rss(&code, today, at).map(|_| ())
                        }
                    });
                }
            }
            Action::Export => cx.effect(Effect::Export(Document::Compilation)),
            Action::WriteForms => cx.effect(Effect::Export(Document::ReturnForms(
                crate::documents::returns::form::ReturnKind::Verification,
            ))),
            Action::ImportReturn => {
                return cx.ask(Ask::Return(crate::tui::ask::ReturnAsk::ImportFile));
            }
            Action::DecideCorrection => {
                let open = need.as_ref().and_then(|n| {
                    let r = cx.round()?;
                    r.checked_rows(&n.rss)
                        .iter()
                        .find(|c| c.need == n.number && c.open())
                        .map(|c| c.correction.clone())
                });
                match open {
                    Some(text) => {
                        cx.info(format!("Rättelseförslag: {}", crate::tui::widgets::safe(&text)));
                        return cx.ask(Ask::M4(VerifyAsk::Proposal));
                    }
                    None => cx.fail(
                        "Behovet har inget rättelseförslag som väntar (de kommer med RSS:ens verifieringsformulär, i).",
                    ),
                }
            }
            Action::FeedbackExport => cx.effect(Effect::Export(Document::RssFeedback)),
            _ => return Flow::Bubble,
        }
        Flow::Handled
    }

    fn answer(&mut self, ask: VerifyAsk, reply: Reply, cx: &mut Cx) -> Result<(), String> {
        let need = self.need(cx).ok_or("Inget behov markerat.")?;
        let text = reply.text().to_string();
        match ask {
            VerifyAsk::SetAside => {
                let (reason, note) = parse_set_aside(&text)?;
                cx.try_change(&format!("{} undanlagt.", need.number), move |r, at| {
                    r.set_aside(&need.number, reason, &note, at)
                })
            }
            VerifyAsk::MergeInto => {
                let into = cx
                    .round()
                    .and_then(|r| {
                        r.needs
                            .iter()
                            .find(|n| crate::domain::need::token_names(&n.number, &text))
                    })
                    .map(|n| n.number.clone())
                    .ok_or(format!("Behov {text} finns inte."))?;
                let what = format!("{} sammanslaget med {into}.", need.number);
                cx.try_change(&what, move |r, at| r.merge_needs(&[need.number], &into, at))
            }
            VerifyAsk::ActorMark => {
                let (actor, response) = crate::meeting::typed_dialogue::parse_response(&text)?;
                cx.try_change(&format!("Markering av {}.", need.number), move |r, at| {
                    r.record_mark(&need.number, &actor, response, at)
                })
            }
            VerifyAsk::Proposal => {
                let accept = crate::meeting::typed::correction_decision(&text)?;
                let what = if accept {
                    format!("Rättelsen av {} godtagen.", need.number)
                } else {
                    format!("Rättelsen av {} avvisad.", need.number)
                };
                cx.try_change(&what, move |r, at| {
                    r.decide_correction(&need.number, accept, at)
                })
            }
            VerifyAsk::Correction => {
                let code = need.rss;
                cx.try_change(&format!("Rättelse från {code}."), move |r, at| {
                    r.add_correction(&code, &text, at)
                })
            }
        }
    }

    fn render(&self, v: &View, area: Rect, buf: &mut Buffer) {
        super::m4_view::render(self.selected, self.v1, v, area, buf);
    }
}
