//! Who is present at the NSK-S meeting: space toggles the row.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Clear, Paragraph, Widget};

use crate::tui::action::Action;
use crate::tui::cx::{Cx, Flow};
use crate::tui::view::View;
use crate::tui::widgets::{centered, safe};
use crate::tui::widgets::{moved, window_start};

#[derive(Debug, Default)]
pub struct AttendanceLayer {
    pub selected: usize,
}

impl AttendanceLayer {
    pub fn update(&mut self, action: Action, cx: &mut Cx) -> Flow {
        let reps = cx.round().map_or(0, |r| r.representatives.len());
        if let Some(s) = moved(self.selected, action, reps) {
            self.selected = s;
            return Flow::Handled;
        }
        match action {
            Action::Cancel => Flow::Close,
            Action::Toggle => {
                let Some(round) = cx.round() else {
                    return Flow::Handled;
                };
                let Some(name) = round
                    .representatives
                    .get(self.selected)
                    .map(|r| r.name.clone())
                else {
                    return Flow::Handled;
                };
                let now_present = !round.prioritization.present.contains(&name);
                let what = format!(
                    "{name} {}.",
                    if now_present {
                        "närvarande"
                    } else {
                        "frånvarande"
                    }
                );
                cx.change(&what, move |r, at| {
                    r.set_present(&name, now_present, at)
                        .map_err(|e| e.to_string())
                });
                Flow::Handled
            }
            _ => Flow::Bubble,
        }
    }

    pub fn render(&self, v: &View, area: Rect, buf: &mut Buffer) {
        let t = v.theme;
        let Some(round) = v.round else { return };
        let reps = &round.representatives;
        let popup = centered(area, 60, area.height);
        Clear.render(popup, buf);
        let present = round.prioritization.present.len();
        let block = Block::default()
            .borders(Borders::ALL)
            .title(format!(
                " Närvaro · {present} av {} · mellanslag växlar ",
                reps.len()
            ))
            .border_style(t.accent())
            .style(t.base());
        let inner = block.inner(popup);
        block.render(popup, buf);
        let h = inner.height as usize;
        let lines: Vec<Line> = reps
            .iter()
            .enumerate()
            .skip(window_start(self.selected, h))
            .take(h)
            .map(|(i, r)| {
                let here = round.prioritization.present.contains(&r.name);
                let style = if i == self.selected {
                    t.selected()
                } else if here {
                    t.base()
                } else {
                    t.muted()
                };
                Line::from(Span::styled(
                    format!(
                        "[{}] {} ({})",
                        if here { "x" } else { " " },
                        safe(&crate::domain::names::shown(&r.name)),
                        safe(&r.county)
                    ),
                    style,
                ))
            })
            .collect();
        Paragraph::new(lines).render(inner, buf);
    }
}
