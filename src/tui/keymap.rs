//! The keymap: (context, key) → action, with the Swedish text that the
//! footer hints and the `?` overlay are generated from. Help can never
//! disagree with the keys because both come from this one table.

use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

use super::action::Action;

/// Where the user is, for what keys mean.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Context {
    /// Anywhere outside text input.
    Global,
    Home,
    /// Any moment screen of an open round.
    Round,
    /// The needs list on the moment-2 screen.
    Needs,
    /// The need form (text input: only these keys are bindings).
    Form,
    /// The filter line (text input).
    Filter,
    /// A yes/no question.
    Confirm,
    /// The moment-1 screen.
    Area,
    /// The kick-off list of earlier rounds' gaps.
    KickOff,
    /// The moment-3 screen.
    Dialogue,
    /// The moment-4 screen.
    Verify,
    /// The moment-6 screen.
    Handover,
    /// The moment-7 screen.
    Feedback,
    /// The search line of the history list (text input).
    HistorySearch,
    /// The timeline of a round.
    Timeline,
    /// The moment-5 screen.
    Priority,
    /// Choosing a representative by typing part of the name (text input).
    ChooseRep,
    /// Entering a ballot (text input: need numbers).
    Ballot,
    /// The attendance list.
    Attendance,
    /// A one-line question: the joint-list rule, a reason (text input).
    Prompt,
    /// The change log.
    Log,
    /// Full-screen presentation of the tally.
    Presentation,
    /// The help overlay.
    Help,
    /// The question before leaving changes that could not be saved.
    Unsaved,
}

