//! Moments 1 and 2 in the update: the area vote and decision, the RSSs'
//! enrolment and dialogue dates; dots, the kick-off list, templates out and
//! a returned template in (report first, then a yes/no).

use std::path::PathBuf;

use super::action::Action;
use super::app::{App, Effect, Overlay, Question};
use super::prompt::{LinePrompt, PromptKind};
use crate::domain::people::Person;
use crate::meeting::moment2::PastGap;

/// The kick-off list while it is shown.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct KickOffState {
    pub gaps: Vec<PastGap>,
    pub scroll: usize,
    /// Search words typed with `/`.
    pub query: String,
    pub searching: bool,
}

impl KickOffState {
    /// The gaps matching every search word (title, round, number, feedback, produced).
    pub fn shown(&self) -> Vec<&PastGap> {
        use crate::domain::collate::contains_folded;
        self.gaps
            .iter()
            .filter(|g| {
                self.query.split_whitespace().all(|w| {
                    [&g.title, &g.round_area, &g.number, &g.feedback]
                        .iter()
                        .any(|f| contains_folded(f, w))
                        || g.produced.iter().any(|p| contains_folded(p, w))
                })
            })
            .collect()
    }
}

impl App {
    fn selected_rss_code(&self) -> Option<String> {
        let r = self.round()?;
        r.rss
            .get(self.selected[0].min(r.rss.len().saturating_sub(1)))
            .map(|x| x.code.clone())
    }

    /// Opens a one-line question, unless the round is read-only.
    pub(crate) fn ask(&mut self, kind: PromptKind) -> Vec<Effect> {
        if let Some(reason) = self.read_only_reason() {
            self.fail(format!("Omgången är skrivskyddad: {reason}"));
        } else {
            self.prompt = Some(LinePrompt::new(kind));
        }
        vec![]
    }

    /// A refusal goes to the status line; effects pass through.
    pub(crate) fn refuse_to_status(&mut self, r: Result<Vec<Effect>, String>) -> Vec<Effect> {
        r.unwrap_or_else(|e| {
            self.fail(e);
            vec![]
        })
    }

    /// Moment-1 keys.
    pub(crate) fn update_m1(&mut self, action: Action) -> Vec<Effect> {
        match action {
            Action::NewCandidate => self.ask(PromptKind::NewCandidate),
            Action::AreaVote => self.ask(PromptKind::AreaVote),
            Action::Decide => self.ask(PromptKind::Decision),
            Action::EditContact => self.ask(PromptKind::Contact),
            Action::AddDate => self.ask(PromptKind::DialogueDate),
            Action::ToggleApproval => {
                let on = !self.round().is_some_and(|r| r.area_choice.approval_voting);
                let r = self.change_round("Godkännanderöstning ändrad.", move |r, at| {
                    r.set_approval_voting(on, at)
                });
                self.refuse_to_status(r)
            }
            Action::Toggle => {
                let Some(code) = self.selected_rss_code() else {
                    return vec![];
                };
                let on = !self
                    .round()
                    .and_then(|r| r.rss_by_code(&code))
                    .is_some_and(|x| x.participates);
                let r = self.change_round(&format!("{code} ändrad."), move |r, at| {
                    r.set_participation(&code, on, at)
                });
                self.refuse_to_status(r)
            }
            Action::CycleDate => {
                let Some(code) = self.selected_rss_code() else {
                    return vec![];
                };
                let r = self.change_round(
                    &format!("Dialogdatum för {code} ändrat."),
                    move |r, at| r.cycle_dialogue_date(&code, at),
                );
                self.refuse_to_status(r)
            }
            Action::Export => vec![Effect::ExportCandidates],
            other => self.update_round_level(other),
        }
    }

