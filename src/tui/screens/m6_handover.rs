//! Moment 6: the prioritised needs handed over, each actor's receipt, and
//! the actors' coordination of who takes what. The list is the derived
//! ranking; nothing is counted here.

use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::Line;
use ratatui::widgets::{Block, Borders, Paragraph, Row, StatefulWidget, Table, TableState, Widget};

use crate::meeting::typed_followup;
use crate::tally::place_label;
use crate::tui::action::Action;
use crate::tui::ask::{Ask, HandoverAsk, Reply};
use crate::tui::cx::{Cx, Flow};
use crate::tui::derived::Wants;
use crate::tui::effects::Effect;
use crate::tui::effects_export::Export;
use crate::tui::keymap::Context;
use crate::tui::screen::Screen;
use crate::tui::view::View;
use crate::tui::widgets::moved;
use crate::tui::widgets::{date_or_dash, fit, safe};

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
            Action::Receipt if self.need(cx).is_none() => {
                cx.fail("Inga prioriterade behov ännu: rangordningen i moment 5 ger listan.");
                Flow::Handled
            }
            Action::Receipt => cx.ask(Ask::M6(HandoverAsk::Receipt)),
            Action::Coordination => cx.ask(Ask::M6(HandoverAsk::Coordination)),
            Action::Export => {
                cx.effect(Effect::Export(Export::Handover));
                Flow::Handled
            }
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
            HandoverAsk::Coordination => {
                let (date, notes) = typed_followup::coordination(reply.text())?;
                cx.try_change("Samordningsmöte antecknat.", move |r, at| {
                    r.add_coordination(date, &notes, at)
                })
            }
        }
    }

    fn render(&self, v: &View, area: Rect, buf: &mut Buffer) {
        render(self, v, area, buf);
    }
}

/// The prioritised needs with their receipts, and the coordination notes.
fn render(screen: &HandoverScreen, v: &View, area: Rect, buf: &mut Buffer) {
    let t = v.theme;
    let Some(r) = v.round else { return };
    let [list, notes] = Layout::vertical([Constraint::Min(4), Constraint::Length(5)]).areas(area);
    let ranked = v.derived.prioritised();
    let rows: Vec<Row> = ranked
        .iter()
        .map(|row| {
            let title = r
                .need(&row.number)
                .map(|n| safe(&n.title))
                .unwrap_or_default();
            let receipts = r
                .handovers
                .iter()
                .find(|h| h.need == row.number)
                .map(|h| {
                    h.receipts
                        .iter()
                        .map(|x| {
                            format!(
                                "{}: {} {}",
                                safe(&x.actor),
                                x.state.label(),
                                date_or_dash(x.date)
                            )
                        })
                        .collect::<Vec<_>>()
                        .join("; ")
                })
                .filter(|s| !s.is_empty())
                .unwrap_or_else(|| "ännu inte mottaget".into());
            Row::new(vec![
                place_label(row.place),
                safe(&row.number),
                fit(&title, 34),
                fit(&receipts, 40),
            ])
        })
        .collect();
    let empty = ranked.is_empty();
    let table = Table::new(
        rows,
        [
            Constraint::Length(16),
            Constraint::Length(8),
            Constraint::Min(16),
            Constraint::Min(20),
        ],
    )
    .header(Row::new(vec!["Plats", "Nr", "Behov", "Mottaget av"]).style(t.accent()))
    .row_highlight_style(t.selected())
    .block(
        Block::default()
            .borders(Borders::ALL)
            .title(format!(
                " Prioriterade behov · {} (r mottagande, e exportera) ",
                ranked.len()
            ))
            .border_style(t.border(true)),
    )
    .style(t.base());
    let sel = (!empty).then_some(screen.selected.min(ranked.len().saturating_sub(1)));
    StatefulWidget::render(
        table,
        list,
        buf,
        &mut TableState::default().with_selected(sel),
    );
    if empty {
        let inner = Rect {
            x: list.x + 2,
            y: list.y + 2,
            width: list.width.saturating_sub(4),
            height: 1,
        };
        Paragraph::new(Line::styled(
            "Inga prioriterade behov ännu: de kommer från rangordningen i moment 5.",
            t.muted(),
        ))
        .render(inner, buf);
    }
    let lines: Vec<Line> = if r.coordination.is_empty() {
        vec![Line::styled(
            "Inga samordningsmöten antecknade (k lägger till).",
            t.muted(),
        )]
    } else {
        r.coordination
            .iter()
            .map(|m| Line::styled(format!("{}: {}", m.date, safe(&m.notes)), t.base()))
            .collect()
    };
    Paragraph::new(lines)
        .block(
            Block::default()
                .borders(Borders::ALL)
                .title(" Aktörernas samordning ")
                .border_style(t.border(false)),
        )
        .render(notes, buf);
}
