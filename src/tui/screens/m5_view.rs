//! Moment 5's view: the stage line, who has voted (never how), and the
//! tally pane of the current stage, all read from the derived tallies.

use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Widget};

use super::m5_panes::{PickPane, RankPane};
use crate::documents::tally_out::CONTESTED_NOTE;
use crate::domain::priority::Stage;
use crate::meeting::joint_rule_label;
use crate::tui::view::View;
use crate::tui::widgets::{fit, need_title, safe};

/// The stage line, who has voted, and the tally pane of the stage.
pub fn render(
    selected: usize,
    phones: Option<&crate::tui::phone_model::PhoneView>,
    v: &View,
    area: Rect,
    buf: &mut Buffer,
) {
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
    let turnout = round.turnout();
    let (voted, missing) = (turnout.voted.len(), turnout.missing.clone());
    let mut missing_text = if turnout.voters == 0 {
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
    if !turnout.uncounted.is_empty() {
        missing_text.push_str(&format!(
            " · räknas inte (inte närvarande): {}",
            turnout
                .uncounted
                .iter()
                .map(|m| safe(m))
                .collect::<Vec<_>>()
                .join(", ")
        ));
    }
    Paragraph::new(vec![
        Line::from(vec![
            Span::styled(format!(" {stage_text} "), t.title()),
            Span::styled(format!("· {} val per representant", p.max_picks), t.base()),
        ]),
        Line::from(vec![
            Span::styled(
                format!(" Gemensam lista: {}", joint_rule_label(p.joint_rule)),
                t.base(),
            ),
            match phones {
                Some(ph) => Span::styled(
                    format!(
                        " · Mobil: {} · {} via mobil (m stoppar)",
                        safe(&ph.url),
                        ph.ballots
                    ),
                    t.accent(),
                ),
                None => Span::styled(" · m: röstning från mobil", t.muted()),
            },
        ]),
        Line::from(vec![
            Span::styled(
                format!(" {voted} av {} närvarande har röstat", turnout.voters),
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

    // The address as a QR code beside the tally, when there is room.
    let qr_lines: Vec<&str> = phones.map(|p| p.qr.lines().collect()).unwrap_or_default();
    let qr_width = qr_lines
        .iter()
        .map(|l| l.chars().count())
        .max()
        .unwrap_or(0) as u16;
    let body =
        if qr_width > 0 && body.width >= qr_width + 60 && body.height >= qr_lines.len() as u16 {
            let [left, right] =
                Layout::horizontal([Constraint::Min(40), Constraint::Length(qr_width)]).areas(body);
            Paragraph::new(
                qr_lines
                    .iter()
                    .map(|l| Line::raw(l.to_string()))
                    .collect::<Vec<_>>(),
            )
            .render(right, buf);
            left
        } else {
            body
        };
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
    if let Some(rank) = &tallies.rank {
        // For a contested need, the head-to-head count that makes it so;
        // else what the mark means.
        let row = rank.rows.get(selected);
        let pair = row.filter(|r| r.contested).and_then(|r| {
            let below = r.vs_next.as_ref().filter(|v| v.prefer_next > v.prefer_this);
            let above = rank
                .rows
                .get(selected.wrapping_sub(1))
                .and_then(|a| a.vs_next.as_ref().map(|v| (a, v)))
                .filter(|(_, v)| v.prefer_next > v.prefer_this);
            match (below, above) {
                (Some(v), _) => Some(format!(
                    " Omstridd: {} av {} rangordnar {} före {}.",
                    v.prefer_next, rank.ballots, v.number, r.number
                )),
                (None, Some((a, v))) => Some(format!(
                    " Omstridd: {} av {} rangordnar {} före {}.",
                    v.prefer_next, rank.ballots, r.number, a.number
                )),
                _ => None,
            }
        });
        lines.push(Line::styled(
            fit(
                &pair.unwrap_or_else(|| format!(" {CONTESTED_NOTE}")),
                foot.width as usize,
            ),
            t.muted(),
        ));
    }
    Paragraph::new(lines).render(foot, buf);
}
