//! The command line: one file per subcommand, each calling store and domain.

pub mod check;
pub mod new;

use std::path::PathBuf;

use clap::{Parser, Subcommand};

const HELP_TEMPLATE: &str = "{about}\n\nAnvändning: {usage}\n\nKommandon:\n{subcommands}\n\nFlaggor:\n{options}{after-help}";
const SUB_TEMPLATE: &str = "{about}\n\nAnvändning: {usage}\n\n{all-args}{after-help}";

/// lbk – kansliets verktyg för Lokala behov av kunskap.
#[derive(Debug, Parser)]
#[command(
    name = "lbk",
    version,
    about = "lbk – kansliets verktyg för modellen Lokala behov av kunskap.\nUtan kommando öppnas appen med startsidan (dina omgångar och exempelomgångarna).",
    help_template = HELP_TEMPLATE,
    disable_help_flag = true,
    disable_version_flag = true,
    disable_help_subcommand = true,
    after_help = "\nFiler: omgångar i datamappen (LBK_DATA_DIR), tema i konfigurationsmappen (LBK_CONFIG_DIR)."
)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Option<Command>,
    /// Visa hjälpen.
    #[arg(short = 'h', long = "help", action = clap::ArgAction::Help, global = true)]
    help: Option<bool>,
    /// Visa versionen.
    #[arg(short = 'V', long = "version", action = clap::ArgAction::Version)]
    version: Option<bool>,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Öppna en omgångsfil i appen.
    #[command(help_template = SUB_TEMPLATE)]
    Open {
        /// Omgångsfilen (.ron).
        file: PathBuf,
    },
    /// Skapa en ny omgång.
    #[command(help_template = SUB_TEMPLATE)]
    New {
        /// Filnamn; utan mapp hamnar filen i datamappen.
        file: PathBuf,
        /// Verksamhetsområdet, t.ex. "Äldreomsorg".
        #[arg(long)]
        area: String,
        /// Modellversion: 2.0 (standard) eller 1.0.
        #[arg(long, default_value = "2.0")]
        model: String,
        /// Året då moment 1 hålls (standard: i år).
        #[arg(long)]
        year: Option<i16>,
    },
    /// Kontrollera en omgångsfil och visa en sammanfattning.
    #[command(help_template = SUB_TEMPLATE)]
    Check {
        /// Omgångsfilen (.ron).
        file: PathBuf,
    },
}
