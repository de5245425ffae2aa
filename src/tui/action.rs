//! Everything a key can ask for. The keymap turns a key into one of these
//! in the focused component's contexts; the component handles it or lets
//! it bubble to the app.

use crossterm::event::KeyEvent;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Action {
    // Anywhere
    Quit,
    ForceQuit,
    Help,
    CycleTheme,
    // Moving in a list
    Up,
    Down,
    PageUp,
    PageDown,
    Top,
    Bottom,
    // Home and the round
    Open,
    Back,
    NextMoment,
    PrevMoment,
    GotoMoment(usize),
    Undo,
    History,
    Timeline,
    /// Mark the shown moment done today (the app offers it when the
    /// round's record shows the moment complete).
    MarkShownDone,
    /// Open the register of the round's people.
    Register,
    /// Open the list of the round's mail-outs.
    Mailouts,
    /// In the template's question: update the probable duplicates' needs.
    UpdateInstead,
    // In the mail-out list
    WriteDrafts,
    MarkSent,
    MarkSentOn,
    UnmarkSent,
    // In the register
    NextTab,
    PrevTab,
    NewPerson,
    RenamePerson,
    Substitute,
    RemovePerson,
    // In the timeline
    MomentStart,
    MomentDone,
    MomentPlan,
    MomentReset,
    SaveAs,
    /// Try the failed save again.
    RetrySave,
    /// Leave (quit or go home) and let unsaved changes go.
    LeaveUnsaved,
    /// Take over a read-only round whose writer has gone.
    TakeOver,
    // Moment 2
    NewNeed,
    EditNeed,
    /// Remove a need added by mistake (asked first).
    RemoveNeed,
    StartFilter,
    CycleSort,
    MoreDots,
    FewerDots,
    ParticipantDots,
    DotView,
    KickOff,
    WriteTemplates,
    ImportNeeds,
    // In the need form
    NextField,
    PrevField,
    SaveForm,
    CancelForm,
    // In a filter or search line
    AcceptFilter,
    ClearFilter,
    // Moment 1
    NewCandidate,
    AreaVote,
    Decide,
    ToggleApproval,
    CycleDate,
    EditContact,
    AddDate,
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
    /// Moment 3: move on after a response or stay.
    ToggleAdvance,
    ToggleGap,
    SetAside,
    Merge,
    UndoLeave,
    MinutesSent,
    Verified,
    Correction,
    FeedbackExport,
    /// Model 1.0, moment 4: a national actor's mark on a need.
    ActorMark,
    // Moment 5
    StartBallot,
    /// Ballots from a file (form export, sheet, saved chat).
    ImportBallots,
    /// Read a returned form (any moment's: preparation, verification,
    /// receipt, feedback).
    ImportReturn,
    /// Moment 3: the dialogue confirms the prepared answers on a need.
    ConfirmPrepared,
    /// Moments 3 (model 1.0) and 4: accept or reject a returned correction.
    DecideCorrection,
    /// Write the forms the parties fill and return.
    WriteForms,
    Attendance,
    MorePicks,
    FewerPicks,
    JointRule,
    CloseStage,
    ReopenStage,
    TogglePerRep,
    Presentation,
    /// Moment 5: start or stop voting from phones.
    PhoneVoting,
    /// A representative's code, shown for reading aloud.
    ShowCode,
    /// A new code for a representative (the old one dies).
    NewCode,
    /// Decide a phone ballot held because one was typed first.
    HeldBallot,
    ShowLog,
    /// Space in a list: toggle the row (attendance, an RSS taking part).
    Toggle,
    /// Withdraw the ballot being edited.
    Withdraw,
    MoveItemUp,
    MoveItemDown,
    Complete,
    /// A ballot line: the typed token and every refused one off it.
    ClearLine,
    /// A ballot line: the typed or last refused token off it.
    ClearToken,
    /// A ballot: the pick last taken off with Backspace back in.
    PutBack,
    // Moments 6 and 7
    Receipt,
    /// Moment 6: the actors the selected need is handed to.
    AssignActors,
    Coordination,
    TakenOn,
    NotTaken,
    AddProduced,
    /// Write the screen's document(s).
    Export,
    /// Enter in a text line: take what was typed.
    Accept,
    /// Esc in a layer: close it.
    Cancel,
    // In a yes/no question
    Yes,
    No,
    /// A key that edits text (form fields, a text line).
    Input(KeyEvent),
}
