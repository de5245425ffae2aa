//! Moments 3 and 4 as changes to the round: dialogue sessions and the
//! actors' responses, the RSSs' verification, and the sorting into the final
//! compilation: knowledge gaps, needs set aside with a reason, merged needs.
//! A need that moment 5 has started on is not changed under it.

use jiff::Timestamp;
use jiff::civil::{Date, DateTime};

use crate::domain::meetings::{Assessment, Attendance, DialogueSession, Response, Verification};
use crate::domain::need::{Progress, SetAsideReason};
use crate::domain::{Need, NeedStatus, Round};

impl Round {
    /// Refuses a change of status once moment 5 depends on the need.
    fn check_sortable(&self, number: &str) -> Result<&Need, String> {
        let need = self
            .need(number)
            .ok_or(format!("Behov {number} finns inte."))?;
        let p = &self.prioritization;
        if p.pick_closed {
            return Err("Moment 5 har bildat sin gemensamma lista; den slutliga sammanställningen kan inte ändras nu.".into());
        }
        let picked = p
            .pick_ballots
            .iter()
            .filter(|b| b.needs.contains(&need.number))
            .count();
        if picked > 0 {
            return Err(format!(
                "{} är redan valt av {picked} representanter i moment 5 och kan inte ändras. Dra tillbaka de valen först.",
                need.number
            ));
        }
        Ok(need)
    }

    fn set_status(&mut self, number: &str, status: NeedStatus) {
        if let Some(n) = self.needs.iter_mut().find(|n| n.number == number) {
            n.status = status;
        }
    }

    /// Marks a verified need as a knowledge gap: it goes to the final compilation.
    pub fn mark_gap(&mut self, number: &str, at: Timestamp) -> Result<(), String> {
        let need = self.check_sortable(number)?;
        let number = need.number.clone();
        match &need.status {
            NeedStatus::Kunskapslucka => return Ok(()),
            NeedStatus::Verifierat => {}
            NeedStatus::Inskickat | NeedStatus::Diskuterat => {
                return Err(format!(
                    "{number} är inte verifierat av sin RSS ännu; registrera verifieringen först (v)."
                ));
            }
            left => {
                return Err(format!(
                    "{number} har lämnat listan ({}); ångra det först (z).",
                    left.label()
                ));
            }
        }
        self.set_status(&number, NeedStatus::Kunskapslucka);
        self.record(at, format!("{number} markerat som kunskapslucka"));
        Ok(())
    }

    /// Takes a need off the final compilation again (back to verified).
    pub fn unmark_gap(&mut self, number: &str, at: Timestamp) -> Result<(), String> {
        let need = self.check_sortable(number)?;
        let number = need.number.clone();
        if need.status != NeedStatus::Kunskapslucka {
            return Err(format!("{number} är inte markerat som kunskapslucka."));
        }
        self.set_status(&number, NeedStatus::Verifierat);
        self.record(
            at,
            format!("{number} inte längre kunskapslucka (tillbaka till verifierat)"),
        );
        Ok(())
    }

    /// Sets a need aside with a reason; the RSS is told why.
    pub fn set_aside(
        &mut self,
        number: &str,
        reason: SetAsideReason,
        note: &str,
        at: Timestamp,
    ) -> Result<(), String> {
        let need = self.check_sortable(number)?;
        let number = need.number.clone();
        let before = need.status.progress().ok_or(format!(
            "{number} har redan lämnat listan ({}).",
            need.status.label()
        ))?;
        match &reason {
            SetAsideReason::RedanTackt { support } if support.trim().is_empty() => {
                return Err(
                    "Skriv vilket befintligt kunskapsstöd som redan täcker behovet.".into(),
                );
            }
            SetAsideReason::ArbeteParar { by } if by.trim().is_empty() => {
                return Err("Skriv vem som redan arbetar med behovet.".into());
            }
            SetAsideReason::Annat if note.trim().is_empty() => {
                return Err("Skriv skälet när det är \"annat\".".into());
            }
            _ => {}
        }
        let label = reason.label();
        self.set_status(
            &number,
            NeedStatus::Undanlagt {
                reason,
                note: note.trim().into(),
                before,
            },
        );
        self.record(
            at,
            format!(
                "{number} undanlagt: {label}{}",
                if note.trim().is_empty() {
                    String::new()
                } else {
                    format!(" ({})", note.trim())
                }
            ),
        );
        Ok(())
    }

