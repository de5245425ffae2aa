//! The moment-5 presentation for the shared screen: the stage, how many
//! have voted, and the whole tally, large and high-contrast. It is drawn
//! from the tallies and the turnout only, so it cannot show who voted how.
//! The list is fitted (three lines a need, then two, then one) and paged
//! when even one line a need does not fit.

use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::Modifier;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Widget};

use crate::domain::Round;
use crate::meeting::voters::Turnout;
use crate::tally::{PickTally, RankTally, place_label};
use crate::tui::theme::Theme;
use crate::tui::widgets::need_title as title_of;
use crate::tui::widgets::{fit, safe};

pub struct PresentationView<'a> {
    pub round: &'a Round,
    pub pick: &'a PickTally,
    pub rank: Option<&'a RankTally>,
    pub turnout: &'a Turnout,
    /// The page asked for; taken modulo the pages there are.
    pub page: usize,
    pub theme: &'a Theme,
}

/// (place, number, title, value), best first.
type Row = (String, String, String, u64);

impl PresentationView<'_> {
    fn rows(&self) -> Vec<Row> {
        let round = self.round;
        match self.rank {
            Some(r) => r
                .rows
                .iter()
                .map(|x| {
                    let t = title_of(round, &x.number);
                    (place_label(x.place), x.number.clone(), t, x.points)
                })
                .collect(),
            None => self
                .pick
                .rows
                .iter()
                .map(|x| {
                    let t = title_of(round, &x.number);
                    (
                        place_label(x.place),
                        x.number.clone(),
                        t,
                        u64::from(x.picks),
                    )
                })
                .collect(),
        }
    }

    fn body(area: Rect) -> Rect {
        Layout::vertical([Constraint::Length(4), Constraint::Min(1)]).areas::<2>(area)[1]
    }

    /// Lines a need gets at this size, and how many needs a page holds.
    fn layout(&self, area: Rect, rows: usize) -> (usize, usize) {
        let h = Self::body(area).height.saturating_sub(1) as usize;
        for per in [3, 2] {
            if rows * per <= h {
                return (per, rows.max(1));
            }
        }
        (1, h.max(1))
    }

    /// How many pages the list takes at this size.
    pub fn pages(&self, area: Rect) -> usize {
        let rows = self.rows().len();
        let (_, per_page) = self.layout(area, rows);
        rows.div_ceil(per_page).max(1)
    }
}

impl Widget for &PresentationView<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let t = self.theme;
        buf.set_style(area, t.base());
        let [head, body] =
            Layout::vertical([Constraint::Length(4), Constraint::Min(1)]).areas(area);
        let rows = self.rows();
        let pages = self.pages(area);
        let page = self.page % pages;
        let (per, per_page) = self.layout(area, rows.len());
        let stage = if self.rank.is_some() {
            "Steg 2: rangordning (poäng)"
        } else {
            "Steg 1: val"
        };
        let tu = self.turnout;
        let paging = if pages > 1 {
            format!("   · sida {} av {pages}", page + 1)
        } else {
            String::new()
        };
        let bold = t.base().add_modifier(Modifier::BOLD);
        Paragraph::new(vec![
            Line::from(Span::styled(
                format!("  PRIORITERING – {}", safe(&self.round.area).to_uppercase()),
                t.title(),
            )),
            Line::from(Span::styled(
                format!("  {stage}{paging}"),
                t.accent().add_modifier(Modifier::BOLD),
            )),
            Line::from(Span::styled(
                format!("  {} av {} har röstat", tu.voted.len(), tu.voters),
                bold,
            )),
        ])
        .render(head, buf);
        let max = rows.iter().map(|r| r.3).max().unwrap_or(0).max(1);
        let w = body.width as usize;
        let leader = rows.first().map(|f| f.0.clone());
        let place_w = rows.iter().map(|r| r.0.chars().count()).max().unwrap_or(1);
        let value_w = max.to_string().len() + 1;
        let mut lines: Vec<Line> = vec![];
        for (place, number, title, value) in rows.iter().skip(page * per_page).take(per_page) {
            let leading = leader.as_deref() == Some(place.as_str());
            let mut l = vec![
                Span::styled(format!("  {place:<place_w$} "), bold),
                Span::styled(
                    format!("{:<7} ", safe(number)),
                    t.accent().add_modifier(Modifier::BOLD),
                ),
            ];
            let used = 2 + place_w + 1 + 8;
            if per == 1 {
                let bar_w = (w / 4).max(4);
                let title_w = w.saturating_sub(used + bar_w + value_w + 2);
                let len = ((*value as usize) * bar_w).div_ceil(max as usize);
                l.push(Span::styled(
                    format!("{:<title_w$} ", fit(title, title_w)),
                    bold,
                ));
                l.push(Span::styled("█".repeat(len), t.tally_bar(leading)));
                l.push(Span::styled(format!("{:>value_w$}", value), bold));
                lines.push(Line::from(l));
                continue;
            }
            l.push(Span::styled(fit(title, w.saturating_sub(used + 1)), bold));
            lines.push(Line::from(l));
            let bar_w = w.saturating_sub(4 + value_w);
            let len = ((*value as usize) * bar_w).div_ceil(max as usize);
            lines.push(Line::from(vec![
                Span::raw("  "),
                Span::styled("█".repeat(len), t.tally_bar(leading)),
                Span::styled(format!(" {value}"), bold),
            ]));
            if per == 3 {
                lines.push(Line::default());
            }
        }
        Paragraph::new(lines).render(body, buf);
    }
}
