//! What the effects came to, taken into the app: the status line, an opened
//! round, the home list, a planned import, a file that changed on disk, a
//! round taken over, a theme.

use super::app::App;
use super::cx::{Outbox, Status, StatusKind};
use super::dispatch::cx;
use super::effects::{Effect, Outcome};
use super::layers::Layer;
use super::screens::ScreenId;
use crate::store::open::Followed;

impl App {
    pub(crate) fn say(&mut self, kind: StatusKind, text: impl Into<String>) {
        self.status = Some(Status {
            kind,
            text: text.into(),
        });
    }

    /// Takes an effect's outcome in; returns any further effects.
    pub(crate) fn absorb(&mut self, outcome: Outcome) -> Vec<Effect> {
        match outcome {
            Outcome::Nothing => {}
            Outcome::Said(Ok(t)) => self.say(StatusKind::Info, t),
            Outcome::Said(Err(t)) => self.say(StatusKind::Error, t),
            Outcome::Saved(Ok(t)) => {
                self.save_failure = None;
                self.say(StatusKind::Info, t);
            }
            Outcome::Saved(Err(f)) => {
                let then = if f.retried {
                    "Allt finns kvar i minnet; lbk försöker spara igen vid nästa ändring. S sparar i en annan fil."
                } else {
                    "Allt finns kvar i minnet men kan inte sparas i den filen: tryck S och spara i en annan fil."
                };
                self.say(StatusKind::Error, format!("{} {then}", f.message));
                self.save_failure = Some(f.message);
            }
            Outcome::Opened(open, note) => {
                self.show_round(*open);
                if let (None, Some(n)) = (&self.status, note) {
                    self.say(StatusKind::Info, n);
                }
            }
            Outcome::Home(entries) => self.screens.home.set_entries(entries),
            Outcome::Gaps(gaps) => {
                if gaps.is_empty() && self.screen != ScreenId::Home {
                    self.say(
                        StatusKind::Info,
                        "Inga tidigare omgångar med prioriterade kunskapsluckor i datamappen.",
                    );
                }
                self.layers
                    .push(Layer::History(super::layers::history::HistoryLayer::new(
                        gaps,
                    )));
            }
            Outcome::ImportPlanned(planned) => return self.import_planned(planned),
            Outcome::BallotsRead(read, from) => return self.ballots_read(read, from),
            Outcome::ReturnRead(read, from) => return self.return_read(read, from),
            Outcome::PhonesStarted(p) => return self.phones_started(*p),
            Outcome::PhonesStop => self.stop_phones("Röstningen från mobil är stoppad."),
            Outcome::ImportAsks(code, path, questions, duplicates) => {
                if matches!(self.layers.last(), Some(Layer::Prompt(_))) {
                    self.layers.pop();
                }
                let mut out = Outbox::default();
                self.screens.m2.import_asks(
                    code,
                    path,
                    questions,
                    duplicates,
                    &mut cx!(self, &mut out),
                );
                return self.apply(out);
            }
            Outcome::Followed(Ok(Followed::Unchanged)) => {}
            Outcome::Followed(Ok(Followed::Reloaded)) => {
                self.session.touched();
                let revision = self.session.round().map_or(0, |r| r.revision);
                self.say(
                    StatusKind::Info,
                    format!(
                        "Omgången lästes in på nytt: den har sparats i den andra lbk (revision {revision})."
                    ),
                );
            }
            Outcome::Followed(Ok(Followed::WriterLeft)) => self.say(
                StatusKind::Info,
                "Den andra lbk har stängt omgången. Tryck W för att ta över och ändra.",
            ),
            Outcome::Followed(Err(e)) => self.say(
                StatusKind::Error,
                format!("Omgången kunde inte läsas in på nytt: {e}"),
            ),
            Outcome::TookOver(Ok(())) => {
                self.session.forget_undo();
                self.say(
                    StatusKind::Info,
                    "Omgången är övertagen: dina ändringar sparas nu i filen.",
                );
            }
            Outcome::TookOver(Err(e)) => self.say(
                StatusKind::Error,
                format!("Omgången kunde inte tas över: {e}"),
            ),
            Outcome::Theme(theme, name, msg) => {
                self.theme = *theme;
                match msg {
                    Some(m) => self.say(StatusKind::Error, m),
                    None => self.say(StatusKind::Info, format!("Tema: {name}")),
                }
                self.settings.theme = Some(name);
                return vec![Effect::SaveSettings(self.settings.clone())];
            }
        }
        vec![]
    }

    /// A returned template was read: its line closes and the report is
    /// asked about; a refused file keeps the line open with the reason.
    fn import_planned(
        &mut self,
        planned: Result<Box<crate::imports::needs::ImportPlan>, String>,
    ) -> Vec<Effect> {
        let prompt_open = matches!(self.layers.last(), Some(Layer::Prompt(_)));
        match planned {
            Ok(plan) => {
                if prompt_open {
                    self.layers.pop();
                }
                let mut out = Outbox::default();
                self.screens
                    .m2
                    .import_planned(*plan, &mut cx!(self, &mut out));
                self.apply(out)
            }
            Err(e) => {
                match self.layers.last_mut() {
                    Some(Layer::Prompt(p)) => p.error = Some(e),
                    _ => self.say(StatusKind::Error, e),
                }
                vec![]
            }
        }
    }

    /// A returned form was read: moment 6 checks it and shows the report.
    fn return_read(
        &mut self,
        read: Result<Box<crate::imports::returns::ReturnSheet>, String>,
        from: String,
    ) -> Vec<Effect> {
        let sheet = match read {
            Ok(sheet) => sheet,
            Err(e) => return self.read_failed(e),
        };
        let mut out = self.read_done();
        self.screens
            .returns
            .read(*sheet, from, &mut cx!(self, &mut out));
        self.apply(out)
    }

    /// A file of ballots was read: checked on moment 5, or the line that
    /// asked for it says why it could not be read.
    fn ballots_read(
        &mut self,
        read: Result<Box<crate::imports::ballots::Source>, String>,
        from: String,
    ) -> Vec<Effect> {
        let source = match read {
            Ok(source) => source,
            Err(e) => return self.read_failed(e),
        };
        let mut out = self.read_done();
        self.screens
            .m5
            .import
            .read(*source, from, &mut cx!(self, &mut out));
        self.apply(out)
    }

    /// A file asked for on a line was read: the line closes.
    fn read_done(&mut self) -> Outbox {
        if matches!(self.layers.last(), Some(Layer::Prompt(_))) {
            self.layers.pop();
        }
        Outbox::default()
    }

    /// A file could not be read: said under the line that asked for it
    /// (what was typed stays), else on the status line.
    fn read_failed(&mut self, e: String) -> Vec<Effect> {
        match self.layers.last_mut() {
            Some(Layer::Prompt(p)) => p.error = Some(e),
            _ => self.say(StatusKind::Error, e),
        }
        vec![]
    }
}
