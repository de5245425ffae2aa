//! Speed at meeting scale and at a hundred times that (see
//! docs/performance.md for the figures and how to run them).

use std::hint::black_box;
use std::path::{Path, PathBuf};

use criterion::{BatchSize, Criterion, criterion_group, criterion_main};
use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use lbk::domain::Round;
use lbk::store::{Folders, Settings, round_to_string};
use lbk::synth::{REALISTIC, STRESS, Scale, history, round};
use lbk::tally::{RankCache, rank_tally};
use lbk::tui::app::App;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;

fn scales() -> [(&'static str, Scale); 2] {
    [("realistisk", REALISTIC), ("stress", STRESS)]
}

fn write_round(dir: &Path, r: &Round) -> PathBuf {
    let p = dir.join("omgang.ron");
    std::fs::write(&p, round_to_string(r)).unwrap();
    p
}

fn tallies(c: &mut Criterion) {
    for (name, scale) in scales() {
        let r = round(scale, 1);
        // One ballot changes: a pick swapped; then the pick tally again.
        c.bench_function(
            &format!("{name}/valräkning efter en ändrad valsedel"),
            |b| {
                b.iter_batched_ref(
                    || {
                        let mut r = r.clone();
                        let gaps: Vec<String> = r
                            .final_compilation()
                            .iter()
                            .map(|n| n.number.clone())
                            .collect();
                        let ballot = &mut r.prioritization.pick_ballots[0];
                        ballot.needs[0] = gaps
                            .iter()
                            .find(|g| !ballot.needs.contains(g))
                            .unwrap()
                            .clone();
                        r
                    },
                    |r| black_box(r.current_pick_tally()),
                    BatchSize::LargeInput,
                )
            },
        );
        let list: Vec<String> = r.rank_candidates();
        let refs: Vec<&str> = list.iter().map(String::as_str).collect();
        let picks = r.pick_counts();
        let ballots = r.prioritization.rank_ballots.clone();
        c.bench_function(
            &format!("{name}/rangordning från början (Borda + parvis)"),
            |b| b.iter(|| black_box(rank_tally(&refs, refs.len(), &ballots, &picks))),
        );
        let mut cache = RankCache::new(&refs, refs.len());
        for bl in &ballots {
            cache.apply(&bl.order, true);
        }
        let mut corrected = ballots[0].order.to_vec();
        corrected.reverse();
        c.bench_function(
            &format!("{name}/rangordning efter en rättad valsedel (inkrementell)"),
            |b| {
                b.iter_batched_ref(
                    || cache.clone(),
                    |cache| {
                        cache.apply(&ballots[0].order, false);
                        cache.apply(&corrected, true);
                        black_box(cache.tally(&picks))
                    },
                    BatchSize::LargeInput,
                )
            },
        );
    }
}

fn app_on(dir: &Path, r: &Round) -> App {
    let path = write_round(dir, r);
    let mut app = App::new(
        Folders::under(dir),
        Settings::default(),
        false,
        jiff::Timestamp::now,
    );
    app.open_file(path);
    assert!(app.round().is_some());
    app
}

fn render(c: &mut Criterion) {
    for (name, scale) in scales() {
        let dir = tempfile::tempdir().unwrap();
        let app = app_on(dir.path(), &round(scale, 1));
        let area = Rect::new(0, 0, 200, 60);
        c.bench_function(
            &format!("{name}/rita moment 5 med rösträkning, 200x60"),
            |b| {
                b.iter_batched(
                    || Buffer::empty(area),
                    |mut buf| {
                        lbk::tui::draw::render_app(&app, area, &mut buf);
                        black_box(buf)
                    },
                    BatchSize::LargeInput,
                )
            },
        );
    }
}

fn files(c: &mut Criterion) {
    for (name, scale) in scales() {
        let dir = tempfile::tempdir().unwrap();
        let r = round(scale, 1);
        let path = write_round(dir.path(), &r);
        c.bench_function(
            &format!("{name}/läs omgångsfil (läs, tolka, kontrollera)"),
            |b| b.iter(|| black_box(lbk::store::load(&path).unwrap())),
        );
        let (mut loaded, mut fp) = lbk::store::load(&path).unwrap();
        c.bench_function(
            &format!("{name}/spara omgångsfil (atomiskt, fsync)"),
            |b| {
                b.iter(|| {
                    fp = lbk::store::save(&path, &mut loaded, Some(fp)).unwrap();
                })
            },
        );
        c.bench_function(&format!("{name}/xlsx-export av rösträkningen"), |b| {
            b.iter(|| {
                let report = lbk::documents::tally_out::TallyReport::of(&r);
                black_box(lbk::documents::tally_xlsx::xlsx(&report, None).unwrap())
            })
        });
        // What `e` on moment 5 writes: text, Markdown, xlsx, CSV, the minutes
        // in Word and the result as slides, planned in memory.
        let now = jiff::Timestamp::UNIX_EPOCH;
        c.bench_function(
            &format!("{name}/dokument för moment 5 (alla format)"),
            |b| {
                b.iter(|| {
                    black_box(
                        lbk::documents::plan::plan(&lbk::documents::plan::Document::Tally, &r, now)
                            .unwrap(),
                    )
                })
            },
        );
        c.bench_function(&format!("{name}/bilder för moment 5 (pptx)"), |b| {
            b.iter(|| {
                let deck = lbk::documents::decks::result_deck(&r, now);
                black_box(
                    lbk::documents::formats::pptx::deck_pptx(
                        &deck,
                        &lbk::documents::formats::docx_page::Page::plain("omgång"),
                    )
                    .unwrap(),
                )
            })
        });
    }
}

/// 24 filled templates, one per RSS, ~17 needs each.
fn templates(c: &mut Criterion) {
    let dir = tempfile::tempdir().unwrap();
    let mut r = round(REALISTIC, 1);
    r.needs.clear();
    let mut sheets = vec![];
    for (i, rss) in r.rss.iter().enumerate() {
        let mut wb = rust_xlsxwriter::Workbook::new();
        let ws = wb.add_worksheet();
        for (c, h) in [
            "Kort titel",
            "Beskrivning",
            "Utmaningen i praktiken",
            "Målgrupp",
            "Nivå",
            "Prickar",
        ]
        .iter()
        .enumerate()
        {
            ws.write_string(0, c as u16, *h).unwrap();
        }
        for row in 1..=17u32 {
            ws.write_string(row, 0, format!("Behov {row} från {}", rss.code))
                .unwrap();
            ws.write_string(
                row,
                1,
                "En beskrivning som en kommun skulle skriva, med flera meningar om vad som saknas.",
            )
            .unwrap();
            ws.write_string(row, 2, "Det är svårt i praktiken.")
                .unwrap();
            ws.write_string(row, 3, "Vuxna").unwrap();
            ws.write_string(row, 4, "Nationell").unwrap();
            ws.write_number(row, 5, f64::from(row % 5)).unwrap();
        }
        let p = dir.path().join(format!("mall-{i}.xlsx"));
        wb.save(&p).unwrap();
        sheets.push((rss.code.clone(), p));
    }
    c.bench_function("realistisk/importera 24 ifyllda mallar", |b| {
        b.iter_batched(
            || r.clone(),
            |mut r| {
                for (code, p) in &sheets {
                    let sheet = lbk::imports::needs::read_needs_sheet(p).unwrap();
                    let plan = lbk::imports::needs::plan_import(&r, code, &sheet).unwrap();
                    lbk::imports::needs::apply_import(&mut r, &plan, jiff::Timestamp::UNIX_EPOCH)
                        .unwrap();
                }
                black_box(r)
            },
            BatchSize::LargeInput,
        )
    });
}

/// The work per keystroke must not grow with the rounds in the history.
fn keystroke(c: &mut Criterion) {
    for n in [5usize, 50] {
        let dir = tempfile::tempdir().unwrap();
        let folders = Folders::under(dir.path());
        std::fs::create_dir_all(&folders.data).unwrap();
        for (i, h) in history(
            Scale {
                history: n,
                ..REALISTIC
            },
            3,
        )
        .iter()
        .enumerate()
        {
            std::fs::write(
                folders.data.join(format!("h{i:02}.ron")),
                round_to_string(h),
            )
            .unwrap();
        }
        let path = folders.data.join("aktuell.ron");
        std::fs::write(&path, round_to_string(&round(REALISTIC, 1))).unwrap();
        let mut app = App::new(folders, Settings::default(), false, jiff::Timestamp::now);
        app.open_file(path);
        app.press(KeyEvent::new(KeyCode::Char('2'), KeyModifiers::NONE));
        let area = Rect::new(0, 0, 200, 60);
        let mut down = true;
        c.bench_function(
            &format!("tangenttryck och ny bild i moment 2 med {n} omgångar i historiken"),
            |b| {
                b.iter(|| {
                    let k = if down { KeyCode::Down } else { KeyCode::Up };
                    down = !down;
                    app.press(KeyEvent::new(k, KeyModifiers::NONE));
                    let mut buf = Buffer::empty(area);
                    lbk::tui::draw::render_app(&app, area, &mut buf);
                    black_box(buf)
                })
            },
        );
    }
}

criterion_group! {
    name = benches;
    config = Criterion::default().sample_size(20).measurement_time(std::time::Duration::from_secs(3)).warm_up_time(std::time::Duration::from_millis(500));
    targets = tallies, render, files, templates, keystroke
}
criterion_main!(benches);
