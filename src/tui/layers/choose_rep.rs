//! Choosing whose ballot to enter: type part of the name, ↑/↓ among the
//! present representatives who match, Enter opens their ballot.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Clear, Paragraph, Widget};

use crate::domain::priority::Stage;
use crate::meeting::typed_followup::rep_matches;
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
        let matches = rep_matches(round, self.query.text());
        let Some(name) = matches
            .get(self.selected.min(matches.len().saturating_sub(1)))
            .cloned()
        else {
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
        let matches = rep_matches(round, self.query.text());
        let popup = centered(area, 56, (matches.len() as u16 + 4).clamp(6, area.height));
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
        let mut lines = vec![Line::from(name_line)];
        let sel = self.selected.min(matches.len().saturating_sub(1));
        let p = &round.prioritization;
        for (i, name) in matches
            .iter()
            .enumerate()
            .take(inner.height.saturating_sub(1) as usize)
        {
            let done = match p.stage() {
                Stage::Pick => p.pick_ballot(name).is_some(),
                Stage::Rank => p.rank_ballots.iter().any(|b| b.representative == *name),
            };
            let style = if i == sel { t.selected() } else { t.base() };
            lines.push(Line::from(Span::styled(
                format!("{} {}", if done { "✓" } else { " " }, safe(name)),
                style,
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
