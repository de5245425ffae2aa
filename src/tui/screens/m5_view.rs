//! Moment 5's view: the stage line, who has voted (never how), and the
//! tally pane of the current stage, all read from the derived tallies.

use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Widget};

use super::m5_panes::{PickPane, RankPane};
use crate::domain::Round;
use crate::domain::priority::Stage;
use crate::exchange::tally_out::CONTESTED_NOTE;
use crate::meeting::joint_rule_label;
use crate::tally::PickTally;
use crate::tui::view::View;
use crate::tui::widgets::{fit, need_title, safe};

/// The stage line, who has voted, and the tally pane of the stage.
pub fn render(selected: usize, v: &View, area: Rect, buf: &mut Buffer) {
    let t = v.theme;
    let (Some(round), Some(tallies)) = (v.round, v.derived.tallies()) else {
        return;
    };
    let p = &round.prioritization;
    let stage = p.stage();
    let [head, body, foot] = Layout::vertical([
        Constraint::Length(3),
        Constraint::Min(3),
        Constraint::Length(2),
    ])
    .areas(area);
    let stage_text = match (stage, p.rank_closed) {
        (Stage::Pick, _) => "Steg 1: val".to_string(),
        (Stage::Rank, false) => {
            format!("Steg 2: rangordning av {} behov", round.rank_scale())
        }
        (Stage::Rank, true) => "Rangordningen är stängd".to_string(),
    };
    let (voted, missing) = turnout(round, &tallies.pick);
    let missing_text = if p.present.is_empty() {
        "ingen är markerad som närvarande: a för närvaro".to_string()
    } else if missing.is_empty() {
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
            Span::styled(format!("· {} val per representant", p.max_picks), t.base()),
        ]),
        Line::styled(
            format!(" Gemensam lista: {}", joint_rule_label(p.joint_rule)),
            t.base(),
        ),
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

    match &tallies.rank {
        Some(rank) => (&RankPane {
            theme: t,
            round,
            tally: rank,
            selected,
        })
            .render(body, buf),
        None => (&PickPane {
            theme: t,
            round,
            tally: &tallies.pick,
            selected,
        })
            .render(body, buf),
    }
    // The selected need in full (a title is cut in the pane), and in the
    // rank stage what "omstridd" means.
    let number = match &tallies.rank {
        Some(rank) => rank.rows.get(selected).map(|r| r.number.clone()),
        None => tallies.pick.rows.get(selected).map(|r| r.number.clone()),
    };
    let mut lines = vec![];
    if let Some(n) = number {
        lines.push(Line::from(vec![
            Span::styled(format!(" ▶ {} ", safe(&n)), t.accent()),
            Span::styled(need_title(round, &n), t.base()),
        ]));
    }
    if tallies.rank.is_some() {
        lines.push(Line::styled(
            fit(&format!(" {CONTESTED_NOTE}"), foot.width as usize),
            t.muted(),
        ));
    }
    Paragraph::new(lines).render(foot, buf);
}

/// (voted, missing) among the present, for the current stage.
fn turnout(round: &Round, pick: &PickTally) -> (usize, Vec<String>) {
    let p = &round.prioritization;
    match p.stage() {
        Stage::Pick => (pick.voted.len(), pick.missing.clone()),
        Stage::Rank => {
            let has = |n: &String| p.rank_ballots.iter().any(|b| b.representative == *n);
            let missing: Vec<String> = p.present.iter().filter(|n| !has(n)).cloned().collect();
            (p.present.len() - missing.len(), missing)
        }
    }
}