    /// Moment-2 keys beyond the needs list's own.
    pub(crate) fn update_m2_extra(&mut self, action: Action) -> Vec<Effect> {
        match action {
            Action::MoreDots | Action::FewerDots => {
                let Some(n) = self.selected_need().cloned() else {
                    return vec![];
                };
                let dots = match (n.dots, action == Action::MoreDots) {
                    (d, true) => Some(d.unwrap_or(0) + 1),
                    (Some(0) | None, false) => None,
                    (Some(d), false) => Some(d - 1),
                };
                let r = self.change_round(&format!("Prickar för {}.", n.number), move |r, at| {
                    r.set_dots(&n.number, dots, at)
                });
                self.refuse_to_status(r)
            }
            Action::ParticipantDots => {
                if self.selected_need().is_none() {
                    self.fail("Markera ett behov hos den RSS vars prickar ska matas in.");
                    return vec![];
                }
                self.ask(PromptKind::ParticipantDots)
            }
            Action::DotView => {
                self.needs.dot_view = !self.needs.dot_view;
                vec![]
            }
            Action::KickOff => vec![Effect::LoadKickOff],
            Action::WriteTemplates => vec![Effect::WriteTemplates],
            Action::ImportNeeds => self.ask(PromptKind::ImportNeeds),
            other => self.update_round_level(other),
        }
    }

    /// The kick-off list's keys.
    pub(crate) fn update_kickoff(&mut self, action: Action) -> Vec<Effect> {
        let Some(k) = self.kickoff.as_mut() else {
            return vec![];
        };
        match action {
            Action::Cancel => {
                self.kickoff = None;
                vec![]
            }
            Action::Up => {
                k.scroll = k.scroll.saturating_sub(1);
                vec![]
            }
            Action::Down => {
                k.scroll = (k.scroll + 1).min(k.gaps.len().saturating_sub(1));
                vec![]
            }
            Action::Export => vec![Effect::ExportKickOff],
            Action::StartFilter => {
                k.searching = true;
                vec![]
            }
            Action::AcceptFilter => {
                k.searching = false;
                vec![]
            }
            Action::ClearFilter => {
                k.searching = false;
                k.query.clear();
                vec![]
            }
            Action::Input(key) => {
                match key.code {
                    crossterm::event::KeyCode::Char(c) => k.query.push(c),
                    crossterm::event::KeyCode::Backspace => {
                        k.query.pop();
                    }
                    _ => {}
                }
                k.scroll = 0;
                vec![]
            }
            Action::Quit | Action::ForceQuit => {
                self.quit = true;
                vec![]
            }
            _ => vec![],
        }
    }

