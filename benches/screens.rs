//! One key and one frame on every moment screen, at meeting scale and at a
//! hundred times that: the work a user waits for when moving in a list. A
//! 60 Hz frame is 16.7 ms (see docs/performance.md).

use std::hint::black_box;

use criterion::{Criterion, criterion_group, criterion_main};
use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use lbk::store::{Folders, Settings, round_to_string};
use lbk::synth::{REALISTIC, STRESS, round};
use lbk::tui::app::App;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;

fn key(code: KeyCode) -> KeyEvent {
    KeyEvent::new(code, KeyModifiers::NONE)
}

fn one_key_and_one_frame(c: &mut Criterion) {
    for (name, scale) in [("realistisk", REALISTIC), ("stress", STRESS)] {
        let dir = tempfile::tempdir().unwrap();
        let folders = Folders::under(dir.path());
        std::fs::create_dir_all(&folders.data).unwrap();
        let path = folders.data.join("omgang.ron");
        std::fs::write(&path, round_to_string(&round(scale, 1))).unwrap();
        let mut app = App::new(folders, Settings::default(), false, jiff::Timestamp::now);
        app.open_file(path);
        assert!(app.round().is_some());
        let area = Rect::new(0, 0, 200, 60);
        for m in 1..=7u8 {
            app.press(key(KeyCode::Char(char::from(b'0' + m))));
            let mut down = true;
            c.bench_function(&format!("{name}/tangent och bild, moment {m}"), |b| {
                b.iter(|| {
                    let k = if down { KeyCode::Down } else { KeyCode::Up };
                    down = !down;
                    app.press(key(k));
                    let mut buf = Buffer::empty(area);
                    lbk::tui::draw::render_app(&app, area, &mut buf);
                    black_box(buf)
                })
            });
        }
    }
}

criterion_group! {
    name = benches;
    config = Criterion::default().sample_size(20).measurement_time(std::time::Duration::from_secs(2)).warm_up_time(std::time::Duration::from_millis(300));
    targets = one_key_and_one_frame
}
criterion_main!(benches);
