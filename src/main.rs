//! Parses the command line and hands over; nothing else.

use std::process::ExitCode;

use clap::Parser;
use lbk::cli::{Cli, Command, check, new};
use lbk::store::{Folders, OpenRound};

fn main() -> ExitCode {
    let cli = Cli::parse();
    let folders = Folders::from_env();
    let result = match cli.command {
        None => lbk::tui::run(folders, None),
        Some(Command::Open { file }) => match OpenRound::open(&file) {
            Ok(open) => lbk::tui::run(folders, Some(open)),
            Err(e) => Err(e.into()),
        },
        Some(Command::New {
            file,
            area,
            model,
            year,
        }) => new::run(&file, &area, &model, year, &folders)
            .map(|p| println!("Ny omgång skapad: {}", p.display())),
        Some(Command::Check { file }) => check::run(&file)
            .map(|s| println!("{s}"))
            .map_err(Into::into),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("lbk: {e:#}");
            ExitCode::FAILURE
        }
    }
}
