//! The presentation inside the app (`f` on moment 5): the same view as
//! `lbk present`, the whole window, large and high-contrast, never who
//! voted how. ↓/↑ (or space) turn the page when the list is long. Ballots
//! are not typed here: the shared screen would show them; `lbk present FILE`
//! in a window of its own stays on the shared screen while lbk takes them.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::widgets::Widget;

use crate::tui::action::Action;
use crate::tui::cx::{Cx, Flow};
use crate::tui::theme::Theme;
use crate::tui::view::View;
use crate::tui::widgets::presentation_view::PresentationView;

#[derive(Debug, Default)]
pub struct PresentationLayer {
    pub page: usize,
    /// Said at the foot of the presentation until the next key.
    pub note: Option<String>,
}

impl PresentationLayer {
    pub fn update(&mut self, action: Action, _cx: &mut Cx) -> Flow {
        self.note = None;
        match action {
            Action::Cancel => return Flow::Close,
            Action::Down | Action::Toggle => self.page += 1,
            Action::Up => self.page = self.page.saturating_sub(1),
            Action::StartBallot => {
                self.note = Some(
                    "Valsedlar skrivs inte här (den delade skärmen skulle visa dem): f går tillbaka; lbk present FIL i ett eget fönster kan stå kvar."
                        .into(),
                )
            }
            _ => return Flow::Bubble,
        }
        Flow::Handled
    }

    pub fn render(&self, v: &View, area: Rect, buf: &mut Buffer) {
        let (Some(round), Some(tallies)) = (v.round, v.derived.tallies()) else {
            return;
        };
        let theme = if v.no_color {
            Theme::monochrome()
        } else {
            Theme::presentation()
        };
        let turnout = round.turnout();
        (&PresentationView {
            round,
            pick: &tallies.pick,
            rank: tallies.rank.as_ref(),
            turnout: &turnout,
            page: self.page,
            theme: &theme,
        })
            .render(area, buf);
        // The address to vote at, and its QR code in the corner.
        if let Some(ph) = v.phones {
            let lines: Vec<&str> = ph.qr.lines().collect();
            let w = lines.iter().map(|l| l.chars().count()).max().unwrap_or(0) as u16;
            let h = lines.len() as u16 + 1;
            if w > 0 && area.width > w * 3 && area.height > h + 4 {
                let at = Rect::new(area.right() - w - 1, area.bottom() - h - 1, w, h);
                ratatui::widgets::Clear.render(at, buf);
                let mut text: Vec<ratatui::text::Line> = lines
                    .iter()
                    .map(|l| ratatui::text::Line::raw(l.to_string()))
                    .collect();
                text.push(ratatui::text::Line::styled(
                    crate::tui::widgets::safe(&ph.url),
                    theme.title(),
                ));
                ratatui::widgets::Paragraph::new(text).render(at, buf);
            }
        }
        if let Some(note) = &self.note {
            let y = area.bottom().saturating_sub(1);
            ratatui::text::Span::styled(format!("  {note}"), theme.warn())
                .render(Rect::new(area.x, y, area.width, 1), buf);
        }
    }
}
