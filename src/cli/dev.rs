//! Hidden subcommands for measuring: `lbk synth` writes a synthetic round,
//! `lbk frame` opens a round and draws the first frame off-screen, printing
//! how long loading and the first frame took.

use std::path::Path;
use std::time::Instant;

use anyhow::{anyhow, bail};

use crate::store::{Folders, Settings, load, round_to_string};
use crate::synth::{history, round, scale_named};

pub fn run_synth(
    scale: &str,
    seed: u64,
    output: &Path,
    history_dir: Option<&Path>,
) -> anyhow::Result<String> {
    let s = scale_named(scale)
        .ok_or_else(|| anyhow!("Okänd skala {scale:?}: realistic eller stress."))?;
    let r = round(s, seed);
    if output.exists() {
        bail!("{} finns redan; välj ett annat namn.", output.display());
    }
    crate::store::file::write_atomic(output, round_to_string(&r).as_bytes())?;
    let mut n = 0;
    if let Some(dir) = history_dir {
        std::fs::create_dir_all(dir)?;
        for (i, h) in history(s, seed).iter().enumerate() {
            crate::store::file::write_atomic(
                &dir.join(format!("historik-{i:02}.ron")),
                round_to_string(h).as_bytes(),
            )?;
            n += 1;
        }
    }
    Ok(format!(
        "Skrev {} ({} behov){}",
        output.display(),
        r.needs.len(),
        if n > 0 {
            format!(" och {n} tidigare omgångar")
        } else {
            String::new()
        }
    ))
}

/// Loads the round (timed), then opens it in the app and draws the first
/// frame to an off-screen 200x60 buffer (timed). With LBK_FRAME_DETAIL set,
/// also prints the steps.
pub fn run_frame(file: &Path, folders: Folders) -> anyhow::Result<String> {
    let t0 = Instant::now();
    load(file)?;
    let bare = t0.elapsed();
    let t1 = Instant::now();
    let open = crate::store::OpenRound::open(file)?;
    let t_open = t1.elapsed();
    let app = crate::tui::app::App::opening(
        folders,
        Settings::default(),
        false,
        jiff::Timestamp::now,
        open,
    );
    let t_app = t1.elapsed();
    let area = ratatui::layout::Rect::new(0, 0, 200, 60);
    let mut buf = ratatui::buffer::Buffer::empty(area);
    crate::tui::draw::render_app(&app, area, &mut buf);
    let first = t1.elapsed();
    if std::env::var_os("LBK_FRAME_DETAIL").is_some() {
        eprintln!(
            "öppna {:.2} ms · appen klar {:.2} ms",
            t_open.as_secs_f64() * 1e3,
            t_app.as_secs_f64() * 1e3
        );
    }
    Ok(format!(
        "läsning {:.2} ms · öppna till första bild {:.2} ms · kvot {:.2}",
        bare.as_secs_f64() * 1e3,
        first.as_secs_f64() * 1e3,
        first.as_secs_f64() / bare.as_secs_f64().max(1e-9)
    ))
}

/// Saves the round again and again, printing each saved revision on its own
/// line, until killed or `count` saves are done. For the crash test: the
/// file must survive a kill at any moment.
pub fn run_save_loop(file: &Path, count: u64) -> anyhow::Result<String> {
    use std::io::Write as _;
    let mut open = crate::store::OpenRound::open(file)?;
    if let Some(reason) = &open.read_only {
        bail!("Skrivskyddad: {reason}");
    }
    let mut out = std::io::stdout().lock();
    for i in 0..count {
        let now = jiff::Timestamp::now();
        open.round.record(now, format!("Sparning {i} i provslinga"));
        open.round.area = format!("Provslinga {}", open.round.revision + 1);
        open.save()?;
        writeln!(out, "{}", open.round.revision)?;
        out.flush()?;
    }
    Ok(String::new())
}

/// Changes the round `count` times through the journal, as the app does
/// (the version before each change kept, one record appended and fsynced),
/// writing the file every `fold_every` changes; prints each change's
/// number once it is saved. The number is kept in the area's name
/// ("Ändring N"), so a test can tell which changes survived a kill.
pub fn run_journal_loop(file: &Path, count: u64, fold_every: u64) -> anyhow::Result<()> {
    use std::io::Write as _;
    let mut open = crate::store::OpenRound::open(file)?;
    if let Some(reason) = &open.read_only {
        bail!("Skrivskyddad: {reason}");
    }
    let mut n: u64 = open
        .round
        .area
        .strip_prefix("Ändring ")
        .and_then(|k| k.parse().ok())
        .unwrap_or(0);
    let mut out = std::io::stdout().lock();
    for i in 0..count {
        open.mark_before(std::sync::Arc::new(open.round.clone()));
        n += 1;
        open.round.area = format!("Ändring {n}");
        open.round
            .record(jiff::Timestamp::now(), format!("Ändring {n} i provslinga"));
        open.save_change()?;
        writeln!(out, "{n}")?;
        out.flush()?;
        if fold_every > 0 && (i + 1) % fold_every == 0 {
            open.save()?;
        }
    }
    Ok(())
}
