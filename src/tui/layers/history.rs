//! The prioritised knowledge gaps of earlier rounds with their feedback:
//! the kick-off list (from a round, moment 2) and the history across rounds
//! (from the home screen). `/` searches every word; `e` writes what shows.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::Span;
use ratatui::widgets::{Block, Borders, Clear, Paragraph, Row, Table, Widget};

use crate::documents::plan::Document;
use crate::domain::collate::contains_folded;
use crate::meeting::moment2::PastGap;
use crate::tui::action::Action;
use crate::tui::cx::{Cx, Flow};
use crate::tui::effects::Effect;
use crate::tui::view::View;
use crate::tui::widgets::columns::{Col, constraints};
use crate::tui::widgets::line_editor::{Edit, LineEditor};
use crate::tui::widgets::safe;

pub struct HistoryLayer {
    pub gaps: Vec<PastGap>,
    /// The gaps that match the search, as indices (kept when it changes).
    shown: Vec<usize>,
    pub scroll: usize,
    pub query: LineEditor,
    pub searching: bool,
}

/// Does the gap match every search word (title, round, number, feedback,
/// produced)?
fn matches(g: &PastGap, query: &str) -> bool {
    query.split_whitespace().all(|w| {
        [&g.title, &g.round_area, &g.number, &g.feedback]
            .iter()
            .any(|f| contains_folded(f, w))
            || g.produced.iter().any(|p| contains_folded(p, w))
    })
}

impl HistoryLayer {
    pub fn new(gaps: Vec<PastGap>) -> HistoryLayer {
        let shown = (0..gaps.len()).collect();
        HistoryLayer {
            gaps,
            shown,
            scroll: 0,
            query: LineEditor::new(200),
            searching: false,
        }
    }

    fn search_changed(&mut self) {
        let q = self.query.text();
        self.shown = (0..self.gaps.len())
            .filter(|i| matches(&self.gaps[*i], q))
            .collect();
        self.scroll = 0;
    }

    pub fn update(&mut self, action: Action, cx: &mut Cx) -> Flow {
        if let Some(s) = crate::tui::widgets::moved(self.scroll, action, self.shown.len()) {
            self.scroll = s;
            return Flow::Handled;
        }
        match action {
            Action::Cancel => return Flow::Close,
            Action::Export => {
                let shown = self.shown.iter().map(|i| self.gaps[*i].clone()).collect();
                cx.effect(Effect::Export(Document::Kickoff(shown)));
            }
            Action::StartFilter => self.searching = true,
            Action::AcceptFilter => self.searching = false,
            Action::ClearFilter => {
                self.searching = false;
                self.query.clear();
                self.search_changed();
            }
            Action::Input(key) => match self.query.input(key) {
                Edit::Changed => self.search_changed(),
                Edit::Full => cx.fail(self.query.full_message()),
                Edit::Moved | Edit::Ignored => {}
            },
            _ => return Flow::Bubble,
        }
        Flow::Handled
    }

    pub fn paste(&mut self, text: &str, cx: &mut Cx) -> bool {
        if !self.searching {
            return false;
        }
        if self.query.insert_str(text) > 0 {
            cx.fail(self.query.full_message());
        }
        self.search_changed();
        true
    }
}

impl HistoryLayer {
    pub fn render(&self, v: &View, area: Rect, buf: &mut Buffer) {
        let t = v.theme;
        Clear.render(area, buf);
        let shown: Vec<&PastGap> = self.shown.iter().map(|i| &self.gaps[*i]).collect();
        let rows: Vec<Row> = shown
            .iter()
            .skip(self.scroll)
            .map(|g| {
                Row::new(vec![
                    safe(&g.round_area),
                    g.place.clone(),
                    safe(&g.number),
                    safe(&g.title),
                    safe(&g.feedback),
                ])
            })
            .collect();
        let empty = shown.is_empty();
        let widest = |f: &dyn Fn(&PastGap) -> usize, least: usize| {
            shown.iter().map(|g| f(g)).max().unwrap_or(0).max(least) as u16
        };
        // The place and the number are key facts; the title gives way first
        // down to its least, then the feedback, then the round's area.
        let cols = [
            Col::text(widest(&|g| g.round_area.chars().count(), 6), 8, 1),
            Col::fixed(widest(&|g| g.place.chars().count(), 5)),
            Col::fixed(widest(&|g| g.number.chars().count(), 2)),
            Col::text(50, 28, 3),
            Col::text(60, 14, 2),
        ];
        let table = Table::new(rows, constraints(area.width.saturating_sub(2), &cols))
        .header(
            Row::new(vec![
                "Omgång",
                "Plats",
                "Nr",
                "Kunskapslucka",
                "Återkoppling",
            ])
            .style(t.accent()),
        )
        .block(
            Block::default()
                .borders(Borders::ALL)
                .title(format!(
                    " Prioriterade kunskapsluckor · {} av {}{} · / sök, e exportera, Esc stäng ",
                    shown.len(),
                    self.gaps.len(),
                    if self.searching || !self.query.is_empty() {
                        format!(
                            " · sök: {}{}",
                            safe(self.query.text()),
                            if self.searching { "▏" } else { "" }
                        )
                    } else {
                        String::new()
                    }
                ))
                .border_style(t.accent()),
        )
        .style(t.base());
        Widget::render(table, area, buf);
        if empty {
            let inner = Rect {
                x: area.x + 2,
                y: area.y + 2,
                width: area.width.saturating_sub(4),
                height: 1,
            };
            Paragraph::new(Span::styled(
                "Inga prioriterade kunskapsluckor att visa.",
                t.muted(),
            ))
            .render(inner, buf);
        }
    }
}
