//! Moments 3 and 4 in the update: the dialogue session run live (responses,
//! questions, notes, next need one key away), the minutes, the RSSs'
//! verification, and the sorting into the final compilation.

use super::action::Action;
use super::app::{App, Effect};
use super::prompt::PromptKind;
use crate::domain::Moment;
use crate::meeting::moment34::{parse_response, parse_set_aside};

impl App {
    /// The session shown on the moment-3 screen.
    pub fn session_index(&self) -> usize {
        self.round().map_or(0, |r| {
            self.m3_session.min(r.dialogues.len().saturating_sub(1))
        })
    }

    /// The need under the cursor on the moment-3 screen.
    pub(crate) fn session_need(&self) -> Option<String> {
        let r = self.round()?;
        let agenda = r.agenda(self.session_index());
        agenda
            .get(self.selected[Moment::Dialog.index()].min(agenda.len().saturating_sub(1)))
            .map(|n| n.number.clone())
    }

    /// The need under the cursor on the moment-4 screen.
    pub(crate) fn sorting_need(&self) -> Option<crate::domain::Need> {
        let r = self.round()?;
        let list = sorting_list(r);
        list.get(self.selected[Moment::Verifiering.index()].min(list.len().saturating_sub(1)))
            .map(|i| r.needs[*i].clone())
    }

    fn ask_on(&mut self, need: Option<String>, kind: PromptKind) -> Vec<Effect> {
        if need.is_none() {
            self.fail("Inget behov markerat.");
            return vec![];
        }
        self.ask(kind)
    }

    pub(crate) fn update_m3(&mut self, action: Action) -> Vec<Effect> {
        let sessions = self.round().map_or(0, |r| r.dialogues.len());
        match action {
            Action::PrevSession | Action::NextSession => {
                let i = self.session_index();
                self.m3_session = if action == Action::NextSession {
                    (i + 1).min(sessions.saturating_sub(1))
                } else {
                    i.saturating_sub(1)
                };
                self.selected[Moment::Dialog.index()] = 0;
                vec![]
            }
            Action::Respond => self.ask_on(self.session_need(), PromptKind::Response),
            Action::AskQuestion => self.ask_on(self.session_need(), PromptKind::Question),
            Action::AddNote => self.ask_on(self.session_need(), PromptKind::Note),
            Action::SessionAttendance => self.ask_on(
                (sessions > 0).then(String::new),
                PromptKind::SessionAttendance,
            ),
            Action::NewSession => self.ask_on(Some(String::new()), PromptKind::NewSession),
            Action::SessionsFromDates => {
                let mut added = 0;
                let r = self.change_round("Dialogmöten skapade.", |r, at| {
                    added = r.sessions_from_dates(at);
                    Ok(())
                });
                let effects = self.refuse_to_status(r);
                if added == 0 {
                    self.fail("Inga nya möten: varje dialogdatum har redan ett möte (eller inga datum finns).");
                }
                effects
            }
            Action::WriteMinutes if sessions > 0 => {
                vec![Effect::WriteMinutes(self.session_index())]
            }
            Action::Export if sessions > 0 => vec![Effect::ExportAgenda(self.session_index())],
            Action::WriteMinutes | Action::Export => {
                self.fail(
                    "Inga dialogmöten ännu: s skapar dem från dialogdatumen, n lägger till ett.",
                );
                vec![]
            }
            other => self.update_round_level(other),
        }
    }

