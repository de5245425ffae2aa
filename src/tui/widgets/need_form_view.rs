//! The need form drawn over the screen, in the order Tab moves: the left
//! column top to bottom (number, RSS, title, description, challenge,
//! target group), then the right (known support, level, dots, kind,
//! source, municipal health care, notes). Long texts are boxes; the one
//! being typed in gets the most room.

use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Clear, Paragraph, Widget, Wrap};

use super::need_form::{Field, LABELS, MULTILINE, NeedForm};
use crate::domain::text_safety::{clean_line, clean_lines};
use crate::tui::theme::Theme;

/// The fields of each column, in Tab order.
pub const LEFT: [usize; 6] = [0, 1, 2, 3, 4, 5];
pub const RIGHT: [usize; 7] = [6, 7, 8, 9, 10, 11, 12];

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
            Layout::horizontal([Constraint::Percentage(52), Constraint::Percentage(48)])
                .areas(body);
        render_column(form, t, &LEFT, left, buf);
        render_column(form, t, &RIGHT, right, buf);
        let line = match &form.error {
            Some(e) => Line::from(Span::styled(clean_line(e).into_owned(), t.error())),
            None => Line::from(Span::styled(
                "Tab/Shift+Tab byter fält · ←/→ ändrar val · Ctrl+s sparar · Esc avbryter",
                t.muted(),
            )),
        };
        Paragraph::new(line).render(msg, buf);
    }
}

/// One column: a short field is a label over its value, a long text a box.
fn render_column(form: &NeedForm, t: &Theme, fields: &[usize], area: Rect, buf: &mut Buffer) {
    let constraints: Vec<Constraint> = fields
        .iter()
        .map(|i| match (MULTILINE.contains(i), form.focus == *i) {
            (false, _) => Constraint::Length(2),
            (true, true) => Constraint::Fill(3),
            (true, false) => Constraint::Fill(1),
        })
        .collect();
    let slots = Layout::vertical(constraints).split(area);
    for (slot, &i) in slots.iter().zip(fields) {
        let focused = form.focus == i;
        if MULTILINE.contains(&i) {
            render_box(form, t, i, focused, *slot, buf);
        } else {
            render_short(form, t, i, focused, *slot, buf);
        }
    }
}

fn render_short(form: &NeedForm, t: &Theme, i: usize, focused: bool, area: Rect, buf: &mut Buffer) {
    let [label_area, value_area] =
        Layout::vertical([Constraint::Length(1), Constraint::Length(1)]).areas(area);
    Paragraph::new(LABELS[i])
        .style(if focused { t.accent() } else { t.muted() })
        .render(label_area, buf);
    match &form.fields[i] {
        Field::Text { area: ta, .. } if focused => ta.render(value_area, buf),
        Field::Text { .. } => Paragraph::new(clean_line(&form.fields[i].value()).into_owned())
            .style(t.base())
            .render(value_area, buf),
        Field::Choice { .. } => {
            let v = clean_line(&form.fields[i].value()).into_owned();
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

fn render_box(form: &NeedForm, t: &Theme, i: usize, focused: bool, area: Rect, buf: &mut Buffer) {
    let b = Block::default()
        .borders(Borders::ALL)
        .title(LABELS[i])
        .border_style(t.border(focused));
    let inner = b.inner(area);
    b.render(area, buf);
    if let Field::Text { area: ta, .. } = &form.fields[i] {
        if focused {
            ta.render(inner, buf);
        } else {
            let text: Vec<Line> = clean_lines(&form.fields[i].value())
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_columns_follow_the_tab_order() {
        let order: Vec<usize> = LEFT.iter().chain(RIGHT.iter()).copied().collect();
        assert_eq!(order, (0..LABELS.len()).collect::<Vec<_>>());
    }
}
