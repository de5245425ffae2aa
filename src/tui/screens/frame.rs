//! What every moment screen shares: the bar of seven moments and the line
//! that says where the current one stands.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Widget};

use crate::domain::{Moment, MomentStatus, Round};
use crate::tui::theme::Theme;
use crate::tui::widgets::{date_or_dash, safe};

/// The status mark of a moment in the bar.
fn mark(status: MomentStatus) -> &'static str {
    match status {
        MomentStatus::Klar => "✓",
        MomentStatus::Pagaende => "●",
        MomentStatus::EjPaborjad => "○",
    }
}

pub struct MomentBar<'a> {
    pub theme: &'a Theme,
    pub round: &'a Round,
    pub shown: Moment,
}

impl Widget for &MomentBar<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let t = self.theme;
        let r = self.round;
        // Names for every moment when they fit; else only the shown one's.
        let full: usize = r
            .timeline
            .iter()
            .map(|x| x.moment.short_name(r.model).chars().count() + 5)
            .sum();
        let names = full <= area.width as usize;
        let mut spans = vec![];
        for rec in &r.timeline {
            let name = if names || rec.moment == self.shown {
                rec.moment.short_name(r.model)
            } else {
                ""
            };
            let label = format!(" {}{} {} ", rec.moment.number(), mark(rec.status), name);
            let style = if rec.moment == self.shown {
                t.selected()
            } else {
                t.moment_status(rec.status)
            };
            spans.push(Span::styled(label.replace("  ", " "), style));
        }
        let rec = r.moment_record(self.shown);
        let detail = Line::from(vec![
            Span::styled(format!(" {} ", safe(&r.area)), t.title()),
            Span::styled(format!("(modell {}) · ", r.model.label()), t.muted()),
            Span::styled(
                format!(
                    "Moment {}: {}",
                    self.shown.number(),
                    self.shown.name(r.model)
                ),
                t.accent(),
            ),
            Span::styled(
                format!(
                    "  · {} · planerat {} · klart {}",
                    rec.map(|x| x.status.label()).unwrap_or(""),
                    date_or_dash(rec.and_then(|x| x.planned)),
                    date_or_dash(rec.and_then(|x| x.done)),
                ),
                t.muted(),
            ),
        ]);
        Paragraph::new(vec![Line::from(spans), detail]).render(area, buf);
    }
}
