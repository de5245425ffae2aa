//! Parses the command line and hands over; nothing else.

use std::process::ExitCode;

use clap::Parser;
use lbk::cli::{
    Cli, Command, HandoverCommand, NeedsCommand, check, dev, export, handover, import, mailouts,
    moment, needs, new, out, people, tally, trace,
};
use lbk::store::{Folders, OpenRound};

fn main() -> ExitCode {
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        // Help and the version are printed as asked, the help's headings in Swedish.
        Err(e) if e.kind() == clap::error::ErrorKind::DisplayVersion => e.exit(),
        Err(e)
            if matches!(
                e.kind(),
                clap::error::ErrorKind::DisplayHelp
                    | clap::error::ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand
            ) =>
        {
            let help = lbk::cli::args_error::swedish_help(&e.render().to_string());
            out::print(help.trim_end());
            return if e.kind() == clap::error::ErrorKind::DisplayHelp {
                ExitCode::SUCCESS
            } else {
                ExitCode::from(2)
            };
        }
        Err(e) => {
            out::error(&lbk::cli::args_error::swedish(&e));
            return ExitCode::from(2);
        }
    };
    let folders = Folders::from_env();
    if let Some(file) = cli.command.as_ref().and_then(|c| c.round_file()) {
        out::name_round(file);
    }
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
            from,
        }) => new::run(&file, &area, &model, year, from.as_deref(), &folders)
            .map(|p| out::print(&format!("Ny omgång skapad: {}", p.display()))),
        Some(Command::Tally {
            file,
            stage,
            format,
            output,
        }) => tally::run(&file, stage.as_deref(), &format, output.as_deref()),
        Some(Command::Ballots(b)) => b.run().map(|msg| out::print(&msg)),
        Some(Command::Present { file }) => lbk::tui::present::run(&file),
        Some(Command::Serve {
            file,
            addr,
            codes,
            new_code,
        }) => lbk::cli::serve::run(&file, addr.as_deref(), codes, new_code.as_deref())
            .map(|m| out::print(&m)),
        Some(Command::Template {
            file,
            party,
            moment,
            output,
        }) => match moment.unwrap_or(2) {
            2 => needs::run_template(&file, &party, &output),
            n => import::run_template(&file, &party, n, &output),
        }
        .map(|m| out::print(&m)),
        Some(Command::Import {
            file,
            sheet,
            dry_run,
            yes,
            party,
            force_party,
            force_round,
            overwrite_newer,
        }) => import::run(
            &file,
            &sheet,
            import::Flags {
                dry_run,
                yes,
                party,
                answers: lbk::imports::returns::ReturnAnswers {
                    other_party: force_party,
                    other_round: force_round,
                    newer: overwrite_newer,
                },
            },
        )
        .map(|m| out::print(&m)),
        Some(Command::Needs(n)) => match n {
            NeedsCommand::Import {
                file,
                rss,
                sheet,
                dry_run,
                yes,
                force_rss,
                read_example,
                allow_duplicates,
                update_duplicates,
                overwrite_newer,
            } => needs::run_import(
                &file,
                &rss,
                &sheet,
                dry_run,
                yes,
                lbk::imports::needs::Answers {
                    other_rss: force_rss,
                    example: read_example,
                    duplicates: allow_duplicates,
                    update_duplicates,
                    newer: overwrite_newer,
                },
            ),
            NeedsCommand::List {
                file,
                rss,
                status,
                format,
            } => needs::run_list(&file, rss.as_deref(), status.as_deref(), &format),
        }
        .map(|m| out::print(&m)),
        Some(Command::Synth {
            scale,
            seed,
            output,
            history,
        }) => dev::run_synth(&scale, seed, &output, history.as_deref()).map(|m| out::print(&m)),
        Some(Command::PanicTest { file }) => match OpenRound::open(&file) {
            Ok(open) => lbk::tui::run_then_panic(folders, open),
            Err(e) => Err(e.into()),
        },
        Some(Command::SaveLoop { file, count }) => dev::run_save_loop(&file, count).map(|_| ()),
        Some(Command::JournalLoop {
            file,
            count,
            fold_every,
        }) => dev::run_journal_loop(&file, count, fold_every),
        Some(Command::Frame { file }) => dev::run_frame(&file, folders).map(|m| out::print(&m)),
        Some(Command::People {
            file,
            command,
            format,
        }) => {
            let json = command.is_none() && format.trim() == "json";
            people::run(&file, command, &format)
                .map(|s| out::print_document(&format!("{s}\n"), json))
        }
        Some(Command::Moment {
            file,
            number,
            what,
            value,
            date,
        }) => moment::run(
            &file,
            number,
            what.as_deref(),
            value.as_deref(),
            date.as_deref(),
        )
        .map(|s| out::print(&s)),
        Some(Command::Export {
            file,
            what,
            format,
            output,
            session,
            actor,
            addr,
        }) => export::run(
            &file,
            &what,
            format.as_deref(),
            output.as_deref(),
            export::Extra {
                session,
                actor: actor.as_deref(),
                addr: addr.as_deref(),
            },
            &folders,
        )
        .map(|s| out::print(&s)),
        Some(Command::Handover { file, command }) => handover::run(
            &file,
            command.map(|HandoverCommand::Assign { need, actors }| (need, actors)),
        )
        .map(|s| out::print(&s)),
        Some(Command::Session {
            file,
            number,
            length,
            place,
        }) => handover::session(&file, number, length, place.as_deref()).map(|s| out::print(&s)),
        Some(Command::Mailouts {
            file,
            what,
            names,
            date,
        }) => {
            mailouts::run(&file, what.as_deref(), &names, date.as_deref()).map(|s| out::print(&s))
        }
        Some(Command::Trace { file, rss, format }) => trace::run(&file, rss.as_deref(), &format)
            .map(|s| out::print_document(&format!("{s}\n"), format.trim() == "json")),
        Some(Command::Check { file }) => check::run(&file)
            .map(|s| out::print(&s))
            .map_err(Into::into),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            // The chain of causes, but not the disk's own English: every
            // disk error is already said in Swedish by the error above it.
            let said: Vec<String> = e
                .chain()
                .filter(|c| c.downcast_ref::<std::io::Error>().is_none())
                .map(|c| c.to_string())
                .collect();
            if said.is_empty() {
                out::error(&format!("{e:#}"));
            } else {
                out::error(&said.join(": "));
            }
            ExitCode::FAILURE
        }
    }
}
