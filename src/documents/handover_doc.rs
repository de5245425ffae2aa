//! The hand-over of moment 6 as a commission: per prioritised need its
//! place and points, the actors it is handed to (`meeting::assign`), what
//! is asked of them and by when, the NSK-S decision date, and whom to ask.
//! One document per actor with only its needs; the whole list goes to the
//! RSSs "för kännedom".

use crate::documents::blocks::Block;
use crate::documents::blocks::Listing;
use crate::documents::doc_dates::{self, long};
use crate::documents::reports::merged_numbers;
use crate::domain::{Moment, Round};
use crate::meeting::assign::{Source, handed_to};
use crate::meeting::moment67::prioritised;
use crate::tally::{RankRow, place_label};

/// What the national actors answered about a need (and the needs merged
/// into it) in the moment-3 dialogues: "SoS: kunskapslucka – anteckning",
/// each answer once even if given at two sessions.
pub fn actor_answers(round: &Round, number: &str) -> Vec<String> {
    let mut numbers = vec![number.to_string()];
    numbers.extend(merged_numbers(round, number));
    let mut out: Vec<String> = vec![];
    for a in round
        .dialogues
        .iter()
        .flat_map(|s| s.assessments.iter())
        .filter(|a| numbers.contains(&a.need))
    {
        let mut line = format!("{}: {}", a.actor, a.response.label());
        if !a.note.trim().is_empty() {
            line.push_str(&format!(" – {}", a.note.trim()));
        }
        if !out.contains(&line) {
            out.push(line);
        }
    }
    out
}

/// How the points were counted, in words.
pub fn points_explained(list_length: usize) -> String {
    match list_length {
        0 | 1 => {
            "Poängen: plats 1 på en rangordning ger 1 poäng; ett behov som inte rangordnats får 0."
                .into()
        }
        2 => "Så räknas poängen: på varje ledamots rangordning ger plats 1 2 poäng och plats 2 ger 1 poäng; ett behov som inte rangordnats får 0. Förstaplatser är hur många ledamöter som satte behovet först.".into(),
        l => format!(
            "Så räknas poängen: på varje ledamots rangordning ger plats 1 {l} poäng, plats 2 ger {} poäng och så vidare ned till plats {l}, som ger 1 poäng; ett behov som inte rangordnats får 0. Förstaplatser är hur många ledamöter som satte behovet först.",
            l - 1
        ),
    }
}

/// "SoS, SBU (föreslagna utifrån aktörernas svar)" or "ingen aktör ännu".
pub fn handed_line(r: &Round, number: &str) -> String {
    let (codes, source) = handed_to(r, number);
    let names: Vec<String> = codes.iter().map(|c| actor_name(r, c)).collect();
    match source {
        Source::Assigned => names.join(", "),
        Source::Proposed => format!("{} (föreslagna utifrån aktörernas svar)", names.join(", ")),
        Source::None => "ingen aktör ännu — kansliet återkommer".into(),
    }
}

/// "Socialstyrelsen (SoS)", or the code if the register has no name.
pub fn actor_name(r: &Round, code: &str) -> String {
    match r.actors.iter().find(|a| a.code == code) {
        Some(a) if !a.name.trim().is_empty() && a.name.trim() != code => {
            format!("{} ({code})", a.name.trim())
        }
        _ => code.to_string(),
    }
}

fn rows_for(r: &Round, actor: Option<&str>) -> Vec<RankRow> {
    prioritised(r)
        .into_iter()
        .filter(|row| actor.is_none_or(|a| handed_to(r, &row.number).0.iter().any(|c| c == a)))
        .collect()
}

fn picks_of(r: &Round, row: &RankRow) -> String {
    let ballots = r.current_pick_tally().ballots;
    format!("vald på {} av {ballots} valsedlar", row.picks)
}

/// The hand-over as a table, the whole list or one actor's part.
pub fn handover(round: &Round, actor: Option<&str>) -> Listing {
    Listing {
        title: title(round, actor),
        intro: intro(round, actor).join(" "),
        header: vec![
            "Plats",
            "Nr",
            "Kunskapsbehov",
            "Beskrivning",
            "Målgrupp",
            "Kända stöd som inte räcker",
            "Lämnas över till",
            "Aktörernas svar i dialogen",
            "Lyft av RSS",
            "Sammanslagna",
            "Poäng",
            "Förstaplatser",
            "Val",
        ],
        widths: vec![
            16.0, 9.0, 30.0, 60.0, 20.0, 30.0, 24.0, 36.0, 16.0, 16.0, 8.0, 12.0, 6.0,
        ],
        rows: rows_for(round, actor)
            .iter()
            .map(|r| {
                let n = round.need(&r.number);
                vec![
                    place_label(r.place),
                    r.number.clone(),
                    n.map(|n| n.title.clone()).unwrap_or_default().to_string(),
                    n.map(|n| n.description.clone())
                        .unwrap_or_default()
                        .to_string(),
                    n.map(|n| n.target_group.clone())
                        .unwrap_or_default()
                        .to_string(),
                    n.map(|n| n.known_support.clone())
                        .unwrap_or_default()
                        .to_string(),
                    handed_line(round, &r.number),
                    actor_answers(round, &r.number).join("\n"),
                    round.raised_by(&r.number).join(", "),
                    merged_numbers(round, &r.number).join(", "),
                    r.points.to_string(),
                    r.first_places.to_string(),
                    r.picks.to_string(),
                ]
            })
            .collect(),
    }
}

