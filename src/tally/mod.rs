//! Pure functions: ballots in, results out. No I/O, no UI.

pub mod pick;
pub mod places;

pub use pick::{PickRow, PickTally, pick_tally};
pub use places::{Place, assign_places, number_order, ordinal, place_label};
