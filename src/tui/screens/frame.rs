//! What every moment screen shares: the bar of seven moments and the line
//! that says where the current one stands.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Widget};

use crate::domain::{Moment, MomentStatus, Round};
use crate::tui::theme::Theme;
use crate::tui::widgets::{date_or_dash, fit, safe};

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
        // What gives way when the window is narrow: the dates, then the
        // moment's long name (its short one stays), then the area is cut.
        let name = format!(" {} ", safe(&r.area));
        let model = format!("(modell {}) · ", r.model.label());
        let long = format!(
            "Moment {}: {}",
            self.shown.number(),
            self.shown.name(r.model)
        );
        let short = format!(
            "Moment {}: {}",
            self.shown.number(),
            self.shown.short_name(r.model)
        );
        // The state, longest first: status, planned and done dates; then
        // without the done date; then the status alone.
        let ready = rec.is_some_and(|x| x.status != MomentStatus::Klar)
            && crate::meeting::progress::complete_because(r, self.shown).is_some();
        let status = format!(
            "{}{}",
            rec.map(|x| x.status.label()).unwrap_or(""),
            if ready { " – ser klart ut (D)" } else { "" }
        );
        let planned = date_or_dash(rec.and_then(|x| x.planned));
        let states = [
            format!(
                " · {status} · planerat {planned} · klart {}",
                date_or_dash(rec.and_then(|x| x.done))
            ),
            format!(" · {status} · planerat {planned}"),
            format!(" · {status}"),
        ];
        let width = area.width as usize;
        let len = |parts: &[&str]| parts.iter().map(|p| p.chars().count()).sum::<usize>();
        let fitting = states
            .iter()
            .find(|st| len(&[&name, &model, &long, st]) <= width)
            .cloned();
        let (moment, state) = match fitting {
            Some(st) => (long, st),
            None if len(&[&name, &model, &long]) <= width => (long, String::new()),
            None => (short, String::new()),
        };
        let room = width.saturating_sub(len(&[&model, &moment]));
        let detail = Line::from(vec![
            Span::styled(fit(&name, room.max(8)), t.title()),
            Span::styled(model, t.muted()),
            Span::styled(moment, t.accent()),
            Span::styled(state, t.muted()),
        ]);
        Paragraph::new(vec![Line::from(spans), detail]).render(area, buf);
    }
}
