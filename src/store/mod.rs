//! The round file: RON load and save, atomic write, lock, schema version,
//! where files live, the embedded sample rounds, and what a file that
//! parses says against itself (`contradicted`).

pub mod contradicted;
pub mod error;
pub mod file;
pub mod format;
pub mod guard;
pub mod journal;
pub mod lock;
pub mod open;
pub mod others;
pub mod patch;
pub mod places;
pub mod replay;
pub mod samples;
pub mod temp;

pub use error::StoreError;
pub use file::{Fingerprint, backup_path, save};
pub use format::{parse_round, round_to_string};
pub use journal::journal_path;
pub use lock::lock_path;
pub use open::OpenRound;
pub use others::other_rounds;
pub use places::{Folders, Settings, load_settings, save_settings};
pub use replay::load;
