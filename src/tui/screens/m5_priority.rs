//! Moment 5: the NSK-S prioritisation. The live tally pane of the current
//! stage (picks as bars; the ranking with points, mean position, first
//! places and the spread of positions), who has voted and who is missing,
//! and the overlays for entering ballots, attendance and the log.

use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Clear, Paragraph, Widget};

use super::m5_panes::{PerRepPane, PickPane, RankPane};
use crate::domain::Round;
use crate::domain::priority::Stage;
use crate::exchange::tally_out::CONTESTED_NOTE;
use crate::meeting::joint_rule_label;
use crate::tally::{PickTally, RankTally};
use crate::tui::app_m5::{M5Mode, M5State, rep_matches};
use crate::tui::theme::Theme;
use crate::tui::widgets::ballot_editor::BallotEditorView;
use crate::tui::widgets::{centered, fit, safe};

pub struct PriorityView<'a> {
    pub theme: &'a Theme,
    pub round: &'a Round,
    pub state: &'a M5State,
    /// Computed after the last update, never while drawing.
    pub pick: &'a PickTally,
    pub rank: Option<&'a RankTally>,
    pub scroll: usize,
}

impl<'a> PriorityView<'a> {
    fn stage(&self) -> Stage {
        self.round.prioritization.stage()
    }

    /// (voted, missing) among the present, for the current stage.
    fn turnout(&self) -> (usize, Vec<String>) {
        let p = &self.round.prioritization;
        match self.stage() {
            Stage::Pick => (self.pick.voted.len(), self.pick.missing.clone()),
            Stage::Rank => {
                let has = |n: &String| p.rank_ballots.iter().any(|b| b.representative == *n);
                let missing: Vec<String> = p.present.iter().filter(|n| !has(n)).cloned().collect();
                (p.present.len() - missing.len(), missing)
            }
        }
    }
}

impl Widget for &PriorityView<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let t = self.theme;
        let p = &self.round.prioritization;
        let [head, body, foot] = Layout::vertical([
            Constraint::Length(2),
            Constraint::Min(3),
            Constraint::Length(1),
        ])
        .areas(area);
        let stage_text = match (self.stage(), p.rank_closed) {
            (Stage::Pick, _) => "Steg 1: val".to_string(),
            (Stage::Rank, false) => {
                format!("Steg 2: rangordning av {} behov", self.round.rank_scale())
            }
            (Stage::Rank, true) => "Rangordningen är stängd".to_string(),
        };
        let (voted, missing) = self.turnout();
        let missing_text = if missing.is_empty() {
            "alla närvarande har röstat".to_string()
        } else {
            format!(
                "saknas: {}",
                missing
                    .iter()
                    .map(|m| safe(m))
                    .collect::<Vec<_>>()
                    .join(", ")
            )
        };
        Paragraph::new(vec![
            Line::from(vec![
                Span::styled(format!(" {stage_text} "), t.title()),
                Span::styled(
                    format!(
                        "· {} val per representant · gemensam lista: {}",
                        p.max_picks,
                        joint_rule_label(p.joint_rule)
                    ),
                    t.base(),
                ),
            ]),
            Line::from(vec![
                Span::styled(
                    format!(" {voted} av {} närvarande har röstat", p.present.len()),
                    t.accent(),
                ),
                Span::styled(
                    format!(
                        " · {}",
                        fit(&missing_text, head.width.saturating_sub(36) as usize)
                    ),
                    t.warn(),
                ),
            ]),
        ])
        .render(head, buf);

        if self.state.per_rep {
            (&PerRepPane {
                theme: t,
                round: self.round,
                stage: self.stage(),
            })
                .render(body, buf);
        } else {
            match self.rank {
                Some(rank) => (&RankPane {
                    theme: t,
                    round: self.round,
                    tally: rank,
                    scroll: self.scroll,
                })
                    .render(body, buf),
                None => (&PickPane {
                    theme: t,
                    round: self.round,
                    tally: self.pick,
                    scroll: self.scroll,
                })
                    .render(body, buf),
            }
        }
        let foot_text = if self.rank.is_some() && !self.state.per_rep {
            CONTESTED_NOTE.to_string()
        } else if self.state.per_rep {
            "Per representant: visa inte på delad skärm utan att mötet bett om det (p byter tillbaka).".to_string()
        } else {
            String::new()
        };
        Paragraph::new(Span::styled(
            fit(&foot_text, foot.width as usize),
            t.muted(),
        ))
        .render(foot, buf);

        self.render_mode(area, buf);
    }
}

