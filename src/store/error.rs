//! Refusals of the store, in Swedish: which file, where in it, what to do.

use std::path::PathBuf;

use thiserror::Error;

use crate::domain::DomainError;

#[derive(Debug, Error)]
pub enum StoreError {
    #[error("Kunde inte {action} {}: {}", path.display(), swedish_io(source))]
    Io {
        path: PathBuf,
        action: &'static str,
        #[source]
        source: std::io::Error,
    },
    #[error(
        "{} är tom. Det är ingen omgångsfil; filen har inte ändrats. Skapa en ny omgång med `lbk new` eller återställ filen från säkerhetskopian (.bak).",
        path.display()
    )]
    Empty { path: PathBuf },
    #[error(
        "{}, rad {line}, kolumn {col}: filen är inte text (UTF-8) utan binär eller i fel teckenkodning. Filen har inte ändrats; spara den som UTF-8 eller återställ säkerhetskopian (.bak).",
        path.display()
    )]
    NotText {
        path: PathBuf,
        line: usize,
        col: usize,
    },
    #[error(
        "{}, rad {line}, kolumn {col}: {what}. Filen har inte ändrats; rätta den i en textredigerare eller återställ säkerhetskopian (.bak).",
        path.display()
    )]
    Syntax {
        path: PathBuf,
        line: usize,
        col: usize,
        what: String,
    },
    #[error(
        "{} har schemaversion {found}, men den här versionen av lbk läser högst version {supported}. Filen har inte ändrats; uppdatera lbk för att öppna den.",
        path.display()
    )]
    NewerSchema {
        path: PathBuf,
        found: u32,
        supported: u32,
    },
    #[error("{}: {source} Filen har inte ändrats.", path.display())]
    Invalid {
        path: PathBuf,
        #[source]
        source: DomainError,
    },
    #[error(
        "{} säger emot sig själv på {} (filen har inte ändrats; rätta den i en texteditor, lbk lagar den inte själv):\n{lines}",
        path.display(),
        crate::domain::swedish::count(*count, "ställe", "ställen")
    )]
    Contradicted {
        path: PathBuf,
        lines: String,
        count: usize,
    },
    #[error(
        "{} har ändrats på disken sedan den öppnades (någon annan har sparat). Din ändring sparades inte, och lbk skriver inte över den andras version.",
        path.display()
    )]
    ChangedOnDisk { path: PathBuf },
    #[error(
        "{} är låst av {holder}. Omgången öppnas skrivskyddad; stäng den andra lbk för att kunna ändra.",
        path.display()
    )]
    Locked { path: PathBuf, holder: String },
    #[error(
        "{} finns inte längre (flyttad eller raderad). Din ändring finns kvar i lbk men sparades inte.",
        path.display()
    )]
    Gone { path: PathBuf },
    #[error("Omgången är öppnad skrivskyddad och kan inte sparas: {reason}")]
    ReadOnly { reason: String },
    #[error("Filen {} finns redan. Välj ett annat namn; den befintliga filen har inte ändrats.", path.display())]
    Exists { path: PathBuf },
    #[error(
        "{} är ingen vanlig fil (en mapp eller en enhet) och lästes inte. Ange en omgångsfil (.ron).",
        path.display()
    )]
    NotAFile { path: PathBuf },
    #[error(
        "{} är {} och lästes inte: lbk läser högst {} här. Är det rätt fil?",
        path.display(),
        size_text(*size),
        size_text(*limit)
    )]
    TooLarge {
        path: PathBuf,
        size: u64,
        limit: u64,
    },
    #[error("låsfilen {} kan inte tas: {}", path.display(), swedish_io(source))]
    LockUnavailable {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
    #[error(
        "{} är en omgångsfil (eller hör till en) och skrivs inte över av en export. Ingenting skrevs; välj ett annat filnamn, t.ex. resultat.xlsx.",
        path.display()
    )]
    ExportOverRound { path: PathBuf },
}

/// A size for people: "64 MB", "512 kB", "12 byte".
pub fn size_text(bytes: u64) -> String {
    const MB: u64 = 1024 * 1024;
    if bytes >= MB {
        format!("{} MB", bytes.div_ceil(MB))
    } else if bytes >= 1024 {
        format!("{} kB", bytes.div_ceil(1024))
    } else {
        format!("{bytes} byte")
    }
}

/// What went wrong with the disk, in Swedish, for the common cases.
pub fn swedish_io(e: &std::io::Error) -> String {
    use std::io::ErrorKind as K;
    match e.kind() {
        K::NotFound => "filen eller mappen finns inte".into(),
        K::PermissionDenied | K::ReadOnlyFilesystem => {
            "skrivskyddat (saknar rättighet att skriva här)".into()
        }
        K::StorageFull => "disken är full".into(),
        K::NotADirectory => "en del av sökvägen är inte en mapp".into(),
        K::AlreadyExists => "filen finns redan".into(),
        _ => format!("{e}"),
    }
}
