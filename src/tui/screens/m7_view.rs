//! Moment 7's view: how many have feedback, the progress list (from the
//! derived view) and the knowledge produced for the selected need.

use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Paragraph, Row, StatefulWidget, Table, TableState, Widget};

use crate::tui::view::View;
use crate::tui::widgets::{ListLook, date_or_dash, fit, safe};

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
    let table_rows: Vec<Row> = rows
        .iter()
        .map(|x| {
            let style = match x.rank {
                0 => t.warn(),
                1 => t.muted(),
                _ => t.base(),
            };
            Row::new(vec![
                x.place.clone(),
                safe(&x.number),
                fit(&safe(&x.title), 30),
                fit(&safe(&x.state), 44),
                x.produced.to_string(),
            ])
            .style(style)
        })
        .collect();
    let table = Table::new(
        table_rows,
        [
            Constraint::Length(16),
            Constraint::Length(8),
            Constraint::Min(14),
            Constraint::Min(20),
            Constraint::Length(3),
        ],
    )
    .header(Row::new(vec!["Plats", "Nr", "Behov", "Återkoppling", "Kun"]).style(t.accent()))
    .row_highlight_style(t.selected())
    .block(
        Block::default()
            .borders(Borders::ALL)
            .title(" Återkoppling (t tas, n tas inte, p framtagen kunskap, e exportera) ")
            .border_style(t.border(true)),
    )
    .style(t.base());
    let sel = (!rows.is_empty()).then_some(look.selected.min(rows.len().saturating_sub(1)));
    StatefulWidget::render(
        table,
        list,
        buf,
        &mut TableState::default().with_selected(sel),
    );
    let lines: Vec<Line> = sel
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
    Paragraph::new(lines)
        .block(
            Block::default()
                .borders(Borders::ALL)
                .title(" Framtagen kunskap ")
                .border_style(t.border(false)),
        )
        .render(detail, buf);
}