    /// Answers to the one-line questions of moments 1 and 2.
    pub(crate) fn accept_other_prompt(
        &mut self,
        kind: PromptKind,
        text: &str,
    ) -> Result<Vec<Effect>, String> {
        let today = self.today();
        let text = text.to_string();
        match kind {
            PromptKind::NewCandidate => {
                let (name, desc) = text.split_once(':').unwrap_or((text.as_str(), ""));
                let (name, desc) = (name.to_string(), desc.to_string());
                self.change_round("Kandidatområde tillagt.", move |r, at| {
                    r.add_candidate(&name, &desc, at)
                })
            }
            PromptKind::AreaVote => {
                let (who, areas) = text
                    .split_once(':')
                    .ok_or("Skriv representant, kolon och område, t.ex. \"ann: skadl\".")?;
                let round = self.round().ok_or("Ingen omgång är öppen.")?;
                let name = crate::tui::app_m5::all_rep_matches(round, who)
                    .into_iter()
                    .next()
                    .ok_or(format!("Ingen representant matchar \"{}\".", who.trim()))?;
                let areas: Vec<String> = areas
                    .split(',')
                    .map(str::trim)
                    .filter(|a| !a.is_empty())
                    .map(String::from)
                    .collect();
                self.change_round(&format!("Röst för {name}."), move |r, at| {
                    r.cast_area_vote(&name, &areas, at)
                })
            }
            PromptKind::Decision => {
                let (area, note) = text.split_once(':').unwrap_or((text.as_str(), ""));
                let (area, note) = (area.trim().to_string(), note.to_string());
                self.change_round("Området beslutat.", move |r, at| {
                    r.decide_area(
                        Some(area.as_str()).filter(|a| !a.is_empty()),
                        today,
                        &note,
                        at,
                    )
                    .map(|_| ())
                })
            }
            PromptKind::Contact => {
                let code = self.selected_rss_code().ok_or("Markera en RSS i listan.")?;
                let person = if text.is_empty() {
                    None
                } else {
                    let (name, email) = text.split_once(',').unwrap_or((text.as_str(), ""));
                    Some(Person {
                        name: name.trim().into(),
                        email: email.trim().into(),
                        phone: String::new(),
                    })
                };
                self.change_round(&format!("Processledare för {code}."), move |r, at| {
                    r.set_contact(&code, person, at)
                })
            }
            PromptKind::DialogueDate => {
                let mut parts = text.split_whitespace();
                let date: jiff::civil::Date = parts.next().and_then(|d| d.parse().ok()).ok_or(
                    "Skriv datumet som ÅÅÅÅ-MM-DD följt av kapaciteten, t.ex. 2025-02-04 5.",
                )?;
                let capacity: u32 = parts
                    .next()
                    .and_then(|c| c.parse().ok())
                    .ok_or("Ange kapaciteten (antal RSS) efter datumet.")?;
                self.change_round("Dialogdatum tillagt.", move |r, at| {
                    r.add_dialogue_date(date, capacity, at)
                })
            }
            PromptKind::ParticipantDots => {
                let rss = self
                    .selected_need()
                    .map(|n| n.rss.clone())
                    .ok_or("Markera ett behov.")?;
                self.change_round("Prickar registrerade.", move |r, at| {
                    r.add_participant_dots(&rss, &text, at).map(|_| ())
                })
            }
            PromptKind::ImportNeeds => {
                let (code, path) = text
                    .split_once(char::is_whitespace)
                    .ok_or("Skriv RSS-koden och sedan filen, t.ex. GR ~/mall.xlsx.")?;
                let code = code.trim().to_uppercase();
                self.round()
                    .and_then(|r| r.rss_by_code(&code))
                    .ok_or(format!("RSS-koden {code} finns inte i omgången."))?;
                let path = super::app::expand_path(path.trim());
                // The file is read after the update; the question stays open until it is.
                Ok(vec![Effect::PlanImport(code, path)])
            }
            _ => Ok(vec![]),
        }
    }

    /// After the report: yes applies the planned import.
    pub(crate) fn apply_planned_import(&mut self) -> Vec<Effect> {
        let Some(plan) = self.pending_import.take() else {
            return vec![];
        };
        let what = format!("Mall för {} importerad.", plan.rss);
        let r = self.change_round(&what, move |r, at| {
            crate::exchange::needs_import::apply_import(r, &plan, at)
        });
        self.refuse_to_status(r)
    }

