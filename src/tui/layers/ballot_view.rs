//! The ballot being entered, drawn over the right of the moment-5 screen
//! (the tally stays visible on the left): chosen so far, the number being
//! typed with its completions, the list, and the message line.

use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Clear, Paragraph, Widget, Wrap};

use crate::domain::Round;
use crate::domain::priority::Stage;
use crate::meeting::need_tokens::completions;
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
            Constraint::Length(3),
        ])
        .areas(inner);

        let chosen = if e.chosen.is_empty() {
            "inga ännu".to_string()
        } else {
            e.chosen.join(", ")
        };
        let options = completions(&e.list, &e.input);
        let hint = if options.is_empty() || e.input.is_empty() {
            String::new()
        } else {
            format!("  → {}", fit(&options.join(" "), 30))
        };
        let mut line = vec![Span::styled("Nummer: ", t.muted())];
        for r in &e.refused {
            line.push(Span::styled(format!("✗{}", r.token), t.error()));
            line.push(Span::raw(" "));
        }
        line.push(Span::styled(format!("{}▏", safe(&e.input)), t.warn()));
        line.push(Span::styled(hint, t.muted()));
        Paragraph::new(vec![
            Line::from(vec![
                Span::styled("Valda: ", t.muted()),
                Span::styled(safe(&chosen), t.accent()),
            ]),
            Line::from(line),
        ])
        .render(top, buf);

        let shown = e.shown();
        let height = list.height as usize;
        let start = e.cursor.saturating_sub(height.saturating_sub(1));
        let title_w = (list.width as usize).saturating_sub(20);
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
                let row = e.row_of(number).map(|r| r.to_string()).unwrap_or_default();
                Line::from(Span::styled(
                    format!(
                        "{mark} {row:>3} {:<8} {}",
                        safe(number),
                        fit(&title, title_w)
                    ),
                    style,
                ))
            })
            .collect();
        Paragraph::new(lines).render(list, buf);

        let msg = match (&e.error, &e.info) {
            (Some(err), _) => Line::from(Span::styled(err.clone(), t.error())),
            (None, Some(info)) => Line::from(Span::styled(info.clone(), t.accent())),
            (None, None) => Line::from(Span::styled(
                match e.stage {
                    Stage::Pick => {
                        "Skriv radnummer eller nummer (3 12 gr3). Backsteg ångrar, Ctrl+U tömmer. Enter sparar."
                    }
                    Stage::Rank => {
                        "Skriv radnummer eller nummer i ordning; < > flyttar. Backsteg ångrar. Enter sparar."
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
