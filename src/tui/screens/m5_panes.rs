//! The moment-5 tally panes: picks as bars, and the ranking table with the
//! spread of positions as a small chart. The selected row is marked; the
//! number, the place and the counts are never cut, the title gives way.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Modifier;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Paragraph, Widget};

use crate::domain::Round;
use crate::domain::swedish::decimal;
use crate::tally::{PickTally, Place, RankTally, place_label};
use crate::tui::theme::Theme;
use crate::tui::widgets::{fit, need_title as title_of, safe, window_start};

/// "3" or "3=" for a shared place, where space is short.
pub fn short_place(p: Place) -> String {
    if p.shared {
        format!("{}=", p.place)
    } else {
        p.place.to_string()
    }
}

/// A place as wide as there is room for: "delad 3:e plats", or "3=".
pub fn place_text(p: Place, wide: bool) -> String {
    if wide { place_label(p) } else { short_place(p) }
}

pub struct PickPane<'a> {
    pub theme: &'a Theme,
    pub round: &'a Round,
    pub tally: &'a PickTally,
    pub selected: usize,
}

impl Widget for &PickPane<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let t = self.theme;
        let block = Block::default()
            .borders(Borders::ALL)
            .title(format!(
                " Val per behov · {} ",
                crate::domain::swedish::count(self.tally.ballots, "valsedel", "valsedlar")
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
        let num_w = self
            .tally
            .rows
            .iter()
            .map(|r| r.number.chars().count())
            .max()
            .unwrap_or(0)
            .max(2);
        let title_w = (inner.width as usize / 3).clamp(10, 40);
        let tail_w = 12; // " 12 (100 %)"
        let bar_w = (inner.width as usize)
            .saturating_sub(5 + num_w + 1 + title_w + 1 + tail_w)
            .max(2);
        let h = inner.height as usize;
        let start = window_start(self.selected, h);
        let lines: Vec<Line> = self
            .tally
            .rows
            .iter()
            .enumerate()
            .skip(start)
            .take(h)
            .map(|(i, row)| {
                let len = (row.picks as usize * bar_w).div_ceil(max as usize);
                let leading = row.place.place == 1 && row.picks > 0;
                let here = i == self.selected;
                let base = if here { t.selected() } else { t.base() };
                Line::from(vec![
                    Span::styled(format!("{:>4} ", short_place(row.place)), t.muted()),
                    Span::styled(format!("{:<num_w$} ", safe(&row.number)), t.accent()),
                    Span::styled(
                        format!(
                            "{:<title_w$} ",
                            fit(&title_of(self.round, &row.number), title_w)
                        ),
                        base,
                    ),
                    Span::styled("█".repeat(len), t.tally_bar(leading)),
                    Span::styled(
                        format!(" {} ({} %)", row.picks, (row.share * 100.0).round()),
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
    pub selected: usize,
}

impl Widget for &RankPane<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let t = self.theme;
        let block = Block::default()
            .borders(Borders::ALL)
            .title(format!(
                " Rangordning · {} · Borda över {} ",
                crate::domain::swedish::count(self.tally.ballots, "rangordning", "rangordningar"),
                self.tally.list_length
            ))
            .border_style(t.border(true));
        let inner = block.inner(area);
        block.render(area, buf);
        // Wide: places in words and a longer spread; narrow: "3=" and a
        // short spread. The title takes what is left, at least a little.
        let wide = inner.width >= 110;
        let place_w = if wide { 16 } else { 5 };
        let spread_w = if wide { 12 } else { 6 };
        let num_w = self
            .tally
            .rows
            .iter()
            .map(|r| r.number.chars().count())
            .max()
            .unwrap_or(0)
            .max(2);
        let fixed = place_w + 1 + num_w + 1 + 1 + 7 + 7 + 6 + spread_w + 1 + 8;
        let title_w = (inner.width as usize).saturating_sub(fixed).max(6);
        let mut lines = vec![Line::from(Span::styled(
            format!(
                "{:<place_w$} {:<num_w$} {:<title_w$} {:>6} {:>6} {:>4}  {:<spread_w$} ",
                "Plats", "Nr", "Behov", "Poäng", "Medel", "1:a", "Fördeln."
            ),
            t.accent(),
        ))];
        let h = inner.height.saturating_sub(1) as usize;
        let start = window_start(self.selected, h);
        for (i, row) in self.tally.rows.iter().enumerate().skip(start).take(h) {
            let leading = row.place.place == 1;
            let style = if leading {
                t.tally_bar(true).add_modifier(Modifier::BOLD)
            } else {
                t.base()
            };
            let title_style = if i == self.selected {
                t.selected()
            } else {
                t.base()
            };
            lines.push(Line::from(vec![
                Span::styled(format!("{:<place_w$} ", place_text(row.place, wide)), style),
                Span::styled(format!("{:<num_w$} ", safe(&row.number)), t.accent()),
                Span::styled(
                    format!(
                        "{:<title_w$} ",
                        fit(&title_of(self.round, &row.number), title_w)
                    ),
                    title_style,
                ),
                Span::styled(format!("{:>6} ", row.points), style),
                Span::styled(
                    format!(
                        "{:>6} ",
                        row.mean_position
                            .map(|m| decimal(m, 2))
                            .unwrap_or_else(|| "–".into())
                    ),
                    t.base(),
                ),
                Span::styled(format!("{:>4}  ", row.first_places), t.base()),
                Span::styled(
                    format!("{:<spread_w$} ", spread(&row.positions, spread_w)),
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
