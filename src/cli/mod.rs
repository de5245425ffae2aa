//! The command line: one file per subcommand, each calling store and domain.

pub mod args_error;
pub mod ballots;
mod ballots_args;
mod ballots_setup;
pub mod check;
pub mod dev;
pub mod export;
pub mod handover;
pub mod import;
pub mod mailouts;
pub mod moment;
pub mod needs;
pub mod new;
pub mod out;
pub mod people;
mod people_text;
mod round_file;
pub mod serve;
mod sub_args;
pub mod tally;
pub mod trace;

pub use ballots_args::BallotsCommand;
pub use sub_args::{HandoverCommand, NeedsCommand, PeopleCommand};

use std::path::PathBuf;

use clap::{Parser, Subcommand};

use args_error::{HELP_TEMPLATE, SUB_TEMPLATE};

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
        /// En tidigare omgång att ta RSS, kontaktpersoner, representanter och aktörer från.
        #[arg(long)]
        from: Option<PathBuf>,
    },
    /// Visa eller skriv rösträkningen för moment 5.
    #[command(help_template = SUB_TEMPLATE)]
    Tally {
        /// Omgångsfilen (.ron).
        file: PathBuf,
        /// Steget: pick (val) eller rank (rangordning); standard är det aktuella.
        #[arg(long)]
        stage: Option<String>,
        /// Format: text, md, csv, json eller xlsx.
        #[arg(long, default_value = "text")]
        format: String,
        /// Skriv till en fil i stället för till terminalen.
        #[arg(short = 'o', long = "output")]
        output: Option<PathBuf>,
    },
    /// Valsedlar: mötets inställningar, import från kalkylblad, formulär och
    /// chatt, listan, att dra tillbaka, och att stänga eller öppna ett steg.
    #[command(subcommand, help_template = SUB_TEMPLATE)]
    Ballots(BallotsCommand),
    /// Visa moment 5 på den delade skärmen: följer filen, visar aldrig vem
    /// som röstat hur.
    #[command(help_template = SUB_TEMPLATE)]
    Present {
        /// Omgångsfilen (.ron).
        file: PathBuf,
    },
    /// Låt representanterna rösta från sina mobiler i moment 5: en liten
    /// webbserver för det öppna steget, med en personlig kod per
    /// närvarande representant. Enter eller Ctrl-D stoppar.
    #[command(help_template = SUB_TEMPLATE)]
    Serve {
        /// Omgångsfilen (.ron).
        file: PathBuf,
        /// Adressen att lyssna på, t.ex. 192.168.1.20:8080 (127.0.0.1:0 för
        /// en test); utan: datorns egen adress, port 8080.
        #[arg(long)]
        addr: Option<String>,
        /// Visa koderna (delar ut de som saknas) och avsluta: för lapparna.
        #[arg(long)]
        codes: bool,
        /// Ge en person en ny kod (den gamla slutar gälla) och avsluta.
        #[arg(long, value_name = "NAMN")]
        new_code: Option<String>,
    },
    /// Skriv ett formulär att fylla i: behovsmallen för en RSS (moment 2),
    /// förberedelsen för en aktör (3), verifieringen för en RSS (4; i
    /// modell 1.0 avstämningen, 3), mottagandet (6) eller återkopplingen
    /// (7) för en aktör.
    #[command(help_template = SUB_TEMPLATE)]
    Template {
        /// Omgångsfilen (.ron).
        file: PathBuf,
        /// Vem formuläret är för: RSS-koden (moment 2 och 4) eller aktörens kod.
        #[arg(long = "for", visible_alias = "rss")]
        party: String,
        /// Momentet formuläret hör till (2, 3, 4, 6 eller 7); utan: 2.
        #[arg(long)]
        moment: Option<u8>,
        /// Filen som skrivs (.xlsx).
        #[arg(short = 'o', long = "output")]
        output: PathBuf,
    },
    /// Läs in ett ifyllt formulär som lbk skrev: känner igen vilket och
    /// för vem; visar rapporten först.
    #[command(help_template = SUB_TEMPLATE)]
    Import {
        /// Omgångsfilen (.ron).
        file: PathBuf,
        /// Den ifyllda filen (xlsx, xlsm, xls, ods eller csv).
        sheet: PathBuf,
        /// Visa bara rapporten; ändra ingenting.
        #[arg(long)]
        dry_run: bool,
        /// Läs in utan att fråga.
        #[arg(long)]
        yes: bool,
        /// Läs in filen för denna part (kod) i stället för den filen anger.
        #[arg(long = "for")]
        party: Option<String>,
        /// Filen är en annan parts formulär: läs in den ändå för --for.
        #[arg(long)]
        force_party: bool,
        /// Filen skrevs från en annan omgång: läs in den ändå.
        #[arg(long)]
        force_round: bool,
        /// Låt filen ändra svar som ändrats i omgången efter att formuläret skrevs.
        #[arg(long)]
        overwrite_newer: bool,
    },
    /// Kunskapsbehov: importera en ifylld mall, lista behoven.
    #[command(subcommand, help_template = SUB_TEMPLATE)]
    Needs(NeedsCommand),
    /// (Mätning) Skriv en syntetisk omgång.
    #[command(hide = true)]
    Synth {
        #[arg(long, default_value = "realistic")]
        scale: String,
        #[arg(long, default_value_t = 1)]
        seed: u64,
        #[arg(short = 'o', long = "output")]
        output: PathBuf,
        /// Mapp för tidigare omgångar (historiken).
        #[arg(long)]
        history: Option<PathBuf>,
    },
    /// (Mätning) Öppna en omgång och rita första bilden utanför skärmen.
    #[command(hide = true)]
    Frame { file: PathBuf },
    /// (Prov) Öppna omgången och få panik efter första bilden.
    #[command(hide = true)]
    PanicTest { file: PathBuf },
    /// (Prov) Spara omgången om och om igen; skriver varje revision.
    #[command(hide = true)]
    SaveLoop {
        file: PathBuf,
        #[arg(long, default_value_t = u64::MAX)]
        count: u64,
    },
    /// (Prov) Ändra omgången om och om igen genom journalen; skriver varje
    /// ändrings nummer när den är sparad, och skriver filen var K:e.
    #[command(hide = true)]
    JournalLoop {
        file: PathBuf,
        #[arg(long, default_value_t = 1000)]
        count: u64,
        #[arg(long, default_value_t = 100)]
        fold_every: u64,
    },
    /// Omgångens personer: representanter, aktörer och RSS med kontaktpersoner.
    #[command(help_template = SUB_TEMPLATE)]
    People {
        /// Omgångsfilen (.ron).
        file: PathBuf,
        #[command(subcommand)]
        command: Option<PeopleCommand>,
        /// Format för listan: text eller json.
        #[arg(long, default_value = "text")]
        format: String,
    },
    /// Momentens förlopp: visa tidslinjen, markera påbörjat/klart, ändra planerat datum.
    #[command(help_template = SUB_TEMPLATE)]
    Moment {
        /// Omgångsfilen (.ron).
        file: PathBuf,
        /// Momentets nummer, 1–7 (utan: visa tidslinjen).
        number: Option<usize>,
        /// start, done, plan eller reset.
        what: Option<String>,
        /// Datumet för plan (ÅÅÅÅ-MM-DD).
        value: Option<String>,
        /// Datumet för start eller done (standard: i dag).
        #[arg(long)]
        date: Option<String>,
    },
    /// Skriv ett dokument (som appen skriver) till omgångens exportmapp.
    #[command(help_template = SUB_TEMPLATE)]
    Export {
        /// Omgångsfilen (.ron).
        file: PathBuf,
        /// Dokumentet: candidates, templates, kickoff, agenda, minutes, compilation, rss-feedback, tally, ballot-log (internt: vem som valde vad), ballot-codes (lapparna med koder för mobilröstning), handover, feedback, history eller mailouts.
        what: String,
        /// Bara ett format: docx, xlsx, pptx, md, txt, csv, eml eller pdf (pdf: ballot-codes) (standard: alla dokumentets format).
        #[arg(long)]
        format: Option<String>,
        /// Mappen att skriva i (standard: export/<omgång>/ bredvid omgångsfilen).
        #[arg(short = 'o', long = "output")]
        output: Option<PathBuf>,
        /// Dialogmötet (1, 2, …) för agenda och minutes.
        #[arg(long)]
        session: Option<usize>,
        /// Bara en aktörs del av handover, t.ex. --actor SoS.
        #[arg(long)]
        actor: Option<String>,
        /// Adressen mobilerna öppnar, för ballot-codes (standard: datorns
        /// egen, port 8080), t.ex. --addr 192.168.1.20:8080.
        #[arg(long)]
        addr: Option<String>,
    },
    /// Moment 6: vilka aktörer varje prioriterat behov lämnas över till;
    /// assign BEHOV AKTÖR… väljer dem (utan aktör: tillbaka till förslaget).
    #[command(help_template = SUB_TEMPLATE)]
    Handover {
        /// Omgångsfilen (.ron).
        file: PathBuf,
        #[command(subcommand)]
        command: Option<HandoverCommand>,
    },
    /// Ett dialogmötes längd och länk eller plats, till inbjudan.
    #[command(help_template = SUB_TEMPLATE)]
    Session {
        /// Omgångsfilen (.ron).
        file: PathBuf,
        /// Dialogmötets nummer (1, 2, …), i tidsordning.
        number: usize,
        /// Längden i minuter, t.ex. 180.
        #[arg(long)]
        length: Option<u16>,
        /// Länken eller platsen, t.ex. "Teams: https://…" (tomt: ta bort).
        #[arg(long)]
        place: Option<String>,
    },
    /// Utskicken per moment: till vem, och om de är skickade; markera skickat.
    #[command(help_template = SUB_TEMPLATE)]
    Mailouts {
        /// Omgångsfilen (.ron).
        file: PathBuf,
        /// sent eller unsent (utan: visa utskicken).
        what: Option<String>,
        /// Utskickens namn, t.ex. aterkoppling-GR (som i listan).
        names: Vec<String>,
        /// Dagen det skickades (standard: i dag).
        #[arg(long)]
        date: Option<String>,
    },
    /// Varje behovs väg genom omgången och hur långt det har kommit.
    #[command(help_template = SUB_TEMPLATE)]
    Trace {
        /// Omgångsfilen (.ron).
        file: PathBuf,
        /// Bara en RSS:s behov.
        #[arg(long)]
        rss: Option<String>,
        /// Format: text eller json.
        #[arg(long, default_value = "text")]
        format: String,
    },
    /// Kontrollera en omgångsfil och visa en sammanfattning.
    #[command(help_template = SUB_TEMPLATE)]
    Check {
        /// Omgångsfilen (.ron).
        file: PathBuf,
    },
}
