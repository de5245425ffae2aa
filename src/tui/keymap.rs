//! The keymap: (context, key) → action, with the Swedish text that the
//! footer hints and the `?` overlay are generated from. The focused
//! component names its contexts; the same list finds the action and writes
//! the hints, so help can never disagree with the keys.

use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

use super::action::Action;

pub use super::keymap_context::Context;

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
const A: KeyModifiers = KeyModifiers::ALT;

use Action as Do;
use Context as X;
use KeyCode as K;

#[rustfmt::skip]
pub const BINDINGS: &[Binding] = &[
    b(X::Global, K::Char('q'), N, Do::Quit, "avsluta", true),
    b(X::Global, K::Char('c'), C, Do::ForceQuit, "avsluta", false),
    b(X::Global, K::Char('?'), N, Do::Help, "hjälp", true),
    b(X::Global, K::Char('t'), N, Do::CycleTheme, "byt tema", false),
    b(X::Nav, K::Up, N, Do::Up, "upp", false),
    b(X::Nav, K::Down, N, Do::Down, "ned", false),
    b(X::Nav, K::PageUp, N, Do::PageUp, "sida upp", false),
    b(X::Nav, K::PageDown, N, Do::PageDown, "sida ned", false),
    b(X::Nav, K::Home, N, Do::Top, "först", false),
    b(X::Nav, K::End, N, Do::Bottom, "sist", false),
    b(X::Text, K::Char('c'), C, Do::ForceQuit, "avsluta", false),
    b(X::Home, K::Enter, N, Do::Open, "öppna omgång", true),
    b(X::Home, K::Char('h'), N, Do::History, "historik över omgångar", true),
    b(X::Round, K::Tab, N, Do::NextMoment, "nästa moment", true),
    b(X::Round, K::Right, N, Do::NextMoment, "nästa moment", false),
    b(X::Round, K::BackTab, S, Do::PrevMoment, "föregående moment", false),
    b(X::Round, K::Left, N, Do::PrevMoment, "föregående moment", false),
    b(X::Round, K::Char('1'), N, Do::GotoMoment(1), "moment 1", false),
    b(X::Round, K::Char('2'), N, Do::GotoMoment(2), "moment 2", false),
    b(X::Round, K::Char('3'), N, Do::GotoMoment(3), "moment 3", false),
    b(X::Round, K::Char('4'), N, Do::GotoMoment(4), "moment 4", false),
    b(X::Round, K::Char('5'), N, Do::GotoMoment(5), "moment 5", false),
    b(X::Round, K::Char('6'), N, Do::GotoMoment(6), "moment 6", false),
    b(X::Round, K::Char('7'), N, Do::GotoMoment(7), "moment 7", false),
    b(X::Round, K::Char('u'), N, Do::Undo, "ångra senaste ändring", false),
    b(X::Round, K::Esc, N, Do::Back, "till startsidan", false),
    b(X::Round, K::Char('T'), N, Do::Timeline, "tidslinje (momentens datum)", false),
    b(X::Round, K::Char('R'), N, Do::Register, "register: personer", false),
    b(X::Round, K::Char('U'), N, Do::Mailouts, "utskick: utkast och vad som skickats", false),
    b(X::Round, K::Char('D'), N, Do::MarkShownDone, "markera momentet klart i dag", false),
    b(X::Round, K::Char('S'), N, Do::SaveAs, "spara som (annan fil)", false),
    b(X::Round, K::Char('W'), N, Do::TakeOver, "ta över en skrivskyddad omgång", false),
    b(X::Area, K::Char('n'), N, Do::NewCandidate, "nytt kandidatområde", true),
    b(X::Area, K::Char('v'), N, Do::AreaVote, "röst", true),
    b(X::Area, K::Char('b'), N, Do::Decide, "beslut", true),
    b(X::Area, K::Char('g'), N, Do::ToggleApproval, "godkännanderöstning av/på", false),
    b(X::Area, K::Char(' '), N, Do::Toggle, "RSS deltar / deltar inte", true),
    b(X::Area, K::Char('d'), N, Do::CycleDate, "byt dialogdatum", true),
    b(X::Area, K::Char('k'), N, Do::EditContact, "processledare", false),
    b(X::Area, K::Char('+'), N, Do::AddDate, "nytt dialogdatum", false),
    b(X::Area, K::Char('e'), N, Do::Export, "exportera kandidatområden", false),
    b(X::Needs, K::Char('n'), N, Do::NewNeed, "nytt behov", true),
    b(X::Needs, K::Enter, N, Do::EditNeed, "redigera", true),
    b(X::Needs, K::Char('e'), N, Do::EditNeed, "redigera", false),
    b(X::Needs, K::Delete, N, Do::RemoveNeed, "ta bort (tillagt av misstag)", false),
    b(X::Needs, K::Char('/'), N, Do::StartFilter, "filtrera", true),
    b(X::Needs, K::Char('s'), N, Do::CycleSort, "sortering", true),
    b(X::Needs, K::Esc, N, Do::ClearFilter, "rensa filter", false),
    b(X::Needs, K::Char('+'), N, Do::MoreDots, "en prick till", false),
    b(X::Needs, K::Char('-'), N, Do::FewerDots, "en prick mindre", false),
    b(X::Needs, K::Char('.'), N, Do::ParticipantDots, "en deltagares prickar", false),
    b(X::Needs, K::Char('p'), N, Do::DotView, "prickar som staplar", false),
    b(X::Needs, K::Char('k'), N, Do::KickOff, "tidigare kunskapsluckor", false),
    b(X::Needs, K::Char('m'), N, Do::WriteTemplates, "skriv mallar för RSS", false),
    b(X::Needs, K::Char('i'), N, Do::ImportNeeds, "importera mall", true),
    b(X::Filter, K::Enter, N, Do::AcceptFilter, "behåll filtret", true),
    b(X::Filter, K::Esc, N, Do::ClearFilter, "rensa filtret", true),
    b(X::KickOff, K::Esc, N, Do::Cancel, "stäng", true),
    b(X::KickOff, K::Char('k'), N, Do::Cancel, "stäng", false),
    b(X::KickOff, K::Char('/'), N, Do::StartFilter, "sök", true),
    b(X::KickOff, K::Char('e'), N, Do::Export, "exportera", true),
    b(X::HistorySearch, K::Enter, N, Do::AcceptFilter, "behåll sökningen", true),
    b(X::HistorySearch, K::Esc, N, Do::ClearFilter, "rensa sökningen", true),
    b(X::Dialogue, K::Char('<'), N, Do::PrevSession, "föregående möte", false),
    b(X::Dialogue, K::Char('>'), N, Do::NextSession, "nästa möte", true),
    b(X::Dialogue, K::Char('r'), N, Do::Respond, "svar från aktör", true),
    b(X::Dialogue, K::Char('f'), N, Do::AskQuestion, "följdfråga", false),
    b(X::Dialogue, K::Char('x'), N, Do::AddNote, "anteckning", false),
    b(X::Dialogue, K::Char('a'), N, Do::SessionAttendance, "närvarande (aktör eller RSS)", false),
    b(X::Dialogue, K::Char('A'), N, Do::ToggleAdvance, "flytta vidare efter svar av/på", false),
    b(X::Dialogue, K::Char('s'), N, Do::SessionsFromDates, "möten från dialogdatumen", false),
    b(X::Dialogue, K::Char('n'), N, Do::NewSession, "nytt möte", false),
    b(X::Dialogue, K::Char('m'), N, Do::WriteMinutes, "minnesanteckningar", true),
    b(X::Dialogue, K::Char('e'), N, Do::Export, "exportera dagordning", false),
    b(X::Dialogue, K::Char('c'), N, Do::ConfirmPrepared, "bekräfta förberett svar", false),
    b(X::Dialogue, K::Char('F'), N, Do::WriteForms, "förberedelseformulär till aktörerna", false),
    b(X::Dialogue, K::Char('i'), N, Do::ImportReturn, "läs in ifyllt formulär", false),
    b(X::Verify, K::Char('g'), N, Do::ToggleGap, "kunskapslucka av/på", true),
    b(X::Verify, K::Char('a'), N, Do::SetAside, "lägg undan med skäl", true),
    b(X::Verify, K::Char('m'), N, Do::Merge, "slå ihop med", true),
    b(X::Verify, K::Char('z'), N, Do::UndoLeave, "ångra undanlagt/sammanslaget", false),
    b(X::Verify, K::Char('s'), N, Do::MinutesSent, "anteckningar skickade (RSS)", false),
    b(X::Verify, K::Char('v'), N, Do::Verified, "verifierat av RSS", true),
    b(X::Verify, K::Char('r'), N, Do::Correction, "rättelse från RSS", false),
    b(X::Verify, K::Char('e'), N, Do::Export, "exportera sammanställningen", false),
    b(X::Verify, K::Char('f'), N, Do::FeedbackExport, "återkoppling per RSS", false),
    b(X::Verify, K::Char('p'), N, Do::DecideCorrection, "godta/avvisa rättelseförslag", false),
    b(X::Verify, K::Char('F'), N, Do::WriteForms, "verifieringsformulär till RSS:erna", false),
    b(X::Verify, K::Char('i'), N, Do::ImportReturn, "läs in ifyllt formulär", false),
    b(X::Network, K::Char('v'), N, Do::Verified, "avstämt med nätverket (datum)", true),
    b(X::Network, K::Char('x'), N, Do::AddNote, "anteckning", true),
    b(X::Network, K::Char('p'), N, Do::DecideCorrection, "godta/avvisa rättelseförslag", false),
    b(X::Network, K::Char('F'), N, Do::WriteForms, "avstämningsformulär till RSS:erna", false),
    b(X::Network, K::Char('i'), N, Do::ImportReturn, "läs in ifyllt formulär", false),
    b(X::Sorting, K::Char('g'), N, Do::ToggleGap, "sortera som kunskapslucka av/på", true),
    b(X::Sorting, K::Char('r'), N, Do::ActorMark, "aktörs markering", true),
    b(X::Sorting, K::Char('a'), N, Do::SetAside, "lägg undan med skäl", true),
    b(X::Sorting, K::Char('m'), N, Do::Merge, "slå ihop med", true),
    b(X::Sorting, K::Char('z'), N, Do::UndoLeave, "ångra undanlagt/sammanslaget", false),
    b(X::Sorting, K::Char('e'), N, Do::Export, "exportera sammanställningen", false),
    b(X::Sorting, K::Char('f'), N, Do::FeedbackExport, "återkoppling per RSS", false),
    b(X::Priority, K::Char('v'), N, Do::StartBallot, "ny/ändra valsedel", true),
    b(X::Priority, K::Char('a'), N, Do::Attendance, "närvaro", true),
    b(X::Priority, K::Char('i'), N, Do::ImportBallots, "importera valsedlar", false),
    b(X::Priority, K::Char('+'), N, Do::MorePicks, "fler val (N)", false),
    b(X::Priority, K::Char('-'), N, Do::FewerPicks, "färre val (N)", false),
    b(X::Priority, K::Char('g'), N, Do::JointRule, "regel för gemensam lista", false),
    b(X::Priority, K::Char('c'), N, Do::CloseStage, "stäng steget", true),
    b(X::Priority, K::Char('o'), N, Do::ReopenStage, "öppna steget igen", false),
    b(X::Priority, K::Char('p'), N, Do::TogglePerRep, "per representant", false),
    b(X::Priority, K::Char('f'), N, Do::Presentation, "presentation", true),
    b(X::Priority, K::Char('e'), N, Do::Export, "exportera", true),
    b(X::Priority, K::Char('l'), N, Do::ShowLog, "logg", false),
    b(X::Priority, K::Char('m'), N, Do::PhoneVoting, "röstning från mobil (start/stopp)", true),
    b(X::Priority, K::Char('k'), N, Do::ShowCode, "en persons kod (läses upp)", false),
    b(X::Priority, K::Char('K'), N, Do::NewCode, "ny kod för en person", false),
    b(X::Priority, K::Char('h'), N, Do::HeldBallot, "valsedel från mobil som väntar", false),
    b(X::ChooseRep, K::Enter, N, Do::Accept, "välj", true),
    b(X::ChooseRep, K::Up, N, Do::Up, "upp", false),
    b(X::ChooseRep, K::Down, N, Do::Down, "ned", false),
    b(X::ChooseRep, K::Esc, N, Do::Cancel, "avbryt", true),
    b(X::Ballot, K::Enter, N, Do::Accept, "spara valsedeln", true),
    b(X::Ballot, K::Char('s'), C, Do::Accept, "spara valsedeln", false),
    b(X::Ballot, K::Esc, N, Do::Cancel, "avbryt", true),
    b(X::Ballot, K::Tab, N, Do::Complete, "komplettera numret", true),
    b(X::Ballot, K::Up, N, Do::Up, "upp i listan", false),
    b(X::Ballot, K::Down, N, Do::Down, "ned i listan", false),
    b(X::Ballot, K::Up, C, Do::MoveItemUp, "flytta upp (rangordning)", false),
    b(X::Ballot, K::Down, C, Do::MoveItemDown, "flytta ned (rangordning)", false),
    b(X::Ballot, K::Up, A, Do::MoveItemUp, "flytta upp (rangordning)", false),
    b(X::Ballot, K::Down, A, Do::MoveItemDown, "flytta ned (rangordning)", false),
    b(X::Ballot, K::Char('<'), N, Do::MoveItemUp, "flytta upp (rangordning)", false),
    b(X::Ballot, K::Char('>'), N, Do::MoveItemDown, "flytta ned (rangordning)", false),
    b(X::Ballot, K::Char('d'), C, Do::Withdraw, "dra tillbaka valsedeln", false),
    b(X::Ballot, K::Char('u'), C, Do::ClearLine, "töm raden", false),
    b(X::Ballot, K::Char('w'), C, Do::ClearToken, "stryk senaste ordet", false),
    b(X::Ballot, K::Char('z'), C, Do::PutBack, "lägg tillbaka borttaget val", false),
    b(X::Attendance, K::Char(' '), N, Do::Toggle, "närvarande/frånvarande", true),
    b(X::Attendance, K::Enter, N, Do::Toggle, "närvarande/frånvarande", false),
    b(X::Attendance, K::Esc, N, Do::Cancel, "stäng", true),
    b(X::Attendance, K::Char('a'), N, Do::Cancel, "stäng", false),
    b(X::Log, K::Esc, N, Do::Cancel, "stäng loggen", true),
    b(X::Log, K::Char('l'), N, Do::Cancel, "stäng loggen", false),
    b(X::PerRep, K::Esc, N, Do::Cancel, "tillbaka till räkningen", true),
    b(X::PerRep, K::Char('p'), N, Do::Cancel, "tillbaka till räkningen", false),
    b(X::Presentation, K::Esc, N, Do::Cancel, "tillbaka", true),
    b(X::Presentation, K::Char('f'), N, Do::Cancel, "tillbaka", false),
    b(X::Presentation, K::Down, N, Do::Down, "nästa sida", false),
    b(X::Presentation, K::PageDown, N, Do::Down, "nästa sida", false),
    b(X::Presentation, K::Char(' '), N, Do::Down, "nästa sida", false),
    b(X::Presentation, K::Up, N, Do::Up, "föregående sida", false),
    b(X::Presentation, K::PageUp, N, Do::Up, "föregående sida", false),
    b(X::Presentation, K::Char('v'), N, Do::StartBallot, "valsedel (inte här)", false),
    b(X::Handover, K::Char('r'), N, Do::Receipt, "aktörs mottagande", true),
    b(X::Handover, K::Char('l'), N, Do::AssignActors, "lämnas till (aktörer)", true),
    b(X::Handover, K::Char('k'), N, Do::Coordination, "samordningsmöte", true),
    b(X::Handover, K::Char('e'), N, Do::Export, "exportera resultatet", true),
    b(X::Handover, K::Char('F'), N, Do::WriteForms, "svarsformulär till aktörerna", true),
    b(X::Handover, K::Char('i'), N, Do::ImportReturn, "läs in ifyllt formulär", true),
    b(X::Feedback, K::Char('t'), N, Do::TakenOn, "tas om hand", true),
    b(X::Feedback, K::Char('n'), N, Do::NotTaken, "tas inte om hand", true),
    b(X::Feedback, K::Char('p'), N, Do::AddProduced, "framtagen kunskap", true),
    b(X::Feedback, K::Char('/'), N, Do::StartFilter, "filtrera", false),
    b(X::Feedback, K::Esc, N, Do::ClearFilter, "rensa filter", false),
    b(X::Feedback, K::Char('s'), N, Do::CycleSort, "sortering", false),
    b(X::Feedback, K::Char('e'), N, Do::Export, "exportera återkopplingen", true),
    b(X::Feedback, K::Char('F'), N, Do::WriteForms, "återkopplingsformulär till aktörerna", false),
    b(X::Feedback, K::Char('i'), N, Do::ImportReturn, "läs in ifyllt formulär", false),
    b(X::Form, K::Tab, N, Do::NextField, "nästa fält", true),
    b(X::Form, K::BackTab, S, Do::PrevField, "föregående fält", true),
    b(X::Form, K::Char('s'), C, Do::SaveForm, "spara", true),
    b(X::Form, K::Esc, N, Do::CancelForm, "avbryt", true),
    b(X::Prompt, K::Enter, N, Do::Accept, "ok", true),
    b(X::Prompt, K::Esc, N, Do::Cancel, "avbryt", true),
    b(X::Register, K::Right, N, Do::NextTab, "nästa lista", false),
    b(X::Register, K::Tab, N, Do::NextTab, "nästa lista", true),
    b(X::Register, K::Left, N, Do::PrevTab, "föregående lista", false),
    b(X::Register, K::BackTab, S, Do::PrevTab, "föregående lista", false),
    b(X::Register, K::Char('n'), N, Do::NewPerson, "lägg till", true),
    b(X::Register, K::Char('r'), N, Do::RenamePerson, "byt namn", true),
    b(X::Register, K::Char('k'), N, Do::EditContact, "kontakt / e-post", true),
    b(X::Register, K::Char('s'), N, Do::Substitute, "ersättare", false),
    b(X::Register, K::Char(' '), N, Do::Toggle, "deltar / deltar inte", true),
    b(X::Register, K::Delete, N, Do::RemovePerson, "ta bort (tillagd av misstag)", false),
    b(X::Register, K::Esc, N, Do::Cancel, "stäng", true),
    b(X::Register, K::Char('R'), N, Do::Cancel, "stäng", false),
    b(X::Mailouts, K::Char('w'), N, Do::WriteDrafts, "skriv utkasten (.eml)", true),
    b(X::Mailouts, K::Char('s'), N, Do::MarkSent, "skickat i dag", true),
    b(X::Mailouts, K::Char('d'), N, Do::MarkSentOn, "skickat annan dag", true),
    b(X::Mailouts, K::Char('x'), N, Do::UnmarkSent, "inte skickat", false),
    b(X::Mailouts, K::Char('u'), N, Do::Undo, "ångra senaste ändring", false),
    b(X::Mailouts, K::Esc, N, Do::Cancel, "stäng", true),
    b(X::Mailouts, K::Char('U'), N, Do::Cancel, "stäng", false),
    b(X::Timeline, K::Char('s'), N, Do::MomentStart, "påbörjat (datum)", true),
    b(X::Timeline, K::Char('d'), N, Do::MomentDone, "klart (datum)", true),
    b(X::Timeline, K::Char('p'), N, Do::MomentPlan, "planerat datum", true),
    b(X::Timeline, K::Char('o'), N, Do::MomentReset, "ej påbörjat", false),
    b(X::Timeline, K::Esc, N, Do::Cancel, "stäng", true),
    b(X::Timeline, K::Char('T'), N, Do::Cancel, "stäng", false),
    b(X::Confirm, K::Char('j'), N, Do::Yes, "ja", true),
    b(X::Confirm, K::Char('y'), N, Do::Yes, "ja", false),
    b(X::Confirm, K::Enter, N, Do::Yes, "ja", false),
    b(X::Confirm, K::Char('g'), N, Do::JointRule, "byt regel (stänga valet)", false),
    b(X::Confirm, K::Char('u'), N, Do::UpdateInstead, "uppdatera befintliga (mallens dubbletter)", false),
    b(X::Confirm, K::Char('n'), N, Do::No, "nej", true),
    b(X::Confirm, K::Esc, N, Do::No, "nej", false),
    b(X::Unsaved, K::Char('s'), N, Do::SaveAs, "spara i en annan fil", true),
    b(X::Unsaved, K::Char('f'), N, Do::RetrySave, "försök spara igen", true),
    b(X::Unsaved, K::Char('k'), N, Do::LeaveUnsaved, "kasta ändringarna och lämna", true),
    b(X::Unsaved, K::Esc, N, Do::No, "stanna kvar", true),
    b(X::Help, K::Esc, N, Do::Cancel, "stäng hjälpen", true),
    b(X::Help, K::Char('?'), N, Do::Cancel, "stäng hjälpen", false),
    b(X::Help, K::Char('q'), N, Do::Cancel, "stäng hjälpen", false),
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

/// The contexts searched, most specific first: the focused component's,
/// then the global keys where they may act.
pub fn chain(contexts: &[Context]) -> Vec<Context> {
    let mut out: Vec<Context> = contexts.to_vec();
    if contexts.iter().all(|c| c.allows_global()) {
        out.push(Context::Global);
    }
    out
}

/// What a key means in these contexts (innermost first). Where text is
/// typed an unbound key is text; elsewhere it is nothing.
pub fn lookup(keymap: &[Binding], contexts: &[Context], key: KeyEvent) -> Option<Action> {
    for ctx in chain(contexts) {
        if let Some(bind) = keymap.iter().find(|b| b.context == ctx && matches(b, &key)) {
            return Some(bind.action);
        }
    }
    contexts
        .iter()
        .any(|c| c.takes_text())
        .then_some(Action::Input(key))
}

#[cfg(test)]
mod tests;
