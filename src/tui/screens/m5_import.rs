//! Ballots from other channels during the meeting, on moment 5: `i` asks
//! for a file (a form export, lbk's sheet, a saved chat), or a chat or a
//! copied table is pasted straight onto the screen. A name no one has is
//! asked once (and remembered as an alias); then the dry-run report is
//! shown, and only "j" writes. A refusal says every row that is wrong, and
//! nothing changes.

use crate::imports::ballots::{ImportPlan, Source, apply, plan, read_text};
use crate::tui::ask::{Ask, PriorityAsk, Reply};
use crate::tui::cx::Cx;

/// An import on its way: what was read, the names answered so far, and
/// the checked plan once there is one.
#[derive(Debug, Default)]
pub struct PendingImport {
    source: Option<(Source, String)>,
    known: Vec<(String, String)>,
    /// The name being asked about.
    asking: Option<String>,
    plan: Option<ImportPlan>,
}

impl PendingImport {
    /// Ballots were read (from a file or a paste): check them.
    pub fn read(&mut self, source: Source, from: String, cx: &mut Cx) {
        *self = PendingImport {
            source: Some((source, from)),
            ..Default::default()
        };
        self.next(cx);
    }

    /// Pasted text on moment 5: a chat or a copied table.
    pub fn paste(&mut self, text: &str, cx: &mut Cx) {
        self.read(read_text(text), "inklistrad text".into(), cx);
    }

    /// Plans again with what is known: ask the next unknown name, show the
    /// refusal, or show the report and ask before writing.
    fn next(&mut self, cx: &mut Cx) {
        let (Some(round), Some((source, from))) = (cx.round(), self.source.as_ref()) else {
            return;
        };
        if source.incoming.is_empty() && source.problems.is_empty() {
            cx.fail(format!(
                "Inga valsedlar i {from}: ingen rad som \"Namn: gr1 hal2\" eller \"Anna Lindqvist 10:32\" följd av nummer."
            ));
            *self = PendingImport::default();
            return;
        }
        let stage = round.prioritization.stage();
        match plan(round, stage, source, &self.known) {
            Ok(p) => {
                let text = format!(
                    "Från {from}: {}\n\nImportera? Inget skrivs förrän du svarar j.",
                    p.report()
                );
                self.plan = Some(p);
                cx.confirm(Ask::M5(PriorityAsk::ConfirmBallots), text);
            }
            Err(refusal) if refusal.problems.is_empty() && !refusal.unknown.is_empty() => {
                let (row, _, name) = refusal.unknown[0].clone();
                self.asking = Some(name.clone());
                cx.ask(Ask::M5(PriorityAsk::WhoIs(format!(
                    "Vem är \"{name}\" (rad {row} i {from})? Skriv början av namnet i registret; tomt avbryter:"
                ))));
            }
            Err(refusal) => {
                let lines = refusal.lines();
                let shown: Vec<&str> = lines.iter().take(12).map(String::as_str).collect();
                let more = lines.len().saturating_sub(shown.len());
                let text = format!(
                    "{from} importerades inte; inget har ändrats:\n{}{}\n\nRätta filen och importera igen (n stänger).",
                    shown.join("\n"),
                    if more > 0 {
                        format!("\n… och {more} till")
                    } else {
                        String::new()
                    }
                );
                *self = PendingImport::default();
                cx.confirm(Ask::M5(PriorityAsk::ImportRefused), text);
            }
        }
    }

    /// The answer to "Vem är …?": the person in the register, or cancel.
    pub fn who_is(&mut self, reply: &Reply, cx: &mut Cx) -> Result<(), String> {
        let typed = reply.text().trim().to_string();
        let Some(written) = self.asking.take() else {
            return Ok(());
        };
        if typed.is_empty() {
            *self = PendingImport::default();
            cx.info("Avbrutet: inget importerades.");
            return Ok(());
        }
        let round = cx.round().ok_or("Ingen omgång är öppen.")?;
        let person = match round.person_typed(&typed) {
            Ok(p) => p,
            Err(fits) => {
                self.asking = Some(written);
                return Err(match fits.as_slice() {
                    [] => format!(
                        "{} finns inte i registret; skriv början av för- eller efternamnet.",
                        crate::tui::widgets::safe(&typed)
                    ),
                    many => format!("Flera passar: {}. Skriv mer av namnet.", many.join(", ")),
                });
            }
        };
        self.known.push((written, person));
        self.next(cx);
        Ok(())
    }

    /// The answer to the report: write, or leave everything as it was.
    pub fn confirm(&mut self, reply: Reply, cx: &mut Cx) -> Result<(), String> {
        let pending = std::mem::take(self);
        let (Some(plan), Some((_, from))) = (pending.plan, pending.source) else {
            return Ok(());
        };
        if reply != Reply::Yes {
            cx.info("Avbrutet: inget importerades.");
            return Ok(());
        }
        let what = format!("{} valsedlar importerade från {from}.", plan.ballots.len());
        cx.try_change(&what, move |r, at| apply(r, &plan, at))
    }
}
