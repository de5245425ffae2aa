//! Moment 5: the NSK-S prioritisation. Shows the live pick tally over the
//! final compilation: picks per need as bars, who has voted, who is missing.

use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Paragraph, Widget};

use crate::domain::Round;
use crate::domain::priority::JointRule;
use crate::tally::{PickTally, pick_tally, place_label};
use crate::tui::theme::Theme;
use crate::tui::widgets::{fit, safe};

pub struct PriorityView<'a> {
    pub theme: &'a Theme,
    pub round: &'a Round,
    pub tally: PickTally,
    pub scroll: usize,
}

impl<'a> PriorityView<'a> {
    /// Computes the tally once, before drawing.
    pub fn new(theme: &'a Theme, round: &'a Round, scroll: usize) -> Self {
        let list: Vec<&str> = round
            .final_compilation()
            .iter()
            .map(|n| n.number.as_str())
            .collect();
        let p = &round.prioritization;
        let tally = pick_tally(&list, &p.present, &p.pick_ballots);
        PriorityView {
            theme,
            round,
            tally,
            scroll,
        }
    }
}

impl Widget for &PriorityView<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let t = self.theme;
        let p = &self.round.prioritization;
        let tally = &self.tally;
        let [head, bars] =
            Layout::vertical([Constraint::Length(3), Constraint::Min(3)]).areas(area);
        let rule = match p.joint_rule {
            JointRule::AllPicked => "alla valda behov".to_string(),
            JointRule::TopK(k) => format!("de {k} mest valda"),
            JointRule::AtLeast(m) => format!("minst {m} val"),
        };
        let missing = if tally.missing.is_empty() {
            "alla närvarande har röstat".to_string()
        } else {
            format!(
                "saknas: {}",
                tally
                    .missing
                    .iter()
                    .map(|m| safe(m))
                    .collect::<Vec<_>>()
                    .join(", ")
            )
        };
        Paragraph::new(vec![
            Line::from(vec![
                Span::styled(format!(" Steg: {} ", p.stage().label()), t.title()),
                Span::styled(
                    format!(
                        "· {} val per representant · gemensam lista: {rule} · {} kunskapsluckor",
                        p.max_picks,
                        tally.rows.len()
                    ),
                    t.base(),
                ),
            ]),
            Line::from(vec![
                Span::styled(
                    format!(
                        " {} av {} närvarande har röstat",
                        tally.voted.len(),
                        tally.eligible
                    ),
                    t.accent(),
                ),
                Span::styled(
                    format!(
                        " · {}",
                        fit(&missing, head.width.saturating_sub(40) as usize)
                    ),
                    t.warn(),
                ),
            ]),
        ])
        .render(head, buf);

        let block = Block::default()
            .borders(Borders::ALL)
            .title(" Val per behov ")
            .border_style(t.border(true));
        let inner = block.inner(bars);
        block.render(bars, buf);
        let max = tally.rows.iter().map(|r| r.picks).max().unwrap_or(0).max(1);
        let label_w = 34usize;
        let bar_w = (inner.width as usize).saturating_sub(label_w + 24).max(4);
        let lines: Vec<Line> = tally
            .rows
            .iter()
            .skip(self.scroll)
            .take(inner.height as usize)
            .map(|row| {
                let title = self
                    .round
                    .need(&row.number)
                    .map(|n| safe(&n.title))
                    .unwrap_or_default();
                let len = (row.picks as usize * bar_w).div_ceil(max as usize);
                let leading = row.place.place == 1 && row.picks > 0;
                Line::from(vec![
                    Span::styled(
                        format!(
                            "{:>4} ",
                            if row.place.shared {
                                format!("{}=", row.place.place)
                            } else {
                                row.place.place.to_string()
                            }
                        ),
                        t.muted(),
                    ),
                    Span::styled(format!("{:<8} ", safe(&row.number)), t.accent()),
                    Span::styled(
                        format!("{:<w$} ", fit(&title, label_w - 10), w = label_w - 10),
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
        let _ = place_label;
    }
}
