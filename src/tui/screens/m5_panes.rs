//! The moment-5 tally panes: picks as bars, the ranking table with the
//! spread of positions as a small chart, the per-representative view, and
//! the full-screen presentation for a screen share.

use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::Modifier;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Paragraph, Widget};

use crate::domain::Round;
use crate::domain::priority::Stage;
use crate::tally::{PickTally, RankTally, place_label};
use crate::tui::theme::Theme;
use crate::tui::widgets::{fit, safe};

fn title_of(round: &Round, number: &str) -> String {
    round
        .need(number)
        .map(|n| safe(&n.title))
        .unwrap_or_default()
}

/// "3" or "3=" for a shared place, where space is short.
fn short_place(p: crate::tally::Place) -> String {
    if p.shared {
        format!("{}=", p.place)
    } else {
        p.place.to_string()
    }
}

pub struct PickPane<'a> {
    pub theme: &'a Theme,
    pub round: &'a Round,
    pub tally: &'a PickTally,
    pub scroll: usize,
}

impl Widget for &PickPane<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let t = self.theme;
        let block = Block::default()
            .borders(Borders::ALL)
            .title(format!(
                " Val per behov · {} valsedlar ",
                self.tally.ballots
            ))
            .border_style(t.border(true));
        let inner = block.inner(area);
        block.render(area, buf);
        let max = self
            .tally
            .rows
            .iter()
            .map(|r| r.picks)
            .max()
            .unwrap_or(0)
            .max(1);
        let title_w = (inner.width as usize / 3).clamp(12, 40);
        let bar_w = (inner.width as usize).saturating_sub(title_w + 30).max(4);
        let start = self
            .scroll
            .min(self.tally.rows.len().saturating_sub(inner.height as usize));
        let lines: Vec<Line> = self
            .tally
            .rows
            .iter()
            .skip(start)
            .take(inner.height as usize)
            .map(|row| {
                let len = (row.picks as usize * bar_w).div_ceil(max as usize);
                let leading = row.place.place == 1 && row.picks > 0;
                Line::from(vec![
                    Span::styled(format!("{:>4} ", short_place(row.place)), t.muted()),
                    Span::styled(format!("{:<8} ", safe(&row.number)), t.accent()),
                    Span::styled(
                        format!(
                            "{:<w$} ",
                            fit(&title_of(self.round, &row.number), title_w),
                            w = title_w
                        ),
                        t.base(),
                    ),
                    Span::styled("█".repeat(len), t.tally_bar(leading)),
                    Span::styled(
                        format!(" {} ({:.0} %)", row.picks, row.share * 100.0),
                        t.base(),
                    ),
                ])
            })
            .collect();
        Paragraph::new(lines).render(inner, buf);
    }
}

/// The spread of positions as a row of block characters, at most `width`
/// wide (positions are grouped when the list is longer).
pub fn spread(positions: &[u32], width: usize) -> String {
    const LEVELS: [char; 9] = [' ', '▁', '▂', '▃', '▄', '▅', '▆', '▇', '█'];
    if positions.is_empty() || width == 0 {
        return String::new();
    }
    let groups = positions.len().min(width);
    let per = positions.len().div_ceil(groups);
    let sums: Vec<u32> = positions.chunks(per).map(|c| c.iter().sum()).collect();
    let max = sums.iter().copied().max().unwrap_or(0).max(1);
    sums.iter()
        .map(|s| LEVELS[((*s as usize) * 8).div_ceil(max as usize).min(8)])
        .collect()
}

pub struct RankPane<'a> {
    pub theme: &'a Theme,
    pub round: &'a Round,
    pub tally: &'a RankTally,
    pub scroll: usize,
}

