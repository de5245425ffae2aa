//! The register as tables for the terminal.

use comfy_table::{Table, presets::UTF8_FULL_CONDENSED};

use crate::documents::cell_text as clean;
use crate::domain::Round;

fn contacts(list: &[crate::domain::people::Person]) -> String {
    list.iter()
        .map(|p| {
            if p.email.is_empty() {
                clean(&p.name)
            } else {
                format!("{} <{}>", clean(&p.name), clean(&p.email))
            }
        })
        .collect::<Vec<_>>()
        .join("; ")
}

fn yes_no(b: bool) -> &'static str {
    if b { "ja" } else { "nej" }
}

pub fn text(r: &Round) -> String {
    let mut reps = Table::new();
    reps.load_style(UTF8_FULL_CONDENSED).set_header(vec![
        "Representant",
        "Län",
        "RSS",
        "E-post",
        "Deltar",
        "Ersättare för",
    ]);
    for p in &r.representatives {
        reps.add_row(vec![
            clean(&p.name),
            clean(&p.county),
            clean(&p.rss),
            clean(&p.email),
            yes_no(p.participates).into(),
            p.substitute_for.as_deref().map(clean).unwrap_or_default(),
        ]);
    }
    let mut actors = Table::new();
    actors
        .load_style(UTF8_FULL_CONDENSED)
        .set_header(vec!["Aktör", "Namn", "Deltar", "Kontakt"]);
    for a in &r.actors {
        actors.add_row(vec![
            clean(&a.code),
            clean(&a.name),
            yes_no(a.participates).into(),
            contacts(&a.contacts),
        ]);
    }
    let mut rss = Table::new();
    rss.load_style(UTF8_FULL_CONDENSED).set_header(vec![
        "RSS",
        "Namn",
        "Län",
        "Deltar",
        "Kontaktpersoner",
    ]);
    for x in &r.rss {
        rss.add_row(vec![
            clean(&x.code),
            clean(&x.name),
            clean(&x.county),
            yes_no(x.participates).into(),
            contacts(&x.contacts),
        ]);
    }
    let k = &r.secretariat;
    let kansli = match k.missing().as_slice() {
        [] => format!(
            "{} · {} · {}",
            clean(&k.display_name()),
            clean(&k.email),
            clean(&k.phone)
        ),
        m => format!(
            "{} (saknas: {}; lbk people FIL kansli --name … --person … --email … --phone …)",
            clean(&k.display_name()),
            m.join(", ")
        ),
    };
    format!(
        "Kansliet: {kansli}\n\nLokala representanter i NSK-S ({})\n{reps}\n\nNationella aktörer ({})\n{actors}\n\nRSS ({})\n{rss}",
        r.representatives.len(),
        r.actors.len(),
        r.rss.len()
    )
}
