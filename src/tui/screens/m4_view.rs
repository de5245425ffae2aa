//! Moment 4's view: the sorting counts, each RSS's verification, every need
//! with its status (the list from the derived view: a merge names its
//! target, a set-aside its reason), and the selected need in full.

use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{
    Block, Borders, Paragraph, Row, StatefulWidget, Table, TableState, Widget, Wrap,
};

use crate::domain::{Need, NeedStatus, Round};
use crate::tui::theme::Theme;
use crate::tui::view::View;
use crate::tui::widgets::columns::{Col, constraints, fit_columns};
use crate::tui::widgets::{date_or_dash, safe, window_start};

/// The counts, the verification, and the list with the selected need's
/// details under it (only the rows that show are built).
pub fn render(selected: usize, v1: bool, v: &View, area: Rect, buf: &mut Buffer) {
    let t = v.theme;
    let Some(r) = v.round else { return };
    let left_w = if area.width < 110 { 30 } else { 38 };
    let [left, right] =
        Layout::horizontal([Constraint::Length(left_w), Constraint::Min(30)]).areas(area);
    let [counts, verif] = Layout::vertical([Constraint::Length(6), Constraint::Min(3)]).areas(left);
    render_counts(r, t, counts, buf);
    let [list, detail] = Layout::vertical([Constraint::Min(5), Constraint::Length(6)]).areas(right);
    let order = &v.derived.sorting().order;
    let sel = (!order.is_empty()).then_some(selected.min(order.len().saturating_sub(1)));
    if v1 {
        render_marks(r, sel.and_then(|s| r.needs.get(order[s])), t, verif, buf);
    } else {
        render_verification(r, t, verif, buf);
    }
    render_list(r, v, sel, list, buf);
    let lines = match sel.and_then(|s| r.needs.get(order[s])) {
        Some(n) => detail_lines(r, n, t),
        None => vec![Line::styled("Inga behov i omgången.", t.muted())],
    };
    Paragraph::new(lines)
        .wrap(Wrap { trim: true })
        .block(
            Block::default()
                .borders(Borders::ALL)
                .title(" Markerat behov ")
                .border_style(t.border(false)),
        )
        .style(t.base())
        .render(detail, buf);
}

/// Model 1.0: what the national actors marked on the selected need.
fn render_marks(
    r: &Round,
    need: Option<&crate::domain::Need>,
    t: &Theme,
    area: Rect,
    buf: &mut Buffer,
) {
    let lines: Vec<Line> = match need {
        None => vec![],
        Some(n) => {
            let marks: Vec<Line> = r
                .actor_marks
                .iter()
                .filter(|a| a.need == n.number)
                .map(|a| {
                    Line::from(vec![
                        Span::styled(format!("{}: ", safe(&a.actor)), t.accent()),
                        Span::styled(safe(&a.response.label()), t.base()),
                    ])
                })
                .collect();
            if marks.is_empty() {
                vec![Line::styled("Inga markeringar ännu (r).", t.muted())]
            } else {
                marks
            }
        }
    };
    Paragraph::new(lines)
        .wrap(Wrap { trim: true })
        .block(
            Block::default()
                .borders(Borders::ALL)
                .title(" Aktörernas markeringar ")
                .border_style(t.border(false)),
        )
        .render(area, buf);
}

fn render_counts(r: &Round, t: &Theme, area: Rect, buf: &mut Buffer) {
    let count = |f: &dyn Fn(&NeedStatus) -> bool| r.needs.iter().filter(|n| f(&n.status)).count();
    let unsorted = count(&|s| {
        matches!(
            s,
            NeedStatus::Inskickat | NeedStatus::Diskuterat | NeedStatus::Verifierat
        )
    });
    Paragraph::new(vec![
        Line::from(vec![
            Span::styled(format!("{} behov · ", r.needs.len()), t.base()),
            Span::styled(
                crate::domain::swedish::count(
                    r.final_compilation().len(),
                    "kunskapslucka",
                    "kunskapsluckor",
                ),
                t.ok(),
            ),
        ]),
        Line::styled(
            format!(
                "{} sammanslagna",
                count(&|s| matches!(s, NeedStatus::Sammanslaget { .. }))
            ),
            t.muted(),
        ),
        Line::styled(
            format!(
                "{} undanlagda med skäl",
                count(&|s| matches!(s, NeedStatus::Undanlagt { .. }))
            ),
            t.muted(),
        ),
        Line::styled(format!("{unsorted} ännu inte sorterade"), t.muted()),
    ])
    .block(
        Block::default()
            .borders(Borders::ALL)
            .title(" Sammanställning ")
            .border_style(t.border(false)),
    )
    .render(area, buf);
}

fn render_verification(r: &Round, t: &Theme, area: Rect, buf: &mut Buffer) {
    let rows: Vec<Row> = r
        .verifications
        .iter()
        .map(|v| {
            Row::new(vec![
                safe(&v.rss),
                date_or_dash(v.minutes_sent),
                date_or_dash(v.verified),
                safe(&v.corrections.replace('\n', " · ")),
            ])
            .style(if v.verified.is_some() {
                t.base()
            } else {
                t.warn()
            })
        })
        .collect();
    // The dates are key facts; the corrections give way.
    let cols = [
        Col::fixed(4),
        Col::fixed(10),
        Col::fixed(10),
        Col::text(30, 0, 1),
    ];
    Widget::render(
        Table::new(rows, constraints(area.width.saturating_sub(2), &cols))
            .header(Row::new(vec!["RSS", "Skickat", "Verifierat", "Rättelser"]).style(t.accent()))
            .block(
                Block::default()
                    .borders(Borders::ALL)
                    .title(" Verifiering per RSS ")
                    .border_style(t.border(false)),
            )
            .style(t.base()),
        area,
        buf,
    );
}

