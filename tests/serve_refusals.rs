//! Every refusal of the ballot server gets its answer on the page and
//! leaves the round file loadable and unchanged: a wrong code (and ten of
//! them blocking the address), too many picks, a need not on the list, a
//! place given twice, a body over the cap, a closed stage; a second vote from the same phone replaces the
//! first (logged); a ballot the secretariat typed is never replaced
//! without asking.

mod common;

use common::phones::{codes, http, meeting, post, serve};

fn bytes(path: &std::path::Path) -> Vec<u8> {
    std::fs::read(path).unwrap()
}

#[test]
fn wrong_codes_too_many_picks_and_needs_off_the_list_change_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let path = meeting(dir.path());
    let run = serve(&path);
    let (_, code) = codes(&path)[0].clone();
    let before = bytes(&path);
    let (status, page) = post(run.addr, "/", "kod=AAAAAA");
    assert_eq!(status, 403);
    assert!(page.contains("Koden gäller inte"), "{page}");
    let list = common::phones::compilation(&path);
    let six: Vec<String> = list.iter().take(6).map(|n| format!("val={n}")).collect();
    let (status, page) = post(
        run.addr,
        "/valsedel",
        &format!("kod={code}&{}", six.join("&")),
    );
    assert_eq!(status, 400);
    assert!(page.contains("6 val är för många: högst 5"), "{page}");
    let (status, page) = post(run.addr, "/valsedel", &format!("kod={code}&val=XYZ-99"));
    assert_eq!(status, 400);
    assert!(
        page.contains("XYZ-99 finns inte i den slutliga sammanställningen"),
        "{page}"
    );
    // Markup in a field comes back escaped, never as markup.
    let (_, page) = post(
        run.addr,
        "/valsedel",
        &format!("kod={code}&val=%3Cscript%3E"),
    );
    assert!(
        !page.contains("<script>") && page.contains("&lt;script&gt;"),
        "{page}"
    );
    // A body over the cap is refused before it is read: the answer comes
    // after the headers alone, the 10 MB never sent.
    let mut s = std::net::TcpStream::connect(run.addr).unwrap();
    s.set_read_timeout(Some(std::time::Duration::from_secs(20)))
        .unwrap();
    let head = format!(
        "POST /valsedel HTTP/1.1\r\nHost: lbk\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: {}\r\n\r\nkod={code}",
        10 * 1024 * 1024
    );
    std::io::Write::write_all(&mut s, head.as_bytes()).unwrap();
    let mut said = String::new();
    let _ = std::io::Read::read_to_string(&mut s, &mut said);
    assert!(said.starts_with("HTTP/1.1 413"), "{said}");
    assert!(said.contains("för stort"), "{said}");
    // An unknown page.
    assert_eq!(http(run.addr, "GET", "/admin", "").0, 404);
    let round = run.finish();
    assert!(round.prioritization.pick_ballots.is_empty());
    assert_eq!(bytes(&path), before, "nothing refused was saved");
    lbk::store::load(&path).expect("the round file still loads");
}

#[test]
fn ten_wrong_codes_within_a_minute_block_the_address() {
    let dir = tempfile::tempdir().unwrap();
    let path = meeting(dir.path());
    let run = serve(&path);
    let (_, code) = codes(&path)[0].clone();
    for _ in 0..10 {
        assert_eq!(post(run.addr, "/", "kod=AAAAAA").0, 403);
    }
    // Blocked now, even with the right code.
    let (status, page) = post(run.addr, "/", &format!("kod={code}"));
    assert_eq!(status, 429);
    assert!(page.contains("För många fel koder"), "{page}");
    run.finish();
}

