//! The moment-5 tally panes: picks as bars, and the ranking table with the
//! spread of positions as a small chart.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Modifier;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Paragraph, Widget};

use crate::domain::Round;
use crate::tally::{PickTally, RankTally, place_label};
use crate::tui::theme::Theme;
use crate::tui::widgets::{fit, need_title as title_of, safe};

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
