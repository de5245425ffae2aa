//! One representative's ballot as a layer: need numbers typed (or pasted,
//! separated by any spaces, commas or line breaks), or chosen with ↑/↓ and
//! space; Enter saves, Esc asks before it throws typing away, Ctrl+d
//! withdraws the ballot after asking.

use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::widgets::Widget;

use super::ballot_view::BallotEditorView;
use crate::domain::Round;
use crate::domain::priority::Stage;
use crate::tui::action::Action;
use crate::tui::ask::{Ask, BallotAsk, Reply};
use crate::tui::cx::{Cx, Flow};
use crate::tui::view::View;
use crate::tui::widgets::ballot_editor::BallotEditor;
use crossterm::event::{KeyCode, KeyModifiers};

pub struct BallotLayer {
    pub editor: BallotEditor,
}

impl BallotLayer {
    pub fn new(round: &Round, stage: Stage, representative: &str) -> BallotLayer {
        BallotLayer {
            editor: BallotEditor::new(round, stage, representative),
        }
    }

    fn save(&mut self, cx: &mut Cx) -> Flow {
        let Some(chosen) = self.editor.finish() else {
            return Flow::Handled;
        };
        let (name, stage) = (self.editor.representative.clone(), self.editor.stage);
        let what = format!("Valsedel för {name} sparad.");
        let result = cx.try_change(&what, move |r, at| {
            match stage {
                Stage::Pick => r.cast_picks(&name, &chosen, at),
                Stage::Rank => r.cast_ranking(&name, &chosen, at),
            }
            .map_err(|e| e.to_string())
        });
        match result {
            Ok(()) => Flow::Close,
            Err(msg) => {
                self.editor.error = Some(msg);
                Flow::Handled
            }
        }
    }

    pub fn update(&mut self, action: Action, cx: &mut Cx) -> Flow {
        let e = &mut self.editor;
        match action {
            Action::Up | Action::Down => e.move_cursor(action == Action::Down),
            Action::MoveItemUp | Action::MoveItemDown => e.move_item(action == Action::MoveItemUp),
            Action::Complete => e.complete(),
            Action::ClearLine => e.clear_line(),
            Action::ClearToken => e.clear_token(),
            Action::PutBack => e.undo(),
            Action::Accept => return self.save(cx),
            Action::Withdraw => {
                let q = BallotAsk::Withdraw;
                return cx.confirm(Ask::Ballot(q), q.question());
            }
            Action::Cancel if e.is_dirty() => {
                let q = BallotAsk::Discard;
                return cx.confirm(Ask::Ballot(q), q.question());
            }
            Action::Cancel => return Flow::Close,
            Action::Input(key) => {
                let ctrl = key.modifiers.contains(KeyModifiers::CONTROL);
                match key.code {
                    KeyCode::Char(c) if !ctrl => e.type_char(c),
                    KeyCode::Backspace => e.backspace(),
                    _ => {}
                }
            }
            _ => return Flow::Bubble,
        }
        Flow::Handled
    }

    /// The answer to the ballot's own questions.
    pub fn answer(&mut self, ask: BallotAsk, reply: Reply, cx: &mut Cx) -> Flow {
        if reply != Reply::Yes {
            return Flow::Handled;
        }
        match ask {
            BallotAsk::Discard => Flow::Close,
            BallotAsk::Withdraw => {
                let (name, stage) = (self.editor.representative.clone(), self.editor.stage);
                cx.change(
                    &format!("Valsedeln för {name} tillbakadragen."),
                    move |r, at| {
                        match stage {
                            Stage::Pick => r.withdraw_picks(&name, at),
                            Stage::Rank => r.withdraw_ranking(&name, at),
                        }
                        .map_err(|e| e.to_string())
                    },
                );
                Flow::Close
            }
        }
    }

    /// A pasted ballot: numbers separated by any white space, commas or
    /// semicolons, each taken as if typed (the last one too); never a key
    /// command, and a run of separators never toggles a row.
    pub fn paste(&mut self, text: &str, _cx: &mut Cx) -> bool {
        self.editor.paste(text);
        true
    }

    pub fn render(&self, v: &View, area: Rect, buf: &mut Buffer) {
        let Some(round) = v.round else { return };
        let [_, right] =
            Layout::horizontal([Constraint::Percentage(35), Constraint::Percentage(65)])
                .areas(area);
        (&BallotEditorView {
            editor: &self.editor,
            round,
            theme: v.theme,
        })
            .render(right, buf);
    }
}
