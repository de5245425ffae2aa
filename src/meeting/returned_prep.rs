//! Moment 3's returned preparation: an actor's preliminary answers enter
//! the dialogue sessions as prepared, marked as such; at the meeting one
//! key confirms each as it stands, or the answer typed there changes it.
//! What was prepared is kept beside the answer, so the agenda and the
//! minutes can say which answers were prepared and which were changed.

use jiff::Timestamp;

use crate::domain::Round;
use crate::domain::followup::Returned;
use crate::domain::meetings::{Assessment, Prepared, PreparedState, Response};

/// One row of an actor's returned preparation form.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PreparedAnswer {
    pub need: String,
    pub row: usize,
    pub response: Response,
    pub who: String,
    pub question: String,
}

impl PreparedAnswer {
    /// The question as the dialogue keeps it: an unclear answer carries
    /// its question in the answer itself.
    pub fn dialogue_question(&self) -> String {
        match &self.response {
            Response::Oklart { clarify } if *clarify == self.question => String::new(),
            _ => self.question.clone(),
        }
    }

    /// The round already has this for the need: prepared alike, or (a
    /// form sent back as it was written) answered alike in the dialogue.
    pub fn same_as(&self, a: &Assessment) -> bool {
        match &a.prepared {
            Some(p) => {
                p.response == self.response && p.who == self.who && p.question == self.question
            }
            None => {
                a.response == self.response
                    && a.questions == self.dialogue_question()
                    && self.who.is_empty()
            }
        }
    }
}

impl Round {
    /// Every need the dialogues discuss, once, with the session it is in
    /// (the first that has its RSS), as (session, index into `needs`): the
    /// rows of every actor's preparation form.
    pub fn session_needs(&self) -> Vec<(usize, usize)> {
        let mut out: Vec<(usize, usize)> = vec![];
        for s in 0..self.dialogues.len() {
            for i in self.agenda_indices(s) {
                if !out.iter().any(|(_, j)| *j == i) {
                    out.push((s, i));
                }
            }
        }
        out
    }

    /// The session whose agenda has need `number` (the first, as the form
    /// lists it).
    pub fn session_of(&self, number: &str) -> Option<usize> {
        self.session_needs()
            .into_iter()
            .find(|(_, i)| self.needs[*i].number == number)
            .map(|(s, _)| s)
    }

    /// Records what `actor` prepared. An answer not yet taken up in the
    /// dialogue is replaced; one the dialogue has answered or confirmed
    /// keeps its answer, and what was prepared is kept beside it.
    pub fn set_prepared(
        &mut self,
        actor: &str,
        answers: &[PreparedAnswer],
        origin: &Returned,
        at: Timestamp,
    ) -> Result<(), String> {
        let actor = self.actor_code(actor)?;
        let mut at_session = vec![];
        for a in answers {
            let s = self.session_of(&a.need).ok_or(format!(
                "{} är inte på något dialogmötes dagordning.",
                a.need
            ))?;
            at_session.push(s);
        }
        let file = crate::domain::text_safety::clean_line(&origin.file).into_owned();
        for (a, s) in answers.iter().zip(at_session) {
            let prepared = Prepared {
                response: a.response.clone(),
                who: a.who.clone(),
                question: a.question.clone(),
                returned: Returned {
                    read: at,
                    ..origin.clone()
                },
                confirmed: None,
            };
            let session = &mut self.dialogues[s];
            let found = session
                .assessments
                .iter_mut()
                .find(|x| x.need == a.need && x.actor == actor);
            let kept = match found {
                Some(x) if x.prepared_state() == PreparedState::Prepared => {
                    x.response = a.response.clone();
                    x.questions = a.dialogue_question();
                    x.prepared = Some(prepared);
                    false
                }
                Some(x) => {
                    x.prepared = Some(prepared);
                    true
                }
                None => {
                    session.assessments.push(Assessment {
                        need: a.need.clone(),
                        actor: actor.clone(),
                        response: a.response.clone(),
                        questions: a.dialogue_question(),
                        note: String::new(),
                        prepared: Some(prepared),
                    });
                    false
                }
            };
            let also = if kept {
                "; dialogens svar står kvar"
            } else {
                ""
            };
            let line = format!(
                "Förberett {}: {actor} – {}{also} (svarsfil {file})",
                a.need,
                a.response.label()
            );
            self.record(at, line);
        }
        Ok(())
    }

    /// The dialogue confirms, as they stand, the answers prepared for need
    /// `need` in session `session` and not yet taken up. Returns how many.
    pub fn confirm_prepared(
        &mut self,
        session: usize,
        need: &str,
        at: Timestamp,
    ) -> Result<usize, String> {
        let s = self.dialogues.get_mut(session).ok_or("Mötet finns inte.")?;
        let mut actors = vec![];
        for a in s.assessments.iter_mut().filter(|a| a.need == need) {
            if a.prepared_state() == PreparedState::Prepared
                && let Some(p) = a.prepared.as_mut()
            {
                p.confirmed = Some(at);
                actors.push(a.actor.clone());
            }
        }
        if actors.is_empty() {
            return Err(format!(
                "{need} har inga förberedda svar att bekräfta: r skriver ett svar."
            ));
        }
        self.mark_discussed(need);
        self.record(
            at,
            format!(
                "Dialog om {need}: förberett svar bekräftat ({})",
                actors.join(", ")
            ),
        );
        Ok(actors.len())
    }
}
