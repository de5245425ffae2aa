//! The ballot page in a real headless browser (Chromium from the
//! distribution's packages): the page the server sent, at 360×800, its
//! first three needs ticked and the form submitted as a person would; the
//! browser shows the ballot as received and the round has it. The code
//! page is also drawn to a PNG (docs/phones.md says what was seen).
//! Without Chromium the test says so and stops, unless the run requires
//! it (`LBK_REQUIRE_BROWSER=1`, which `.ci/run` sets once it has
//! installed Chromium).

mod common;

use std::process::{Command, Stdio};
use std::time::Duration;

use common::phones::{codes, meeting, post, serve};

fn chromium() -> Option<&'static str> {
    ["chromium", "chromium-browser", "google-chrome"]
        .into_iter()
        .find(|c| {
            Command::new(c)
                .arg("--version")
                .stdout(Stdio::null())
                .stderr(Stdio::null())
                .status()
                .is_ok_and(|s| s.success())
        })
}

/// Runs the browser with `args`, killed after a minute; its standard output.
fn run(browser: &str, args: &[&str]) -> String {
    let child = Command::new(browser)
        .args([
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--window-size=360,800",
        ])
        .args(args)
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let id = child.id();
    let (tx, rx) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        let _ = tx.send(child.wait_with_output());
    });
    match rx.recv_timeout(Duration::from_secs(60)) {
        Ok(out) => String::from_utf8_lossy(&out.unwrap().stdout).into_owned(),
        Err(_) => {
            let _ = Command::new("kill").arg(id.to_string()).status();
            panic!("the browser did not finish within a minute");
        }
    }
}

#[test]
fn a_person_ticks_three_needs_in_a_real_browser_and_sends_them() {
    let Some(browser) = chromium() else {
        assert!(
            std::env::var_os("LBK_REQUIRE_BROWSER").is_none(),
            "LBK_REQUIRE_BROWSER is set but no Chromium was found"
        );
        eprintln!("Chromium saknas: webbläsartestet körs inte här.");
        return;
    };
    let dir = tempfile::tempdir().unwrap();
    let path = meeting(dir.path());
    let run_server = serve(&path);
    let (name, code) = codes(&path)[0].clone();
    let (status, page) = post(run_server.addr, "/", &format!("kod={code}"));
    assert_eq!(status, 200);
    // The page as sent, with the person's hand in a script: tick the first
    // three boxes and press the button (the server's own pages allow no
    // script; this copy is the test's).
    let hand = "<script>document.querySelectorAll('input[type=checkbox]').forEach((b,i)=>{b.checked=i<3});document.querySelector('button[type=submit]').click();</script>";
    let filled = page
        .replacen(
            "<head>",
            &format!("<head><base href=\"http://{}/\">", run_server.addr),
            1,
        )
        .replace("</body>", &format!("{hand}</body>"));
    let file = dir.path().join("sida.html");
    std::fs::write(&file, filled).unwrap();
    let dom = run(
        browser,
        &[
            "--virtual-time-budget=10000",
            "--dump-dom",
            &format!("file://{}", file.display()),
        ],
    );
    assert!(dom.contains("Valsedeln är mottagen"), "{dom}");
    assert_eq!(dom.matches("<li>").count(), 3, "{dom}");
    // The code page drawn at phone width.
    let png = dir.path().join("kod.png");
    run(
        browser,
        &[
            &format!("--screenshot={}", png.display()),
            &format!("http://{}/", run_server.addr),
        ],
    );
    let round = run_server.finish();
    assert_eq!(
        round
            .prioritization
            .pick_ballot(&name)
            .map(|b| b.needs.len()),
        Some(3)
    );
    let shot = std::fs::read(&png).unwrap();
    assert!(shot.starts_with(b"\x89PNG") && shot.len() > 2000);
}
