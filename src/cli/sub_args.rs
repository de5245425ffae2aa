//! The subcommands of `lbk handover`, `lbk needs` and `lbk people` as the
//! command line spells them (the top level is in `mod.rs`).

use std::path::PathBuf;

use clap::Subcommand;

use super::args_error::SUB_TEMPLATE;

#[derive(Debug, Subcommand)]
pub enum HandoverCommand {
    /// Lämna ett behov till dessa aktörer, t.ex. assign GR-3 SoS SBU.
    #[command(help_template = SUB_TEMPLATE)]
    Assign {
        /// Behovets nummer, t.ex. GR-3.
        need: String,
        /// Aktörernas koder; inga: tillbaka till förslaget utifrån aktörernas svar.
        actors: Vec<String>,
    },
}

#[derive(Debug, Subcommand)]
pub enum NeedsCommand {
    /// Importera en ifylld mall (xlsx eller csv); visar rapporten först.
    #[command(help_template = SUB_TEMPLATE)]
    Import {
        /// Omgångsfilen (.ron).
        file: PathBuf,
        /// RSS-koden, t.ex. GR.
        #[arg(long)]
        rss: String,
        /// Den ifyllda mallen.
        sheet: PathBuf,
        /// Visa bara rapporten; ändra ingenting.
        #[arg(long)]
        dry_run: bool,
        /// Importera utan att fråga.
        #[arg(long)]
        yes: bool,
        /// Filen är gjord för en annan RSS: importera den ändå för --rss.
        #[arg(long)]
        force_rss: bool,
        /// Läs in en ändrad exempelrad (märkt EXEMPEL) som ett nytt behov.
        #[arg(long)]
        read_example: bool,
        /// Läs in rader utan nummer som nya även när titeln redan finns.
        #[arg(long, conflicts_with = "update_duplicates")]
        allow_duplicates: bool,
        /// Låt en rad utan nummer uppdatera RSS:ens behov med samma titel.
        #[arg(long)]
        update_duplicates: bool,
        /// Låt filen ändra behov som ändrats i omgången efter att mallen skrevs ut.
        #[arg(long)]
        overwrite_newer: bool,
    },
    /// Lista behoven.
    #[command(help_template = SUB_TEMPLATE)]
    List {
        /// Omgångsfilen (.ron).
        file: PathBuf,
        /// Bara en RSS.
        #[arg(long)]
        rss: Option<String>,
        /// Bara en status, t.ex. kunskapslucka, undanlagt, sammanslagen.
        #[arg(long)]
        status: Option<String>,
        /// Format: text eller json.
        #[arg(long, default_value = "text")]
        format: String,
    },
}

#[derive(Debug, Subcommand)]
pub enum PeopleCommand {
    /// Lägg till: representative "Namn" [--rss KOD|--county Län] [--email E], actor KOD "Namn", rss KOD "Namn" --county Län.
    #[command(help_template = SUB_TEMPLATE)]
    Add {
        /// representative, actor eller rss.
        kind: String,
        /// Namnet (representant) eller koden (aktör, RSS).
        first: String,
        /// Namnet (aktör, RSS).
        second: Option<String>,
        /// RSS-koden (representant).
        #[arg(long)]
        rss: Option<String>,
        /// Länet (representant, RSS).
        #[arg(long)]
        county: Option<String>,
        /// E-post (representant).
        #[arg(long)]
        email: Option<String>,
    },
    /// Kontaktperson för en RSS (högst två) eller, med --actor, en aktör.
    #[command(help_template = SUB_TEMPLATE)]
    Contact {
        /// RSS-koden (eller aktörens kod med --actor).
        code: String,
        /// Kontaktpersonens namn.
        name: String,
        #[arg(long)]
        email: Option<String>,
        /// Ta bort kontaktpersonen.
        #[arg(long)]
        remove: bool,
        /// Gäller en aktör.
        #[arg(long)]
        actor: bool,
    },
    /// Byt namn: representative GAMMALT NYTT, eller actor|rss KOD "Nytt namn" (koden står kvar).
    #[command(help_template = SUB_TEMPLATE)]
    Rename {
        kind: String,
        old: String,
        new: String,
    },
    /// Markera att någon inte längre deltar (det de gjort står kvar).
    #[command(help_template = SUB_TEMPLATE)]
    Retire { kind: String, name: String },
    /// Markera att någon deltar igen.
    #[command(help_template = SUB_TEMPLATE)]
    Rejoin { kind: String, name: String },
    /// Ta bort någon som lagts till av misstag (vägras för den som röstat eller antecknats).
    #[command(help_template = SUB_TEMPLATE)]
    Remove { kind: String, name: String },
    /// Kansliets uppgifter i utskick och dokument: namn, kontaktperson, e-post, telefon (tomt tar bort).
    #[command(name = "kansli", help_template = SUB_TEMPLATE)]
    Secretariat {
        /// Kansliets namn, t.ex. "Kansliet för Partnerskapet".
        #[arg(long)]
        name: Option<String>,
        /// Den som svarar på frågor.
        #[arg(long)]
        person: Option<String>,
        /// Adressen utskicken skickas från och svar går till.
        #[arg(long)]
        email: Option<String>,
        /// Telefonnumret i utskickens signatur.
        #[arg(long)]
        phone: Option<String>,
    },
    /// Gör en representant till ersättare för en annan (utan --for: inte längre ersättare).
    #[command(help_template = SUB_TEMPLATE)]
    Substitute {
        name: String,
        #[arg(long = "for")]
        for_whom: Option<String>,
    },
}
