//! The presentation: the tally of the stage, large and high-contrast, for
//! the shared screen.

use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::Modifier;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Widget};

use crate::tally::place_label;
use crate::tui::theme::Theme;
use crate::tui::view::View;
use crate::tui::widgets::need_title as title_of;
use crate::tui::widgets::{fit, safe};

/// The whole window, for a screen share: few rows, thick bars, the
/// high-contrast theme, nothing else (never who voted how).
pub fn render(v: &View, area: Rect, buf: &mut Buffer) {
    let (Some(round), Some(tallies)) = (v.round, v.derived.tallies()) else {
        return;
    };
    let theme = if v.no_color {
        Theme::monochrome()
    } else {
        Theme::presentation()
    };
    let t = &theme;
    buf.set_style(area, t.base());
    let [head, body] = Layout::vertical([Constraint::Length(3), Constraint::Min(2)]).areas(area);
    let what = if tallies.rank.as_ref().is_some() {
        "rangordning (poäng)"
    } else {
        "val"
    };
    Paragraph::new(vec![
        Line::from(Span::styled(
            format!("  PRIORITERING – {}", safe(&round.area).to_uppercase()),
            t.title(),
        )),
        Line::from(Span::styled(
            format!("  Resultat: {what}"),
            t.accent().add_modifier(Modifier::BOLD),
        )),
    ])
    .render(head, buf);
    // (place, number, title, value) best first.
    let rows: Vec<(String, String, String, u64)> = match tallies.rank.as_ref() {
        Some(r) => r
            .rows
            .iter()
            .map(|x| {
                (
                    place_label(x.place),
                    x.number.clone(),
                    title_of(round, &x.number),
                    x.points,
                )
            })
            .collect(),
        None => tallies
            .pick
            .rows
            .iter()
            .map(|x| {
                (
                    place_label(x.place),
                    x.number.clone(),
                    title_of(round, &x.number),
                    u64::from(x.picks),
                )
            })
            .collect(),
    };
    let max = rows.iter().map(|r| r.3).max().unwrap_or(0).max(1);
    let fits = (body.height / 3) as usize;
    let bar_w = body.width.saturating_sub(14) as usize;
    let mut lines: Vec<Line> = vec![];
    for (place, number, title, value) in rows.iter().take(fits) {
        let len = ((*value as usize) * bar_w).div_ceil(max as usize);
        let leading = rows.first().is_some_and(|f| f.0 == *place);
        let bold = t.base().add_modifier(Modifier::BOLD);
        lines.push(Line::from(vec![
            Span::styled(format!("  {place:<16} "), bold),
            Span::styled(
                format!("{} ", safe(number)),
                t.accent().add_modifier(Modifier::BOLD),
            ),
            Span::styled(fit(title, body.width.saturating_sub(30) as usize), bold),
        ]));
        lines.push(Line::from(vec![
            Span::raw("  "),
            Span::styled("█".repeat(len), t.tally_bar(leading)),
            Span::styled(format!(" {value}"), bold),
        ]));
        lines.push(Line::default());
    }
    if rows.len() > fits {
        lines.push(Line::from(Span::styled(
            format!("  … och {} behov till", rows.len() - fits),
            t.muted(),
        )));
    }
    Paragraph::new(lines).render(body, buf);
}
