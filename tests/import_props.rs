//! Imports cannot hurt: arbitrary rows and strings (empty, very long, NUL,
//! right-to-left, emoji, formulas, numbers where text belongs) through every
//! importer give either a clean import or a refusal naming row and column,
//! never a panic, and after a refusal the round is unchanged.

use jiff::Timestamp;
use lbk::documents::needs_template::COLUMNS;
use lbk::domain::Round;
use lbk::domain::priority::Stage;
use lbk::imports::ballots::{import_rows, plan, read_text};
use lbk::imports::cells::parse_csv;
use lbk::imports::needs::{NeedsSheet, plan_import};
use proptest::prelude::*;

fn sample_b() -> Round {
    lbk::store::parse_round(
        lbk::store::samples::SAMPLES[1].text.as_bytes(),
        std::path::Path::new("b.ron"),
    )
    .unwrap()
}

/// Strings that have broken importers elsewhere.
fn nasty() -> impl Strategy<Value = String> {
    prop_oneof![
        Just(String::new()),
        Just("x".repeat(100_000)),
        Just("\0\0".into()),
        Just("\u{202E}gnalkcaB\u{202C}".into()),
        Just("👩‍👩‍👧‍👦🧠".into()),
        Just("=SUM(A1:A9)".into()),
        Just("+46701234567".into()),
        Just("-1".into()),
        Just("@cmd".into()),
        Just("42".into()),
        Just("3.14".into()),
        Just("GR-01".into()),
        Just("gr1".into()),
        Just("Anna Lindqvist".into()),
        Just("Representant".into()),
        Just("Val 1".into()),
        Just("Kort titel".into()),
        Just("Nationell".into()),
        Just("\u{1b}[2J\u{7}".into()),
        ".{0,40}",
    ]
}

fn rows() -> impl Strategy<Value = Vec<Vec<String>>> {
    prop::collection::vec(prop::collection::vec(nasty(), 0..8), 0..8)
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 64, .. ProptestConfig::default() })]

    #[test]
    fn ballot_sheets_import_cleanly_or_are_refused_with_a_place(mut sheet in rows(), header in any::<bool>(), rank in any::<bool>()) {
        let mut round = sample_b();
        if rank {
            round.close_picks(Timestamp::UNIX_EPOCH).unwrap();
        }
        if header {
            let word = if rank { "Plats" } else { "Val" };
            let mut h = vec!["Representant".to_string()];
            h.extend((1..6).map(|i| format!("{word} {i}")));
            sheet.insert(0, h);
        }
        let before = round.clone();
        let stage = if rank { Stage::Rank } else { Stage::Pick };
        match import_rows(&mut round, stage, &sheet, Timestamp::UNIX_EPOCH) {
            Ok(_) => prop_assert!(round.validate().is_ok()),
            Err(refusal) => {
                prop_assert!(!refusal.problems.is_empty() || !refusal.unknown.is_empty());
                prop_assert!(refusal.problems.iter().all(|p| p.row >= 1 && !p.message.is_empty()));
                for line in refusal.lines() {
                    prop_assert!(!line.chars().any(lbk::domain::text_safety::is_unsafe), "{}", line);
                }
                prop_assert_eq!(round, before);
            }
        }
    }

    #[test]
    fn sheets_declaring_huge_dimensions_are_read_within_bounds_or_refused(cells in prop::collection::vec((0u32..1_048_576, 0u16..16_384, nasty()), 1..6)) {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("s.xlsx");
        let mut wb = rust_xlsxwriter::Workbook::new();
        let ws = wb.add_worksheet();
        ws.write_string(0, 0, "Kort titel").unwrap();
        for (r, c, v) in &cells {
            let v: String = v.chars().take(1000).collect();
            let _ = ws.write_string(*r, *c, v);
        }
        wb.save(&path).unwrap();
        let limits = lbk::imports::sheet_guard::LIMITS;
        match lbk::imports::sheet_reader::read_book(&path) {
            Ok(book) => {
                for g in &book.sheets {
                    prop_assert!(g.rows.len() <= limits.rows as usize);
                    prop_assert!(g.rows.iter().all(|r| r.len() <= limits.columns as usize));
                }
            }
            Err(e) => prop_assert!(e.contains("lbk läser högst"), "{}", e),
        }
    }

    #[test]
    fn pasted_chat_text_plans_cleanly_or_is_refused_and_never_panics(lines in prop::collection::vec(nasty(), 0..12), names in any::<bool>()) {
        let round = sample_b();
        let text: String = lines
            .iter()
            .enumerate()
            .map(|(i, l)| if names && i % 2 == 0 { format!("Anna Lindqvist: {l}\n") } else { format!("{l}\n") })
            .collect();
        let source = read_text(&text);
        match plan(&round, Stage::Pick, &source, &[]) {
            Ok(p) => prop_assert!(p.ballots.iter().all(|b| !b.needs.is_empty())),
            Err(refusal) => {
                for line in refusal.lines() {
                    prop_assert!(!line.chars().any(lbk::domain::text_safety::is_unsafe), "{}", line);
                }
            }
        }
    }

    #[test]
    fn needs_sheets_plan_cleanly_or_are_refused_with_a_place(body in rows(), order in Just(()).prop_perturb(|_, mut rng| {
        let mut idx: Vec<usize> = (0..COLUMNS.len()).collect();
        for i in (1..idx.len()).rev() { idx.swap(i, (rng.next_u32() as usize) % (i + 1)); }
        idx
    })) {
        let round = sample_b();
        let mut rows = vec![order.iter().map(|i| COLUMNS[*i].header.to_string()).collect::<Vec<_>>()];
        rows.extend(body);
        let sheet = NeedsSheet { row_numbers: (1..=rows.len()).collect(), rows, found_in: "prov".into(), ..Default::default() };
        match plan_import(&round, "GR", &sheet) {
            Ok(plan) => {
                let mut r = round.clone();
                lbk::imports::needs::apply_import(&mut r, &plan, Timestamp::UNIX_EPOCH).unwrap();
                prop_assert!(r.validate().is_ok());
                prop_assert!(r.needs.len() >= round.needs.len(), "nothing is removed");
                for n in &plan.new {
                    prop_assert!(!n.title.chars().any(lbk::domain::text_safety::is_unsafe), "control characters removed");
                }
            }
            Err(problems) => prop_assert!(problems.iter().all(|p| p.row >= 1 && !p.message.is_empty())),
        }
    }

    #[test]
    fn csv_bytes_of_any_kind_parse_or_are_refused(bytes in prop::collection::vec(any::<u8>(), 0..2000)) {
        match parse_csv(&bytes) {
            Ok(rows) => prop_assert!(rows.iter().all(|r| r.iter().all(|c| c.len() <= bytes.len()))),
            Err(msg) => prop_assert!(msg.starts_with("rad ")),
        }
    }
}
