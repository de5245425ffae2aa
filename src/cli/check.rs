//! `lbk check FILE`: reads and validates a round file (never writes it) and
//! prints a short summary.

use std::fmt::Write as _;
use std::path::Path;

use crate::domain::{NeedStatus, Round};
use crate::store::StoreError;

/// A few lines about the round: area, model, moment, counts.
pub fn summary(round: &Round) -> String {
    let m = round.current_moment();
    let status = round
        .moment_record(m)
        .map(|r| r.status.label())
        .unwrap_or("");
    let count = |f: fn(&NeedStatus) -> bool| round.needs.iter().filter(|n| f(&n.status)).count();
    let p = &round.prioritization;
    let mut out = String::new();
    let _ = writeln!(
        out,
        "Verksamhetsområde: {}",
        crate::domain::text_safety::clean_line(&round.area)
    );
    let _ = writeln!(out, "Modell: {}", round.model.label());
    let _ = writeln!(
        out,
        "Aktuellt moment: {} {} ({status})",
        m.number(),
        m.name(round.model)
    );
    let _ = writeln!(
        out,
        "RSS: {} deltar av {} · lokala representanter: {} · nationella aktörer: {}",
        round.rss.iter().filter(|r| r.participates).count(),
        round.rss.len(),
        round.representatives.len(),
        round.actors.len()
    );
    let _ = writeln!(
        out,
        "Behov: {} inskickade · {} kunskapsluckor · {} sammanslagna · {} undanlagda",
        round.needs.len(),
        count(|s| *s == NeedStatus::Kunskapslucka),
        count(|s| matches!(s, NeedStatus::Sammanslaget { .. })),
        count(|s| matches!(s, NeedStatus::Undanlagt { .. })),
    );
    let _ = writeln!(
        out,
        "Prioritering: {} val per representant · {} närvarande · {} valsedlar · {} rangordningar",
        p.max_picks,
        p.present.len(),
        p.pick_ballots.len(),
        p.rank_ballots.len()
    );
    let _ = write!(
        out,
        "Ändringslogg: {} poster · revision {}",
        round.log.len(),
        round.revision
    );
    out
}

/// The summary, or every contradiction with its line when the file says
/// against itself (then the check fails: the app would open it read-only).
pub fn run(path: &Path) -> Result<String, StoreError> {
    let (mut round, fp) = crate::store::file::load_file(path)?;
    // The journal's changes are checked with the file, never written here.
    let journal = crate::store::replay::replay(path, &mut round, fp)?;
    let found = crate::store::contradicted::findings(&round, path);
    if found.is_empty() {
        let mut out = summary(&round);
        if !out.is_empty() && !out.ends_with('\n') {
            out.push('\n');
        }
        use crate::store::replay::Journal;
        match journal {
            Journal::None | Journal::Stale => {}
            Journal::Applied { applied, dropped } => {
                let _ = writeln!(
                    out,
                    "Journal: {} som ännu inte skrivits in i filen (skrivs in när omgången öppnas){}",
                    crate::domain::swedish::count(applied, "ändring", "ändringar"),
                    dropped.map(|d| format!("; {d}")).unwrap_or_default()
                );
            }
            Journal::Foreign => {
                let _ = writeln!(
                    out,
                    "Journal: hör till en annan version av filen och läses inte in."
                );
            }
        }
        return Ok(out);
    }
    Err(StoreError::Contradicted {
        path: path.to_path_buf(),
        lines: found.join("\n"),
        count: found.len(),
    })
}