    /// Merges needs into one. The merged needs keep their text and RSS and
    /// show as "sammanslagen med …"; the target counts every RSS.
    pub fn merge_needs(
        &mut self,
        sources: &[String],
        into: &str,
        at: Timestamp,
    ) -> Result<(), String> {
        let target = self.need(into).ok_or(format!("Behov {into} finns inte."))?;
        let into = target.number.clone();
        if target.status.has_left() {
            return Err(format!(
                "{into} har själv lämnat listan ({}); slå ihop med ett behov som finns kvar.",
                target.status.label()
            ));
        }
        if sources.is_empty() {
            return Err("Ange vilka behov som ska slås ihop med {into}.".replace("{into}", &into));
        }
        let mut plan: Vec<(String, Progress)> = vec![];
        for s in sources {
            let need = self.check_sortable(s)?;
            if need.number == into {
                return Err(format!("{into} kan inte slås ihop med sig självt."));
            }
            let before = need.status.progress().ok_or(format!(
                "{} har redan lämnat listan ({}).",
                need.number,
                need.status.label()
            ))?;
            plan.push((need.number.clone(), before));
        }
        for (number, before) in &plan {
            self.set_status(
                number,
                NeedStatus::Sammanslaget {
                    into: into.clone(),
                    before: *before,
                },
            );
        }
        let names: Vec<&str> = plan.iter().map(|(n, _)| n.as_str()).collect();
        let raised = self.raised_by(&into);
        self.record(
            at,
            format!(
                "{} sammanslagna med {into}; lyft av {} RSS ({})",
                names.join(", "),
                raised.len(),
                raised.join(", ")
            ),
        );
        Ok(())
    }

    /// Undoes a merge or a set-aside: the need is back where it stood.
    pub fn undo_leave(&mut self, number: &str, at: Timestamp) -> Result<(), String> {
        let need = self.check_sortable(number)?;
        let number = need.number.clone();
        let (before, what) = match &need.status {
            NeedStatus::Sammanslaget { into, before } => {
                (*before, format!("sammanslagning med {into}"))
            }
            NeedStatus::Undanlagt { before, reason, .. } => {
                (*before, format!("undanläggning ({})", reason.label()))
            }
            _ => {
                return Err(format!(
                    "{number} har inte lämnat listan; det finns inget att ångra."
                ));
            }
        };
        self.set_status(&number, before.status());
        self.record(
            at,
            format!(
                "{number}: {what} ångrad, tillbaka till {}",
                before.status().label()
            ),
        );
        Ok(())
    }

    // --- Moment 3: sessions -------------------------------------------------

    /// One session per proposed dialogue date, with the RSSs that chose it;
    /// dates that already have a session are left alone. Returns how many.
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
            self.dialogues.push(DialogueSession {
                starts: d.date.at(9, 0, 0, 0),
                rss,
                actors: vec![],
                assessments: vec![],
                notes: String::new(),
            });
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
        self.dialogues.push(DialogueSession {
            starts,
            rss: codes.clone(),
            actors: vec![],
            assessments: vec![],
            notes: String::new(),
        });
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

