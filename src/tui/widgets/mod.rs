//! Reusable pieces of the screens.

pub mod ballot_editor;
pub mod line_editor;
pub mod need_form;
pub mod need_form_view;

use ratatui::layout::Rect;

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

/// A number as Swedish text writes it: 5 000.
pub fn thousands(n: usize) -> String {
    let digits = n.to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push('\u{a0}');
        }
        out.push(c);
    }
    out
}
