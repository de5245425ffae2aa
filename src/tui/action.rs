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
    // Moment 5
    StartBallot,
    Attendance,
    MorePicks,
    FewerPicks,
    JointRule,
    CloseStage,
    ReopenStage,
    TogglePerRep,
    Presentation,
    Export,
    ShowLog,
    /// Space in a list: toggle the row (attendance).
    Toggle,
    /// Withdraw the ballot being edited.
    Withdraw,
    MoveItemUp,
    MoveItemDown,
    Complete,
    /// Enter in a text line: take what was typed.
    Accept,
    /// Esc in a text line or overlay: leave it.
    Cancel,
    // Moments 1 and 2
    NewCandidate,
    AreaVote,
    Decide,
    ToggleApproval,
    CycleDate,
    EditContact,
    AddDate,
    MoreDots,
    FewerDots,
    ParticipantDots,
    DotView,
    KickOff,
    WriteTemplates,
    ImportNeeds,
    // Moments 3 and 4
    PrevSession,
    NextSession,
    Respond,
    AskQuestion,
    AddNote,
    SessionAttendance,
    SessionsFromDates,
    NewSession,
    WriteMinutes,
    ToggleGap,
    SetAside,
    Merge,
    UndoLeave,
    MinutesSent,
    Verified,
    Correction,
    FeedbackExport,
    // Moments 6 and 7, and across rounds
    Receipt,
    Coordination,
    TakenOn,
    NotTaken,
    AddProduced,
    History,
    Timeline,
    SaveAs,
    /// Try the failed save again.
    RetrySave,
    /// Leave (quit or go home) and let unsaved changes go.
    LeaveUnsaved,
    /// Take over a read-only round whose writer has gone.
    TakeOver,
    // In a yes/no question
    Yes,
    No,
    /// A key that edits text (form fields, filter line).
    Input(KeyEvent),
}
