//! Model 1.0's moment 3, avstämning: each participating RSS checks its
//! needs with its own network. `v` records the date it did (the needs are
//! then confirmed), `x` what came up. The 2.0 dialogue is in `m3_dialogue`.

use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::Line;
use ratatui::widgets::{
    Block, Borders, Paragraph, Row, StatefulWidget, Table, TableState, Widget, Wrap,
};

use crate::meeting::progress::parse_date;
use crate::tui::action::Action;
use crate::tui::ask::{Ask, DialogueAsk, Reply};
use crate::tui::cx::{Cx, Flow};
use crate::tui::keymap::Context;
use crate::tui::screen::Screen;
use crate::tui::view::View;
use crate::tui::widgets::columns::{Col, constraints};
use crate::tui::widgets::{moved, safe};

#[derive(Debug, Default)]
pub struct NetworkScreen {
    pub selected: usize,
}

/// The participating RSSs' codes, in list order.
fn participating(r: &crate::domain::Round) -> Vec<String> {
    r.rss
        .iter()
        .filter(|x| x.participates)
        .map(|x| x.code.clone())
        .collect()
}

impl NetworkScreen {
    fn code(&self, cx: &Cx) -> Option<String> {
        let list = participating(cx.round()?);
        list.get(self.selected.min(list.len().saturating_sub(1)))
            .cloned()
    }
}

impl Screen for NetworkScreen {
    type Ask = DialogueAsk;

    fn contexts(&self) -> Vec<Context> {
        vec![Context::Network, Context::Nav]
    }

    fn update(&mut self, action: Action, cx: &mut Cx) -> Flow {
        let len = cx.round().map_or(0, |r| participating(r).len());
        if let Some(s) = moved(self.selected, action, len) {
            self.selected = s;
            return Flow::Handled;
        }
        let ask = match action {
            Action::Verified => DialogueAsk::NetworkChecked,
            Action::AddNote => DialogueAsk::NetworkNote,
            Action::DecideCorrection => DialogueAsk::NetworkProposal,
            Action::WriteForms => {
                cx.effect(crate::tui::effects::Effect::Export(
                    crate::documents::plan::Document::ReturnForms(
                        crate::documents::returns::form::ReturnKind::Verification,
                    ),
                ));
                return Flow::Handled;
            }
            Action::ImportReturn => {
                return cx.ask(Ask::Return(crate::tui::ask::ReturnAsk::ImportFile));
            }
            _ => return Flow::Bubble,
        };
        if ask == DialogueAsk::NetworkProposal {
            let open = self.code(cx).and_then(|code| {
                let r = cx.round()?;
                r.checked_rows(&code)
                    .iter()
                    .find(|c| c.open())
                    .map(|c| format!("{}: {}", c.need, c.correction))
            });
            let Some(text) = open else {
                cx.fail("RSS:en har inget rättelseförslag som väntar (de kommer med dess avstämningsformulär, i).");
                return Flow::Handled;
            };
            cx.info(format!("Rättelseförslag {}", safe(&text)));
        }
        if self.code(cx).is_none() {
            cx.fail("Ingen RSS deltar ännu; markera deltagande på moment 1.");
            return Flow::Handled;
        }
        cx.ask(Ask::M3(ask))
    }

    fn answer(&mut self, ask: DialogueAsk, reply: Reply, cx: &mut Cx) -> Result<(), String> {
        let code = self.code(cx).ok_or("Ingen RSS markerad.")?;
        let text = reply.text().to_string();
        match ask {
            DialogueAsk::NetworkChecked => {
                let date = parse_date(&text, cx.today())?;
                let mut n = 0;
                cx.try_change(&format!("Avstämning {code}."), |r, at| {
                    n = r.network_checked(&code, date, at)?;
                    Ok(())
                })?;
                cx.info(format!(
                    "{code} har stämt av med sitt nätverk {date}; {n} behov avstämda."
                ));
                Ok(())
            }
            DialogueAsk::NetworkProposal => {
                let accept = crate::meeting::typed::correction_decision(&text)?;
                let need = cx
                    .round()
                    .and_then(|r| r.checked_rows(&code).iter().find(|c| c.open()))
                    .map(|c| c.need.clone())
                    .ok_or("Inget rättelseförslag väntar.")?;
                let what = format!(
                    "Rättelsen av {need} {}.",
                    if accept { "godtagen" } else { "avvisad" }
                );
                cx.try_change(&what, move |r, at| r.decide_correction(&need, accept, at))
            }
            DialogueAsk::NetworkNote => cx.try_change(&format!("Anteckning {code}."), |r, at| {
                r.network_note(&code, &text, at)
            }),
            _ => Ok(()),
        }
    }