    /// The needs a session discusses: its RSSs' needs still on the list, by number.
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
                s.rss.contains(&n.rss) && !matches!(n.status, NeedStatus::Sammanslaget { .. })
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
            Some(a) => a.response = response,
            None => s.assessments.push(Assessment {
                need: number.clone(),
                actor: code.clone(),
                response,
                questions: String::new(),
                note: String::new(),
            }),
        }
        if let Some(n) = self
            .needs
            .iter_mut()
            .find(|n| n.number == number && n.status == NeedStatus::Inskickat)
        {
            n.status = NeedStatus::Diskuterat;
        }
        self.record(at, format!("Dialog om {number}: {code} – {label}"));
        Ok(())
    }

    /// Adds a follow-up question or a note to an actor's assessment of a need.
    pub fn add_session_text(
        &mut self,
        session: usize,
        need: &str,
        actor: &str,
        text: &str,
        question: bool,
        at: Timestamp,
    ) -> Result<(), String> {
        let (code, number) = self.check_session_need(session, need, actor)?;
        if text.trim().is_empty() {
            return Err("Skriv texten efter aktören, t.ex. \"sos: gäller det även LSS?\".".into());
        }
        let s = &mut self.dialogues[session];
        if !s
            .assessments
            .iter()
            .any(|a| a.need == number && a.actor == code)
        {
            s.assessments.push(Assessment {
                need: number.clone(),
                actor: code.clone(),
                response: Response::Oklart {
                    clarify: String::new(),
                },
                questions: String::new(),
                note: String::new(),
            });
        }
        let a = s
            .assessments
            .iter_mut()
            .find(|a| a.need == number && a.actor == code)
            .ok_or("Bedömningen saknas.")?;
        let field = if question {
            &mut a.questions
        } else {
            &mut a.note
        };
        if !field.is_empty() {
            field.push('\n');
        }
        field.push_str(text.trim());
        self.record(
            at,
            format!(
                "Dialog om {number}: {} från {code}: {}",
                if question { "fråga" } else { "anteckning" },
                text.trim()
            ),
        );
        Ok(())
    }

    fn check_session_need(
        &self,
        session: usize,
        need: &str,
        actor: &str,
    ) -> Result<(String, String), String> {
        let s = self.dialogues.get(session).ok_or("Mötet finns inte.")?;
        let n = self.need(need).ok_or(format!("Behov {need} finns inte."))?;
        if !s.rss.contains(&n.rss) {
            return Err(format!(
                "{} hör till {}, som inte är med i det här mötet.",
                n.number, n.rss
            ));
        }
        let code = self.actor_code(actor)?;
        Ok((code, n.number.clone()))
    }

    // --- Moment 4: verification --------------------------------------------

    fn verification_mut(&mut self, code: &str) -> Result<&mut Verification, String> {
        let code = self
            .rss_by_code(code)
            .map(|r| r.code.clone())
            .ok_or(format!("RSS-koden {code} finns inte."))?;
        if !self.verifications.iter().any(|v| v.rss == code) {
            self.verifications.push(Verification {
                rss: code.clone(),
                minutes_sent: None,
                verified: None,
                corrections: String::new(),
            });
        }
        self.verifications
            .iter_mut()
            .find(|v| v.rss == code)
            .ok_or_else(|| "Verifieringen saknas.".to_string())
    }

    pub fn minutes_sent(&mut self, code: &str, date: Date, at: Timestamp) -> Result<(), String> {
        self.verification_mut(code)?.minutes_sent = Some(date);
        self.record(
            at,
            format!("Minnesanteckningar skickade till {code} {date}"),
        );
        Ok(())
    }

    /// The RSS confirmed the minutes: its discussed needs become verified.
    pub fn verify_rss(&mut self, code: &str, date: Date, at: Timestamp) -> Result<usize, String> {
        let v = self.verification_mut(code)?;
        v.verified = Some(date);
        let code = v.rss.clone();
        let mut n = 0;
        for need in self.needs.iter_mut().filter(|x| x.rss == code) {
            if matches!(need.status, NeedStatus::Inskickat | NeedStatus::Diskuterat) {
                need.status = NeedStatus::Verifierat;
                n += 1;
            }
        }
        self.record(
            at,
            format!("{code} verifierade minnesanteckningarna {date}; {n} behov verifierade"),
        );
        Ok(n)
    }

    pub fn add_correction(&mut self, code: &str, text: &str, at: Timestamp) -> Result<(), String> {
        if text.trim().is_empty() {
            return Err("Skriv rättelsen.".into());
        }
        let v = self.verification_mut(code)?;
        if !v.corrections.is_empty() {
            v.corrections.push('\n');
        }
        v.corrections.push_str(text.trim());
        self.record(at, format!("Rättelse från {code}: {}", text.trim()));
        Ok(())
    }
}

/// Parses the set-aside line: "täckt: stöd", "pågår: vem", "lokalt",
/// "inte", "annat: skäl", optionally followed by " | anteckning".
pub fn parse_set_aside(text: &str) -> Result<(SetAsideReason, String), String> {
    let (main, note) = text
        .split_once('|')
        .map(|(a, b)| (a.trim(), b.trim()))
        .unwrap_or((text.trim(), ""));
    let (kind, rest) = main
        .split_once(':')
        .map(|(a, b)| (a.trim(), b.trim()))
        .unwrap_or((main, ""));
    let reason = match kind.to_lowercase().as_str() {
        "täckt" | "tackt" | "redan täckt" => SetAsideReason::RedanTackt { support: rest.into() },
        "pågår" | "pagar" | "arbete pågår" => SetAsideReason::ArbeteParar { by: rest.into() },
        "lokalt" | "regionalt" => SetAsideReason::LokaltRegionalt,
        "inte" | "inte kunskapsbehov" => SetAsideReason::InteKunskapsbehov,
        "annat" => return Ok((SetAsideReason::Annat, if note.is_empty() { rest.into() } else { format!("{rest} {note}") })),
        _ => return Err("Skriv skälet: \"täckt: stöd\", \"pågår: vem\", \"lokalt\", \"inte\" eller \"annat: skäl\".".into()),
    };
    let note = if rest.is_empty()
        || matches!(
            reason,
            SetAsideReason::RedanTackt { .. } | SetAsideReason::ArbeteParar { .. }
        ) {
        note.to_string()
    } else {
        format!("{rest} {note}").trim().to_string()
    };
    Ok((reason, note))
}