impl Context {
    pub fn title(self) -> &'static str {
        match self {
            Context::Global => "Överallt",
            Context::Home => "Startsidan",
            Context::Round => "I en omgång",
            Context::Needs => "Behovslistan (moment 2)",
            Context::Form => "Formuläret",
            Context::Filter => "Filterraden",
            Context::Confirm => "Fråga",
            Context::Area => "Val av område och RSS (moment 1)",
            Context::KickOff => "Tidigare kunskapsluckor",
            Context::Dialogue => "Dialogmöten (moment 3)",
            Context::Verify => "Verifiering och sortering (moment 4)",
            Context::Handover => "Mottagande (moment 6)",
            Context::Feedback => "Återkoppling (moment 7)",
            Context::HistorySearch => "Sökraden i historiken",
            Context::Timeline => "Tidslinjen",
            Context::Priority => "Prioritering (moment 5)",
            Context::ChooseRep => "Välj representant",
            Context::Ballot => "Valsedel",
            Context::Attendance => "Närvaro",
            Context::Prompt => "Inmatningsrad",
            Context::Log => "Ändringslogg",
            Context::Presentation => "Presentationsläge",
            Context::Help => "Hjälpen",
            Context::Unsaved => "Osparade ändringar",
        }
    }

    /// Contexts where unbound keys are text.
    pub fn takes_text(self) -> bool {
        matches!(
            self,
            Context::Form
                | Context::Filter
                | Context::ChooseRep
                | Context::Ballot
                | Context::Prompt
                | Context::HistorySearch
        )
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Binding {
    pub context: Context,
    pub code: KeyCode,
    pub mods: KeyModifiers,
    pub action: Action,
    /// Short Swedish text for the footer and the help overlay.
    pub text: &'static str,
    /// Shown in the footer (the rest only in `?`).
    pub footer: bool,
}

const fn b(
    context: Context,
    code: KeyCode,
    mods: KeyModifiers,
    action: Action,
    text: &'static str,
    footer: bool,
) -> Binding {
    Binding {
        context,
        code,
        mods,
        action,
        text,
        footer,
    }
}

const N: KeyModifiers = KeyModifiers::NONE;
const C: KeyModifiers = KeyModifiers::CONTROL;
const S: KeyModifiers = KeyModifiers::SHIFT;

use Context as X;
use KeyCode as K;

#[rustfmt::skip]
pub const BINDINGS: &[Binding] = &[
    b(X::Global, K::Char('q'), N, Action::Quit, "avsluta", true),
    b(X::Global, K::Char('c'), C, Action::ForceQuit, "avsluta", false),
    b(X::Global, K::Char('?'), N, Action::Help, "hjälp", true),
    b(X::Global, K::Char('t'), N, Action::CycleTheme, "byt tema", false),
    b(X::Global, K::Up, N, Action::Up, "upp", false),
    b(X::Global, K::Char('k'), N, Action::Up, "upp", false),
    b(X::Global, K::Down, N, Action::Down, "ned", false),
    b(X::Global, K::Char('j'), N, Action::Down, "ned", false),
    b(X::Global, K::PageUp, N, Action::PageUp, "sida upp", false),
    b(X::Global, K::PageDown, N, Action::PageDown, "sida ned", false),
    b(X::Global, K::Home, N, Action::Top, "först", false),
    b(X::Global, K::End, N, Action::Bottom, "sist", false),
    b(X::Home, K::Enter, N, Action::Open, "öppna omgång", true),
    b(X::Round, K::Right, N, Action::NextMoment, "nästa moment", false),
    b(X::Round, K::Tab, N, Action::NextMoment, "nästa moment", true),
    b(X::Round, K::Left, N, Action::PrevMoment, "föregående moment", false),
    b(X::Round, K::BackTab, S, Action::PrevMoment, "föregående moment", false),
    b(X::Round, K::Char('1'), N, Action::GotoMoment(1), "moment 1", false),
    b(X::Round, K::Char('2'), N, Action::GotoMoment(2), "moment 2", false),
    b(X::Round, K::Char('3'), N, Action::GotoMoment(3), "moment 3", false),
    b(X::Round, K::Char('4'), N, Action::GotoMoment(4), "moment 4", false),
    b(X::Round, K::Char('5'), N, Action::GotoMoment(5), "moment 5", false),
    b(X::Round, K::Char('6'), N, Action::GotoMoment(6), "moment 6", false),
    b(X::Round, K::Char('7'), N, Action::GotoMoment(7), "moment 7", false),
    b(X::Round, K::Char('u'), N, Action::Undo, "ångra senaste ändring", false),
    b(X::Round, K::Esc, N, Action::Back, "till startsidan", false),
    b(X::Needs, K::Char('n'), N, Action::NewNeed, "nytt behov", true),
    b(X::Needs, K::Enter, N, Action::EditNeed, "redigera", true),
    b(X::Needs, K::Char('e'), N, Action::EditNeed, "redigera", false),
    b(X::Needs, K::Char('/'), N, Action::StartFilter, "filtrera", true),
    b(X::Needs, K::Char('s'), N, Action::CycleSort, "sortering", true),
    b(X::Needs, K::Esc, N, Action::ClearFilter, "rensa filter", false),
    b(X::Needs, K::Char('+'), N, Action::MoreDots, "en prick till", false),
    b(X::Needs, K::Char('-'), N, Action::FewerDots, "en prick mindre", false),
    b(X::Needs, K::Char('.'), N, Action::ParticipantDots, "en deltagares prickar", false),
    b(X::Needs, K::Char('p'), N, Action::DotView, "prickar som staplar", false),
    b(X::Needs, K::Char('k'), N, Action::KickOff, "tidigare kunskapsluckor", false),
    b(X::Needs, K::Char('m'), N, Action::WriteTemplates, "skriv mallar för RSS", false),
    b(X::Needs, K::Char('i'), N, Action::ImportNeeds, "importera mall", true),
    b(X::KickOff, K::Esc, N, Action::Cancel, "stäng", true),
    b(X::KickOff, K::Char('k'), N, Action::Cancel, "stäng", false),
    b(X::KickOff, K::Char('e'), N, Action::Export, "exportera", true),
    b(X::Area, K::Char('n'), N, Action::NewCandidate, "nytt kandidatområde", true),
    b(X::Area, K::Char('v'), N, Action::AreaVote, "röst", true),
    b(X::Area, K::Char('b'), N, Action::Decide, "beslut", true),
    b(X::Area, K::Char('g'), N, Action::ToggleApproval, "godkännanderöstning av/på", false),
    b(X::Area, K::Char(' '), N, Action::Toggle, "RSS deltar / deltar inte", true),
    b(X::Area, K::Char('d'), N, Action::CycleDate, "byt dialogdatum", true),
    b(X::Area, K::Char('k'), N, Action::EditContact, "processledare", false),
    b(X::Area, K::Char('+'), N, Action::AddDate, "nytt dialogdatum", false),
    b(X::Area, K::Char('e'), N, Action::Export, "exportera kandidatområden", false),
    b(X::Dialogue, K::Char('<'), N, Action::PrevSession, "föregående möte", false),
    b(X::Dialogue, K::Char('>'), N, Action::NextSession, "nästa möte", true),
    b(X::Dialogue, K::Char('r'), N, Action::Respond, "svar från aktör", true),
    b(X::Dialogue, K::Char('f'), N, Action::AskQuestion, "följdfråga", false),
    b(X::Dialogue, K::Char('x'), N, Action::AddNote, "anteckning", false),
    b(X::Dialogue, K::Char('a'), N, Action::SessionAttendance, "närvarande aktör", false),
    b(X::Dialogue, K::Char('s'), N, Action::SessionsFromDates, "möten från dialogdatumen", false),
    b(X::Dialogue, K::Char('n'), N, Action::NewSession, "nytt möte", false),
    b(X::Dialogue, K::Char('m'), N, Action::WriteMinutes, "minnesanteckningar", true),
    b(X::Dialogue, K::Char('e'), N, Action::Export, "exportera dagordning", false),
    b(X::Verify, K::Char('g'), N, Action::ToggleGap, "kunskapslucka av/på", true),
    b(X::Verify, K::Char('a'), N, Action::SetAside, "lägg undan med skäl", true),
    b(X::Verify, K::Char('m'), N, Action::Merge, "slå ihop med", true),
    b(X::Verify, K::Char('z'), N, Action::UndoLeave, "ångra undanlagt/sammanslaget", false),
    b(X::Verify, K::Char('s'), N, Action::MinutesSent, "anteckningar skickade (RSS)", false),
    b(X::Verify, K::Char('v'), N, Action::Verified, "verifierat av RSS", true),
    b(X::Verify, K::Char('r'), N, Action::Correction, "rättelse från RSS", false),
    b(X::Verify, K::Char('e'), N, Action::Export, "exportera sammanställningen", false),
    b(X::Verify, K::Char('f'), N, Action::FeedbackExport, "återkoppling per RSS", false),
    b(X::Home, K::Char('h'), N, Action::History, "historik över omgångar", true),
    b(X::Round, K::Char('T'), N, Action::Timeline, "tidslinje", false),
    b(X::Round, K::Char('S'), N, Action::SaveAs, "spara som (annan fil)", false),
    b(X::Round, K::Char('W'), N, Action::TakeOver, "ta över en skrivskyddad omgång", false),
    b(X::Unsaved, K::Char('s'), N, Action::SaveAs, "spara i en annan fil", true),
    b(X::Unsaved, K::Char('f'), N, Action::RetrySave, "försök spara igen", true),
    b(X::Unsaved, K::Char('k'), N, Action::LeaveUnsaved, "kasta ändringarna och lämna", true),
    b(X::Unsaved, K::Esc, N, Action::No, "stanna kvar", true),
    b(X::Timeline, K::Esc, N, Action::Cancel, "stäng", true),
    b(X::Timeline, K::Char('T'), N, Action::Cancel, "stäng", false),
    b(X::KickOff, K::Char('/'), N, Action::StartFilter, "sök", true),
    b(X::HistorySearch, K::Enter, N, Action::AcceptFilter, "behåll sökningen", true),
    b(X::HistorySearch, K::Esc, N, Action::ClearFilter, "rensa sökningen", true),
    b(X::Handover, K::Char('r'), N, Action::Receipt, "aktörs mottagande", true),
    b(X::Handover, K::Char('k'), N, Action::Coordination, "samordningsmöte", true),
    b(X::Handover, K::Char('e'), N, Action::Export, "exportera resultatet", true),
    b(X::Feedback, K::Char('t'), N, Action::TakenOn, "tas om hand", true),
    b(X::Feedback, K::Char('n'), N, Action::NotTaken, "tas inte om hand", true),
    b(X::Feedback, K::Char('p'), N, Action::AddProduced, "framtagen kunskap", true),
    b(X::Feedback, K::Char('/'), N, Action::StartFilter, "filtrera", false),
    b(X::Feedback, K::Esc, N, Action::ClearFilter, "rensa filter", false),
    b(X::Feedback, K::Char('s'), N, Action::CycleSort, "sortering", false),
    b(X::Feedback, K::Char('e'), N, Action::Export, "exportera återkopplingen", true),
    b(X::Form, K::Tab, N, Action::NextField, "nästa fält", true),
    b(X::Form, K::BackTab, S, Action::PrevField, "föregående fält", true),
    b(X::Form, K::Char('s'), C, Action::SaveForm, "spara", true),
    b(X::Form, K::Esc, N, Action::CancelForm, "avbryt", true),
    b(X::Form, K::Char('c'), C, Action::ForceQuit, "avsluta", false),
    b(X::Filter, K::Enter, N, Action::AcceptFilter, "behåll filtret", true),
    b(X::Filter, K::Esc, N, Action::ClearFilter, "rensa filtret", true),
    b(X::Priority, K::Char('v'), N, Action::StartBallot, "ny/ändra valsedel", true),
    b(X::Priority, K::Char('a'), N, Action::Attendance, "närvaro", true),
    b(X::Priority, K::Char('+'), N, Action::MorePicks, "fler val (N)", false),
    b(X::Priority, K::Char('-'), N, Action::FewerPicks, "färre val (N)", false),
    b(X::Priority, K::Char('g'), N, Action::JointRule, "regel för gemensam lista", false),
    b(X::Priority, K::Char('c'), N, Action::CloseStage, "stäng steget", true),
    b(X::Priority, K::Char('o'), N, Action::ReopenStage, "öppna steget igen", false),
    b(X::Priority, K::Char('p'), N, Action::TogglePerRep, "per representant", false),
    b(X::Priority, K::Char('f'), N, Action::Presentation, "presentation", true),
    b(X::Priority, K::Char('e'), N, Action::Export, "exportera", true),
    b(X::Priority, K::Char('l'), N, Action::ShowLog, "logg", false),
    b(X::ChooseRep, K::Enter, N, Action::Accept, "välj", true),
    b(X::ChooseRep, K::Up, N, Action::Up, "upp", false),
    b(X::ChooseRep, K::Down, N, Action::Down, "ned", false),
    b(X::ChooseRep, K::Esc, N, Action::Cancel, "avbryt", true),
    b(X::Ballot, K::Enter, N, Action::Accept, "spara valsedeln", true),
    b(X::Ballot, K::Char('s'), C, Action::Accept, "spara valsedeln", false),
    b(X::Ballot, K::Esc, N, Action::Cancel, "avbryt", true),
    b(X::Ballot, K::Tab, N, Action::Complete, "komplettera numret", true),
    b(X::Ballot, K::Up, N, Action::Up, "upp i listan", false),
    b(X::Ballot, K::Down, N, Action::Down, "ned i listan", false),
    b(X::Ballot, K::Up, C, Action::MoveItemUp, "flytta upp (rangordning)", false),
    b(X::Ballot, K::Down, C, Action::MoveItemDown, "flytta ned (rangordning)", false),
    b(X::Ballot, K::Up, KeyModifiers::ALT, Action::MoveItemUp, "flytta upp (rangordning)", false),
    b(X::Ballot, K::Down, KeyModifiers::ALT, Action::MoveItemDown, "flytta ned (rangordning)", false),
    b(X::Ballot, K::Char('<'), N, Action::MoveItemUp, "flytta upp (rangordning)", false),
    b(X::Ballot, K::Char('>'), N, Action::MoveItemDown, "flytta ned (rangordning)", false),
    b(X::Ballot, K::Char('d'), C, Action::Withdraw, "dra tillbaka valsedeln", false),
    b(X::Attendance, K::Char(' '), N, Action::Toggle, "närvarande/frånvarande", true),
    b(X::Attendance, K::Enter, N, Action::Toggle, "närvarande/frånvarande", false),
    b(X::Attendance, K::Esc, N, Action::Cancel, "stäng", true),
    b(X::Attendance, K::Char('a'), N, Action::Cancel, "stäng", false),
    b(X::Prompt, K::Enter, N, Action::Accept, "ok", true),
    b(X::Prompt, K::Esc, N, Action::Cancel, "avbryt", true),
    b(X::Log, K::Esc, N, Action::Cancel, "stäng loggen", true),
    b(X::Log, K::Char('l'), N, Action::Cancel, "stäng loggen", false),
    b(X::Presentation, K::Char('f'), N, Action::Presentation, "tillbaka", true),
    b(X::Presentation, K::Esc, N, Action::Presentation, "tillbaka", false),
    b(X::Presentation, K::Char('p'), N, Action::TogglePerRep, "val/rangordning", false),
    b(X::Confirm, K::Char('j'), N, Action::Yes, "ja", true),
    b(X::Confirm, K::Char('y'), N, Action::Yes, "ja", false),
    b(X::Confirm, K::Char('n'), N, Action::No, "nej", true),
    b(X::Confirm, K::Esc, N, Action::No, "nej", false),
    b(X::Help, K::Esc, N, Action::Back, "stäng hjälpen", true),
    b(X::Help, K::Char('?'), N, Action::Back, "stäng hjälpen", false),
    b(X::Help, K::Char('q'), N, Action::Back, "stäng hjälpen", false),
];

fn matches(bind: &Binding, key: &KeyEvent) -> bool {
    // Shift is part of the key for printable characters ('?' is shift+/) and
    // for BackTab, which terminals send with or without it.
    let shift_free = |code: KeyCode, mods: KeyModifiers| {
        if matches!(code, KeyCode::Char(_) | KeyCode::BackTab) {
            mods - KeyModifiers::SHIFT
        } else {
            mods
        }
    };
    bind.code == key.code && shift_free(key.code, key.modifiers) == shift_free(bind.code, bind.mods)
}

/// The contexts searched, most specific first, for the given innermost one.
pub fn chain(contexts: &[Context]) -> Vec<Context> {
    let mut out: Vec<Context> = contexts.to_vec();
    if !contexts
        .iter()
        .any(|c| c.takes_text() || matches!(c, Context::Confirm | Context::Help | Context::Unsaved))
    {
        out.push(Context::Global);
    }
    out
}

/// What a key means in these contexts (innermost first). In a text context
/// an unbound key is text; elsewhere it is nothing.
pub fn lookup(keymap: &[Binding], contexts: &[Context], key: KeyEvent) -> Option<Action> {
    for ctx in chain(contexts) {
        if let Some(bind) = keymap.iter().find(|b| b.context == ctx && matches(b, &key)) {
            return Some(bind.action);
        }
    }
    contexts
        .first()
        .filter(|c| c.takes_text())
        .map(|_| Action::Input(key))
}

/// How a key is written in help: "Ctrl+s", "Tab", "?".
pub fn key_label(code: KeyCode, mods: KeyModifiers) -> String {
    let base = match code {
        K::Char(' ') => "Mellanslag".to_string(),
        K::Char(c) => c.to_string(),
        K::Enter => "Enter".into(),
        K::Esc => "Esc".into(),
        K::Tab => "Tab".into(),
        K::BackTab => "Shift+Tab".into(),
        K::Up => "↑".into(),
        K::Down => "↓".into(),
        K::Left => "←".into(),
        K::Right => "→".into(),
        K::PageUp => "PgUp".into(),
        K::PageDown => "PgDn".into(),
        K::Home => "Home".into(),
        K::End => "End".into(),
        other => format!("{other:?}"),
    };
    if mods.contains(KeyModifiers::CONTROL) {
        format!("Ctrl+{base}")
    } else {
        base
    }
}

/// Footer hints for the contexts: "key text" pairs, innermost first,
/// one per action.
pub fn footer_hints(keymap: &[Binding], contexts: &[Context]) -> Vec<(String, &'static str)> {
    let mut out: Vec<(String, &'static str)> = vec![];
    let mut seen: Vec<Action> = vec![];
    for ctx in chain(contexts) {
        for bind in keymap.iter().filter(|b| b.context == ctx && b.footer) {
            if !seen.contains(&bind.action) {
                seen.push(bind.action);
                out.push((key_label(bind.code, bind.mods), bind.text));
            }
        }
    }
    out
}

/// The help overlay: every context with its keys, keys with the same text
/// joined ("↑/k  upp").
pub fn help_sections(keymap: &[Binding]) -> Vec<(&'static str, Vec<(String, &'static str)>)> {
    let order = [
        X::Global,
        X::Home,
        X::Round,
        X::Needs,
        X::Form,
        X::Filter,
        X::Area,
        X::KickOff,
        X::Dialogue,
        X::Verify,
        X::Handover,
        X::Feedback,
        X::HistorySearch,
        X::Timeline,
        X::Priority,
        X::ChooseRep,
        X::Ballot,
        X::Attendance,
        X::Prompt,
        X::Log,
        X::Presentation,
        X::Unsaved,
    ];
    order
        .iter()
        .map(|ctx| {
            let mut rows: Vec<(String, &'static str)> = vec![];
            for bind in keymap.iter().filter(|b| b.context == *ctx) {
                let label = key_label(bind.code, bind.mods);
                match rows.iter_mut().find(|(_, t)| *t == bind.text) {
                    Some((keys, _)) => {
                        keys.push('/');
                        keys.push_str(&label);
                    }
                    None => rows.push((label, bind.text)),
                }
            }
            (ctx.title(), rows)
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn key(code: KeyCode) -> KeyEvent {
        KeyEvent::new(code, KeyModifiers::NONE)
    }

    #[test]
    fn no_key_is_bound_twice_in_one_context() {
        for (i, a) in BINDINGS.iter().enumerate() {
            for bnd in &BINDINGS[i + 1..] {
                assert!(
                    !(a.context == bnd.context && a.code == bnd.code && a.mods == bnd.mods),
                    "{:?} {:?} bunden två gånger",
                    a.context,
                    a.code
                );
            }
        }
    }

    #[test]
    fn the_specific_context_wins_over_global() {
        assert_eq!(
            lookup(
                BINDINGS,
                &[Context::Needs, Context::Round],
                key(K::Char('n'))
            ),
            Some(Action::NewNeed)
        );
        assert_eq!(lookup(BINDINGS, &[Context::Home], key(K::Char('n'))), None);
        assert_eq!(
            lookup(
                BINDINGS,
                &[Context::Needs, Context::Round],
                key(K::Char('q'))
            ),
            Some(Action::Quit)
        );
    }

    #[test]
    fn in_a_form_q_is_text_and_ctrl_s_saves() {
        assert_eq!(
            lookup(BINDINGS, &[Context::Form], key(K::Char('q'))),
            Some(Action::Input(key(K::Char('q'))))
        );
        let ctrl_s = KeyEvent::new(K::Char('s'), KeyModifiers::CONTROL);
        assert_eq!(
            lookup(BINDINGS, &[Context::Form], ctrl_s),
            Some(Action::SaveForm)
        );
    }

    #[test]
    fn question_mark_with_shift_still_opens_help() {
        let k = KeyEvent::new(K::Char('?'), KeyModifiers::SHIFT);
        assert_eq!(lookup(BINDINGS, &[Context::Home], k), Some(Action::Help));
    }

    #[test]
    fn help_lists_every_binding_and_the_footer_only_footer_ones() {
        let help = help_sections(BINDINGS);
        let total: usize = help.iter().map(|(_, rows)| rows.len()).sum();
        assert!(total >= 20);
        let round = help.iter().find(|(t, _)| *t == "I en omgång").unwrap();
        assert!(
            round
                .1
                .iter()
                .any(|(k, t)| k == "→/Tab" && *t == "nästa moment"),
            "{:?}",
            round.1
        );
        let footer = footer_hints(BINDINGS, &[Context::Needs, Context::Round]);
        assert_eq!(footer[0], ("n".to_string(), "nytt behov"));
        assert!(!footer.iter().any(|(_, t)| *t == "byt tema"));
    }
}
