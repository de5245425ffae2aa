//! Moment 2: the needs the RSSs raised. A list by RSS with a filter (`/`),
//! Swedish sort orders, a detail pane, and the form to add and edit.

use std::cmp::Ordering;

use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{
    Block, Borders, Paragraph, Row, StatefulWidget, Table, TableState, Widget, Wrap,
};

use crate::domain::collate::{contains_folded, swedish_cmp};
use crate::domain::text_safety::clean_lines;
use crate::domain::{Need, Round};
use crate::tally::number_order;
use crate::tui::theme::Theme;
use crate::tui::widgets::{fit, safe};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum NeedSort {
    /// By RSS name (Swedish order), then number.
    #[default]
    Rss,
    Number,
    /// By title, Swedish order.
    Title,
    Status,
}

impl NeedSort {
    pub fn next(self) -> NeedSort {
        match self {
            NeedSort::Rss => NeedSort::Number,
            NeedSort::Number => NeedSort::Title,
            NeedSort::Title => NeedSort::Status,
            NeedSort::Status => NeedSort::Rss,
        }
    }
    pub fn label(self) -> &'static str {
        match self {
            NeedSort::Rss => "RSS",
            NeedSort::Number => "nummer",
            NeedSort::Title => "titel (a–ö)",
            NeedSort::Status => "status",
        }
    }
}

#[derive(Debug, Default)]
pub struct NeedsState {
    pub selected: usize,
    pub filter: String,
    pub filtering: bool,
    pub sort: NeedSort,
    /// Show the dot vote of the selected need's RSS as bars.
    pub dot_view: bool,
}

fn matches(round: &Round, n: &Need, filter: &str) -> bool {
    let rss_name = round
        .rss_by_code(&n.rss)
        .map(|r| r.name.as_str())
        .unwrap_or("");
    filter.split_whitespace().all(|word| {
        [
            n.number.as_str(),
            n.title.as_str(),
            n.rss.as_str(),
            rss_name,
            n.description.as_str(),
            n.target_group.as_str(),
        ]
        .iter()
        .any(|field| contains_folded(field, word))
            || contains_folded(&n.status.label(), word)
    })
}

/// Indices into `round.needs` of the needs to show, filtered and sorted.
/// Every word of the filter must match somewhere (number, title, RSS,
/// description, target group or status), ignoring case.
pub fn visible_needs(round: &Round, filter: &str, sort: NeedSort) -> Vec<usize> {
    let mut idx: Vec<usize> = (0..round.needs.len())
        .filter(|i| matches(round, &round.needs[*i], filter))
        .collect();
    let rss_name = |n: &Need| {
        round
            .rss_by_code(&n.rss)
            .map(|r| r.name.clone())
            .unwrap_or_else(|| n.rss.clone())
    };
    idx.sort_by(|a, b| {
        let (x, y) = (&round.needs[*a], &round.needs[*b]);
        let by_number = number_order(&x.number, &y.number);
        let first = match sort {
            NeedSort::Rss => swedish_cmp(&rss_name(x), &rss_name(y)),
            NeedSort::Number => Ordering::Equal,
            NeedSort::Title => swedish_cmp(&x.title, &y.title),
            NeedSort::Status => x.status.label().cmp(&y.status.label()),
        };
        first.then(by_number)
    });
    idx
}

pub struct NeedsView<'a> {
    pub theme: &'a Theme,
    pub round: &'a Round,
    pub state: &'a NeedsState,
    pub visible: Vec<usize>,
}

impl<'a> NeedsView<'a> {
    pub fn new(theme: &'a Theme, round: &'a Round, state: &'a NeedsState) -> Self {
        let visible = visible_needs(round, &state.filter, state.sort);
        NeedsView {
            theme,
            round,
            state,
            visible,
        }
    }
}

