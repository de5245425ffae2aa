//! The meetings' rules as changes to the round, where a rule needs a tally
//! (closing the pick stage forms the joint list). Above `tally` and
//! `domain`, below the screens and the command line; no terminal, no files.

pub mod assign;
pub mod ballot_log;
pub mod moment1;
pub mod moment2;
pub mod moment3;
#[cfg(test)]
mod moment34_tests;
pub mod moment4;
pub mod moment5;
mod moment5_stages;
pub mod moment67;
pub mod name_search;
pub mod need_tokens;
pub mod network;
pub mod people;
mod people_edit;
pub mod phone;
#[cfg(test)]
mod phone_tests;
pub mod progress;
pub mod return_status;
pub mod returned;
pub mod returned_checks;
pub mod returned_prep;
pub mod sent;
pub mod session_details;
pub mod trace;
mod trace_model;
mod trace_origin;
mod trace_steps;
#[cfg(test)]
mod trace_tests;
mod trace_text;
pub mod typed;
pub mod typed_dialogue;
pub mod typed_followup;
pub mod typed_people;
pub mod voters;

pub use moment5::joint_rule_label;
