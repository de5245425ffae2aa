//! The forms parties send back (`documents::returns`), read through the
//! one bounded sheet reader: which form it is (the defined names, else the
//! id line on the sheet, which a CSV keeps), the header row and the rows
//! below it with their sheet row numbers. Each kind is then checked
//! against the round by its own module, all or nothing.

mod checks;
pub mod feedback;
pub mod plan;
pub mod preparation;
mod questions;
pub mod reading;
pub mod receipt;
mod sheet;
pub mod verification;

pub use questions::{ReturnAnswers, ReturnQuestion, ReturnRefusal};
pub use sheet::{ReturnSheet, from_book, read_return};
