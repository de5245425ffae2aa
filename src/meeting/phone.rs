//! Ballots from the representatives' own phones. Each present
//! representative gets a personal code for the open stage (six characters
//! with no look-alikes); a ballot sent with it enters the round through
//! the same checks as a typed one, and the change log says it came from a
//! phone. A code dies when its stage closes or a new one is issued for the
//! person. A phone never silently replaces a ballot the secretariat typed:
//! it is held until the secretariat says yes. The randomness comes from
//! outside (the server draws it); nothing here touches the network.

use jiff::Timestamp;

use crate::domain::priority::{HeldBallot, Stage, VoteCode};
use crate::domain::{BallotError, Round};

/// The characters of a code: capitals and digits with no look-alikes
/// (no 0/O, 1/I/L, 2/Z, 5/S, 8/B, U/V).
pub const CODE_LETTERS: &[u8] = b"ACDEFGHJKMNPQRTWXY34679";
/// A code's length.
pub const CODE_LEN: usize = 6;

/// A code from six random bytes.
pub fn code_from(bytes: [u8; CODE_LEN]) -> String {
    bytes
        .iter()
        .map(|b| CODE_LETTERS[usize::from(*b) % CODE_LETTERS.len()] as char)
        .collect()
}

/// A code as typed on a phone, read: spaces and dashes dropped, capitals.
pub fn typed_code(typed: &str) -> String {
    typed
        .chars()
        .filter(|c| !c.is_whitespace() && *c != '-')
        .take(32)
        .flat_map(char::to_uppercase)
        .collect()
}

/// Equal in time independent of where they differ.
fn same_code(a: &str, b: &str) -> bool {
    let (a, b) = (a.as_bytes(), b.as_bytes());
    let mut diff = a.len() ^ b.len();
    for i in 0..a.len().max(b.len()) {
        let x = a.get(i).copied().unwrap_or(0);
        let y = b.get(i).copied().unwrap_or(0);
        diff |= usize::from(x ^ y);
    }
    diff == 0
}

/// What a ballot from a phone did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PhoneCast {
    /// Counted (new, or replacing the person's earlier phone ballot).
    Counted,
    /// The same ballot as before: nothing changed.
    Unchanged,
    /// Held for the secretariat: a ballot was typed for the person.
    Held,
}

impl Round {
    /// The present voter a typed name means: the full name, or the one
    /// voter whose name holds what was typed (any case, å/ä/ö optional).
    pub fn voter_named(&self, typed: &str) -> Result<String, String> {
        if let Ok(name) = self.representative_named(typed) {
            return Ok(name);
        }
        let fold = crate::meeting::need_tokens::fold;
        let want = fold(typed.trim());
        let hits: Vec<String> = self
            .voters()
            .into_iter()
            .filter(|v| !want.is_empty() && fold(v).contains(&want))
            .collect();
        match hits.as_slice() {
            [one] => Ok(one.clone()),
            [] => Err(format!(
                "Ingen närvarande heter \"{}\": skriv en del av namnet.",
                crate::domain::text_safety::clean_line(typed.trim())
            )),
            many => Err(format!(
                "Flera passar: {}. Skriv mer av namnet.",
                many.join(", ")
            )),
        }
    }

    /// The stage a phone can vote in now, if any.
    pub fn phone_stage(&self) -> Option<Stage> {
        let p = &self.prioritization;
        match (p.pick_closed, p.rank_closed) {
            (false, _) => Some(Stage::Pick),
            (true, false) => Some(Stage::Rank),
            (true, true) => None,
        }
    }

    /// Issues a code to every present voter of the open stage who has none;
    /// `random` gives six random bytes per call. Returns how many.
    pub fn issue_codes(
        &mut self,
        random: &mut dyn FnMut() -> [u8; CODE_LEN],
        at: Timestamp,
    ) -> Result<usize, BallotError> {
        let stage = self.phone_stage().ok_or(BallotError::RankClosed)?;
        let mut n = 0;
        for name in self.voters() {
            let has = self
                .prioritization
                .codes
                .iter()
                .any(|c| c.stage == stage && c.representative == name);
            if !has {
                self.put_code(&name, stage, random);
                n += 1;
            }
        }
        if n > 0 {
            self.record(
                at,
                format!("{n} koder för röstning från mobil ({})", stage.label()),
            );
        }
        Ok(n)
    }

    /// A new code for one person; the old one dies. Returns the code.
    pub fn new_code(
        &mut self,
        representative: &str,
        random: &mut dyn FnMut() -> [u8; CODE_LEN],
        at: Timestamp,
    ) -> Result<String, BallotError> {
        let stage = self.phone_stage().ok_or(BallotError::RankClosed)?;
        let name = self.representative_named(representative)?;
        if !self.can_vote(&name) {
            return Err(BallotError::NotPresent(name));
        }
        let code = self.put_code(&name, stage, random);
        self.record(at, format!("Ny kod för röstning från mobil: {name}"));
        Ok(code)
    }

