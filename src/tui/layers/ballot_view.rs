//! The ballot being entered, drawn over the right of the moment-5 screen
//! (the tally stays visible on the left): chosen so far, the number being
//! typed with its completions, the list, and the message line.

use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Clear, Paragraph, Widget, Wrap};

use crate::domain::Round;
use crate::domain::need::completions;
use crate::domain::priority::Stage;
use crate::tui::theme::Theme;
use crate::tui::widgets::ballot_editor::BallotEditor;
use crate::tui::widgets::{fit, safe};

pub struct BallotEditorView<'a> {
    pub editor: &'a BallotEditor,
    pub round: &'a Round,
    pub theme: &'a Theme,
}

impl Widget for &BallotEditorView<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let t = self.theme;
        let e = self.editor;
        Clear.render(area, buf);
        let title = match e.stage {
            Stage::Pick => format!(
                " Val för {} ({} av högst {}) ",
                safe(&e.representative),
                e.chosen.len(),
                e.limit()
            ),
            Stage::Rank => format!(
                " Rangordning för {} ({} av {}) ",
                safe(&e.representative),
                e.chosen.len(),
                e.list.len()
            ),
        };
        let block = Block::default()
            .borders(Borders::ALL)
            .title(Span::styled(title, t.title()))
            .border_style(t.accent())
            .style(t.base());
        let inner = block.inner(area);
        block.render(area, buf);
        let [top, list, bottom] = Layout::vertical([
            Constraint::Length(3),
            Constraint::Min(3),
            Constraint::Length(2),
        ])
        .areas(inner);

        let chosen = if e.chosen.is_empty() {
            "inga ännu".to_string()
        } else {
            e.chosen.join(", ")
        };
        let options = completions(&e.list, &e.input);
        let hint = if e.input.is_empty() {
            String::new()
        } else {
            format!("  → {}", fit(&options.join(" "), 40))
        };
        Paragraph::new(vec![
            Line::from(vec![
                Span::styled("Valda: ", t.muted()),
                Span::styled(safe(&chosen), t.accent()),
            ]),
            Line::from(vec![
                Span::styled("Nummer: ", t.muted()),
                Span::styled(format!("{}▏", safe(&e.input)), t.warn()),
                Span::styled(hint, t.muted()),
            ]),
        ])
        .render(top, buf);

        let shown = e.shown();
        let height = list.height as usize;
        let start = e.cursor.saturating_sub(height.saturating_sub(1));
        let title_w = (list.width as usize).saturating_sub(16);
        let lines: Vec<Line> = shown
            .iter()
            .enumerate()
            .skip(start)
            .take(height)
            .map(|(i, number)| {
                let mark = match (e.stage, e.chosen.iter().position(|c| c == number)) {
                    (Stage::Pick, Some(_)) => "[x]".to_string(),
                    (Stage::Pick, None) => "[ ]".to_string(),
                    (Stage::Rank, Some(p)) => format!("{:>3}", p + 1),
                    (Stage::Rank, None) => "  ·".to_string(),
                };
                let title = self
                    .round
                    .need(number)
                    .map(|n| safe(&n.title))
                    .unwrap_or_default();
                let style = if i == e.cursor {
                    t.selected()
                } else {
                    t.base()
                };
                Line::from(Span::styled(
                    format!("{mark} {:<8} {}", safe(number), fit(&title, title_w)),
                    style,
                ))
            })
            .collect();
        Paragraph::new(lines).render(list, buf);

        let msg = match &e.error {
            Some(err) => Line::from(Span::styled(err.clone(), t.error())),
            None => Line::from(Span::styled(
                match e.stage {
                    Stage::Pick => {
                        "Skriv nummer + mellanslag (gr3 = GR-03), eller ↑/↓ och mellanslag. Backsteg tar bort. Enter sparar."
                    }
                    Stage::Rank => {
                        "Skriv nummer i ordning, eller ↑/↓ + mellanslag; < > flyttar. Enter sparar (topp R räcker)."
                    }
                },
                t.muted(),
            )),
        };
        Paragraph::new(msg)
            .wrap(Wrap { trim: true })
            .render(bottom, buf);
    }
}
