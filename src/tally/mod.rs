//! Pure functions: ballots in, results out. No I/O, no UI.

pub mod dots;
pub mod joint;
pub mod pick;
pub mod places;
pub mod rank;

pub use dots::{DotRow, dot_tally as dot_tally_rows};
pub use joint::{JointList, joint_list};
pub use pick::{PickRow, PickTally, pick_tally};
pub use places::{Place, assign_places, number_order, ordinal, place_label};
pub use rank::{Pairwise, RankCache, RankRow, RankTally, VsNext, rank_tally};
