//! The representatives vote from their phones through `serve` on
//! 127.0.0.1: 25 people pick and then rank concurrently over HTTP, and the
//! tallies equal those of the same ballots typed; every refusal (a wrong
//! code, a closed stage, too many picks, a need off the list, a place
//! given twice, a 10 MB body, a slow client) gets its answer and leaves
//! the round file loadable and unchanged. The client side is a plain
//! TcpStream; the server side is lbk's.

mod common;

use common::phones::{codes, meeting, post, serve};
use lbk::domain::Round;
use lbk::store::OpenRound;

/// Person i's picks: five needs of the compilation, spread so the tally
/// has ties and a clear top.
fn picks_of(r: &Round, i: usize) -> Vec<String> {
    let list: Vec<String> = r
        .final_compilation()
        .iter()
        .map(|n| n.number.clone())
        .collect();
    (0..5)
        .map(|k| list[(i * 3 + k * 7) % list.len()].clone())
        .collect()
}

#[test]
fn twenty_five_phones_pick_then_rank_and_the_tally_equals_the_typed_one() {
    let dir = tempfile::tempdir().unwrap();
    let path = meeting(dir.path());
    let start_round = lbk::store::load(&path).unwrap().0;
    let run = serve(&path);
    let people = codes(&path);
    assert_eq!(people.len(), 25);
    let addr = run.addr;
    let threads: Vec<_> = people
        .iter()
        .enumerate()
        .map(|(i, (_, code))| {
            let code = code.clone();
            let picks = picks_of(&start_round, i);
            std::thread::spawn(move || {
                let (status, page) = post(addr, "/", &format!("kod={code}"));
                assert_eq!(status, 200, "{page}");
                assert!(page.contains("välj 5"), "{page}");
                let body: String = std::iter::once(format!("kod={code}"))
                    .chain(picks.iter().map(|p| format!("val={p}")))
                    .collect::<Vec<_>>()
                    .join("&");
                let (status, page) = post(addr, "/valsedel", &body);
                assert_eq!(status, 200, "{page}");
                assert!(page.contains("Mottaget och räknat"), "{page}");
            })
        })
        .collect();
    for t in threads {
        t.join().unwrap();
    }
    let by_phone = run.finish();
    // The same ballots typed.
    let mut typed = start_round.clone();
    let at = jiff::Timestamp::now();
    for (i, (name, _)) in people.iter().enumerate() {
        typed
            .cast_picks(name, &picks_of(&start_round, i), at)
            .unwrap();
    }
    assert_eq!(by_phone.current_pick_tally(), typed.current_pick_tally());
    assert_eq!(by_phone.counted_pick_ballots().len(), 25);
    let saved = lbk::store::load(&path).unwrap().0;
    assert_eq!(saved.current_pick_tally(), typed.current_pick_tally());
    assert!(saved.log.iter().any(|l| l.what.ends_with("(från mobil)")));

    // The rank stage: the pick stage's codes died with it.
    let mut open = OpenRound::open(&path).unwrap();
    open.round.close_picks(at).unwrap();
    assert!(open.round.prioritization.codes.is_empty());
    open.save().unwrap();
    drop(open);
    typed.close_picks(at).unwrap();
    let ranked = lbk::store::load(&path).unwrap().0;
    let run = serve(&path);
    let people = codes(&path);
    let addr = run.addr;
    let order_of = |i: usize, r: &Round| -> Vec<String> {
        let mut l = r.rank_candidates();
        let k = i % l.len().max(1);
        l.rotate_left(k);
        l
    };
    let threads: Vec<_> = people
        .iter()
        .enumerate()
        .map(|(i, (_, code))| {
            let code = code.clone();
            let order = order_of(i, &ranked);
            std::thread::spawn(move || {
                let body: String = std::iter::once(format!("kod={code}"))
                    .chain(
                        order
                            .iter()
                            .enumerate()
                            .map(|(p, n)| format!("plats_{n}={}", p + 1)),
                    )
                    .collect::<Vec<_>>()
                    .join("&");
                let (status, page) = post(addr, "/valsedel", &body);
                assert_eq!(status, 200, "{page}");
            })
        })
        .collect();
    for t in threads {
        t.join().unwrap();
    }
    let by_phone = run.finish();
    for (i, (name, _)) in people.iter().enumerate() {
        typed.cast_ranking(name, &order_of(i, &ranked), at).unwrap();
    }
    assert_eq!(by_phone.current_rank_tally(), typed.current_rank_tally());
}