impl Widget for &NeedsView<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let t = self.theme;
        let [info, counts, body] = Layout::vertical([
            Constraint::Length(1),
            Constraint::Length(1),
            Constraint::Min(3),
        ])
        .areas(area);
        let sel_need = (!self.visible.is_empty()).then(|| {
            &self.round.needs[self.visible[self.state.selected.min(self.visible.len() - 1)]]
        });
        if let Some(n) = sel_need {
            let c = crate::meeting::moment2::rss_counts(self.round, &n.rss);
            let name = self
                .round
                .rss_by_code(&n.rss)
                .map(|r| r.name.as_str())
                .unwrap_or("");
            Paragraph::new(Span::styled(
                format!(" {} ({}): {}", safe(name), safe(&n.rss), c.line()),
                t.muted(),
            ))
            .render(counts, buf);
        }
        let filter = if self.state.filtering {
            Span::styled(format!("/{}▏", safe(&self.state.filter)), t.warn())
        } else if self.state.filter.is_empty() {
            Span::styled("inget filter (/ för att filtrera)", t.muted())
        } else {
            Span::styled(format!("filter: {}", safe(&self.state.filter)), t.warn())
        };
        Paragraph::new(Line::from(vec![
            Span::styled(
                format!(
                    " {} behov, {} visas · sortering: {} · ",
                    self.round.needs.len(),
                    self.visible.len(),
                    self.state.sort.label()
                ),
                t.base(),
            ),
            filter,
        ]))
        .render(info, buf);

        let [list, detail] =
            Layout::horizontal([Constraint::Percentage(58), Constraint::Percentage(42)])
                .areas(body);
        let title_width = (list.width as usize).saturating_sub(41).max(10);
        let rows: Vec<Row> = self
            .visible
            .iter()
            .map(|i| {
                let n = &self.round.needs[*i];
                Row::new(vec![
                    safe(&n.number),
                    safe(&n.rss),
                    fit(&safe(&n.title), title_width),
                    level_mark(n),
                    n.dots.map(|d| d.to_string()).unwrap_or_default(),
                    fit(&n.status.label(), 14),
                ])
            })
            .collect();
        let table = Table::new(
            rows,
            [
                Constraint::Length(8),
                Constraint::Length(5),
                Constraint::Min(10),
                Constraint::Length(4),
                Constraint::Length(3),
                Constraint::Length(14),
            ],
        )
        .header(Row::new(vec!["Nr", "RSS", "Titel", "Niv", "•", "Status"]).style(t.accent()))
        .row_highlight_style(t.selected())
        .block(
            Block::default()
                .borders(Borders::ALL)
                .title(" Kunskapsbehov ")
                .border_style(t.border(true)),
        )
        .style(t.base());
        let selected =
            (!self.visible.is_empty()).then_some(self.state.selected.min(self.visible.len() - 1));
        let mut st = TableState::default().with_selected(selected);
        StatefulWidget::render(table, list, buf, &mut st);

        let current = selected.map(|s| &self.round.needs[self.visible[s]]);
        if self.state.dot_view
            && let Some(n) = current
        {
            (&super::m2_extra::DotPane {
                theme: t,
                round: self.round,
                rss: &n.rss,
            })
                .render(detail, buf);
            return;
        }
        let block = Block::default()
            .borders(Borders::ALL)
            .title(" Detaljer ")
            .border_style(t.border(false));
        let lines = match selected.map(|s| &self.round.needs[self.visible[s]]) {
            None => vec![Line::from(Span::styled(
                "Inga behov visas. Tryck n för att lägga till ett.",
                t.muted(),
            ))],
            Some(n) => detail_lines(self.round, n, t),
        };
        Paragraph::new(lines)
            .wrap(Wrap { trim: false })
            .block(block)
            .style(t.base())
            .render(detail, buf);
    }
}

/// The level in three letters, "LK" added for local knowledge.
fn level_mark(n: &Need) -> String {
    let l = match n.level {
        crate::domain::Level::Lokal => "Lok",
        crate::domain::Level::Regional => "Reg",
        crate::domain::Level::Nationell => "Nat",
        crate::domain::Level::Osaker => "Osä",
    };
    if n.kind == crate::domain::NeedKind::LokalKunskap {
        format!("{l}*")
    } else {
        l.to_string()
    }
}

