//! The store at meeting scale and at a hundred times that: what one change
//! costs on disk through the journal (appended, fsynced, and the fold into
//! the file whenever the journal passes 1 MB, spread over the changes), the
//! fold itself, and reading a journal of 10 000 changes at open. Figures in
//! docs/performance.md.

use std::hint::black_box;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::{Duration, Instant};

use criterion::{BatchSize, Criterion, criterion_group, criterion_main};
use lbk::domain::Round;
use lbk::store::open::journaled::COMPACT_BYTES;
use lbk::store::{OpenRound, journal, patch, round_to_string};
use lbk::synth::{REALISTIC, STRESS, Scale, round};

fn scales() -> [(&'static str, Scale); 2] {
    [("realistisk", REALISTIC), ("stress", STRESS)]
}

fn write_round(dir: &Path, r: &Round) -> PathBuf {
    let p = dir.join("omgang.ron");
    std::fs::write(&p, round_to_string(r)).unwrap();
    p
}

fn at() -> jiff::Timestamp {
    jiff::Timestamp::from_second(1_790_000_000).unwrap()
}

/// The `k`th change of a meeting: a dot on a need at moment 2 when `k` is
/// even, a ranking given again (its first two swapped) when it is odd;
/// each with its log entry, as the app makes them.
fn change(r: &mut Round, k: usize) {
    if k.is_multiple_of(2) {
        let i = (k / 2) % r.needs.len();
        r.needs[i].dots = Some(r.needs[i].dots.unwrap_or(0) + 1);
        r.record(at(), format!("Prick till {}.", r.needs[i].number));
    } else {
        let ballots = &mut r.prioritization.rank_ballots;
        let i = (k / 2) % ballots.len();
        ballots[i].order.make_mut().swap(0, 1);
        let who = ballots[i].representative.clone();
        r.record(at(), format!("Rangordning från {who}."));
    }
}

/// One change saved through the journal, the version before kept by the
/// session as for undo (not timed: the session keeps it anyway).
fn save_per_change(c: &mut Criterion) {
    for (name, scale) in scales() {
        let dir = tempfile::tempdir().unwrap();
        let path = write_round(dir.path(), &round(scale, 1));
        let mut open = OpenRound::open(&path).unwrap();
        let mut k = 0;
        c.bench_function(
            &format!("{name}/spara en ändring (journal, fsync, sammanslagning var 1 MB)"),
            |b| {
                b.iter_custom(|n| {
                    let mut spent = Duration::ZERO;
                    for _ in 0..n {
                        let before = Arc::new(open.round.clone());
                        change(&mut open.round, k);
                        k += 1;
                        let t = Instant::now();
                        open.mark_before(Arc::clone(&before));
                        open.save_change().unwrap();
                        spent += t.elapsed();
                        // Dropped by the session's undo later, not by the save.
                        drop(before);
                    }
                    spent
                })
            },
        );
        // The fold: the whole file written from memory, the journal removed.
        c.bench_function(
            &format!("{name}/skriv in journalen i filen (atomiskt, fsync)"),
            |b| {
                b.iter_custom(|n| {
                    let mut spent = Duration::ZERO;
                    for _ in 0..n {
                        let before = Arc::new(open.round.clone());
                        change(&mut open.round, k);
                        k += 1;
                        open.mark_before(before);
                        open.save_change().unwrap();
                        let t = Instant::now();
                        open.save().unwrap();
                        spent += t.elapsed();
                    }
                    spent
                })
            },
        );
    }
}

/// A round file with a journal of `count` changes beside it (or fewer, once
/// it holds `bytes`), as a crash would leave it.
fn journal_of(dir: &Path, r: &Round, count: usize, bytes: u64) -> PathBuf {
    let path = write_round(dir, r);
    let fp = lbk::store::file::load_file(&path).unwrap().1;
    // Two copies in step: each change is made to one, diffed, then made
    // to the other, so no round is cloned per change.
    let (mut before, mut after) = (r.clone(), r.clone());
    for k in 0..count {
        change(&mut after, k);
        let p = patch::diff(&before, &after);
        let record = serde_json::to_vec(&p).unwrap();
        let size = journal::append(&journal::journal_path(&path), fp, &record).unwrap();
        change(&mut before, k);
        if size >= bytes {
            break;
        }
    }
    path
}

fn replay(c: &mut Criterion) {
    for (name, scale) in scales() {
        let dir = tempfile::tempdir().unwrap();
        let r = round(scale, 1);
        let path = journal_of(dir.path(), &r, 10_000, u64::MAX);
        let (file, fp) = lbk::store::file::load_file(&path).unwrap();
        c.bench_function(
            &format!("{name}/läs in en journal med 10 000 ändringar"),
            |b| {
                b.iter_batched(
                    || file.clone(),
                    |mut round| {
                        let found = lbk::store::replay::replay(&path, &mut round, fp).unwrap();
                        black_box((found, round))
                    },
                    BatchSize::LargeInput,
                )
            },
        );
        c.bench_function(
            &format!("{name}/öppna omgången med 10 000 ändringar i journalen"),
            |b| b.iter(|| black_box(lbk::store::load(&path).unwrap())),
        );
        // The most a crash can leave: the journal is folded at 1 MB.
        let full = tempfile::tempdir().unwrap();
        let path = journal_of(full.path(), &r, usize::MAX, COMPACT_BYTES);
        c.bench_function(
            &format!("{name}/öppna omgången med en full journal (1 MB)"),
            |b| b.iter(|| black_box(lbk::store::load(&path).unwrap())),
        );
    }
}

criterion_group! {
    name = benches;
    config = Criterion::default().sample_size(20).measurement_time(Duration::from_secs(3)).warm_up_time(Duration::from_millis(500));
    targets = save_per_change, replay
}
criterion_main!(benches);
