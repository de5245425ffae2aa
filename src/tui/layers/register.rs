//! The register (`R`, from every moment): the round's representatives,
//! national actors and RSSs with their contact persons, editable. ← →
//! change list; `n` adds, `r` renames, `k` a contact person (e-post for a
//! representative), `s` a substitute, space takes part or not, Delete
//! removes someone added by mistake.

use crate::meeting::people::Kind;
use crate::meeting::typed_people::{parse_actor, parse_contact, parse_representative, parse_rss};
use crate::tui::action::Action;
use crate::tui::ask::{Ask, RegisterAsk, Reply};
use crate::tui::cx::{Cx, Flow};
use crate::tui::widgets::moved;

pub const TABS: [Kind; 3] = [Kind::Representative, Kind::Actor, Kind::Rss];

#[derive(Debug, Default)]
pub struct RegisterLayer {
    pub tab: usize,
    pub selected: [usize; 3],
}

impl RegisterLayer {
    pub fn kind(&self) -> Kind {
        TABS[self.tab]
    }

    fn len(&self, cx: &Cx) -> usize {
        cx.round().map_or(0, |r| match self.kind() {
            Kind::Representative => r.representatives.len(),
            Kind::Actor => r.actors.len(),
            Kind::Rss => r.rss.len(),
        })
    }

    /// The selected person's name (representative) or code (actor, RSS).
    fn key(&self, cx: &Cx) -> Option<String> {
        let r = cx.round()?;
        let i = self.selected[self.tab];
        match self.kind() {
            Kind::Representative => r.representatives.get(i).map(|p| p.name.clone()),
            Kind::Actor => r.actors.get(i).map(|a| a.code.clone()),
            Kind::Rss => r.rss.get(i).map(|x| x.code.clone()),
        }
    }

    fn taking_part(&self, cx: &Cx) -> bool {
        let Some(r) = cx.round() else { return false };
        let i = self.selected[self.tab];
        match self.kind() {
            Kind::Representative => r.representatives.get(i).is_some_and(|p| p.participates),
            Kind::Actor => r.actors.get(i).is_some_and(|a| a.participates),
            Kind::Rss => r.rss.get(i).is_some_and(|x| x.participates),
        }
    }

    pub fn update(&mut self, action: Action, cx: &mut Cx) -> Flow {
        let len = self.len(cx);
        if let Some(s) = moved(self.selected[self.tab], action, len) {
            self.selected[self.tab] = s;
            return Flow::Handled;
        }
        let kind = self.kind();
        let key = self.key(cx);
        match (action, key) {
            (Action::Cancel, _) => return Flow::Close,
            (Action::NextTab, _) => self.tab = (self.tab + 1) % 3,
            (Action::PrevTab, _) => self.tab = (self.tab + 2) % 3,
            (Action::NewPerson, _) => return cx.ask(Ask::Register(RegisterAsk::Add(kind))),
            (Action::RenamePerson, Some(k)) => {
                return cx.ask(Ask::Register(RegisterAsk::Rename(kind, k)));
            }
            (Action::EditContact, Some(k)) if kind == Kind::Representative => {
                return cx.ask(Ask::Register(RegisterAsk::Email(k)));
            }
            (Action::EditContact, Some(k)) => {
                return cx.ask(Ask::Register(RegisterAsk::Contact(kind, k)));
            }
            (Action::Substitute, Some(k)) if kind == Kind::Representative => {
                return cx.ask(Ask::Register(RegisterAsk::Substitute(k)));
            }
            (Action::Substitute, _) => cx.fail("Ersättare finns bara bland representanterna."),
            (Action::Toggle, Some(k)) => {
                let on = !self.taking_part(cx);
                let said = format!("{k} {}.", if on { "deltar" } else { "deltar inte längre" });
                if let Err(e) = change(cx, &said, |r, at| r.set_taking_part(kind, &k, on, at)) {
                    cx.fail(e);
                }
            }
            (Action::RemovePerson, Some(k)) => {
                if let Some(Ok(Some(why))) = cx.round().map(|r| r.person_used(kind, &k)) {
                    cx.fail(format!(
                        "{why}, så det går inte att ta bort. Mellanslag markerar att det inte längre deltar."
                    ));
                } else {
                    let q = RegisterAsk::Remove(kind, k.clone());
                    let text = format!("Ta bort {k} ur registret? (u ångrar)");
                    return cx.confirm(Ask::Register(q), text);
                }
            }
            _ => return Flow::Bubble,
        }
        Flow::Handled
    }

