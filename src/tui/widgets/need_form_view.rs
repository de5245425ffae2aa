//! The need form drawn over the screen: the short fields on the left, the
//! long texts on the right, the message line at the bottom.

use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Clear, Paragraph, Widget, Wrap};

use super::need_form::{Field, LABELS, MULTILINE, NeedForm};
use crate::tui::theme::Theme;

/// What the form looks like, drawn over the screen.
pub struct NeedFormView<'a> {
    pub form: &'a NeedForm,
    pub theme: &'a Theme,
}

impl Widget for &NeedFormView<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let t = self.theme;
        let form = self.form;
        Clear.render(area, buf);
        let block = Block::default()
            .borders(Borders::ALL)
            .title(Span::styled(form.title(), t.title()))
            .border_style(t.accent())
            .style(t.base());
        let inner = block.inner(area);
        block.render(area, buf);
        let [body, msg] =
            Layout::vertical([Constraint::Min(1), Constraint::Length(1)]).areas(inner);
        let [left, right] =
            Layout::horizontal([Constraint::Percentage(42), Constraint::Percentage(58)])
                .areas(body);

        let singles: Vec<usize> = (0..LABELS.len())
            .filter(|i| !MULTILINE.contains(i))
            .collect();
        let rows = Layout::vertical(singles.iter().map(|_| Constraint::Length(2))).split(left);
        for (slot, i) in singles.iter().enumerate() {
            let Some(row) = rows.get(slot) else { continue };
            let focused = form.focus == *i;
            let [label_area, value_area] =
                Layout::vertical([Constraint::Length(1), Constraint::Length(1)]).areas(*row);
            let label_style = if focused { t.accent() } else { t.muted() };
            Paragraph::new(LABELS[*i])
                .style(label_style)
                .render(label_area, buf);
            match &form.fields[*i] {
                Field::Text { area: ta, .. } => {
                    if focused {
                        ta.render(value_area, buf);
                    } else {
                        let v = form.fields[*i].value();
                        Paragraph::new(crate::domain::text_safety::clean_line(&v).into_owned())
                            .style(t.base())
                            .render(value_area, buf);
                    }
                }
                Field::Choice { .. } => {
                    let v = crate::domain::text_safety::clean_line(&form.fields[*i].value())
                        .into_owned();
                    let line = if focused {
                        Line::from(vec![
                            Span::styled("◀ ", t.accent()),
                            Span::styled(v, t.selected()),
                            Span::styled(" ▶", t.accent()),
                        ])
                    } else {
                        Line::from(Span::styled(v, t.base()))
                    };
                    Paragraph::new(line).render(value_area, buf);
                }
            }
        }

        let boxes = Layout::vertical(
            MULTILINE
                .iter()
                .map(|_| Constraint::Ratio(1, MULTILINE.len() as u32)),
        )
        .split(right);
        for (slot, i) in MULTILINE.iter().enumerate() {
            let focused = form.focus == *i;
            let b = Block::default()
                .borders(Borders::ALL)
                .title(LABELS[*i])
                .border_style(t.border(focused));
            let inner = b.inner(boxes[slot]);
            b.render(boxes[slot], buf);
            if let Field::Text { area: ta, .. } = &form.fields[*i] {
                if focused {
                    ta.render(inner, buf);
                } else {
                    let text: Vec<Line> =
                        crate::domain::text_safety::clean_lines(&form.fields[*i].value())
                            .into_iter()
                            .map(|l| Line::from(l.into_owned()))
                            .collect();
                    Paragraph::new(text)
                        .wrap(Wrap { trim: false })
                        .style(t.base())
                        .render(inner, buf);
                }
            }
        }
        let line = match &form.error {
            Some(e) => Line::from(Span::styled(e.clone(), t.error())),
            None => Line::from(Span::styled(
                "Tab/Shift+Tab byter fält · ←/→ ändrar val · Ctrl+s sparar · Esc avbryter",
                t.muted(),
            )),
        };
        Paragraph::new(line).render(msg, buf);
    }
}