fn render_list(r: &Round, v: &View, sel: Option<usize>, area: Rect, buf: &mut Buffer) {
    let t = v.theme;
    let sorting = v.derived.sorting();
    let height = area.height.saturating_sub(3) as usize;
    let start = window_start(sel.unwrap_or(0), height);
    let shown: Vec<&Need> = sorting
        .order
        .iter()
        .skip(start)
        .take(height)
        .map(|i| &r.needs[*i])
        .collect();
    let widest = |f: &dyn Fn(&Need) -> usize, least: usize| {
        shown.iter().map(|n| f(n)).max().unwrap_or(0).max(least) as u16
    };
    // The number and the count of RSSs are key facts; the title gives way
    // first, then the status down to its short form (which keeps a merge's
    // target).
    let cols = [
        Col::fixed(widest(&|n| n.number.chars().count(), 2)),
        Col::text(60, 12, 2),
        Col::text(
            widest(&|n| n.status.list_label().chars().count(), 6),
            widest(&|n| n.status.short_label().chars().count(), 6),
            1,
        ),
        Col::fixed(5),
    ];
    let widths = fit_columns(area.width.saturating_sub(2), &cols);
    let status_w = widths[2] as usize;
    let rows: Vec<Row> = shown
        .iter()
        .map(|n| {
            let raised = sorting.raised.get(&n.number).copied().unwrap_or(1);
            let style = match n.status {
                NeedStatus::Kunskapslucka => t.ok(),
                NeedStatus::Sammanslaget { .. } | NeedStatus::Undanlagt { .. } => t.muted(),
                _ => t.base(),
            };
            Row::new(vec![
                safe(&n.number),
                safe(&n.title),
                safe(&n.status.label_within(status_w)),
                if raised > 1 {
                    format!("{raised} RSS")
                } else {
                    String::new()
                },
            ])
            .style(style)
        })
        .collect();
    let table = Table::new(rows, widths.into_iter().map(Constraint::Length))
        .header(Row::new(vec!["Nr", "Behov", "Status", "Lyft"]).style(t.accent()))
        .row_highlight_style(t.selected())
        .block(
            Block::default()
                .borders(Borders::ALL)
                .title(if r.model == crate::domain::ModelVariant::V1 {
                    " Behov (g sortera som lucka, r markering, a lägg undan, m slå ihop, z ångra) "
                } else {
                    " Behov (g lucka, a lägg undan, m slå ihop, z ångra, v verifierat) "
                })
                .title_bottom(if r.model == crate::domain::ModelVariant::V2 {
                    Line::styled(
                        format!(
                            " {} ",
                            super::returns_line::returns_line(
                                r,
                                crate::domain::return_kind::ReturnKind::Verification,
                                v.today,
                            )
                        ),
                        t.muted(),
                    )
                } else {
                    Line::default()
                })
                .border_style(t.border(true)),
        )
        .style(t.base());
    StatefulWidget::render(
        table,
        area,
        buf,
        &mut TableState::default().with_selected(sel.map(|s| s - start)),
    );
}

/// The selected need in full: its title, where it went and why, who raised it.
fn detail_lines<'a>(r: &Round, n: &Need, t: &Theme) -> Vec<Line<'a>> {
    let mut lines = vec![Line::styled(
        format!("{} {}", safe(&n.number), safe(&n.title)),
        t.title(),
    )];
    for c in r.checked_rows(&n.rss).iter().filter(|c| c.need == n.number) {
        let said = match (c.agrees, c.decided) {
            (true, _) => format!("{} stämmer ({}, {})", n.rss, c.date, c.returned.file),
            (false, None) => format!(
                "Rättelseförslag från {} (p godtar/avvisar): {}",
                n.rss, c.correction
            ),
            (false, Some((true, _))) => format!("Rättelse godtagen: {}", c.correction),
            (false, Some((false, _))) => format!("Rättelseförslag avvisat: {}", c.correction),
        };
        lines.push(Line::styled(
            safe(&said),
            if c.open() { t.warn() } else { t.muted() },
        ));
    }
    match &n.status {
        NeedStatus::Sammanslaget { into, .. } => lines.push(Line::styled(
            format!(
                "Sammanslagen med {} {}",
                safe(into),
                r.need(into).map(|x| safe(&x.title)).unwrap_or_default()
            ),
            t.accent(),
        )),
        NeedStatus::Undanlagt { reason, note, .. } => {
            let note = if note.is_empty() {
                String::new()
            } else {
                format!(" – {}", safe(note))
            };
            lines.push(Line::styled(
                format!("Undanlagt. Skäl: {}{note}", safe(&reason.label())),
                t.accent(),
            ));
        }
        other => lines.push(Line::styled(
            format!("Status: {}", other.label()),
            t.accent(),
        )),
    }
    lines.push(Line::styled(
        format!("Lyft av: {}", safe(&r.raised_by(&n.number).join(", "))),
        t.muted(),
    ));
    lines
}
