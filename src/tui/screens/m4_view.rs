//! Moment 4's view: the sorting counts, each RSS's verification, and every
//! need with its status (the list from the derived view).

use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Paragraph, Row, StatefulWidget, Table, TableState, Widget};

use crate::domain::NeedStatus;
use crate::tui::view::View;
use crate::tui::widgets::{date_or_dash, fit, safe};

/// The counts, the verification per RSS and the list of needs (only the
/// rows that show are built).
pub fn render(selected: usize, v: &View, area: Rect, buf: &mut Buffer) {
    let t = v.theme;
    let Some(r) = v.round else { return };
    let sorting = v.derived.sorting();
    let [left, right] =
        Layout::horizontal([Constraint::Length(38), Constraint::Min(30)]).areas(area);
    let [counts, verif] = Layout::vertical([Constraint::Length(5), Constraint::Min(3)]).areas(left);
    let count = |f: &dyn Fn(&NeedStatus) -> bool| r.needs.iter().filter(|n| f(&n.status)).count();
    let gaps = r.final_compilation().len();
    Paragraph::new(vec![
        Line::from(vec![
            Span::styled(format!("{} behov", r.needs.len()), t.base()),
            Span::styled(format!(" · {gaps} kunskapsluckor"), t.ok()),
        ]),
        Line::styled(
            format!(
                "{} sammanslagna · {} undanlagda med skäl",
                count(&|s| matches!(s, NeedStatus::Sammanslaget { .. })),
                count(&|s| matches!(s, NeedStatus::Undanlagt { .. }))
            ),
            t.muted(),
        ),
        Line::styled(
            format!(
                "{} ännu inte sorterade",
                count(&|s| matches!(
                    s,
                    NeedStatus::Inskickat | NeedStatus::Diskuterat | NeedStatus::Verifierat
                ))
            ),
            t.muted(),
        ),
    ])
    .block(
        Block::default()
            .borders(Borders::ALL)
            .title(" Sortering ")
            .border_style(t.border(false)),
    )
    .render(counts, buf);

    let rows: Vec<Row> = r
        .verifications
        .iter()
        .map(|v| {
            Row::new(vec![
                safe(&v.rss),
                date_or_dash(v.minutes_sent),
                date_or_dash(v.verified),
                fit(&safe(&v.corrections.replace('\n', " · ")), 12),
            ])
            .style(if v.verified.is_some() {
                t.base()
            } else {
                t.warn()
            })
        })
        .collect();
    Widget::render(
        Table::new(
            rows,
            [
                Constraint::Length(5),
                Constraint::Length(11),
                Constraint::Length(11),
                Constraint::Min(6),
            ],
        )
        .header(Row::new(vec!["RSS", "Skickat", "Verifierat", "Rättelser"]).style(t.accent()))
        .block(
            Block::default()
                .borders(Borders::ALL)
                .title(" Verifiering per RSS ")
                .border_style(t.border(false)),
        )
        .style(t.base()),
        verif,
        buf,
    );

    let list = &sorting.order;
    let title_w = (right.width as usize).saturating_sub(42).max(10);
    let sel = (!list.is_empty()).then_some(selected.min(list.len() - 1));
    let height = right.height.saturating_sub(3) as usize;
    let start = crate::tui::widgets::window_start(sel.unwrap_or(0), height);
    let rows: Vec<Row> = list
        .iter()
        .skip(start)
        .take(height)
        .map(|i| {
            let n = &r.needs[*i];
            let raised = sorting.raised.get(&n.number).copied().unwrap_or(1);
            let style = match n.status {
                NeedStatus::Kunskapslucka => t.ok(),
                NeedStatus::Sammanslaget { .. } | NeedStatus::Undanlagt { .. } => t.muted(),
                _ => t.base(),
            };
            Row::new(vec![
                safe(&n.number),
                fit(&safe(&n.title), title_w),
                fit(&safe(&n.status.label()), 22),
                if raised > 1 {
                    format!("{raised} RSS")
                } else {
                    String::new()
                },
            ])
            .style(style)
        })
        .collect();
    let table = Table::new(
        rows,
        [
            Constraint::Length(8),
            Constraint::Min(10),
            Constraint::Length(22),
            Constraint::Length(6),
        ],
    )
    .header(Row::new(vec!["Nr", "Behov", "Status", "Lyft"]).style(t.accent()))
    .row_highlight_style(t.selected())
    .block(
        Block::default()
            .borders(Borders::ALL)
            .title(" Behov (g lucka, a lägg undan, m slå ihop, z ångra, v verifierat) ")
            .border_style(t.border(true)),
    )
    .style(t.base());
    StatefulWidget::render(
        table,
        right,
        buf,
        &mut TableState::default().with_selected(sel.map(|s| s - start)),
    );
}
