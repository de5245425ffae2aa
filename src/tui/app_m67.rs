//! Moments 6 and 7 in the update, and what spans rounds: receipts and the
//! actors' coordination, feedback per need with a sortable, filterable
//! progress view, the history of every round's gaps, and a round's timeline.

use super::action::Action;
use super::app::{App, Effect};
use super::app_m12::KickOffState;
use super::prompt::PromptKind;
use crate::domain::Round;
use crate::domain::collate::contains_folded;
use crate::domain::followup::{Outcome, Produced};
use crate::meeting::moment67::{parse_state, prioritised};
use crate::tally::number_order;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum ProgressSort {
    #[default]
    Place,
    State,
    Number,
}

impl ProgressSort {
    pub fn next(self) -> ProgressSort {
        match self {
            ProgressSort::Place => ProgressSort::State,
            ProgressSort::State => ProgressSort::Number,
            ProgressSort::Number => ProgressSort::Place,
        }
    }
    pub fn label(self) -> &'static str {
        match self {
            ProgressSort::Place => "plats",
            ProgressSort::State => "läge",
            ProgressSort::Number => "nummer",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct ProgressState {
    pub filter: String,
    pub filtering: bool,
    pub sort: ProgressSort,
}

/// One line of the moment-7 progress view.
#[derive(Debug, Clone, PartialEq)]
pub struct ProgressRow {
    pub place: String,
    pub place_no: usize,
    pub number: String,
    pub title: String,
    pub state: String,
    /// 0 no answer, 1 not taken on, 2 taken on, 3 knowledge produced.
    pub rank: u8,
    pub produced: usize,
}

/// The prioritised needs with their feedback, filtered and sorted.
pub fn progress_rows(round: &Round, filter: &str, sort: ProgressSort) -> Vec<ProgressRow> {
    let mut rows: Vec<ProgressRow> = prioritised(round)
        .iter()
        .map(|r| {
            let fb = round.feedback.iter().find(|f| f.need == r.number);
            let outcome = fb.map(|f| f.outcome.clone()).unwrap_or_default();
            let produced = fb.map_or(0, |f| f.produced.len());
            let rank = match (&outcome, produced) {
                (Outcome::Obesvarat, _) => 0,
                (Outcome::TasInte { .. }, _) => 1,
                (Outcome::Tas { .. }, 0) => 2,
                (Outcome::Tas { .. }, _) => 3,
            };
            ProgressRow {
                place: crate::tally::place_label(r.place),
                place_no: r.place.place,
                number: r.number.clone(),
                title: round
                    .need(&r.number)
                    .map(|n| n.title.clone())
                    .unwrap_or_default(),
                state: outcome.text(),
                rank,
                produced,
            }
        })
        .filter(|row| {
            filter.split_whitespace().all(|w| {
                [&row.number, &row.title, &row.state]
                    .iter()
                    .any(|f| contains_folded(f, w))
            })
        })
        .collect();
    match sort {
        ProgressSort::Place => rows.sort_by(|a, b| {
            a.place_no
                .cmp(&b.place_no)
                .then_with(|| number_order(&a.number, &b.number))
        }),
        ProgressSort::State => {
            rows.sort_by(|a, b| a.rank.cmp(&b.rank).then(a.place_no.cmp(&b.place_no)))
        }
        ProgressSort::Number => rows.sort_by(|a, b| number_order(&a.number, &b.number)),
    }
    rows
}

impl App {
    /// The prioritised need under the cursor on the moment-6 or -7 screen.
    pub(crate) fn followup_need(&self, moment: crate::domain::Moment) -> Option<String> {
        let r = self.round()?;
        let sel = self.selected[moment.index()];
        if moment == crate::domain::Moment::Aterkoppling {
            let rows = progress_rows(r, &self.progress.filter, self.progress.sort);
            rows.get(sel.min(rows.len().saturating_sub(1)))
                .map(|x| x.number.clone())
        } else {
            let rows = prioritised(r);
            rows.get(sel.min(rows.len().saturating_sub(1)))
                .map(|x| x.number.clone())
        }
    }

    fn ask_about(&mut self, moment: crate::domain::Moment, kind: PromptKind) -> Vec<Effect> {
        if self.followup_need(moment).is_none() && kind != PromptKind::Coordination {
            self.fail("Inga prioriterade behov ännu: rangordningen i moment 5 ger listan.");
            return vec![];
        }
        self.ask(kind)
    }

    pub(crate) fn update_m6(&mut self, action: Action) -> Vec<Effect> {
        use crate::domain::Moment::Mottagande as M6;
        match action {
            Action::Receipt => self.ask_about(M6, PromptKind::Receipt),
            Action::Coordination => self.ask_about(M6, PromptKind::Coordination),
            Action::Export => vec![Effect::ExportHandover],
            other => self.update_round_level(other),
        }
    }

    pub(crate) fn update_m7(&mut self, action: Action) -> Vec<Effect> {
        use crate::domain::Moment::Aterkoppling as M7;
        match action {
            Action::TakenOn => self.ask_about(M7, PromptKind::TakenOn),
            Action::NotTaken => self.ask_about(M7, PromptKind::NotTaken),
            Action::AddProduced => self.ask_about(M7, PromptKind::Produced),
            Action::CycleSort => {
                self.progress.sort = self.progress.sort.next();
                self.note(format!("Sorterat efter {}.", self.progress.sort.label()));
                vec![]
            }
            Action::StartFilter => {
                self.progress.filtering = true;
                vec![]
            }
            Action::Export => vec![Effect::ExportFeedback],
            other => self.update_round_level(other),
        }
    }

    pub(crate) fn accept_m67_prompt(
        &mut self,
        kind: PromptKind,
        text: &str,
    ) -> Result<Vec<Effect>, String> {
        use crate::domain::Moment::{Aterkoppling as M7, Mottagande as M6};
        let today = self.today();
        let text = text.to_string();
        match kind {
            PromptKind::Receipt => {
                let need = self.followup_need(M6).ok_or("Inget behov markerat.")?;
                let (head, decision) = text
                    .split_once('|')
                    .map(|(a, b)| (a.trim(), b.trim()))
                    .unwrap_or((text.trim(), ""));
                let (actor, state) = head
                    .split_once(char::is_whitespace)
                    .ok_or("Skriv aktören och läget, t.ex. \"SoS mottagen\".")?;
                let state =
                    parse_state(state).ok_or("Läget är mottagen, beredning eller beslutad.")?;
                let (actor, decision) = (actor.to_string(), decision.to_string());
                self.change_round(&format!("Mottagande av {need}."), move |r, at| {
                    r.set_receipt(&need, &actor, state, &decision, today, at)
                })
            }
            PromptKind::Coordination => {
                let (date, notes) = text
                    .split_once(':')
                    .ok_or("Skriv datum, kolon och vad som bestämdes.")?;
                let date: jiff::civil::Date = date
                    .trim()
                    .parse()
                    .map_err(|_| "Datumet skrivs ÅÅÅÅ-MM-DD.".to_string())?;
                let notes = notes.to_string();
                self.change_round("Samordningsmöte antecknat.", move |r, at| {
                    r.add_coordination(date, &notes, at)
                })
            }
            PromptKind::TakenOn => {
                let need = self.followup_need(M7).ok_or("Inget behov markerat.")?;
                let (actors, rest) = text
                    .split_once(':')
                    .ok_or("Skriv aktörer, kolon, hur | när.")?;
                let (how, when) = rest
                    .split_once('|')
                    .map(|(a, b)| (a.trim(), b.trim()))
                    .unwrap_or((rest.trim(), ""));
                let outcome = Outcome::Tas {
                    actors: actors
                        .split(',')
                        .map(str::trim)
                        .filter(|a| !a.is_empty())
                        .map(String::from)
                        .collect(),
                    how: how.into(),
                    when: when.into(),
                };
                self.change_round(&format!("Återkoppling för {need}."), move |r, at| {
                    r.set_outcome(&need, outcome, at)
                })
            }
            PromptKind::NotTaken => {
                let need = self.followup_need(M7).ok_or("Inget behov markerat.")?;
                let outcome = Outcome::TasInte {
                    why: text.trim().into(),
                };
                self.change_round(&format!("Återkoppling för {need}."), move |r, at| {
                    r.set_outcome(&need, outcome, at)
                })
            }
            PromptKind::Produced => {
                let need = self.followup_need(M7).ok_or("Inget behov markerat.")?;
                let mut parts = text.split('|').map(str::trim);
                let title = parts.next().unwrap_or("").to_string();
                let link = parts.next().unwrap_or("").to_string();
                let published = match parts.next().filter(|d| !d.is_empty()) {
                    Some(d) => Some(
                        d.parse::<jiff::civil::Date>()
                            .map_err(|_| format!("\"{d}\" är inget datum (ÅÅÅÅ-MM-DD)."))?,
                    ),
                    None => None,
                };
                let p = Produced {
                    title,
                    link,
                    published,
                };
                self.change_round(&format!("Framtagen kunskap för {need}."), move |r, at| {
                    r.add_produced(&need, p, at)
                })
            }
            _ => Ok(vec![]),
        }
    }

    /// Effects of moments 6 and 7 and the history.
    pub(crate) fn perform_m67(&mut self, effect: Effect) {
        use crate::exchange::{lists, reports};
        match effect {
            Effect::LoadHistory => {
                let rounds = self.other_rounds(None, true);
                let gaps = crate::meeting::moment2::past_gaps(&rounds);
                self.kickoff = Some(KickOffState {
                    gaps,
                    scroll: 0,
                    query: String::new(),
                    searching: false,
                });
            }
            Effect::ExportHandover | Effect::ExportFeedback => {
                let Some(open) = self.open.as_ref() else {
                    return;
                };
                let dir = crate::exchange::export::export_dir(&open.path);
                let r = &open.round;
                let result: Result<Vec<std::path::PathBuf>, String> = if effect
                    == Effect::ExportHandover
                {
                    lists::write(&reports::handover(r), &dir, "prioriterade-behov").and_then(|p| {
                        let md = dir.join("prioriterade-behov.md");
                        crate::exchange::write_export(&md, reports::handover_markdown(r))?;
                        Ok(p)
                    })
                } else {
                    lists::write(&reports::feedback_listing(r), &dir, "aterkoppling").and_then(
                        |mut p| {
                            let md = dir.join("aterkoppling.md");
                            crate::exchange::write_export(&md, reports::feedback_markdown(r))?;
                            let per = dir.join("aterkoppling-per-rss");
                            std::fs::create_dir_all(&per)
                                .map_err(|e| format!("{}: {e}", per.display()))?;
                            for code in crate::exchange::minutes::rss_with_needs(r) {
                                let f = per.join(format!("vad-blev-det-av-{code}.md"));
                                crate::exchange::write_export(
                                    &f,
                                    reports::rss_outcome_markdown(r, &code),
                                )?;
                                p.push(f);
                            }
                            Ok(p)
                        },
                    )
                };
                match result {
                    Ok(paths) => {
                        self.note(format!("Skrev {} filer i {}.", paths.len(), dir.display()))
                    }
                    Err(e) => self.fail(format!("Exporten misslyckades: {e}")),
                }
            }
            _ => {}
        }
    }
}