fn detail_lines<'a>(round: &Round, n: &Need, t: &Theme) -> Vec<Line<'a>> {
    let mut lines = vec![Line::from(Span::styled(
        format!("{} {}", safe(&n.number), safe(&n.title)),
        t.title(),
    ))];
    let rss = round
        .rss_by_code(&n.rss)
        .map(|r| format!("{} ({})", safe(&r.name), safe(&r.county)))
        .unwrap_or_else(|| safe(&n.rss));
    let raised = round.raised_by(&n.number);
    lines.push(Line::from(Span::styled(format!("RSS: {rss}"), t.muted())));
    if raised.len() > 1 {
        lines.push(Line::from(Span::styled(
            format!("Lyft av {} RSS: {}", raised.len(), safe(&raised.join(", "))),
            t.accent(),
        )));
    }
    lines.push(Line::from(Span::styled(
        format!(
            "{} · {} · {} · prickar {}{}",
            n.level.label(),
            n.kind.label(),
            n.source.label(),
            n.dots.map(|d| d.to_string()).unwrap_or_else(|| "–".into()),
            if n.health_care {
                " · kommunal hälso- och sjukvård"
            } else {
                ""
            }
        ),
        t.muted(),
    )));
    lines.push(Line::from(Span::styled(
        format!("Status: {}", safe(&n.status.label())),
        t.accent(),
    )));
    if let crate::domain::NeedStatus::Undanlagt { reason, note, .. } = &n.status {
        lines.push(Line::from(format!("Skäl: {}", safe(&reason.label()))));
        if !note.is_empty() {
            lines.push(Line::from(safe(note)));
        }
    }
    for (label, text) in [
        ("Beskrivning", &n.description),
        ("Utmaningen i praktiken", &n.challenge),
        ("Målgrupp", &n.target_group),
        ("Kända stöd som inte räcker", &n.known_support),
        ("Anteckningar", &n.notes),
    ] {
        if text.is_empty() {
            continue;
        }
        lines.push(Line::default());
        lines.push(Line::from(Span::styled(label, t.accent())));
        lines.extend(
            clean_lines(text)
                .into_iter()
                .map(|l| Line::from(l.into_owned())),
        );
    }
    lines
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::ModelVariant;

    fn round() -> Round {
        let mut r = Round::new("X", ModelVariant::V2, 2024);
        for (no, rss, title) in [
            ("STH-01", "STH", "Örebromodellen"),
            ("STH-02", "STH", "Äldre med spelproblem"),
            ("GR-10", "GR", "Åtgärder för unga"),
            ("GR-2", "GR", "Alkohol i hemtjänsten"),
        ] {
            r.needs.push(Need {
                number: no.into(),
                rss: rss.into(),
                title: title.into(),
                ..Need::default()
            });
        }
        r
    }

    fn numbers(r: &Round, idx: &[usize]) -> Vec<String> {
        idx.iter().map(|i| r.needs[*i].number.clone()).collect()
    }

    #[test]
    fn by_rss_sorts_rss_names_in_swedish_order_then_numbers() {
        let r = round();
        // Göteborgsregionen before Storsthlm; GR-2 before GR-10.
        assert_eq!(
            numbers(&r, &visible_needs(&r, "", NeedSort::Rss)),
            vec!["GR-2", "GR-10", "STH-01", "STH-02"]
        );
    }

    #[test]
    fn by_title_puts_a_ring_a_umlaut_o_umlaut_after_z() {
        let r = round();
        let titles: Vec<String> = visible_needs(&r, "", NeedSort::Title)
            .iter()
            .map(|i| r.needs[*i].title.clone())
            .collect();
        assert_eq!(
            titles,
            vec![
                "Alkohol i hemtjänsten",
                "Åtgärder för unga",
                "Äldre med spelproblem",
                "Örebromodellen"
            ]
        );
    }

    #[test]
    fn filter_words_must_all_match_ignoring_case() {
        let r = round();
        assert_eq!(
            numbers(&r, &visible_needs(&r, "äldre", NeedSort::Number)),
            vec!["STH-02"]
        );
        assert_eq!(
            numbers(&r, &visible_needs(&r, "göteborgs unga", NeedSort::Number)),
            vec!["GR-10"]
        );
        assert!(visible_needs(&r, "ingenting", NeedSort::Number).is_empty());
    }
}
