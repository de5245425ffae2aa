//! The home screen: the user's rounds in the data folder and the built-in
//! sample rounds, each with its area, model, current moment and next date.

use std::path::PathBuf;

use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Paragraph, Row, StatefulWidget, Table, TableState, Widget};

use crate::domain::Round;
use crate::store::samples::SAMPLES;
use crate::store::{Folders, parse_round};
use crate::tui::theme::Theme;
use crate::tui::widgets::{date_or_dash, safe};

/// Where a listed round comes from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Origin {
    File(PathBuf),
    Sample(usize),
}

#[derive(Debug, Clone)]
pub struct HomeEntry {
    pub origin: Origin,
    pub name: String,
    /// The summary, or why the file could not be read.
    pub summary: Result<Summary, String>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Summary {
    pub area: String,
    pub model: &'static str,
    pub moment: String,
    pub next_planned: Option<jiff::civil::Date>,
    /// Moments whose planned date passed without their being done.
    pub overdue: Vec<usize>,
}

impl Summary {
    pub fn of(round: &Round, today: jiff::civil::Date) -> Summary {
        let m = round.current_moment();
        let status = round
            .moment_record(m)
            .map(|r| r.status.label())
            .unwrap_or("");
        Summary {
            area: round.area.clone(),
            model: round.model.label(),
            moment: format!("{} {} ({status})", m.number(), m.short_name(round.model)),
            next_planned: round
                .timeline
                .iter()
                .find(|r| r.status != crate::domain::MomentStatus::Klar)
                .and_then(|r| r.planned),
            overdue: crate::meeting::moment67::overdue(round, today)
                .iter()
                .map(|m| m.number())
                .collect(),
        }
    }
}

#[derive(Debug, Default)]
pub struct HomeState {
    pub entries: Vec<HomeEntry>,
    pub selected: usize,
}

impl HomeState {
    /// Reads the data folder. Called by the loop, never while drawing.
    pub fn scan(folders: &Folders, today: jiff::civil::Date) -> HomeState {
        let mut entries: Vec<HomeEntry> = folders
            .round_files()
            .into_iter()
            .map(|path| {
                let name = path
                    .file_name()
                    .map(|n| n.to_string_lossy().into_owned())
                    .unwrap_or_default();
                let summary = std::fs::read(&path)
                    .map_err(|e| e.to_string())
                    .and_then(|b| parse_round(&b, &path).map_err(|e| e.to_string()))
                    .map(|r| Summary::of(&r, today));
                HomeEntry {
                    origin: Origin::File(path),
                    name,
                    summary,
                }
            })
            .collect();
        for (i, s) in SAMPLES.iter().enumerate() {
            let summary = parse_round(s.text.as_bytes(), std::path::Path::new(s.file_name))
                .map(|r| Summary::of(&r, today))
                .map_err(|e| e.to_string());
            entries.push(HomeEntry {
                origin: Origin::Sample(i),
                name: format!("Exempel: {}", s.file_name),
                summary,
            });
        }
        HomeState {
            entries,
            selected: 0,
        }
    }

    pub fn own_rounds(&self) -> usize {
        self.entries
            .iter()
            .filter(|e| matches!(e.origin, Origin::File(_)))
            .count()
    }
}

pub struct HomeView<'a> {
    pub theme: &'a Theme,
    pub state: &'a HomeState,
    pub data_dir: String,
}

impl Widget for &HomeView<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let t = self.theme;
        let [intro, list] =
            Layout::vertical([Constraint::Length(4), Constraint::Min(3)]).areas(area);
        let own = self.state.own_rounds();
        let first = if own == 0 {
            "Du har inga egna omgångar ännu. Öppna en exempelomgång för att prova, eller skapa en med `lbk new`."
                .to_string()
        } else {
            format!("{own} egna omgångar i datamappen.")
        };
        Paragraph::new(vec![
            Line::from(Span::styled(
                "Lokala behov av kunskap – kansliets verktyg",
                t.title(),
            )),
            Line::from(Span::styled(first, t.base())),
            Line::from(Span::styled(
                format!("Datamapp: {}", safe(&self.data_dir)),
                t.muted(),
            )),
        ])
        .render(intro, buf);
        let rows: Vec<Row> = self
            .state
            .entries
            .iter()
            .map(|e| match &e.summary {
                Ok(s) if !s.overdue.is_empty() => Row::new(vec![
                    safe(&s.area),
                    s.model.to_string(),
                    safe(&s.moment),
                    date_or_dash(s.next_planned),
                    format!(
                        "försenat: moment {}",
                        s.overdue
                            .iter()
                            .map(|m| m.to_string())
                            .collect::<Vec<_>>()
                            .join(", ")
                    ),
                    safe(&e.name),
                ])
                .style(t.warn()),
                Ok(s) => Row::new(vec![
                    safe(&s.area),
                    s.model.to_string(),
                    safe(&s.moment),
                    date_or_dash(s.next_planned),
                    String::new(),
                    safe(&e.name),
                ])
                .style(t.base()),
                Err(msg) => Row::new(vec![
                    "kan inte läsas".to_string(),
                    String::new(),
                    safe(msg),
                    String::new(),
                    String::new(),
                    safe(&e.name),
                ])
                .style(t.error()),
            })
            .collect();
        let table = Table::new(
            rows,
            [
                Constraint::Length(27),
                Constraint::Length(6),
                Constraint::Length(22),
                Constraint::Length(11),
                Constraint::Length(20),
                Constraint::Min(8),
            ],
        )
        .header(
            Row::new(vec![
                "Verksamhetsområde",
                "Modell",
                "Aktuellt moment",
                "Nästa datum",
                "Varning",
                "Fil",
            ])
            .style(t.accent()),
        )
        .row_highlight_style(t.selected())
        .block(
            Block::default()
                .borders(Borders::ALL)
                .title(" Omgångar ")
                .border_style(t.border(true)),
        );
        let mut st = TableState::default().with_selected(Some(self.state.selected));
        StatefulWidget::render(table, list, buf, &mut st);
    }
}