    /// Effects of moments 1 and 2 (file reads and writes).
    pub(crate) fn perform_m12(&mut self, effect: Effect) {
        if effect == Effect::ExportKickOff {
            // From a round: beside it; from the home screen: in the data folder.
            let dir = match &self.open {
                Some(open) => crate::exchange::export::export_dir(&open.path),
                None => self.folders.data.join("export"),
            };
            let Some(k) = &self.kickoff else { return };
            let shown: Vec<PastGap> = k.shown().into_iter().cloned().collect();
            let listing = crate::exchange::lists::kickoff(&shown);
            let r = crate::exchange::lists::write(&listing, &dir, "tidigare-kunskapsluckor");
            self.report_written(r);
            return;
        }
        let Some(open) = self.open.as_ref() else {
            return;
        };
        let export = crate::exchange::export::export_dir(&open.path);
        match effect {
            Effect::ExportCandidates => {
                let listing = crate::exchange::lists::candidates(&open.round);
                let r = crate::exchange::lists::write(&listing, &export, "kandidatomraden");
                self.report_written(r);
            }
            Effect::WriteTemplates => {
                let dir = export.join("mallar");
                let round = &open.round;
                let mut written = vec![];
                let result: Result<(), String> = (|| {
                    std::fs::create_dir_all(&dir).map_err(|e| format!("{}: {e}", dir.display()))?;
                    for rss in round.rss.iter().filter(|r| r.participates) {
                        let bytes =
                            crate::exchange::needs_template::needs_template(rss, &round.area)?;
                        let p = dir.join(format!("mall-{}.xlsx", rss.code));
                        crate::exchange::write_export(&p, bytes)?;
                        written.push(p);
                    }
                    Ok(())
                })();
                match result {
                    Ok(()) if written.is_empty() => {
                        self.fail("Ingen RSS deltar ännu; markera deltagande på moment 1.")
                    }
                    Ok(()) => self.note(format!(
                        "{} mallar skrivna i {}.",
                        written.len(),
                        dir.display()
                    )),
                    Err(e) => self.fail(format!("Mallarna kunde inte skrivas: {e}")),
                }
            }
            Effect::LoadKickOff => {
                // From a sample round the other samples count as earlier rounds.
                let in_samples = open.path.parent() == Some(self.folders.samples().as_path());
                let own = open.path.clone();
                let rounds = self.other_rounds(Some(&own), in_samples);
                let gaps = crate::meeting::moment2::past_gaps(&rounds);
                if gaps.is_empty() {
                    self.note(
                        "Inga tidigare omgångar med prioriterade kunskapsluckor i datamappen.",
                    );
                }
                self.kickoff = Some(KickOffState {
                    gaps,
                    scroll: 0,
                    query: String::new(),
                    searching: false,
                });
            }
            Effect::PlanImport(code, path) => {
                let planned =
                    crate::exchange::needs_import::read_needs_sheet(&path).and_then(|sheet| {
                        crate::exchange::needs_import::plan_import(&open.round, &code, &sheet)
                            .map_err(|problems| {
                                let list: Vec<String> =
                                    problems.iter().take(6).map(|p| p.to_string()).collect();
                                let more = problems.len().saturating_sub(6);
                                format!(
                                    "Filen vägrades, inget importerades: {}{}",
                                    list.join("; "),
                                    if more > 0 {
                                        format!(" (och {more} till; se lbk needs import --dry-run)")
                                    } else {
                                        String::new()
                                    }
                                )
                            })
                    });
                match planned {
                    Ok(plan) => {
                        self.prompt = None;
                        self.pending_import = Some(plan);
                        self.overlay = Overlay::Confirm(Question::ImportNeeds);
                    }
                    Err(e) => {
                        // What was typed stays, with the reason under it.
                        if let Some(p) = self.prompt.as_mut() {
                            p.error = Some(e);
                        } else {
                            self.fail(e);
                        }
                    }
                }
            }
            _ => {}
        }
    }

    /// The rounds in the data folder (but `except`), and with `samples` the
    /// built-in samples: their working copies where opened, else as shipped.
    pub(crate) fn other_rounds(
        &self,
        except: Option<&std::path::Path>,
        samples: bool,
    ) -> Vec<crate::domain::Round> {
        let mut rounds = vec![];
        for f in self
            .folders
            .round_files()
            .iter()
            .filter(|f| Some(f.as_path()) != except)
        {
            if let Ok((r, _)) = crate::store::load(f) {
                rounds.push(r);
            }
        }
        if samples {
            for s in crate::store::samples::SAMPLES.iter() {
                let copy = self.folders.samples().join(s.file_name);
                if Some(copy.as_path()) == except {
                    continue;
                }
                let r = crate::store::load(&copy).map(|(r, _)| r).or_else(|_| {
                    crate::store::parse_round(s.text.as_bytes(), std::path::Path::new(s.file_name))
                });
                if let Ok(r) = r {
                    rounds.push(r);
                }
            }
        }
        rounds
    }

    fn report_written(&mut self, r: Result<Vec<PathBuf>, String>) {
        match r {
            Ok(paths) => {
                let list: Vec<String> = paths.iter().map(|p| p.display().to_string()).collect();
                self.note(format!("Skrev {}", list.join(", ")));
            }
            Err(e) => self.fail(format!("Exporten misslyckades: {e}")),
        }
    }
}
