//! Refusals of the domain rules, in Swedish: what is wrong and what to do.

use thiserror::Error;

#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum DomainError {
    #[error("Fältet {0} får inte vara tomt. Fyll i det och spara igen.")]
    MissingField(&'static str),
    #[error("Behovsnumret {0} finns redan i omgången. Välj ett annat nummer.")]
    DuplicateNeed(String),
    #[error("Det finns inget behov med nummer {0}.")]
    UnknownNeed(String),
    #[error("RSS-koden {0} finns inte i omgångens RSS-lista. Välj en av de listade koderna.")]
    UnknownRss(String),
    #[error("Behov {need} hänvisar till RSS-koden {rss}, som inte finns i RSS-listan.")]
    UnknownRssOfNeed { need: String, rss: String },
    #[error("Behov {need} är sammanslaget med {into}, som inte finns (eller är behovet självt).")]
    BadMerge { need: String, into: String },
    #[error("Tidslinjen måste ha de sju momenten, ett var, i ordning 1–7.")]
    BadTimeline,
    #[error("Omgången är skrivskyddad: {0}")]
    ReadOnly(String),
}
