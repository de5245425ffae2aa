//! The `lbk ballots …` commands as the command line spells them.

use std::path::PathBuf;

use clap::Subcommand;

use super::args_error::SUB_TEMPLATE;

#[derive(Debug, Subcommand)]
pub enum BallotsCommand {
    /// Mötets inställningar: antal val, regel för gemensam lista, närvaro.
    #[command(help_template = SUB_TEMPLATE)]
    Setup {
        /// Omgångsfilen (.ron).
        file: PathBuf,
        /// Antal val per representant (N).
        #[arg(long)]
        picks: Option<usize>,
        /// Regel för gemensam lista: alla, "topp K" eller "minst M".
        #[arg(long)]
        rule: Option<String>,
        /// Markera närvarande (kan upprepas).
        #[arg(long = "present", value_name = "NAMN")]
        present: Vec<String>,
        /// Markera inte närvarande (kan upprepas).
        #[arg(long = "absent", value_name = "NAMN")]
        absent: Vec<String>,
        /// Öppen röstning: ja låter protokollet visa vem som valde vad
        /// (nätverkets eget beslut); nej (standard) håller valsedlarna hos kansliet.
        #[arg(long = "open-ballots", value_name = "ja|nej")]
        open_ballots: Option<String>,
    },
    /// Importera valsedlar (allt eller inget): lbk:s kalkylblad, en export
    /// från Forms eller liknande (xlsx eller CSV), eller en chatt som text.
    #[command(help_template = SUB_TEMPLATE)]
    Import {
        /// Omgångsfilen (.ron).
        file: PathBuf,
        /// Steget: pick eller rank.
        #[arg(long)]
        stage: String,
        /// Filen med valsedlar (.xlsx, .xls, .ods, .csv eller .txt).
        sheet: PathBuf,
        /// Kontrollera och visa bara; ändra ingenting.
        #[arg(long)]
        dry_run: bool,
        /// Vem ett okänt namn är: "Anna L=Anna Lindqvist" (kan upprepas;
        /// sparas som annat namn för personen).
        #[arg(long = "alias", value_name = "SKRIVET=NAMN")]
        alias: Vec<String>,
    },
    /// Dra tillbaka en representants valsedel i ett steg.
    #[command(help_template = SUB_TEMPLATE)]
    Withdraw {
        /// Omgångsfilen (.ron).
        file: PathBuf,
        /// Steget: pick eller rank.
        #[arg(long)]
        stage: String,
        /// Representantens namn.
        name: String,
    },
    /// Lista valsedlarna i ett steg (för kansliet; visar vem som valt vad).
    #[command(help_template = SUB_TEMPLATE)]
    List {
        /// Omgångsfilen (.ron).
        file: PathBuf,
        /// Steget: pick eller rank.
        #[arg(long)]
        stage: String,
        /// Format: text eller json.
        #[arg(long, default_value = "text")]
        format: String,
    },
    /// Skriv ett tomt kalkylblad med närvarande representanter och rullistor.
    #[command(help_template = SUB_TEMPLATE)]
    Template {
        /// Omgångsfilen (.ron).
        file: PathBuf,
        /// Steget: pick eller rank.
        #[arg(long)]
        stage: String,
        /// Kalkylbladet som skrivs (.xlsx).
        #[arg(short = 'o', long = "output")]
        output: PathBuf,
    },
    /// Stäng ett steg (valsteget bildar den gemensamma listan).
    #[command(help_template = SUB_TEMPLATE)]
    Close {
        /// Omgångsfilen (.ron).
        file: PathBuf,
        /// Steget: pick eller rank.
        #[arg(long)]
        stage: String,
    },
    /// Öppna ett stängt steg igen, med ett skäl till ändringsloggen.
    #[command(help_template = SUB_TEMPLATE)]
    Reopen {
        /// Omgångsfilen (.ron).
        file: PathBuf,
        /// Steget: pick eller rank.
        #[arg(long)]
        stage: String,
        /// Varför steget öppnas igen.
        #[arg(long)]
        reason: String,
    },
}

impl BallotsCommand {
    /// Runs the command; what to print, or why it was refused.
    pub fn run(self) -> anyhow::Result<String> {
        use super::{ballots as b, ballots_setup as s};
        match self {
            BallotsCommand::Setup {
                file,
                picks,
                rule,
                present,
                absent,
                open_ballots,
            } => s::run_setup(
                &file,
                picks,
                rule.as_deref(),
                &present,
                &absent,
                open_ballots.as_deref(),
            ),
            BallotsCommand::Import {
                file,
                stage,
                sheet,
                dry_run,
                alias,
            } => b::run_import(&file, &stage, &sheet, dry_run, &alias),
            BallotsCommand::Withdraw { file, stage, name } => s::run_withdraw(&file, &stage, &name),
            BallotsCommand::List {
                file,
                stage,
                format,
            } => s::run_list(&file, &stage, &format),
            BallotsCommand::Template {
                file,
                stage,
                output,
            } => b::run_template(&file, &stage, &output),
            BallotsCommand::Close { file, stage } => b::run_close(&file, &stage),
            BallotsCommand::Reopen {
                file,
                stage,
                reason,
            } => b::run_reopen(&file, &stage, &reason),
        }
    }
}
