//! The round's mail-outs (`U` from any moment): per moment what the model
//! sends to whom, and whether the secretariat has sent it. `w` writes the
//! drafts (.eml) into the round's export folder; lbk never sends them, so
//! `s` marks the selected one sent today, `d` on another day, `x` takes the
//! mark back. Opens on the shown moment's first mail-out.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Clear, Paragraph, Widget};

use crate::domain::{Moment, Round};
use crate::mailouts::due::{Due, addresses, due, recipients};
use crate::mailouts::mark::{already, mark_sent, refusal, unmarked, would_say};
use crate::tui::action::Action;
use crate::tui::ask::{Ask, RoundAsk};
use crate::tui::cx::{Cx, Flow};
use crate::tui::effects::Effect;
use crate::tui::view::View;
use crate::tui::widgets::{centered, safe};

pub struct MailoutsLayer {
    pub selected: usize,
}

impl MailoutsLayer {
    /// Opens on the first mail-out of moment `m` (or the nearest before it).
    pub fn new(r: Option<&Round>, m: Moment) -> MailoutsLayer {
        let list = r.map(due).unwrap_or_default();
        let selected = list
            .iter()
            .position(|d| d.moment >= m)
            .unwrap_or(list.len().saturating_sub(1));
        MailoutsLayer { selected }
    }

    pub fn update(&mut self, action: Action, cx: &mut Cx) -> Flow {
        let Some(r) = cx.round() else {
            return Flow::Close;
        };
        let list = due(r);
        if let Some(s) = crate::tui::widgets::moved(self.selected, action, list.len()) {
            self.selected = s;
            return Flow::Handled;
        }
        let Some(d) = list.get(self.selected).cloned() else {
            return Flow::Bubble;
        };
        match action {
            Action::Cancel => Flow::Close,
            Action::WriteDrafts => {
                cx.effect(Effect::WriteDrafts);
                Flow::Handled
            }
            Action::MarkSent => {
                let today = cx.today();
                if let Err(e) = mark(cx, &d, today) {
                    cx.fail(e);
                }
                Flow::Handled
            }
            Action::MarkSentOn if d.waits.is_none() => {
                // The line covers the list: the status line names the mail-out.
                cx.info(format!(
                    "Vilken dag skickades {} ({})?",
                    d.name,
                    recipients(&d)
                ));
                cx.ask(Ask::Round(RoundAsk::MailoutSentOn(self.selected)))
            }
            Action::UnmarkSent => {
                let said = unmarked(&d);
                let shown = cx.moment.take();
                cx.change(&said, |r, at| r.unmark_sent(&d.name, at));
                cx.moment = shown;
                Flow::Handled
            }
            Action::MarkSentOn => {
                cx.fail(waits(&d));
                Flow::Handled
            }
            _ => Flow::Bubble,
        }
    }

    pub fn render(&self, v: &View, area: Rect, buf: &mut Buffer) {
        render(v, self.selected, area, buf)
    }
}

fn waits(d: &Due) -> String {
    refusal(d).unwrap_or_default()
}

/// Marks a mail-out sent on `date`, to whom its draft is addressed. The
/// mail-out list is no moment's screen, so it starts none. A refusal comes
/// back for the caller to show (under the date line, or on the status line).
pub fn mark(cx: &mut Cx, d: &Due, date: jiff::civil::Date) -> Result<(), String> {
    if let Some(why) = refusal(d) {
        return Err(why);
    }
    let Some(said) = cx.round().and_then(|r| would_say(r, d, date)) else {
        cx.info(already(d, date));
        return Ok(());
    };
    let today = cx.today();
    let shown = cx.moment.take();
    // The change is the shared rule's own; `said` is what it will say.
    let done = cx.try_change(&said, |r, at| {
        mark_sent(r, d, (date, today), at).map(|_| ())
    });
    cx.moment = shown;
    done
}

fn render(v: &View, selected: usize, area: Rect, buf: &mut Buffer) {
    let t = v.theme;
    let Some(r) = v.round else { return };
    let list = due(r);
    let popup = centered(area, area.width.saturating_sub(2), area.height);
    Clear.render(popup, buf);
    let block = Block::default()
        .borders(Borders::ALL)
        .title(" Utskick: w utkast · s skickat i dag · d annan dag · x ej skickat · u ångra ")
        .border_style(t.accent())
        .style(t.base());
    let inner = block.inner(popup);
    block.render(popup, buf);
    // Two lines at the foot: the selected one's recipients.
    let rows = (inner.height as usize).saturating_sub(3);
    // The selected one stays near the top, so a moment's mail-outs show
    // below their first.
    let start = selected
        .saturating_sub(2)
        .min(list.len().saturating_sub(rows));
    let mut lines = vec![];
    for (i, d) in list.iter().enumerate().skip(start).take(rows) {
        let state = match (&d.waits, r.sent_record(&d.name)) {
            (_, Some(s)) => format!("✓ skickat {}", s.date),
            (Some(_), None) => "väntar".to_string(),
            (None, None) => "inte skickat".to_string(),
        };
        let style = if i == selected {
            t.selected()
        } else if d.waits.is_some() {
            t.muted()
        } else {
            t.base()
        };
        let w = (inner.width as usize).saturating_sub(24);
        let full = safe(&d.what);
        let room = w.saturating_sub(2);
        let what: String = if full.chars().count() > room {
            let cut: String = full.chars().take(room.saturating_sub(1)).collect();
            format!("{cut}…")
        } else {
            full.to_string()
        };
        lines.push(Line::from(vec![
            Span::styled(format!("{} ", d.moment.number()), style),
            Span::styled(format!("{what:<w$}"), style),
            Span::styled(format!(" {state:>20}"), style),
        ]));
    }
    lines.push(Line::default());
    if let Some(d) = list.get(selected) {
        let foot = match &d.waits {
            Some(why) => format!("Väntar: {why}."),
            None if !d.addressed() => format!(
                "Skrivs inte: ingen mottagare har e-postadress. Saknas: {}.",
                d.missing.join("; ")
            ),
            None => {
                let mut to = addresses(&d.to).join(", ");
                if !d.bcc.is_empty() {
                    to.push_str(&format!(
                        " · för kännedom (dold kopia): {}",
                        addresses(&d.bcc).join(", ")
                    ));
                }
                let mut foot = format!("{} → {to}", d.name);
                if !d.missing.is_empty() {
                    foot.push_str(&format!(" · Saknas: {}.", d.missing.join("; ")));
                }
                foot
            }
        };
        let w = inner.width as usize;
        let foot: String = safe(&foot).chars().take(w * 2).collect();
        lines.push(Line::styled(foot, t.muted()));
    }
    Paragraph::new(lines)
        .wrap(ratatui::widgets::Wrap { trim: false })
        .render(inner, buf);
}