/// Parses a response line: "sos täckt: titel | länk", "sbu pågår: vem",
/// "sos lucka", "forte oklart: vad". Returns (actor, response).
pub fn parse_response(text: &str) -> Result<(String, Response), String> {
    let (actor, rest) = text
        .trim()
        .split_once(char::is_whitespace)
        .ok_or(RESPONSE_HELP)?;
    let (kind, detail) = rest
        .split_once(':')
        .map(|(a, b)| (a.trim(), b.trim()))
        .unwrap_or((rest.trim(), ""));
    let response = match kind.to_lowercase().as_str() {
        "täckt" | "tackt" => {
            let (support, link) = detail
                .split_once('|')
                .map(|(a, b)| (a.trim(), b.trim()))
                .unwrap_or((detail, ""));
            if support.is_empty() {
                return Err(
                    "Skriv vilket stöd som täcker behovet: \"sos täckt: titel | länk\".".into(),
                );
            }
            Response::RedanTackt {
                support: support.into(),
                link: link.into(),
            }
        }
        "pågår" | "pagar" => Response::ArbeteParar {
            by: if detail.is_empty() {
                actor.to_string()
            } else {
                detail.into()
            },
        },
        "lucka" | "kunskapslucka" => Response::Kunskapslucka,
        "oklart" => Response::Oklart {
            clarify: detail.into(),
        },
        _ => return Err(RESPONSE_HELP.into()),
    };
    Ok((actor.to_string(), response))
}