    fn put_code(
        &mut self,
        name: &str,
        stage: Stage,
        random: &mut dyn FnMut() -> [u8; CODE_LEN],
    ) -> String {
        let codes = &mut self.prioritization.codes;
        // Drawn again in the rare case it equals one already given, the
        // person's old one included (a new code must differ from it).
        let mut code = code_from(random());
        for _ in 0..16 {
            if !codes.iter().any(|c| c.code == code) {
                break;
            }
            code = code_from(random());
        }
        codes.retain(|c| !(c.stage == stage && c.representative == name));
        codes.push(VoteCode {
            representative: name.to_string(),
            stage,
            code: code.clone(),
        });
        code
    }

    /// Whose code `typed` is in the open stage; every code is compared in
    /// full, so the time taken says nothing of how close a guess was.
    pub fn code_holder(&self, typed: &str) -> Option<String> {
        let stage = self.phone_stage()?;
        let typed = typed_code(typed);
        let mut found = None;
        for c in &self.prioritization.codes {
            if same_code(&c.code, &typed) && c.stage == stage {
                found = Some(c.representative.clone());
            }
        }
        found
    }

    /// The codes of a stage die when it closes.
    pub(crate) fn end_codes(&mut self, stage: Stage) {
        self.prioritization.codes.retain(|c| c.stage != stage);
    }

    /// A ballot sent from a phone with `code`: the picks, or the ranking
    /// best first. Checked as a typed ballot is; held when the secretariat
    /// typed one for the person.
    pub fn cast_by_phone(
        &mut self,
        code: &str,
        needs: &[String],
        at: Timestamp,
    ) -> Result<PhoneCast, String> {
        let name = self
            .code_holder(code)
            .ok_or("Koden gäller inte (fel kod, eller så är steget stängt).")?;
        let stage = self.phone_stage().ok_or("Röstningen är stängd.")?;
        let typed_before = match stage {
            Stage::Pick => self.prioritization.pick_ballot(&name).is_some(),
            Stage::Rank => self
                .prioritization
                .rank_ballots
                .iter()
                .any(|b| b.representative == name),
        } && !self.came_by_phone(stage, &name);
        if typed_before {
            // Checked now, so a held ballot is always one that can count.
            self.check_phone_ballot(stage, &name, needs)?;
            let p = &mut self.prioritization;
            p.held
                .retain(|h| !(h.stage == stage && h.representative == name));
            p.held.push(HeldBallot {
                representative: name.clone(),
                stage,
                needs: needs.to_vec(),
                at,
            });
            self.record(
                at,
                format!("Valsedel från mobil väntar på kansliet: {name} (en valsedel var redan inskriven)"),
            );
            return Ok(PhoneCast::Held);
        }
        let before = self.log.len();
        match stage {
            Stage::Pick => self.cast_picks(&name, needs, at),
            Stage::Rank => self.cast_ranking(&name, needs, at),
        }
        .map_err(|e| e.to_string())?;
        if self.log.len() == before {
            return Ok(PhoneCast::Unchanged);
        }
        if let Some(last) = self.log.last_mut() {
            last.what.push_str(" (från mobil)");
        }
        self.prioritization.by_phone.push((stage, name));
        Ok(PhoneCast::Counted)
    }

    fn came_by_phone(&self, stage: Stage, name: &str) -> bool {
        self.prioritization
            .by_phone
            .iter()
            .any(|(s, n)| *s == stage && n == name)
    }

    fn check_phone_ballot(&self, stage: Stage, name: &str, needs: &[String]) -> Result<(), String> {
        let mut trial = self.clone();
        match stage {
            Stage::Pick => trial.cast_picks(name, needs, Timestamp::UNIX_EPOCH),
            Stage::Rank => trial.cast_ranking(name, needs, Timestamp::UNIX_EPOCH),
        }
        .map_err(|e| e.to_string())
    }

    /// The secretariat's answer to a held phone ballot: yes counts it in
    /// place of the typed one, no drops it (both logged).
    pub fn settle_held(
        &mut self,
        representative: &str,
        count: bool,
        at: Timestamp,
    ) -> Result<(), String> {
        let i = self
            .prioritization
            .held
            .iter()
            .position(|h| h.representative == representative)
            .ok_or(format!(
                "Ingen valsedel från mobil väntar för {representative}."
            ))?;
        let held = self.prioritization.held.remove(i);
        if !count {
            self.record(
                at,
                format!("Valsedel från mobil avböjd för {representative}; den inskrivna gäller"),
            );
            return Ok(());
        }
        match held.stage {
            Stage::Pick => self.cast_picks(&held.representative, &held.needs, at),
            Stage::Rank => self.cast_ranking(&held.representative, &held.needs, at),
        }
        .map_err(|e| e.to_string())?;
        if let Some(last) = self.log.last_mut() {
            last.what.push_str(" (från mobil, godkänd av kansliet)");
        }
        self.prioritization
            .by_phone
            .push((held.stage, held.representative));
        Ok(())
    }

    /// A typed or imported ballot is no longer the phone's.
    pub(crate) fn typed_ballot(&mut self, stage: Stage, name: &str) {
        self.prioritization
            .by_phone
            .retain(|(s, n)| !(*s == stage && n == name));
    }
}
