//! Moment 1's view: the area vote (counted by the derived view, not here),
//! the dialogue-date poll and the RSS list.

use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Paragraph, Row, StatefulWidget, Table, TableState, Widget};

use crate::meeting::moment1::leading_area;
use crate::tui::view::View;
use crate::tui::widgets::columns::{Col, constraints};
use crate::tui::widgets::{fit, safe};

pub fn render(selected: usize, v: &View, area: Rect, buf: &mut Buffer) {
    let t = v.theme;
    let (Some(r), Some((tally, poll))) = (v.round, v.derived.area()) else {
        return;
    };
    let ac = &r.area_choice;
    let [top, bottom] = Layout::vertical([Constraint::Length(8), Constraint::Min(4)]).areas(area);
    let [cands, dates] =
        Layout::horizontal([Constraint::Percentage(60), Constraint::Percentage(40)]).areas(top);

    let max = tally.rows.iter().map(|x| x.picks).max().unwrap_or(0).max(1);
    // The place, the count and "✓ valt" are kept; the name gives way to
    // them, and the bar takes what is left.
    let inner = cands.width.saturating_sub(2) as usize;
    let name_w = (inner / 2).clamp(8, 28);
    let mut lines: Vec<Line> = tally
        .rows
        .iter()
        .map(|row| {
            let chosen = ac.decision.as_ref().is_some_and(|d| d.area == row.number);
            let tail = format!(" {}{}", row.picks, if chosen { "  ✓ valt" } else { "" });
            let bar_w = inner
                .saturating_sub(4 + name_w + 1 + tail.chars().count())
                .max(1);
            let len = (row.picks as usize * bar_w).div_ceil(max as usize);
            Line::from(vec![
                Span::styled(
                    format!(
                        "{:>3} ",
                        if row.place.shared {
                            format!("{}=", row.place.place)
                        } else {
                            row.place.place.to_string()
                        }
                    ),
                    t.muted(),
                ),
                Span::styled(
                    format!("{:<name_w$} ", fit(&safe(&row.number), name_w)),
                    if chosen { t.ok() } else { t.base() },
                ),
                Span::styled(
                    "█".repeat(len),
                    t.tally_bar(row.place.place == 1 && row.picks > 0),
                ),
                Span::styled(tail, if chosen { t.ok() } else { t.base() }),
            ])
        })
        .collect();
    let status = match (&ac.decision, leading_area(tally)) {
        (Some(d), _) => Line::from(Span::styled(
            format!("Beslut {}: {} {}", d.date, safe(&d.area), safe(&d.note)),
            t.ok(),
        )),
        (None, Some(lead)) => {
            Line::from(Span::styled(format!("Leder: {}", safe(lead)), t.accent()))
        }
        (None, None) if tally.ballots > 0 => {
            Line::from(Span::styled("Delad ledning: lika många röster", t.warn()))
        }
        (None, None) => Line::from(Span::styled(
            "Inga röster ännu (v för att registrera)",
            t.muted(),
        )),
    };
    lines.push(status);
    if tally.rows.is_empty() {
        lines = vec![Line::from(Span::styled(
            "Inga kandidatområden ännu (n lägger till).",
            t.muted(),
        ))];
    }
    let title = format!(
        " Kandidatområden · {} av {} har röstat{} ",
        tally.ballots,
        r.representatives.len(),
        if ac.approval_voting {
            " · godkännanderöstning"
        } else {
            ""
        }
    );
    Paragraph::new(lines)
        .block(
            Block::default()
                .borders(Borders::ALL)
                .title(title)
                .border_style(t.border(false)),
        )
        .render(cands, buf);

    let date_lines: Vec<Line> = poll
        .dates
        .iter()
        .map(|d| {
            let style = if d.over { t.error() } else { t.base() };
            Line::from(Span::styled(
                format!(
                    "{}  {}/{} RSS{}",
                    d.date,
                    d.chosen.len(),
                    d.capacity,
                    if d.over { "  över kapacitet!" } else { "" }
                ),
                style,
            ))
        })
        .chain(poll.without_date.iter().map(|c| {
            Line::from(Span::styled(
                format!("{} har inget datum", safe(c)),
                t.warn(),
            ))
        }))
        .collect();
    Paragraph::new(date_lines)
        .block(
            Block::default()
                .borders(Borders::ALL)
                .title(" Datum för dialog (moment 3) ")
                .border_style(t.border(false)),
        )
        .render(dates, buf);

    let rows: Vec<Row> = r
        .rss
        .iter()
        .map(|x| {
            let date = x
                .dialogue_date
                .and_then(|i| ac.dialogue_dates.get(i))
                .map(|d| d.date.to_string())
                .unwrap_or_default();
            let contact = x
                .contacts
                .iter()
                .map(|p| safe(&p.name))
                .collect::<Vec<_>>()
                .join(", ");
            Row::new(vec![
                safe(&x.code),
                safe(&x.name),
                safe(&x.county),
                if x.participates {
                    "deltar".into()
                } else {
                    "–".into()
                },
                contact,
                date,
            ])
            .style(if x.participates { t.base() } else { t.muted() })
        })
        .collect();
    let joined = r.rss.iter().filter(|x| x.participates).count();
    // The code, whether it takes part and the date are key facts; the
    // contact gives way first, then the county, then the name.
    let cols = [
        Col::fixed(5),
        Col::text(25, 12, 2),
        Col::text(16, 6, 3),
        Col::fixed(6),
        Col::text(30, 8, 4),
        Col::fixed(10),
    ];
    let table = Table::new(rows, constraints(bottom.width.saturating_sub(2), &cols))
        .header(
            Row::new(vec!["Kod", "RSS", "Län", "", "Processledare", "Dialog"]).style(t.accent()),
        )
        .row_highlight_style(t.selected())
        .block(
            Block::default()
                .borders(Borders::ALL)
                .title(format!(" RSS · {joined} av {} deltar ", r.rss.len()))
                .border_style(t.border(true)),
        );
    let mut st = TableState::default()
        .with_selected((!r.rss.is_empty()).then_some(selected.min(r.rss.len().saturating_sub(1))));
    StatefulWidget::render(table, bottom, buf, &mut st);
}