const RESPONSE_HELP: &str = "Skriv aktör och svar: \"sos lucka\", \"sbu täckt: titel | länk\", \"forte pågår: vem\" eller \"sos oklart: vad\".";

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::ModelVariant;

    fn at() -> Timestamp {
        Timestamp::from_second(1_790_000_000).unwrap()
    }

    fn s(v: &[&str]) -> Vec<String> {
        v.iter().map(|x| x.to_string()).collect()
    }

    fn round() -> Round {
        let mut r = Round::new("X", ModelVariant::V2, 2026);
        for no in ["GR-01", "GR-02", "STH-01", "UPP-01"] {
            r.needs.push(Need {
                number: no.into(),
                rss: no[..no.len() - 3].into(),
                title: no.into(),
                ..Need::default()
            });
        }
        r
    }

    #[test]
    fn a_need_is_a_gap_only_once_verified_and_refusals_say_what_to_do() {
        let mut r = round();
        assert!(
            r.mark_gap("GR-01", at())
                .unwrap_err()
                .contains("inte verifierat")
        );
        r.verify_rss("GR", Date::new(2027, 3, 1).unwrap(), at())
            .unwrap();
        assert_eq!(r.need("GR-01").unwrap().status, NeedStatus::Verifierat);
        r.mark_gap("GR-01", at()).unwrap();
        assert_eq!(r.final_compilation().len(), 1);
        r.unmark_gap("GR-01", at()).unwrap();
        assert!(r.final_compilation().is_empty());
        assert!(
            r.unmark_gap("GR-01", at())
                .unwrap_err()
                .contains("inte markerat")
        );
    }

    #[test]
    fn merge_keeps_provenance_and_count_and_can_be_undone() {
        let mut r = round();
        r.verify_rss("GR", Date::new(2027, 3, 1).unwrap(), at())
            .unwrap();
        r.mark_gap("GR-01", at()).unwrap();
        r.merge_needs(&s(&["STH-01", "UPP-01"]), "GR-01", at())
            .unwrap();
        assert_eq!(r.raised_by("GR-01"), vec!["GR", "STH", "UPP"]);
        assert_eq!(
            r.need("STH-01").unwrap().status.label(),
            "sammanslagen med GR-01"
        );
        assert!(r.log.last().unwrap().what.contains("lyft av 3 RSS"));
        assert!(
            r.merge_needs(&s(&["GR-02"]), "STH-01", at())
                .unwrap_err()
                .contains("lämnat listan")
        );
        assert!(
            r.merge_needs(&s(&["GR-01"]), "GR-01", at())
                .unwrap_err()
                .contains("sig självt")
        );
        assert!(
            r.merge_needs(&s(&["STH-01"]), "GR-02", at())
                .unwrap_err()
                .contains("redan lämnat")
        );
        // Undo: back to where it stood (submitted).
        r.undo_leave("STH-01", at()).unwrap();
        assert_eq!(r.need("STH-01").unwrap().status, NeedStatus::Inskickat);
        assert_eq!(r.raised_by("GR-01"), vec!["GR", "UPP"]);
        assert!(
            r.undo_leave("STH-01", at())
                .unwrap_err()
                .contains("inget att ångra")
        );
    }

    #[test]
    fn set_aside_needs_its_reason_and_undo_restores_a_gap() {
        let mut r = round();
        r.verify_rss("GR", Date::new(2027, 3, 1).unwrap(), at())
            .unwrap();
        r.mark_gap("GR-02", at()).unwrap();
        assert!(
            r.set_aside(
                "GR-02",
                SetAsideReason::RedanTackt {
                    support: " ".into()
                },
                "",
                at()
            )
            .is_err()
        );
        assert!(
            r.set_aside("GR-02", SetAsideReason::Annat, "", at())
                .is_err()
        );
        r.set_aside(
            "GR-02",
            SetAsideReason::RedanTackt {
                support: "Nationella riktlinjer".into(),
            },
            "",
            at(),
        )
        .unwrap();
        assert!(r.final_compilation().is_empty());
        assert!(r.mark_gap("GR-02", at()).unwrap_err().contains("ångra"));
        r.undo_leave("GR-02", at()).unwrap();
        assert_eq!(r.need("GR-02").unwrap().status, NeedStatus::Kunskapslucka);
    }

    #[test]
    fn a_need_picked_in_moment_5_is_not_changed_under_it() {
        let mut r = round();
        r.verify_rss("GR", Date::new(2027, 3, 1).unwrap(), at())
            .unwrap();
        r.mark_gap("GR-01", at()).unwrap();
        r.prioritization
            .pick_ballots
            .push(crate::domain::priority::PickBallot {
                representative: "A".into(),
                needs: s(&["GR-01"]),
            });
        assert!(
            r.set_aside("GR-01", SetAsideReason::LokaltRegionalt, "", at())
                .unwrap_err()
                .contains("redan valt av 1")
        );
        r.prioritization.pick_closed = true;
        assert!(
            r.mark_gap("GR-02", at())
                .unwrap_err()
                .contains("gemensamma lista")
        );
    }

    #[test]
    fn responses_mark_needs_discussed_and_are_replaced_not_duplicated() {
        let mut r = round();
        let i = r
            .add_session(
                Date::new(2027, 2, 4).unwrap().at(9, 0, 0, 0),
                &s(&["GR"]),
                at(),
            )
            .unwrap();
        assert!(
            r.record_response(i, "STH-01", "SoS", Response::Kunskapslucka, at())
                .unwrap_err()
                .contains("inte är med")
        );
        assert!(
            r.record_response(i, "GR-01", "NoOne", Response::Kunskapslucka, at())
                .unwrap_err()
                .contains("finns inte")
        );
        r.record_response(i, "GR-01", "sos", Response::Kunskapslucka, at())
            .unwrap();
        r.record_response(
            i,
            "GR-01",
            "SoS",
            Response::ArbeteParar { by: "SoS".into() },
            at(),
        )
        .unwrap();
        r.add_session_text(i, "GR-01", "sbu", "Gäller det även LSS?", true, at())
            .unwrap();
        let a = &r.dialogues[i].assessments;
        assert_eq!(a.len(), 2);
        assert_eq!(a[0].response, Response::ArbeteParar { by: "SoS".into() });
        assert_eq!(a[1].questions, "Gäller det även LSS?");
        assert_eq!(r.need("GR-01").unwrap().status, NeedStatus::Diskuterat);
        assert_eq!(r.agenda(i).len(), 2);
    }

    #[test]
    fn lines_parse_into_reasons_and_responses() {
        assert_eq!(
            parse_set_aside("täckt: Riktlinjer | se s. 4").unwrap(),
            (
                SetAsideReason::RedanTackt {
                    support: "Riktlinjer".into()
                },
                "se s. 4".into()
            )
        );
        assert_eq!(
            parse_set_aside("lokalt").unwrap().0,
            SetAsideReason::LokaltRegionalt
        );
        assert!(parse_set_aside("kanske").is_err());
        assert_eq!(
            parse_response("sos lucka").unwrap(),
            ("sos".into(), Response::Kunskapslucka)
        );
        assert_eq!(
            parse_response("sbu täckt: Översikt X | https://sbu.se/x")
                .unwrap()
                .1,
            Response::RedanTackt {
                support: "Översikt X".into(),
                link: "https://sbu.se/x".into()
            }
        );
        assert!(parse_response("sos").is_err());
    }
}
