//! A returned form on its way in, on the moment's screen: `i` asks for the
//! file; it is checked against the round with the same plan as
//! `lbk import`; what it cannot settle is asked ("Läsa in ändå?"), then the
//! report is shown and only "j" writes. A refusal lists every wrong cell
//! with its row and column, and nothing changes.

use crate::imports::returns::plan::{ReturnPlan, plan_return};
use crate::imports::returns::{ReturnAnswers, ReturnSheet};
use crate::tui::ask::{Ask, Reply, ReturnAsk};
use crate::tui::cx::Cx;

/// The form read, the answers given so far, and the checked plan.
#[derive(Debug, Default)]
pub struct PendingReturn {
    sheet: Option<(ReturnSheet, String)>,
    answers: ReturnAnswers,
    plan: Option<ReturnPlan>,
}

impl PendingReturn {
    /// A form was read from `from` (its file name): check it.
    pub fn read(&mut self, sheet: ReturnSheet, from: String, cx: &mut Cx) {
        *self = PendingReturn {
            sheet: Some((sheet, from)),
            ..Default::default()
        };
        self.next(cx);
    }

    fn next(&mut self, cx: &mut Cx) {
        let (Some(round), Some((sheet, from))) = (cx.round(), self.sheet.as_ref()) else {
            return;
        };
        let now = cx.now();
        match plan_return(round, sheet, from, None, self.answers, now) {
            Ok(p) if p.changes() == 0 => {
                let said = p.report(round).join("\n");
                *self = PendingReturn::default();
                cx.info(format!("{said} Inget att ändra."));
            }
            Ok(p) => {
                let text = format!(
                    "Från {}:\n{}\n\nLäsa in? Inget skrivs förrän du svarar j.",
                    crate::tui::widgets::safe(from),
                    p.report(round).join("\n")
                );
                self.plan = Some(p);
                cx.confirm(Ask::Return(ReturnAsk::Confirm), text);
            }
            Err(r) if r.only_questions() => {
                let text = format!(
                    "{}\n\nLäsa in {} ändå? (n avbryter; inget har ändrats)",
                    r.lines().join("\n"),
                    crate::tui::widgets::safe(from)
                );
                cx.confirm(Ask::Return(ReturnAsk::Asks), text);
            }
            Err(r) => {
                let lines = r.lines();
                let shown: Vec<&str> = lines.iter().take(12).map(String::as_str).collect();
                let more = lines.len().saturating_sub(shown.len());
                let text = format!(
                    "{} lästes inte in (bladet {}); inget har ändrats:\n{}{}\n\nRätta filen och läs in den igen (n stänger).",
                    crate::tui::widgets::safe(from),
                    crate::tui::widgets::safe(&sheet.sheet),
                    shown.join("\n"),
                    if more > 0 {
                        format!("\n… och {more} till")
                    } else {
                        String::new()
                    }
                );
                *self = PendingReturn::default();
                cx.confirm(Ask::Return(ReturnAsk::Refused), text);
            }
        }
    }

    /// The answer to one of its questions: the file's path, "read anyway?",
    /// the report, or the refusal seen.
    pub fn answer(&mut self, ask: ReturnAsk, reply: Reply, cx: &mut Cx) -> Result<(), String> {
        match ask {
            ReturnAsk::ImportFile => {
                if reply.text().trim().is_empty() {
                    return Err("Skriv filens sökväg, eller Esc.".into());
                }
                let path = crate::tui::typed_path::expand_path(reply.text());
                // The file is read after the update; the line stays open until it is.
                cx.out.keep_prompt = true;
                cx.effect(crate::tui::effects::Effect::ReadReturn(path));
                Ok(())
            }
            ReturnAsk::Asks => self.asked(reply, cx),
            ReturnAsk::Confirm => self.confirm(reply, cx),
            ReturnAsk::Refused => Ok(()),
        }
    }

    /// "Läsa in ändå?": yes answers every question the file raised.
    fn asked(&mut self, reply: Reply, cx: &mut Cx) -> Result<(), String> {
        if reply != Reply::Yes {
            *self = PendingReturn::default();
            cx.info("Avbrutet: inget lästes in.");
            return Ok(());
        }
        self.answers = ReturnAnswers {
            other_party: true,
            other_round: true,
            newer: true,
        };
        self.next(cx);
        Ok(())
    }

    /// The answer to the report: write, or leave everything as it was.
    fn confirm(&mut self, reply: Reply, cx: &mut Cx) -> Result<(), String> {
        let pending = std::mem::take(self);
        let Some(plan) = pending.plan else {
            return Ok(());
        };
        if reply != Reply::Yes {
            cx.info("Avbrutet: inget lästes in.");
            return Ok(());
        }
        let what = format!("{} svar inlästa.", plan.changes());
        cx.try_change(&what, move |r, at| plan.apply(r, at))
    }
}
