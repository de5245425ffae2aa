//! `lbk serve FILE [--addr A]`: the representatives vote from their own
//! phones. This process is the round's one writer while it runs: it issues
//! the codes the present representatives lack, starts the ballot server on
//! the address given (default this machine's own address, port 8080),
//! shows the address and its QR code, and answers and saves every ballot
//! until Enter, Ctrl-D or the stage closes. `--codes` lists the codes for
//! the slips; `--new-code NAMN` replaces one person's.

use std::path::Path;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};

use anyhow::{anyhow, bail};

use crate::meeting::phone::CODE_LEN;
use crate::serve::server::start;

pub fn run(
    file: &Path,
    addr: Option<&str>,
    codes: bool,
    new_code: Option<&str>,
) -> anyhow::Result<String> {
    let mut open = super::ballots::open_for_writing(file)?;
    let now = jiff::Timestamp::now();
    if open.round.phone_stage().is_none() {
        bail!(
            "Båda stegen i moment 5 är stängda: det finns inget att rösta om. Öppna ett steg igen (lbk ballots reopen) om något ska ändras."
        );
    }
    if let Some(name) = new_code {
        let code = open
            .round
            .new_code(name, &mut crate::serve::server::random_code_bytes, now)
            .map_err(|e| anyhow!("{e}"))?;
        open.save()?;
        let who = open.round.representative_named(name).unwrap_or_default();
        return Ok(format!(
            "Ny kod för {who}: {code} (den gamla gäller inte längre)."
        ));
    }
    // The address is taken before any code is issued: a refused address
    // leaves the round as it was.
    let listening = if codes {
        None
    } else {
        if open.round.voters().is_empty() {
            bail!(
                "Ingen representant är markerad som närvarande: markera närvaro först (lbk ballots setup --present NAMN, eller a på moment 5)."
            );
        }
        let addr =
            crate::serve::server::listen_address(addr).map_err(|e| anyhow!("{e} (--addr)"))?;
        Some(start(&addr).map_err(|e| anyhow!("{e} Ange den med --addr ADRESS:PORT."))?)
    };
    let issued = open
        .round
        .issue_codes(&mut crate::serve::server::random_code_bytes, now)
        .map_err(|e| anyhow!("{e}"))?;
    if issued > 0 {
        open.save()?;
    }
    if codes {
        let stage = open.round.phone_stage();
        let mut lines: Vec<String> = open
            .round
            .prioritization
            .codes
            .iter()
            .filter(|c| Some(c.stage) == stage)
            .map(|c| {
                format!(
                    "{}  {}",
                    c.code,
                    crate::documents::cell_text(&c.representative)
                )
            })
            .collect();
        lines.sort_by(|a, b| a[CODE_LEN..].cmp(&b[CODE_LEN..]));
        return Ok(format!(
            "Koder för {} (bara för kansliet; en per person):\n{}",
            stage.map(|s| s.label()).unwrap_or(""),
            lines.join("\n")
        ));
    }
    let (server, requests) = listening.expect("started unless only the codes were asked for");
    let url = server.url();
    super::out::print(&format!(
        "Röstning från mobil: {url}\n{}\nKoderna: lbk serve {} --codes. Enter eller Ctrl-D stoppar.",
        crate::serve::qr::qr_text(&url).unwrap_or_default(),
        file.display()
    ));
    let stop = Arc::new(AtomicBool::new(false));
    let flag = stop.clone();
    std::thread::spawn(move || {
        let mut line = String::new();
        let _ = std::io::stdin().read_line(&mut line);
        flag.store(true, Ordering::Relaxed);
    });
    let saved = crate::serve::writer::run(&mut open, &server, &requests, &stop, &mut |l| {
        super::out::print(l)
    });
    server.stop();
    let saved = saved.map_err(|e| anyhow!(e))?;
    Ok(format!(
        "Servern stoppad: {saved} valsedlar från mobil sparade i {}.",
        file.display()
    ))
}
