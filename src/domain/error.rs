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
    #[error("Tidslinjen måste ha de sju momenten, ett var, i ordning 1–7.")]
    BadTimeline,
    #[error("Omgången är skrivskyddad: {0}")]
    ReadOnly(String),
    #[error(
        "{0} har redan kommit vidare (diskuterats, sorterats eller fått andra behov sammanslagna med sig) och kan inte tas bort. Lägg det undan med ett skäl i moment 4 (a), så får RSS:en veta varför."
    )]
    NotRemovable(String),
    #[error("Fältet {field} har {len} tecken; högst {max} får plats. Korta texten och spara igen.")]
    TooLong {
        field: &'static str,
        len: usize,
        max: usize,
    },
}

/// Refusals of moment 5: ballots, attendance and stages.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum BallotError {
    #[error(
        "{0} finns inte bland de lokala representanterna. Skriv en del av namnet och välj i listan."
    )]
    UnknownRepresentative(String),
    #[error(
        "{0} deltar inte längre (enligt registret). Markera personen som deltagande igen med R, eller välj ersättaren."
    )]
    NotTakingPart(String),
    #[error("{0} är inte markerad som närvarande. Markera närvaro först (tangent a).")]
    NotPresent(String),
    #[error("{got} val är för många: högst {max} får väljas. Ta bort ett val.")]
    TooMany { got: usize, max: usize },
    #[error("{0} är redan vald i den här valsedeln.")]
    Duplicate(String),
    #[error("{0} finns inte i den slutliga sammanställningen. Välj ett av de listade numren.")]
    NotOnCompilation(String),
    #[error("{0} är inte med på den gemensamma listan och kan inte rangordnas.")]
    NotOnJointList(String),
    #[error("{0} är inte bland representantens egna val (modell 1.0 rangordnar egna val).")]
    NotOwnPick(String),
    #[error("Valsteget är stängt. Öppna det igen med ett skäl (tangent o) för att ändra val.")]
    PickClosed,
    #[error("Rangordningen har inte börjat: stäng valsteget först (tangent c).")]
    RankNotOpen,
    #[error("Rangordningssteget är stängt. Öppna det igen med ett skäl för att ändra.")]
    RankClosed,
    #[error("Ange ett skäl; det skrivs i ändringsloggen.")]
    NoReason,
    #[error("Det finns {0} rangordningar. Dra tillbaka dem innan valsteget öppnas igen.")]
    RankBallotsExist(usize),
    #[error("Antalet val kan inte sänkas till {to}: {who} har redan {has} val.")]
    MaxBelowBallot { to: usize, who: String, has: usize },
    #[error("Antalet val måste vara minst 1.")]
    MaxZero,
    #[error("{0} har ingen valsedel att dra tillbaka.")]
    NoBallot(String),
    #[error("Inga behov valdes; den gemensamma listan skulle bli tom.")]
    EmptyJointList,
    #[error(
        "Regeln \"{rule}\" lämnar den gemensamma listan tom: mest valda behov har {most} val. Ändra regeln (g) innan steget stängs."
    )]
    RuleEmptiesList { rule: String, most: u32 },
}