    pub(crate) fn update_m4(&mut self, action: Action) -> Vec<Effect> {
        let need = self.sorting_need();
        let number = need.as_ref().map(|n| n.number.clone());
        let today = self.today();
        match action {
            Action::ToggleGap => {
                let Some(n) = need else { return vec![] };
                let gap = n.status == crate::domain::NeedStatus::Kunskapslucka;
                let r = self.change_round(&format!("{} sorterat.", n.number), move |r, at| {
                    if gap {
                        r.unmark_gap(&n.number, at)
                    } else {
                        r.mark_gap(&n.number, at)
                    }
                });
                self.refuse_to_status(r)
            }
            Action::SetAside => self.ask_on(number, PromptKind::SetAside),
            Action::Merge => self.ask_on(number, PromptKind::MergeInto),
            Action::Correction => self.ask_on(number, PromptKind::Correction),
            Action::UndoLeave => {
                let Some(n) = number else { return vec![] };
                let r = self.change_round(&format!("{n} tillbaka på listan."), move |r, at| {
                    r.undo_leave(&n, at)
                });
                self.refuse_to_status(r)
            }
            Action::MinutesSent | Action::Verified => {
                let Some(code) = need.map(|n| n.rss) else {
                    return vec![];
                };
                let sent = action == Action::MinutesSent;
                let r = self.change_round(&format!("Verifiering för {code}."), move |r, at| {
                    if sent {
                        r.minutes_sent(&code, today, at)
                    } else {
                        r.verify_rss(&code, today, at).map(|_| ())
                    }
                });
                self.refuse_to_status(r)
            }
            Action::Export => vec![Effect::ExportCompilation],
            Action::FeedbackExport => vec![Effect::ExportRssFeedback],
            other => self.update_round_level(other),
        }
    }

    /// Answers to the one-line questions of moments 3 and 4.
    pub(crate) fn accept_m34_prompt(
        &mut self,
        kind: PromptKind,
        text: &str,
    ) -> Result<Vec<Effect>, String> {
        let session = self.session_index();
        let text = text.to_string();
        match kind {
            PromptKind::Response => {
                let need = self.session_need().ok_or("Inget behov markerat.")?;
                let (actor, response) = parse_response(&text)?;
                let effects = self.change_round(&format!("Svar om {need}."), move |r, at| {
                    r.record_response(session, &need, &actor, response, at)
                })?;
                // The next need is one key away; after a response, go there.
                self.selected[Moment::Dialog.index()] += 1;
                self.selected[Moment::Dialog.index()] = self.selected[Moment::Dialog.index()].min(
                    self.round()
                        .map_or(0, |r| r.agenda(session).len().saturating_sub(1)),
                );
                Ok(effects)
            }
            PromptKind::Question | PromptKind::Note => {
                let need = self.session_need().ok_or("Inget behov markerat.")?;
                let (actor, body) = text.split_once(':').ok_or(
                    "Skriv aktören, kolon och texten, t.ex. \"sos: gäller det även LSS?\".",
                )?;
                let (actor, body) = (actor.to_string(), body.to_string());
                let question = kind == PromptKind::Question;
                self.change_round(&format!("Text om {need}."), move |r, at| {
                    r.add_session_text(session, &need, &actor, &body, question, at)
                })
            }
            PromptKind::SessionAttendance => {
                let (actor, people) = text.split_once(':').unwrap_or((text.as_str(), ""));
                let people: Vec<String> = people
                    .split(',')
                    .map(str::trim)
                    .filter(|p| !p.is_empty())
                    .map(String::from)
                    .collect();
                let actor = actor.to_string();
                self.change_round("Närvaro vid dialogmöte.", move |r, at| {
                    r.set_attendance(session, &actor, &people, at)
                })
            }
            PromptKind::NewSession => {
                let mut parts = text.split_whitespace();
                let date = parts.next().unwrap_or("");
                let time = parts.next().unwrap_or("");
                let starts: jiff::civil::DateTime =
                    format!("{date}T{time}").parse().map_err(|_| {
                        "Skriv datum och tid som ÅÅÅÅ-MM-DD TT:MM följt av RSS-koderna.".to_string()
                    })?;
                let rss: Vec<String> = parts
                    .map(|p| p.trim_matches(',').to_uppercase())
                    .filter(|p| !p.is_empty())
                    .collect();
                if rss.is_empty() {
                    return Err("Ange minst en RSS-kod efter tiden.".into());
                }
                let mut index = 0;
                let effects = self.change_round("Dialogmöte tillagt.", |r, at| {
                    index = r.add_session(starts, &rss, at)?;
                    Ok(())
                })?;
                self.m3_session = index;
                Ok(effects)
            }
            PromptKind::SetAside => {
                let need = self
                    .sorting_need()
                    .map(|n| n.number)
                    .ok_or("Inget behov markerat.")?;
                let (reason, note) = parse_set_aside(&text)?;
                self.change_round(&format!("{need} undanlagt."), move |r, at| {
                    r.set_aside(&need, reason, &note, at)
                })
            }
            PromptKind::MergeInto => {
                let need = self
                    .sorting_need()
                    .map(|n| n.number)
                    .ok_or("Inget behov markerat.")?;
                let target = text.trim().to_string();
                let into = self
                    .round()
                    .and_then(|r| {
                        r.needs
                            .iter()
                            .find(|n| crate::domain::need::token_names(&n.number, &target))
                    })
                    .map(|n| n.number.clone())
                    .ok_or(format!("Behov {target} finns inte."))?;
                self.change_round(&format!("{need} sammanslaget med {into}."), move |r, at| {
                    r.merge_needs(&[need], &into, at)
                })
            }
            PromptKind::Correction => {
                let code = self
                    .sorting_need()
                    .map(|n| n.rss)
                    .ok_or("Inget behov markerat.")?;
                self.change_round(&format!("Rättelse från {code}."), move |r, at| {
                    r.add_correction(&code, &text, at)
                })
            }
            _ => Ok(vec![]),
        }
    }