    fn render(&self, v: &View, area: Rect, buf: &mut Buffer) {
        let t = v.theme;
        let Some(r) = v.round else { return };
        let codes = participating(r);
        let [top, bottom] =
            Layout::vertical([Constraint::Min(5), Constraint::Length(6)]).areas(area);
        let done = r
            .network_checks
            .iter()
            .filter(|c| c.date.is_some() && codes.contains(&c.rss))
            .count();
        let rows: Vec<Row> = codes
            .iter()
            .map(|c| {
                let check = r.network_checks.iter().find(|x| x.rss == *c);
                let needs = r.needs.iter().filter(|n| n.rss == *c).count();
                Row::new(vec![
                    safe(c),
                    r.rss_by_code(c).map(|x| safe(&x.name)).unwrap_or_default(),
                    needs.to_string(),
                    check
                        .and_then(|x| x.date)
                        .map(|d| d.to_string())
                        .unwrap_or("–".into()),
                    check
                        .map(|x| safe(x.note.lines().next().unwrap_or("")))
                        .unwrap_or_default(),
                ])
            })
            .collect();
        let cols = [
            Col::fixed(4),
            Col::text(26, 10, 2),
            Col::fixed(5),
            Col::fixed(10),
            Col::text(40, 8, 1),
        ];
        let sel = (!codes.is_empty()).then_some(self.selected.min(codes.len() - 1));
        let table = Table::new(rows, constraints(top.width.saturating_sub(2), &cols))
            .header(Row::new(vec!["RSS", "Namn", "Behov", "Avstämt", "Anteckning"]).style(t.accent()))
            .row_highlight_style(t.selected())
            .block(
                Block::default()
                    .borders(Borders::ALL)
                    .title(format!(
                        " Avstämning med RSS:ernas nätverk · {done} av {} klara (v avstämt, x anteckning) ",
                        codes.len()
                    ))
                    .border_style(t.border(true)),
            )
            .style(t.base());
        StatefulWidget::render(
            table,
            top,
            buf,
            &mut TableState::default().with_selected(sel),
        );
        let mut note: Vec<Line> = sel
            .map(|i| {
                r.checked_rows(&codes[i])
                    .iter()
                    .filter(|c| c.open())
                    .map(|c| {
                        Line::styled(
                            safe(&format!("Rättelseförslag {} (p): {}", c.need, c.correction)),
                            t.warn(),
                        )
                    })
                    .collect()
            })
            .unwrap_or_default();
        match sel.and_then(|i| r.network_checks.iter().find(|x| x.rss == codes[i])) {
            Some(c) if !c.note.is_empty() => {
                note.extend(c.note.lines().map(|l| Line::raw(safe(l))))
            }
            _ => note.push(Line::styled("Ingen anteckning ännu.", t.muted())),
        }
        note.push(Line::styled(
            super::returns_line::returns_line(
                r,
                crate::domain::return_kind::ReturnKind::Verification,
                v.today,
            ),
            t.muted(),
        ));
        Paragraph::new(note)
            .wrap(Wrap { trim: true })
            .block(
                Block::default()
                    .borders(Borders::ALL)
                    .title(" Anteckningar ")
                    .border_style(t.border(false)),
            )
            .render(bottom, buf);
    }
}
