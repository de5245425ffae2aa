//! Moment 7's view: how many have feedback, the progress list (from the
//! derived view) and the knowledge produced for the selected need.

use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{
    Block, Borders, Paragraph, Row, StatefulWidget, Table, TableState, Widget, Wrap,
};

use crate::tui::view::View;
use crate::tui::widgets::columns::{Col, constraints};
use crate::tui::widgets::{ListLook, date_or_dash, safe, window_start};

/// The count line, the progress list and the selected need's knowledge.
pub fn render(look: &ListLook, v: &View, area: Rect, buf: &mut Buffer) {
    let t = v.theme;
    let Some(r) = v.round else { return };
    let [info, list, detail] = Layout::vertical([
        Constraint::Length(1),
        Constraint::Min(4),
        Constraint::Length(6),
    ])
    .areas(area);
    let rows = v.derived.progress();
    let filter = look.filter_spans(t, "inget filter (/)");
    let answered = rows.iter().filter(|x| x.rank > 0).count();
    let mut spans = vec![Span::styled(
        format!(
            " {answered} av {} har återkoppling · sortering: {} · ",
            rows.len(),
            look.sort
        ),
        t.base(),
    )];
    spans.extend(filter);
    Paragraph::new(Line::from(spans)).render(info, buf);
    let sel = (!rows.is_empty()).then_some(look.selected.min(rows.len().saturating_sub(1)));
    let height = list.height.saturating_sub(3) as usize;
    let start = window_start(sel.unwrap_or(0), height);
    let wide = list.width >= 110;
    let num_w = rows
        .iter()
        .map(|x| x.number.chars().count())
        .max()
        .unwrap_or(0)
        .max(2) as u16;
    // The place, the number and the count of produced knowledge are key
    // facts; the title gives way first, then the feedback.
    let cols = [
        Col::fixed(if wide { 16 } else { 5 }),
        Col::fixed(num_w),
        Col::text(40, 20, 2),
        Col::text(90, 14, 1),
        Col::fixed(if wide { 7 } else { 3 }),
    ];
    let table_rows: Vec<Row> = rows
        .iter()
        .skip(start)
        .take(height)
        .map(|x| {
            let style = match x.rank {
                0 => t.warn(),
                1 => t.muted(),
                _ => t.base(),
            };
            Row::new(vec![
                if wide {
                    x.place.clone()
                } else {
                    x.short_place.clone()
                },
                safe(&x.number),
                safe(&x.title),
                safe(&x.state),
                x.produced.to_string(),
            ])
            .style(style)
        })
        .collect();
    let table = Table::new(table_rows, constraints(list.width.saturating_sub(2), &cols))
        .header(
            Row::new(vec![
                "Plats",
                "Nr",
                "Behov",
                "Återkoppling",
                if wide { "Kunskap" } else { "Kun" },
            ])
            .style(t.accent()),
        )
        .row_highlight_style(t.selected())
        .block(
            Block::default()
                .borders(Borders::ALL)
                .title(" Återkoppling (t tas, n tas inte, p framtagen kunskap, e exportera) ")
                .border_style(t.border(true)),
        )
        .style(t.base());
    StatefulWidget::render(
        table,
        list,
        buf,
        &mut TableState::default().with_selected(sel.map(|s| s - start)),
    );
    // The selected need in full: its title, its feedback, what was
    // produced; then whose forms are back.
    let mut lines: Vec<Line> = vec![];
    if let Some(x) = sel.map(|i| &rows[i]) {
        lines.push(Line::from(vec![
            Span::styled(format!("{} ", safe(&x.number)), t.accent()),
            Span::styled(safe(&x.title), t.title()),
        ]));
        lines.push(Line::styled(safe(&x.state), t.base()));
    }
    let produced: Vec<Line> = sel
        .and_then(|i| r.feedback.iter().find(|f| f.need == rows[i].number))
        .map(|f| {
            f.produced
                .iter()
                .map(|p| {
                    Line::styled(
                        format!(
                            "{} · {} · {}",
                            safe(&p.title),
                            safe(&p.link),
                            date_or_dash(p.published)
                        ),
                        t.base(),
                    )
                })
                .collect()
        })
        .filter(|l: &Vec<Line>| !l.is_empty())
        .unwrap_or_else(|| {
            vec![Line::styled(
                "Ingen framtagen kunskap antecknad för det markerade behovet.",
                t.muted(),
            )]
        });
    lines.extend(produced);
    lines.push(Line::styled(
        super::returns_line::returns_line(
            r,
            crate::domain::return_kind::ReturnKind::Feedback,
            v.today,
        ),
        t.muted(),
    ));
    Paragraph::new(lines)
        .wrap(Wrap { trim: true })
        .block(
            Block::default()
                .borders(Borders::ALL)
                .title(" Markerat behov och framtagen kunskap ")
                .border_style(t.border(false)),
        )
        .render(detail, buf);
}