    /// Effects of moments 3 and 4 (documents written).
    pub(crate) fn perform_m34(&mut self, effect: Effect) {
        use crate::exchange::{lists, minutes};
        let Some(open) = self.open.as_ref() else {
            return;
        };
        let dir = crate::exchange::export::export_dir(&open.path);
        let r = &open.round;
        let result: Result<Vec<std::path::PathBuf>, String> = match effect {
            Effect::ExportAgenda(i) => lists::write(
                &minutes::agenda(r, i),
                &dir,
                &format!(
                    "dagordning-{}",
                    r.dialogues[i].starts.strftime("%Y%m%d-%H%M")
                ),
            ),
            Effect::WriteMinutes(i) => {
                let stem = format!(
                    "minnesanteckningar-{}",
                    r.dialogues[i].starts.strftime("%Y%m%d-%H%M")
                );
                lists::write(&minutes::minutes_listing(r, i), &dir, &stem).and_then(|mut paths| {
                    // The Markdown of the list is replaced by the sectioned minutes; text beside it.
                    let md = dir.join(format!("{stem}.md"));
                    let txt = dir.join(format!("{stem}.txt"));
                    crate::exchange::write_export(&md, minutes::minutes_markdown(r, i))?;
                    crate::exchange::write_export(&txt, minutes::minutes_text(r, i))?;
                    paths.push(txt);
                    Ok(paths)
                })
            }
            Effect::ExportCompilation => lists::write(
                &minutes::final_compilation(r),
                &dir,
                "slutlig-sammanstallning",
            ),
            Effect::ExportRssFeedback => {
                let fb = dir.join("aterkoppling-rss");
                let mut all = vec![];
                let mut res = Ok(());
                for code in minutes::rss_with_needs(r) {
                    match lists::write(
                        &minutes::rss_feedback(r, &code),
                        &fb,
                        &format!("aterkoppling-{code}"),
                    ) {
                        Ok(p) => all.extend(p),
                        Err(e) => {
                            res = Err(e);
                            break;
                        }
                    }
                }
                res.map(|()| all)
            }
            _ => return,
        };
        match result {
            Ok(paths) if paths.len() > 3 => {
                let dir = paths
                    .first()
                    .and_then(|p| p.parent())
                    .map(|d| d.display().to_string())
                    .unwrap_or_default();
                self.note(format!("Skrev {} filer i {dir}.", paths.len()));
            }
            Ok(paths) => {
                let list: Vec<String> = paths.iter().map(|p| p.display().to_string()).collect();
                self.note(format!("Skrev {}", list.join(", ")));
            }
            Err(e) => self.fail(format!("Exporten misslyckades: {e}")),
        }
    }
}

/// The needs on the moment-4 screen, by number: indices into `round.needs`.
pub fn sorting_list(round: &crate::domain::Round) -> Vec<usize> {
    let mut idx: Vec<usize> = (0..round.needs.len()).collect();
    idx.sort_by(|a, b| {
        crate::domain::need::number_order(&round.needs[*a].number, &round.needs[*b].number)
    });
    idx
}
