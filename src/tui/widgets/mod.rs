//! Reusable pieces of the screens.

pub mod ballot_editor;
pub mod columns;
pub mod line_editor;
pub mod need_form;
pub mod need_form_view;
pub mod presentation_view;

use ratatui::layout::Rect;

use crate::tui::action::Action;

use crate::domain::text_safety::clean_line;

/// Display text from the round: control characters made visible.
pub fn safe(s: &str) -> String {
    clean_line(s).into_owned()
}

/// A rectangle of the given size centred in `area`, clipped to it.
pub fn centered(area: Rect, width: u16, height: u16) -> Rect {
    let w = width.min(area.width);
    let h = height.min(area.height);
    Rect {
        x: area.x + (area.width - w) / 2,
        y: area.y + (area.height - h) / 2,
        width: w,
        height: h,
    }
}

/// Cuts text to at most `width` characters, ending with … when cut.
pub fn fit(s: &str, width: usize) -> String {
    if s.chars().count() <= width {
        s.to_string()
    } else {
        let mut out: String = s.chars().take(width.saturating_sub(1)).collect();
        out.push('…');
        out
    }
}

/// A date or a dash.
pub fn date_or_dash(d: Option<jiff::civil::Date>) -> String {
    d.map(|d| d.to_string()).unwrap_or_else(|| "–".into())
}

pub use crate::domain::swedish::thousands;

/// A list selection moved by a navigation action; None for other actions.
pub fn moved(selected: usize, action: Action, len: usize) -> Option<usize> {
    let last = len.saturating_sub(1);
    Some(match action {
        Action::Up => selected.saturating_sub(1),
        Action::Down => (selected + 1).min(last),
        Action::PageUp => selected.saturating_sub(10),
        Action::PageDown => (selected + 10).min(last),
        Action::Top => 0,
        Action::Bottom => last,
        _ => return None,
    })
}

/// The first row to draw so that `selected` shows in `height` rows.
pub fn window_start(selected: usize, height: usize) -> usize {
    selected.saturating_sub(height.saturating_sub(1))
}

/// A need's title for display, or nothing when the number is unknown.
pub fn need_title(round: &crate::domain::Round, number: &str) -> String {
    round
        .need(number)
        .map(|n| safe(&n.title))
        .unwrap_or_default()
}

/// How a filtered list looks: the selected row, the filter line and the
/// order, as a screen passes them to its view.
pub struct ListLook<'a> {
    pub selected: usize,
    pub filter: &'a line_editor::LineEditor,
    pub filtering: bool,
    pub sort: &'static str,
}

impl ListLook<'_> {
    /// The filter as shown: being typed (with the cursor), set, or not set.
    pub fn filter_spans(
        &self,
        t: &crate::tui::theme::Theme,
        none: &'static str,
    ) -> Vec<ratatui::text::Span<'static>> {
        use ratatui::text::Span;
        if self.filtering {
            let mut l = self.filter.line(t.warn(), t.selected(), 40);
            l.spans.insert(0, Span::styled("/", t.warn()));
            l.spans
        } else if self.filter.is_empty() {
            vec![Span::styled(none, t.muted())]
        } else {
            vec![Span::styled(
                format!("filter: {}", safe(self.filter.text())),
                t.warn(),
            )]
        }
    }
}
