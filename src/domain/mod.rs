//! The round and its rules: types, statuses, transitions, validation.
//! No terminal and no file access here.

pub mod collate;
pub mod contradictions;
pub mod error;
pub mod followup;
pub mod log;
pub mod meetings;
pub mod moment;
pub mod names;
pub mod need;
pub mod people;
pub mod priority;
pub mod return_kind;
pub mod round;
pub mod shared;
pub mod swedish;
pub mod text;
pub mod text_safety;

pub use error::{BallotError, DomainError};
pub use moment::{ModelVariant, Moment, MomentStatus};
pub use need::{Level, Need, NeedKind, NeedStatus, SetAsideReason, Source};
pub use round::{MomentRecord, Round, SCHEMA_VERSION};
pub use shared::Shared;
pub use text::Text;