    /// The answer to one of the register's questions. What is said after
    /// a change goes with its save ("… Sparat i …").
    pub fn answer(&mut self, ask: RegisterAsk, reply: Reply, cx: &mut Cx) -> Result<(), String> {
        let t = reply.text().to_string();
        match ask {
            RegisterAsk::Add(Kind::Representative) => {
                let (name, place, mail) = parse_representative(&t)?;
                let warning = cx
                    .round()
                    .and_then(|r| r.name_warning(&name))
                    .map(|w| format!(" {w}"))
                    .unwrap_or_default();
                let said = format!(
                    "Representant tillagd: {}.{warning}",
                    crate::domain::names::without_invisible(&name)
                );
                change(cx, &said, |r, at| {
                    r.add_representative(&name, &place, &mail, at)
                })?;
                self.select_last(cx);
            }
            RegisterAsk::Add(Kind::Actor) => {
                let (code, name) = parse_actor(&t)?;
                change(cx, &format!("Aktör tillagd: {code}."), |r, at| {
                    r.add_actor(&code, &name, at)
                })?;
                self.select_last(cx);
            }
            RegisterAsk::Add(Kind::Rss) => {
                let (code, name, county) = parse_rss(&t)?;
                let said = format!("RSS tillagd: {}.", code.to_uppercase());
                change(cx, &said, |r, at| r.add_rss(&code, &name, &county, at))?;
                self.select_last(cx);
            }
            RegisterAsk::Rename(kind, old) => {
                change(cx, &format!("{old} heter nu {t}."), |r, at| {
                    r.rename_person(kind, &old, &t, at)
                })?;
            }
            RegisterAsk::Contact(kind, code) => {
                let (name, mail, remove) = parse_contact(&t)?;
                let said = if remove {
                    format!("{name} är inte längre kontaktperson för {code}.")
                } else {
                    format!("Kontaktperson för {code}: {name}.")
                };
                change(cx, &said, |r, at| {
                    r.set_contact_person(kind, &code, &name, &mail, remove, at)
                })?;
            }
            RegisterAsk::Email(name) => {
                change(cx, &format!("E-post för {name} sparad."), |r, at| {
                    r.set_rep_email(&name, &t, at)
                })?;
            }
            RegisterAsk::Substitute(name) => {
                let for_whom = (!t.is_empty()).then_some(t.as_str());
                let said = match for_whom {
                    Some(f) => format!("{name} är ersättare för {f}."),
                    None => format!("{name} är inte längre ersättare."),
                };
                change(cx, &said, |r, at| r.set_substitute(&name, for_whom, at))?;
            }
            RegisterAsk::Remove(kind, k) if reply == Reply::Yes => {
                let said = format!("{k} borttagen ur registret (u ångrar).");
                change(cx, &said, |r, at| r.remove_person(kind, &k, at))?;
                let len = self.len(cx);
                self.selected[self.tab] = self.selected[self.tab].min(len.saturating_sub(1));
            }
            RegisterAsk::Remove(..) => {}
        }
        Ok(())
    }

    fn select_last(&mut self, cx: &Cx) {
        self.selected[self.tab] = self.len(cx).saturating_sub(1);
    }
}

/// A change to the round from the register: it belongs to no moment, so
/// it does not mark the shown one started.
fn change(
    cx: &mut Cx,
    what: &str,
    f: impl FnOnce(&mut crate::domain::Round, jiff::Timestamp) -> Result<(), String>,
) -> Result<(), String> {
    let shown = cx.moment.take();
    let result = cx.try_change(what, f);
    cx.moment = shown;
    result
}
