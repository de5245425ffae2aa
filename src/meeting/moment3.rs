//! Moment 3 as changes to the round: dialogue sessions, who came, the
//! actors' responses, and the questions and notes of actors and RSSs.

use jiff::Timestamp;
use jiff::civil::DateTime;

use crate::domain::meetings::{
    Assessment, Attendance, DialogueSession, Remark, Response, RssAttendance,
};
use crate::domain::{Need, NeedStatus, Round};

impl Round {
    pub fn sessions_from_dates(&mut self, at: Timestamp) -> usize {
        let mut added = 0;
        for (i, d) in self.area_choice.dialogue_dates.clone().iter().enumerate() {
            if self.dialogues.iter().any(|s| s.starts.date() == d.date) {
                continue;
            }
            let rss: Vec<String> = self
                .rss
                .iter()
                .filter(|r| r.participates && r.dialogue_date == Some(i))
                .map(|r| r.code.clone())
                .collect();
            self.dialogues
                .push(DialogueSession::new(d.date.at(9, 0, 0, 0), rss));
            added += 1;
        }
        if added > 0 {
            self.dialogues.sort_by_key(|s| s.starts);
            self.record(
                at,
                format!("{added} dialogmöten skapade från dialogdatumen"),
            );
        }
        added
    }

    pub fn add_session(
        &mut self,
        starts: DateTime,
        rss: &[String],
        at: Timestamp,
    ) -> Result<usize, String> {
        let mut codes = vec![];
        for c in rss {
            let r = self
                .rss_by_code(c)
                .ok_or(format!("RSS-koden {c} finns inte."))?;
            codes.push(r.code.clone());
        }
        self.dialogues
            .push(DialogueSession::new(starts, codes.clone()));
        self.dialogues.sort_by_key(|s| s.starts);
        self.record(
            at,
            format!(
                "Dialogmöte {} med {}",
                starts.strftime("%Y-%m-%d %H:%M"),
                codes.join(", ")
            ),
        );
        Ok(self
            .dialogues
            .iter()
            .position(|s| s.starts == starts && s.rss == codes)
            .unwrap_or(0))
    }

    /// Sets who came from an actor to a session.
    pub fn set_attendance(
        &mut self,
        session: usize,
        actor: &str,
        people: &[String],
        at: Timestamp,
    ) -> Result<(), String> {
        let code = self.actor_code(actor)?;
        let s = self.dialogues.get_mut(session).ok_or("Mötet finns inte.")?;
        s.actors.retain(|a| a.actor != code);
        if !people.is_empty() || !s.actors.iter().any(|a| a.actor == code) {
            s.actors.push(Attendance {
                actor: code.clone(),
                people: people.to_vec(),
            });
        }
        self.record(
            at,
            format!("Närvaro vid dialogmöte: {code} {}", people.join(", ")),
        );
        Ok(())
    }

    /// The needs a session discusses: every need of its RSSs, by number (a
    /// need merged later stays, so the minutes keep it).
    pub fn agenda(&self, session: usize) -> Vec<&Need> {
        self.agenda_indices(session)
            .into_iter()
            .map(|i| &self.needs[i])
            .collect()
    }

    /// The same agenda as indices into `needs`.
    pub fn agenda_indices(&self, session: usize) -> Vec<usize> {
        let Some(s) = self.dialogues.get(session) else {
            return vec![];
        };
        let mut idx: Vec<usize> = (0..self.needs.len())
            .filter(|i| {
                let n = &self.needs[*i];
                s.rss.contains(&n.rss)
            })
            .collect();
        idx.sort_by(|a, b| {
            crate::domain::need::number_order(&self.needs[*a].number, &self.needs[*b].number)
        });
        idx
    }

    /// Records what an actor said about a need (replacing what it said
    /// before); the need counts as discussed.
    pub fn record_response(
        &mut self,
        session: usize,
        need: &str,
        actor: &str,
        response: Response,
        at: Timestamp,
    ) -> Result<(), String> {
        let (code, number) = self.check_session_need(session, need, actor)?;
        let s = &mut self.dialogues[session];
        let label = response.label();
        match s
            .assessments
            .iter_mut()
            .find(|a| a.need == number && a.actor == code)
        {
            Some(a) => {
                // Said as it was prepared: the dialogue confirmed it.
                if let Some(p) = a.prepared.as_mut()
                    && p.response == response
                    && p.confirmed.is_none()
                {
                    p.confirmed = Some(at);
                }
                a.response = response
            }
            None => s.assessments.push(Assessment {
                need: number.clone(),
                actor: code.clone(),
                response,
                questions: String::new(),
                note: String::new(),
                prepared: None,
            }),
        }
        self.mark_discussed(&number);
        self.record(at, format!("Dialog om {number}: {code} – {label}"));
        Ok(())
    }

