//! Everything a key can ask for.

use crossterm::event::KeyEvent;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Action {
    Quit,
    ForceQuit,
    Help,
    CycleTheme,
    Up,
    Down,
    PageUp,
    PageDown,
    Top,
    Bottom,
    Open,
    Back,
    NextMoment,
    PrevMoment,
    GotoMoment(usize),
    Undo,
    NewNeed,
    EditNeed,
    StartFilter,
    CycleSort,
    // In a form
    NextField,
    PrevField,
    SaveForm,
    CancelForm,
    // In the filter line
    AcceptFilter,
    ClearFilter,
    // In a yes/no question
    Yes,
    No,
    /// A key that edits text (form fields, filter line).
    Input(KeyEvent),
}
