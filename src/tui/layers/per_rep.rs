//! Who picked (or ranked) what: for the secretariat, not the shared screen.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Clear, Paragraph, Widget};

use crate::domain::priority::Stage;
use crate::tui::view::View;
use crate::tui::widgets::{fit, safe};

/// Who picked (or ranked) what, over the tally pane; a warning colour
/// says it is not for the shared screen.
pub fn render(v: &View, area: Rect, buf: &mut Buffer) {
    let t = v.theme;
    let Some(round) = v.round else { return };
    let p = &round.prioritization;
    let stage = p.stage();
    Clear.render(area, buf);
    let block = Block::default()
            .borders(Borders::ALL)
            .title(" Per representant: visa inte på delad skärm utan att mötet bett om det (Esc tillbaka) ")
            .border_style(t.warn());
    let inner = block.inner(area);
    block.render(area, buf);
    let lines: Vec<Line> = p
        .present
        .iter()
        .take(inner.height as usize)
        .map(|name| {
            let ballot: Option<&Vec<String>> = match stage {
                Stage::Pick => p.pick_ballot(name).map(|b| &b.needs),
                Stage::Rank => p
                    .rank_ballots
                    .iter()
                    .find(|b| b.representative == *name)
                    .map(|b| &*b.order),
            };
            let text = ballot.map(|b| b.join(", ")).unwrap_or_else(|| "–".into());
            Line::from(vec![
                Span::styled(
                    format!("{:<24} ", fit(&safe(name), 24)),
                    if ballot.is_some() {
                        t.base()
                    } else {
                        t.muted()
                    },
                ),
                Span::styled(safe(&text), t.accent()),
            ])
        })
        .collect();
    Paragraph::new(lines).render(inner, buf);
}