impl PriorityView<'_> {
    fn render_mode(&self, area: Rect, buf: &mut Buffer) {
        let t = self.theme;
        match &self.state.mode {
            M5Mode::Normal => {}
            M5Mode::ChooseRep { query, selected } => {
                let matches = rep_matches(self.round, query);
                let popup = centered(area, 56, (matches.len() as u16 + 4).clamp(6, area.height));
                Clear.render(popup, buf);
                let block = Block::default()
                    .borders(Borders::ALL)
                    .title(" Välj representant ")
                    .border_style(t.accent())
                    .style(t.base());
                let inner = block.inner(popup);
                block.render(popup, buf);
                let mut lines = vec![Line::from(vec![
                    Span::styled("Namn: ", t.muted()),
                    Span::styled(format!("{}▏", safe(query)), t.warn()),
                ])];
                let sel = (*selected).min(matches.len().saturating_sub(1));
                let stage = self.stage();
                let p = &self.round.prioritization;
                for (i, name) in matches
                    .iter()
                    .enumerate()
                    .take(inner.height.saturating_sub(1) as usize)
                {
                    let done = match stage {
                        Stage::Pick => p.pick_ballot(name).is_some(),
                        Stage::Rank => p.rank_ballots.iter().any(|b| b.representative == *name),
                    };
                    let style = if i == sel { t.selected() } else { t.base() };
                    lines.push(Line::from(Span::styled(
                        format!("{} {}", if done { "✓" } else { " " }, safe(name)),
                        style,
                    )));
                }
                if matches.is_empty() {
                    lines.push(Line::from(Span::styled(
                        "Ingen närvarande matchar (a för närvaro).",
                        t.error(),
                    )));
                }
                Paragraph::new(lines).render(inner, buf);
            }
            M5Mode::Ballot(editor) => {
                let [_, right] =
                    Layout::horizontal([Constraint::Percentage(35), Constraint::Percentage(65)])
                        .areas(area);
                (&BallotEditorView {
                    editor,
                    round: self.round,
                    theme: t,
                })
                    .render(right, buf);
            }
            M5Mode::Attendance { selected } => {
                let reps = &self.round.representatives;
                let popup = centered(area, 60, area.height);
                Clear.render(popup, buf);
                let present = self.round.prioritization.present.len();
                let block = Block::default()
                    .borders(Borders::ALL)
                    .title(format!(
                        " Närvaro · {present} av {} · mellanslag växlar ",
                        reps.len()
                    ))
                    .border_style(t.accent())
                    .style(t.base());
                let inner = block.inner(popup);
                block.render(popup, buf);
                let h = inner.height as usize;
                let start = selected.saturating_sub(h.saturating_sub(1));
                let lines: Vec<Line> = reps
                    .iter()
                    .enumerate()
                    .skip(start)
                    .take(h)
                    .map(|(i, r)| {
                        let here = self.round.prioritization.present.contains(&r.name);
                        let style = if i == *selected {
                            t.selected()
                        } else if here {
                            t.base()
                        } else {
                            t.muted()
                        };
                        Line::from(Span::styled(
                            format!(
                                "[{}] {} ({})",
                                if here { "x" } else { " " },
                                safe(&r.name),
                                safe(&r.county)
                            ),
                            style,
                        ))
                    })
                    .collect();
                Paragraph::new(lines).render(inner, buf);
            }
            M5Mode::Log { scroll } => {
                let popup = centered(area, area.width.saturating_sub(4), area.height);
                Clear.render(popup, buf);
                let block = Block::default()
                    .borders(Borders::ALL)
                    .title(" Ändringslogg (↑/↓, Esc stänger) ")
                    .border_style(t.accent())
                    .style(t.base());
                let inner = block.inner(popup);
                block.render(popup, buf);
                let log = &self.round.log;
                let h = inner.height as usize;
                let end = (*scroll).clamp(h.min(log.len()), log.len());
                let lines: Vec<Line> = log[end.saturating_sub(h)..end]
                    .iter()
                    .map(|e| {
                        let when =
                            e.at.in_tz("Europe/Stockholm")
                                .map(|z| z.strftime("%Y-%m-%d %H:%M").to_string())
                                .unwrap_or_default();
                        Line::from(vec![
                            Span::styled(format!("{when} "), t.muted()),
                            Span::styled(safe(&e.what), t.base()),
                        ])
                    })
                    .collect();
                Paragraph::new(lines).render(inner, buf);
            }
        }
    }
}
