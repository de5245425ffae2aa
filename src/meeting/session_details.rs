//! A dialogue meeting's practical details, for its invitation: how long it
//! lasts and the link or place. Set with `lbk session ROUND N`.

use jiff::Timestamp;

use crate::domain::Round;
use crate::domain::meetings::DialogueSession;

/// The longest meeting lbk takes: a working day.
pub const MAX_MINUTES: u16 = 600;

/// "2027-03-10 kl. 09:00–12:00" (or only the start if no length is set).
pub fn when(s: &DialogueSession) -> String {
    let start = s.starts.strftime("%Y-%m-%d kl. %H:%M").to_string();
    match s.length_minutes.and_then(|m| {
        s.starts
            .checked_add(jiff::Span::new().minutes(i64::from(m)))
            .ok()
    }) {
        Some(end) => format!("{start}–{}", end.strftime("%H:%M")),
        None => start,
    }
}

/// The longest link or place: a Teams link with its parameters fits.
pub const MAX_PLACE: usize = 500;

fn checked_place(typed: &str) -> Result<String, String> {
    let t = typed.trim();
    if t.chars().count() > MAX_PLACE {
        return Err(format!(
            "Länken eller platsen får vara högst {MAX_PLACE} tecken: korta länken, t.ex. utan parametrarna efter ?."
        ));
    }
    if t.chars().any(char::is_control) {
        return Err(
            "Länken eller platsen får inte innehålla radbrytningar eller styrtecken: klistra in den på en rad."
                .into(),
        );
    }
    Ok(t.to_string())
}

impl Round {
    /// Sets a session's length (minutes) and link or place; `None` keeps
    /// what is held, an empty place clears it.
    pub fn set_session_details(
        &mut self,
        session: usize,
        length: Option<u16>,
        place: Option<&str>,
        at: Timestamp,
    ) -> Result<(), String> {
        let n = self.dialogues.len();
        let s = self.dialogues.get(session).ok_or(format!(
            "Dialogmöte {} finns inte: välj 1–{n}.",
            session + 1
        ))?;
        if let Some(m) = length
            && !(15..=MAX_MINUTES).contains(&m)
        {
            return Err(format!(
                "Längden {m} minuter går inte: ange 15–{MAX_MINUTES} minuter, t.ex. --length 180."
            ));
        }
        let place = match place {
            Some(p) => checked_place(p)?,
            None => s.place.clone(),
        };
        let length = length.or(s.length_minutes);
        let s = &mut self.dialogues[session];
        if s.length_minutes == length && s.place == place {
            return Ok(());
        }
        s.length_minutes = length;
        s.place = place;
        let what = format!(
            "Dialogmöte {}: {}{}",
            session + 1,
            when(s),
            if s.place.is_empty() {
                String::new()
            } else {
                format!(", {}", s.place)
            }
        );
        self.record(at, what);
        Ok(())
    }
}