#[test]
fn a_second_vote_replaces_the_first_and_a_typed_ballot_is_held_not_replaced() {
    let dir = tempfile::tempdir().unwrap();
    let path = meeting(dir.path());
    let list = common::phones::compilation(&path);
    // The codes given, and one person's ballot typed by the secretariat.
    let (mut r, seen) = lbk::store::load(&path).unwrap();
    let at = jiff::Timestamp::now();
    r.issue_codes(&mut common::phones::counter(), at).unwrap();
    lbk::store::save(&path, &mut r, Some(seen)).unwrap();
    let people = codes(&path);
    let (typed_name, typed_code) = people[1].clone();
    let (mut r, seen) = lbk::store::load(&path).unwrap();
    r.cast_picks(&typed_name, &list[..2], at).unwrap();
    lbk::store::save(&path, &mut r, Some(seen)).unwrap();
    let run = serve(&path);
    let (_, code) = people[0].clone();
    let vote = |picks: &[String]| {
        let body: Vec<String> = picks.iter().map(|p| format!("val={p}")).collect();
        post(
            run.addr,
            "/valsedel",
            &format!("kod={code}&{}", body.join("&")),
        )
    };
    assert_eq!(vote(&list[..3]).0, 200);
    let (status, page) = vote(&list[3..5]);
    assert_eq!(status, 200);
    assert!(
        page.contains(&list[3]) && !page.contains(&format!("<b>{}</b>", list[0])),
        "{page}"
    );
    let body: Vec<String> = list[5..8].iter().map(|p| format!("val={p}")).collect();
    let (status, page) = post(
        run.addr,
        "/valsedel",
        &format!("kod={typed_code}&{}", body.join("&")),
    );
    assert_eq!(status, 200);
    assert!(page.contains("Kansliet hade redan skrivit in"), "{page}");
    let round = run.finish();
    let name0 = &people[0].0;
    assert_eq!(
        round.prioritization.pick_ballot(name0).unwrap().needs,
        list[3..5]
    );
    assert!(
        round
            .log
            .iter()
            .any(|l| l.what.starts_with(&format!("Val ändrat för {name0}"))
                && l.what.ends_with("(från mobil)"))
    );
    // The typed ballot stands until the secretariat says yes.
    assert_eq!(
        round.prioritization.pick_ballot(&typed_name).unwrap().needs,
        list[..2]
    );
    assert_eq!(round.prioritization.held.len(), 1);
    let mut r = round.clone();
    r.settle_held(&typed_name, true, jiff::Timestamp::now())
        .unwrap();
    assert_eq!(
        r.prioritization.pick_ballot(&typed_name).unwrap().needs,
        list[5..8]
    );
}

#[test]
fn a_place_given_twice_and_a_closed_stage_are_refused() {
    let dir = tempfile::tempdir().unwrap();
    let path = meeting(dir.path());
    let list = common::phones::compilation(&path);
    // Picks typed, the stage closed: the rank stage is open.
    let (mut r, seen) = lbk::store::load(&path).unwrap();
    let at = jiff::Timestamp::now();
    for (i, name) in r.voters().iter().enumerate() {
        let picks: Vec<String> = (0..3).map(|k| list[(i + k) % list.len()].clone()).collect();
        r.cast_picks(name, &picks, at).unwrap();
    }
    r.close_picks(at).unwrap();
    lbk::store::save(&path, &mut r, Some(seen)).unwrap();
    let run = serve(&path);
    let (_, code) = codes(&path)[0].clone();
    let joint = lbk::store::load(&path).unwrap().0.rank_candidates();
    let before = bytes(&path);
    let body = format!("kod={code}&plats_{}=1&plats_{}=1", joint[0], joint[1]);
    let (status, page) = post(run.addr, "/valsedel", &body);
    assert_eq!(status, 400);
    assert!(page.contains("Plats 1 är given både"), "{page}");
    assert_eq!(bytes(&path), before);
    let round = run.finish();
    // Closed: the codes die, and the page says voting is closed.
    let mut open = lbk::store::OpenRound::open(&path).unwrap();
    open.round.close_ranking(at).unwrap();
    open.save().unwrap();
    drop(open);
    let closed_before = bytes(&path);
    let (server, requests) = lbk::serve::server::start("127.0.0.1:0").unwrap();
    let addr = server.addr;
    let t = std::thread::spawn(move || {
        let (req, back) = requests.recv().unwrap();
        let mut r = round;
        r.close_ranking(at).unwrap();
        back.send(lbk::serve::answer::answer(&mut r, &req, at))
            .unwrap();
    });
    let (status, page) = post(addr, "/", &format!("kod={code}"));
    assert_eq!(status, 403);
    assert!(page.contains("Röstningen är stängd"), "{page}");
    t.join().unwrap();
    server.stop();
    assert_eq!(bytes(&path), closed_before);
}