fn title(r: &Round, actor: Option<&str>) -> String {
    match actor {
        Some(a) => format!(
            "Prioriterade kunskapsbehov till {} – {}",
            actor_name(r, a),
            r.area
        ),
        None => format!("Prioriterade kunskapsbehov – {}", r.area),
    }
}

/// Who decided when, what is asked, by when, and whom to ask.
fn intro(r: &Round, actor: Option<&str>) -> Vec<String> {
    let decided = match doc_dates::decision(r) {
        Some(d) => format!(
            "NSK-S prioriterade kunskapsbehoven inom {} den {}.",
            r.area,
            long(d)
        ),
        None => format!("NSK-S prioriterade kunskapsbehoven inom {}.", r.area),
    };
    let by = match (doc_dates::feedback_by(r), doc_dates::feedback_meeting(r)) {
        (Some(by), Some(m)) => format!(
            "senast {}, så att den kan redovisas på Partnerskapets dialogmöte den {}",
            long(by),
            long(m)
        ),
        _ => "i god tid före Partnerskapets dialogmöte (moment 7)".into(),
    };
    let k = &r.secretariat;
    let contact: Vec<&str> = [&k.person, &k.name, &k.email, &k.phone]
        .into_iter()
        .map(|s| s.trim())
        .filter(|s| !s.is_empty())
        .collect();
    let ask = if contact.is_empty() {
        "Frågor besvaras av kansliet för Partnerskapet.".to_string()
    } else {
        format!("Frågor: {}.", contact.join(", "))
    };
    match actor {
        Some(a) => vec![
            decided,
            match rows_for(r, Some(a)).len() {
                1 => format!("Här är det behov som lämnas över till {}.", actor_name(r, a)),
                n => format!("Här är de {n} behov som lämnas över till {}.", actor_name(r, a)),
            },
            format!(
                "Vi ber er ta ställning till varje behov: om ni tar er an det, hur och när, eller varför inte, och återkoppla till kansliet {by}."
            ),
            ask,
        ],
        None => vec![
            decided,
            "Listan går till de nationella aktörerna, som ombeds ta ställning till sina behov, och för kännedom till alla RSS.".into(),
            format!("Aktörernas återkoppling begärs {by}."),
            ask,
        ],
    }
}

/// The hand-over as sections, one per need with its full text: what the
/// actors read (Markdown and Word; the table is the xlsx).
pub fn handover_blocks(round: &Round, actor: Option<&str>) -> Vec<Block> {
    let mut out = vec![Block::Heading(title(round, actor))];
    out.extend(intro(round, actor).into_iter().map(Block::Para));
    let list_length = round
        .current_rank_tally()
        .map(|t| t.list_length)
        .unwrap_or(0);
    out.push(Block::Para(points_explained(list_length)));
    for r in rows_for(round, actor) {
        let Some(n) = round.need(&r.number) else {
            continue;
        };
        out.push(Block::Heading(format!(
            "{} · {} {}",
            place_label(r.place),
            n.number,
            n.title
        )));
        out.push(Block::Para(n.description.to_string()));
        out.push(Block::Item(format!(
            "Lämnas över till: {}",
            handed_line(round, &n.number)
        )));
        out.push(Block::Item(format!(
            "Utmaningen i praktiken: {}",
            n.challenge
        )));
        out.push(Block::Item(format!("Målgrupp: {}", n.target_group)));
        out.push(Block::Item(format!(
            "Lyft av: {}",
            round.raised_by(&n.number).join(", ")
        )));
        let merged = merged_numbers(round, &n.number);
        if !merged.is_empty() {
            out.push(Block::Item(format!(
                "Sammanslagna behov: {}",
                merged.join(", ")
            )));
        }
        if !n.known_support.trim().is_empty() {
            out.push(Block::Item(format!(
                "Kända stöd som inte räcker: {}",
                n.known_support
            )));
        }
        let answers = actor_answers(round, &n.number);
        if !answers.is_empty() {
            out.push(Block::Item("Aktörernas svar i dialogen:".into()));
            out.extend(answers.into_iter().map(Block::SubItem));
        }
        out.push(Block::Item(format!(
            "{} poäng · {} · {}",
            r.points,
            crate::domain::swedish::count(r.first_places as usize, "förstaplats", "förstaplatser"),
            picks_of(round, &r)
        )));
    }
    out
}

/// What the timeline lacks for the hand-over's dates.
pub fn lacks(r: &Round) -> Vec<String> {
    let mut out = vec![];
    if doc_dates::decision(r).is_none() {
        out.push(doc_dates::lacks(Moment::Prioritering));
    }
    if doc_dates::feedback_meeting(r).is_none() {
        out.push(doc_dates::lacks(Moment::Aterkoppling));
    }
    out
}
