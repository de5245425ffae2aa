//! A round's timeline: the seven moments' planned, started and done dates
//! as a simple chart across the round's two years, where each can be
//! changed: `s` started, `d` done, `p` planned, `o` back to not started.

use jiff::civil::Date;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Clear, Paragraph, Widget};

use crate::domain::{Moment, MomentStatus};
use crate::meeting::moment67::overdue;
use crate::tui::action::Action;
use crate::tui::ask::{Ask, RoundAsk};
use crate::tui::cx::{Cx, Flow};
use crate::tui::view::View;
use crate::tui::widgets::{centered, date_or_dash, safe};

/// Column of a date between `from` and `to` on a chart `width` wide.
fn column(d: Date, from: Date, to: Date, width: usize) -> usize {
    let span = (to - from).get_days().max(1) as f64;
    let at = (d - from).get_days().max(0) as f64;
    ((at / span) * (width.saturating_sub(1)) as f64).round() as usize
}

pub struct TimelineLayer {
    /// The selected moment's index.
    pub selected: usize,
}

impl TimelineLayer {
    pub fn update(&mut self, action: Action, cx: &mut Cx) -> Flow {
        if let Some(s) = crate::tui::widgets::moved(self.selected, action, 7) {
            self.selected = s;
            return Flow::Handled;
        }
        let m = Moment::ALL[self.selected.min(6)];
        match action {
            Action::Cancel => Flow::Close,
            Action::MomentStart => cx.ask(Ask::Round(RoundAsk::MomentStarted(m))),
            Action::MomentDone => cx.ask(Ask::Round(RoundAsk::MomentDone(m))),
            Action::MomentPlan => cx.ask(Ask::Round(RoundAsk::MomentPlanned(m))),
            Action::MomentReset => {
                let q = RoundAsk::MomentReset(m);
                cx.confirm(
                    Ask::Round(q),
                    format!("Moment {}: {}", m.number(), q.question()),
                )
            }
            _ => Flow::Bubble,
        }
    }

    pub fn render(&self, v: &View, area: Rect, buf: &mut Buffer) {
        render(v, self.selected, area, buf)
    }
}

/// The chart over the screen's body.
fn render(v: &View, selected: usize, area: Rect, buf: &mut Buffer) {
    let t = v.theme;
    let Some(r) = v.round else { return };
    let today = v.today;
    let popup = centered(area, area.width.saturating_sub(2), 14.min(area.height));
    Clear.render(popup, buf);
    let block = Block::default()
        .borders(Borders::ALL)
        .title(format!(
            " Tidslinje: {} (P planerat, > påbörjat, █ klart, ! försenat) ",
            safe(&r.area)
        ))
        .border_style(t.accent())
        .style(t.base());
    let inner = block.inner(popup);
    block.render(popup, buf);
    let dates: Vec<Date> = r
        .timeline
        .iter()
        .flat_map(|m| [m.planned, m.started, m.done])
        .flatten()
        .chain([today])
        .collect();
    let (Some(from), Some(to)) = (dates.iter().min().copied(), dates.iter().max().copied()) else {
        return;
    };
    let label_w = 26usize;
    let chart_w = (inner.width as usize).saturating_sub(label_w + 36).max(10);
    let late = overdue(r, today);
    let mut lines = vec![];
    for m in &r.timeline {
        let mut chart: Vec<char> = vec!['·'; chart_w];
        if let Some(p) = m.planned {
            chart[column(p, from, to, chart_w)] = 'P';
        }
        if let Some(s) = m.started {
            chart[column(s, from, to, chart_w)] = '>';
        }
        if let Some(d) = m.done {
            chart[column(d, from, to, chart_w)] = '█';
        }
        let today_col = column(today, from, to, chart_w);
        if chart[today_col] == '·' {
            chart[today_col] = '|';
        }
        let is_late = late.contains(&m.moment);
        let style = if m.moment.index() == selected {
            t.selected()
        } else if is_late {
            t.error()
        } else {
            t.moment_status(m.status)
        };
        lines.push(Line::from(vec![
            Span::styled(
                format!(
                    "{} {:<w$}",
                    m.moment.number(),
                    m.moment.short_name(r.model),
                    w = label_w - 2
                ),
                style,
            ),
            Span::styled(chart.into_iter().collect::<String>(), style),
            Span::styled(
                format!(
                    " {} {}{}",
                    date_or_dash(m.planned),
                    match m.status {
                        MomentStatus::Klar => format!("klart {}", date_or_dash(m.done)),
                        MomentStatus::Pagaende => match m.started {
                            Some(d) => format!("påbörjat {d}"),
                            None => m.status.label().to_string(),
                        },
                        MomentStatus::EjPaborjad => m.status.label().to_string(),
                    },
                    if is_late { " !" } else { "" }
                ),
                style,
            ),
        ]));
    }
    lines.push(Line::default());
    lines.push(Line::styled(
        format!("Från {from} till {to}; | är i dag ({}).", today),
        t.muted(),
    ));
    Paragraph::new(lines).render(inner, buf);
}
