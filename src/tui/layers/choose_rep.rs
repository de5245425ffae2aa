//! Choosing whose ballot to enter: type the first letters of the name, ↑/↓
//! among the present people who match (start of the first name first, then
//! the surname, then anywhere; those who have not voted first), Enter opens
//! their ballot. The line says when Enter would change a saved ballot.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Clear, Paragraph, Widget};

use crate::domain::Round;
use crate::domain::priority::Stage;
use crate::meeting::name_search::Candidate;
use crate::tui::action::Action;
use crate::tui::cx::{Cx, Flow, Open};
use crate::tui::view::View;
use crate::tui::widgets::line_editor::{Edit, LineEditor};
use crate::tui::widgets::{centered, safe};

pub struct ChooseRepLayer {
    pub query: LineEditor,
    pub selected: usize,
}

impl Default for ChooseRepLayer {
    fn default() -> Self {
        ChooseRepLayer {
            query: LineEditor::new(100),
            selected: 0,
        }
    }
}

impl ChooseRepLayer {
    pub fn update(&mut self, action: Action, cx: &mut Cx) -> Flow {
        match action {
            Action::Up => self.selected = self.selected.saturating_sub(1),
            Action::Down => self.selected += 1,
            Action::Cancel => return Flow::Close,
            Action::Accept => return self.open(cx),
            Action::Input(key) => match self.query.input(key) {
                Edit::Changed => self.selected = 0,
                Edit::Full => cx.fail(self.query.full_message()),
                Edit::Moved | Edit::Ignored => {}
            },
            _ => return Flow::Bubble,
        }
        Flow::Handled
    }

    fn open(&mut self, cx: &mut Cx) -> Flow {
        let Some(round) = cx.round() else {
            return Flow::Close;
        };
        let Some(name) = self.chosen(round).map(|c| c.ballot_of) else {
            cx.fail("Ingen närvarande representant matchar. Markera närvaro med a.");
            return Flow::Handled;
        };
        if round.prioritization.stage() == Stage::Rank && round.rank_list_for(&name).is_empty() {
            cx.fail(format!("{name} har inget att rangordna (inga egna val)."));
            return Flow::Handled;
        }
        cx.open(Open::Ballot(name));
        Flow::Close
    }

    /// The person Enter would open.
    pub fn chosen(&self, round: &Round) -> Option<Candidate> {
        let matches = round.ballot_candidates(self.query.text());
        matches
            .get(self.selected.min(matches.len().saturating_sub(1)))
            .cloned()
    }

    pub fn paste(&mut self, text: &str, cx: &mut Cx) -> bool {
        if self.query.insert_str(text) > 0 {
            cx.fail(self.query.full_message());
        }
        self.selected = 0;
        true
    }

    pub fn render(&self, v: &View, area: Rect, buf: &mut Buffer) {
        let t = v.theme;
        let Some(round) = v.round else { return };
        let matches = round.ballot_candidates(self.query.text());
        let popup = centered(area, 56, (matches.len() as u16 + 5).clamp(7, area.height));
        Clear.render(popup, buf);
        let block = Block::default()
            .borders(Borders::ALL)
            .title(" Välj representant ")
            .border_style(t.accent())
            .style(t.base());
        let inner = block.inner(popup);
        block.render(popup, buf);
        let mut name_line = vec![Span::styled("Namn: ", t.muted())];
        name_line.extend(self.query.line(t.warn(), t.selected(), 40).spans);
        let opens = match self.chosen(round) {
            Some(c) if c.voted => Span::styled(
                format!("Enter ändrar {} valsedel", genitive(&safe(&c.ballot_of))),
                t.warn(),
            ),
            Some(c) => Span::styled(
                format!("Enter öppnar en ny valsedel för {}", safe(&c.ballot_of)),
                t.muted(),
            ),
            None => Span::raw(""),
        };
        let mut lines = vec![Line::from(name_line), Line::from(opens)];
        let sel = self.selected.min(matches.len().saturating_sub(1));
        let room = inner.height.saturating_sub(2) as usize;
        let shown = if matches.len() > room {
            room.saturating_sub(1)
        } else {
            room
        };
        let first = sel.saturating_sub(shown.saturating_sub(1));
        for (i, c) in matches.iter().enumerate().skip(first).take(shown) {
            let style = if i == sel { t.selected() } else { t.base() };
            let stands_in = if c.ballot_of != c.name {
                format!(" (för {})", safe(&c.ballot_of))
            } else {
                String::new()
            };
            lines.push(Line::from(Span::styled(
                format!(
                    "{} {}{stands_in}",
                    if c.voted { "✓" } else { " " },
                    safe(&crate::domain::names::shown(&c.name))
                ),
                style,
            )));
        }
        if matches.len() > shown {
            lines.push(Line::from(Span::styled(
                format!(
                    "… {} till (skriv mer av namnet, eller ↓)",
                    matches.len() - shown
                ),
                t.muted(),
            )));
        }
        if matches.is_empty() {
            lines.push(Line::from(Span::styled(
                "Ingen närvarande matchar (a för närvaro).",
                t.error(),
            )));
        }
        Paragraph::new(lines).render(inner, buf);
    }
}

/// "Ingrid Karlssons", "Lars Ängström" → "Lars Ängströms"; a name ending
/// in s, x or z takes no s ("Hans valsedel").
pub fn genitive(name: &str) -> String {
    match name.chars().last() {
        Some('s' | 'x' | 'z' | 'S' | 'X' | 'Z') => name.to_string(),
        _ => format!("{name}s"),
    }
}
