//! The register drawn: three tabs, the chosen list as a table whose names
//! and codes never get cut, and the selected person in full below.

use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::StatefulWidget;
use ratatui::widgets::{Block, Borders, Clear, Paragraph, Row, Table, TableState, Widget, Wrap};

use super::register::{RegisterLayer, TABS};
use crate::domain::Round;
use crate::domain::people::Person;
use crate::meeting::people::Kind;
use crate::tui::view::View;
use crate::tui::widgets::columns::{Col, constraints};
use crate::tui::widgets::safe;

fn contacts(list: &[Person]) -> String {
    list.iter()
        .map(|p| {
            if p.email.is_empty() {
                safe(&p.name)
            } else {
                format!("{} <{}>", safe(&p.name), safe(&p.email))
            }
        })
        .collect::<Vec<_>>()
        .join("; ")
}

fn yes(b: bool) -> String {
    if b { "ja".into() } else { "nej".into() }
}

/// Header, column layout and rows of the chosen list.
fn table(r: &Round, kind: Kind) -> (Vec<&'static str>, Vec<Col>, Vec<Vec<String>>) {
    match kind {
        Kind::Representative => (
            vec!["Namn", "Län / RSS", "E-post", "Deltar", "Ersättare för"],
            vec![
                Col::text(28, 14, 1),
                Col::text(22, 8, 3),
                Col::text(28, 6, 4),
                Col::fixed(6),
                Col::text(20, 8, 2),
            ],
            r.representatives
                .iter()
                .map(|p| {
                    let place = match (p.county.is_empty(), p.rss.is_empty()) {
                        (_, false) => format!("{} ({})", safe(&p.county), safe(&p.rss)),
                        _ => safe(&p.county),
                    };
                    vec![
                        safe(&crate::domain::names::shown(&p.name)),
                        place,
                        safe(&p.email),
                        yes(p.participates),
                        p.substitute_for.as_deref().map(safe).unwrap_or_default(),
                    ]
                })
                .collect(),
        ),
        Kind::Actor => (
            vec!["Kod", "Namn", "Deltar", "Kontakt"],
            vec![
                Col::fixed(6),
                Col::text(50, 16, 2),
                Col::fixed(6),
                Col::text(40, 10, 1),
            ],
            r.actors
                .iter()
                .map(|a| {
                    vec![
                        safe(&a.code),
                        safe(&a.name),
                        yes(a.participates),
                        contacts(&a.contacts),
                    ]
                })
                .collect(),
        ),
        Kind::Rss => (
            vec!["Kod", "Namn", "Län", "Deltar", "Kontaktpersoner"],
            vec![
                Col::fixed(4),
                Col::text(26, 10, 2),
                Col::text(16, 8, 3),
                Col::fixed(6),
                Col::text(44, 12, 1),
            ],
            r.rss
                .iter()
                .map(|x| {
                    vec![
                        safe(&x.code),
                        safe(&x.name),
                        safe(&x.county),
                        yes(x.participates),
                        contacts(&x.contacts),
                    ]
                })
                .collect(),
        ),
    }
}

impl RegisterLayer {
    pub fn render(&self, v: &View, area: Rect, buf: &mut Buffer) {
        let t = v.theme;
        let Some(r) = v.round else { return };
        Clear.render(area, buf);
        let block = Block::default()
            .borders(Borders::ALL)
            .title(" Register: omgångens personer (← → byter lista, Esc stänger) ")
            .border_style(t.accent())
            .style(t.base());
        let inner = block.inner(area);
        block.render(area, buf);
        let [tabs, list, detail] = Layout::vertical([
            Constraint::Length(1),
            Constraint::Min(3),
            Constraint::Length(3),
        ])
        .areas(inner);
        let counts = [r.representatives.len(), r.actors.len(), r.rss.len()];
        let names = ["Representanter", "Aktörer", "RSS"];
        let spans: Vec<Span> = (0..3)
            .map(|i| {
                let s = format!(" {} ({}) ", names[i], counts[i]);
                if i == self.tab {
                    Span::styled(s, t.selected())
                } else {
                    Span::styled(s, t.muted())
                }
            })
            .collect();
        Paragraph::new(Line::from(spans)).render(tabs, buf);
        let kind = TABS[self.tab];
        let (header, cols, rows) = table(r, kind);
        let selected = self.selected[self.tab].min(rows.len().saturating_sub(1));
        let full = rows.get(selected).map(|row| {
            header
                .iter()
                .zip(row)
                .filter(|(_, v)| !v.is_empty())
                .map(|(h, v)| {
                    if h.is_empty() {
                        v.clone()
                    } else {
                        format!("{h}: {v}")
                    }
                })
                .collect::<Vec<_>>()
                .join(" · ")
        });
        let widths = constraints(list.width, &cols);
        let rows: Vec<Row> = rows.into_iter().map(Row::new).collect();
        let table = Table::new(rows, widths)
            .header(Row::new(header).style(t.accent()))
            .row_highlight_style(t.selected());
        let mut state = TableState::default().with_selected(Some(selected));
        StatefulWidget::render(table, list, buf, &mut state);
        Paragraph::new(full.unwrap_or_else(|| "Listan är tom: n lägger till.".into()))
            .style(t.muted())
            .wrap(Wrap { trim: true })
            .render(detail, buf);
    }
}