    /// Adds a follow-up question or a note about a need, from an actor or
    /// from one of the session's RSSs (what it explained, or its answer to a
    /// question). The need counts as discussed.
    pub fn add_session_text(
        &mut self,
        session: usize,
        need: &str,
        by: &str,
        text: &str,
        question: bool,
        at: Timestamp,
    ) -> Result<(), String> {
        let number = self.session_need(session, need)?;
        let by = self.speaker(session, by)?;
        let text = text.trim();
        if text.is_empty() {
            return Err(format!(
                "Skriv texten efter {by}, t.ex. \"{}: gäller det även LSS?\".",
                by.to_lowercase()
            ));
        }
        let s = &mut self.dialogues[session];
        s.remarks.push(Remark {
            need: number.clone(),
            by: by.clone(),
            question,
            text: text.to_string(),
        });
        self.mark_discussed(&number);
        self.record(
            at,
            format!(
                "Dialog om {number}: {} från {by}: {text}",
                if question { "fråga" } else { "anteckning" },
            ),
        );
        Ok(())
    }

    /// Sets who came from one of the session's RSSs.
    pub fn set_rss_attendance(
        &mut self,
        session: usize,
        rss: &str,
        people: &[String],
        at: Timestamp,
    ) -> Result<(), String> {
        let s = self.dialogues.get(session).ok_or("Mötet finns inte.")?;
        let code = s
            .rss
            .iter()
            .find(|c| crate::domain::collate::same_code(c, rss))
            .cloned()
            .ok_or(format!(
                "{} är inte med i det här mötet; mötets RSS: {}.",
                rss.trim(),
                s.rss.join(", ")
            ))?;
        let s = &mut self.dialogues[session];
        s.rss_present.retain(|a| a.rss != code);
        s.rss_present.push(RssAttendance {
            rss: code.clone(),
            people: people.to_vec(),
        });
        self.record(
            at,
            format!("Närvaro vid dialogmöte: {code} {}", people.join(", ")),
        );
        Ok(())
    }

    /// The actor or the session's RSS a typed code names, as the round
    /// spells it.
    pub fn speaker(&self, session: usize, typed: &str) -> Result<String, String> {
        let typed = typed.trim();
        if let Ok(code) = self.actor_code(typed) {
            return Ok(code);
        }
        let s = self.dialogues.get(session).ok_or("Mötet finns inte.")?;
        if let Some(code) = s
            .rss
            .iter()
            .find(|c| crate::domain::collate::same_code(c, typed))
        {
            return Ok(code.clone());
        }
        Err(format!(
            "\"{typed}\" är varken en aktör eller en RSS i mötet; använd en av {}, {}.",
            self.actors
                .iter()
                .map(|a| a.code.as_str())
                .collect::<Vec<_>>()
                .join(", "),
            s.rss.join(", ")
        ))
    }

    /// Who a remark is from and what it is: "Fråga från SoS", "GR (RSS)".
    pub fn remark_label(&self, r: &Remark) -> String {
        let rss = self.actor_code(&r.by).is_err() && self.rss_by_code(&r.by).is_some();
        match (r.question, rss) {
            (true, false) => format!("Fråga från {}", r.by),
            (true, true) => format!("Fråga från {} (RSS)", r.by),
            (false, false) => format!("Anteckning från {}", r.by),
            (false, true) => format!("{} (RSS)", r.by),
        }
    }

    pub(crate) fn mark_discussed(&mut self, number: &str) {
        if let Some(n) = self
            .needs
            .iter_mut()
            .find(|n| n.number == number && n.status == NeedStatus::Inskickat)
        {
            n.status = NeedStatus::Diskuterat;
        }
    }

    fn session_need(&self, session: usize, need: &str) -> Result<String, String> {
        let s = self.dialogues.get(session).ok_or("Mötet finns inte.")?;
        let n = self.need(need).ok_or(format!("Behov {need} finns inte."))?;
        if !s.rss.contains(&n.rss) {
            return Err(format!(
                "{} hör till {}, som inte är med i det här mötet.",
                n.number, n.rss
            ));
        }
        Ok(n.number.clone())
    }

    fn check_session_need(
        &self,
        session: usize,
        need: &str,
        actor: &str,
    ) -> Result<(String, String), String> {
        let number = self.session_need(session, need)?;
        let code = self.actor_code(actor)?;
        Ok((code, number))
    }
}
