//! The meetings' rules as changes to the round, where a rule needs a tally
//! (closing the pick stage forms the joint list). Above `tally` and
//! `domain`, below the screens and the command line; no terminal, no files.

pub mod moment1;
pub mod moment2;
pub mod moment34;
pub mod moment5;
pub mod moment67;
pub mod typed;
pub mod typed_followup;

pub use moment5::joint_rule_label;
