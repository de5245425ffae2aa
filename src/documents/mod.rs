//! What goes out: every document people receive, one module per document
//! (the moment-5 minutes, the hand-over, the feedback, the listings, …),
//! each a pure builder of a document model (`blocks`, `lists::Listing`,
//! `decks`) written by one writer per format in `formats/` (Word, slides;
//! xlsx and Markdown beside their models). `plan` names every document and
//! plans its files in memory; `export` writes them beside the round.

pub mod agenda_plan;
pub mod ballot_sheet;
pub mod ballot_slips;
pub mod blocks;
pub mod decks;
pub mod doc_dates;
pub mod doc_gaps;
pub mod export;
pub mod feedback_deck;
pub mod formats;
pub mod handover_doc;
pub mod kinds;
pub mod lists;
pub mod minutes;
pub mod needs_template;
pub mod plan;
pub mod priority_minutes;
pub mod reports;
pub mod returns;
pub mod session_minutes;
pub mod slides;
pub mod tally_json;
pub mod tally_out;
pub mod tally_xlsx;
pub mod text;

pub use text::{MAX_CELL, cell_text, doc_text, md_text, neutralise_formula, write_export};