impl Widget for &RankPane<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let t = self.theme;
        let block = Block::default()
            .borders(Borders::ALL)
            .title(format!(
                " Rangordning · {} rangordningar · Borda över {} ",
                self.tally.ballots, self.tally.list_length
            ))
            .border_style(t.border(true));
        let inner = block.inner(area);
        block.render(area, buf);
        let spread_w = 12usize;
        let title_w = (inner.width as usize)
            .saturating_sub(16 + 9 + 7 + 7 + 5 + spread_w + 12)
            .max(8);
        let mut lines = vec![Line::from(Span::styled(
            format!(
                "{:<16} {:<8} {:<w$} {:>6} {:>6} {:>4}  {:<sw$} ",
                "Plats",
                "Nr",
                "Behov",
                "Poäng",
                "Medel",
                "1:a",
                "Fördelning",
                w = title_w,
                sw = spread_w
            ),
            t.accent(),
        ))];
        let h = inner.height.saturating_sub(1) as usize;
        let start = self.scroll.min(self.tally.rows.len().saturating_sub(h));
        for row in self.tally.rows.iter().skip(start).take(h) {
            let leading = row.place.place == 1;
            let style = if leading {
                t.tally_bar(true).add_modifier(Modifier::BOLD)
            } else {
                t.base()
            };
            lines.push(Line::from(vec![
                Span::styled(format!("{:<16} ", place_label(row.place)), style),
                Span::styled(format!("{:<8} ", safe(&row.number)), t.accent()),
                Span::styled(
                    format!(
                        "{:<w$} ",
                        fit(&title_of(self.round, &row.number), title_w),
                        w = title_w
                    ),
                    t.base(),
                ),
                Span::styled(format!("{:>6} ", row.points), style),
                Span::styled(
                    format!(
                        "{:>6} ",
                        row.mean_position
                            .map(|m| format!("{m:.2}"))
                            .unwrap_or_else(|| "–".into())
                    ),
                    t.base(),
                ),
                Span::styled(format!("{:>4}  ", row.first_places), t.base()),
                Span::styled(
                    format!("{:<sw$} ", spread(&row.positions, spread_w), sw = spread_w),
                    t.tally_bar(false),
                ),
                Span::styled(if row.contested { "omstridd" } else { "" }, t.warn()),
            ]));
        }
        Paragraph::new(lines).render(inner, buf);
    }
}

/// Who picked (or ranked) what: for the secretariat, not the shared screen.
pub struct PerRepPane<'a> {
    pub theme: &'a Theme,
    pub round: &'a Round,
    pub stage: Stage,
}

impl Widget for &PerRepPane<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let t = self.theme;
        let p = &self.round.prioritization;
        let block = Block::default()
            .borders(Borders::ALL)
            .title(" Per representant ")
            .border_style(t.warn());
        let inner = block.inner(area);
        block.render(area, buf);
        let lines: Vec<Line> = p
            .present
            .iter()
            .take(inner.height as usize)
            .map(|name| {
                let ballot: Option<&Vec<String>> = match self.stage {
                    Stage::Pick => p.pick_ballot(name).map(|b| &b.needs),
                    Stage::Rank => p
                        .rank_ballots
                        .iter()
                        .find(|b| b.representative == *name)
                        .map(|b| &b.order),
                };
                let text = ballot.map(|b| b.join(", ")).unwrap_or_else(|| "–".into());
                Line::from(vec![
                    Span::styled(
                        format!("{:<24} ", fit(&safe(name), 24)),
                        if ballot.is_some() {
                            t.base()
                        } else {
                            t.muted()
                        },
                    ),
                    Span::styled(safe(&text), t.accent()),
                ])
            })
            .collect();
        Paragraph::new(lines).render(inner, buf);
    }
}

/// The full-screen view for a screen share: few rows, thick bars, the
/// high-contrast theme, nothing else.
pub struct PresentationView<'a> {
    pub theme: &'a Theme,
    pub round: &'a Round,
    pub pick: &'a PickTally,
    pub rank: Option<&'a RankTally>,
}

impl Widget for &PresentationView<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let t = self.theme;
        buf.set_style(area, t.base());
        let [head, body] =
            Layout::vertical([Constraint::Length(3), Constraint::Min(2)]).areas(area);
        let what = if self.rank.is_some() {
            "rangordning (poäng)"
        } else {
            "val"
        };
        Paragraph::new(vec![
            Line::from(Span::styled(
                format!("  PRIORITERING – {}", safe(&self.round.area).to_uppercase()),
                t.title(),
            )),
            Line::from(Span::styled(
                format!("  Resultat: {what}"),
                t.accent().add_modifier(Modifier::BOLD),
            )),
        ])
        .render(head, buf);
        // (place, number, title, value) best first.
        let rows: Vec<(String, String, String, u64)> = match self.rank {
            Some(r) => r
                .rows
                .iter()
                .map(|x| {
                    (
                        place_label(x.place),
                        x.number.clone(),
                        title_of(self.round, &x.number),
                        x.points,
                    )
                })
                .collect(),
            None => self
                .pick
                .rows
                .iter()
                .map(|x| {
                    (
                        place_label(x.place),
                        x.number.clone(),
                        title_of(self.round, &x.number),
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
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_spread_scales_to_the_highest_position_count() {
        assert_eq!(spread(&[4, 2, 0, 1], 12), "█▄ ▂");
        assert_eq!(spread(&[], 12), "");
        // Longer lists are grouped to the width.
        assert_eq!(spread(&[1, 1, 1, 1, 0, 0], 3).chars().count(), 3);
    }
}
