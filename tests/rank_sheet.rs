//! The ranking's ballot sheet (part of issue #16): one cell per
//! representative for the whole ranking, the list to rank beside it in the
//! order of its rows, filled as a representative would and imported; and
//! closing the pick stage says who had not voted.

mod common;

use std::path::Path;
use std::process::Output;

use calamine::{Data, Reader, open_workbook_auto};
use common::cli::{lbk, round_copy, s};
use lbk::store::load;

fn import(round: &Path, stage: &str, sheet: &Path, extra: &[&str]) -> Output {
    let mut args = vec!["ballots", "import", s(round), "--stage", stage, s(sheet)];
    args.extend_from_slice(extra);
    lbk(&args)
}

#[test]
fn the_rank_template_is_one_cell_per_representative_with_the_list_beside_it() {
    let dir = tempfile::tempdir().unwrap();
    let round = round_copy(dir.path());
    let before = load(&round).unwrap().0;
    let missing = before.turnout().missing.len();
    let closed = lbk(&["ballots", "close", "--stage", "pick", s(&round)]);
    assert!(closed.status.success());
    // Closing says who had not voted, as the app's question does.
    let said = String::from_utf8_lossy(&closed.stdout);
    assert!(
        said.contains(&format!(
            "{missing} av {} närvarande har inte röstat",
            before.turnout().voters
        )),
        "{said}"
    );
    let tpl = dir.path().join("rang.xlsx");
    let out = lbk(&[
        "ballots",
        "template",
        s(&round),
        "--stage",
        "rank",
        "-o",
        s(&tpl),
    ]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let r = load(&round).unwrap().0;
    let mut wb = open_workbook_auto(&tpl).unwrap();
    assert_eq!(wb.sheet_names(), vec!["Valsedlar", "Listan"]);
    let sheet = wb.worksheet_range("Valsedlar").unwrap();
    let header: Vec<String> = sheet
        .rows()
        .next()
        .unwrap()
        .iter()
        .map(|c| c.to_string())
        .collect();
    assert_eq!(
        header.len(),
        2,
        "one column for the whole ranking: {header:?}"
    );
    assert_eq!(header[1], lbk::documents::ballot_sheet::RANK_HEADER);
    // The list to rank, each need with its row on the final compilation.
    let list = wb.worksheet_range("Listan").unwrap();
    let candidates = r.rank_candidates();
    assert_eq!(list.rows().count(), candidates.len() + 1);
    assert_eq!(
        list.get((0, 0)).unwrap().to_string(),
        "Rad i sammanställningen"
    );
    let compilation = r.final_compilation();
    let rads: Vec<String> = list.rows().skip(1).map(|row| row[0].to_string()).collect();
    let mut sorted = rads.clone();
    sorted.sort_by_key(|x| x.parse::<f64>().unwrap() as usize);
    assert_eq!(rads, sorted, "the list in the order of its rows");
    for row in list.rows().skip(1) {
        let (Data::Float(at), number) = (&row[0], row[1].to_string()) else {
            panic!("the row is a number: {row:?}");
        };
        assert_eq!(compilation[*at as usize - 1].number, number);
    }
    // Filled as a representative would: rows and a number, best first.
    let row_of = |n: &str| compilation.iter().position(|x| x.number == n).unwrap() + 1;
    let (a, b, c) = (&candidates[2], &candidates[0], &candidates[1]);
    let mut book = rust_xlsxwriter::Workbook::new();
    let ws = book.add_worksheet();
    ws.write_string(0, 0, &header[0]).unwrap();
    ws.write_string(0, 1, &header[1]).unwrap();
    ws.write_string(1, 0, "Anna Lindqvist").unwrap();
    ws.write_string(1, 1, format!("{}; {}; {c}", row_of(a), row_of(b)))
        .unwrap();
    let filled = dir.path().join("ifylld.xlsx");
    book.save(&filled).unwrap();
    let out = import(&round, "rank", &filled, &[]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let after = load(&round).unwrap().0;
    let ballot = after
        .prioritization
        .rank_ballots
        .iter()
        .find(|b| b.representative == "Anna Lindqvist")
        .unwrap();
    assert_eq!(ballot.order, vec![a.clone(), b.clone(), c.clone()]);
}
