//! The forms lbk sends out for a party to fill and send back: one workbook
//! per party and moment, with the rows it answers (the needs handed to an
//! actor, say), the columns it fills (dropdowns where the model names the
//! words), and what lbk reads back to recognise the file: the kind, the
//! party, the round and when it was written, as defined names and as a
//! line on the sheet (which a CSV keeps too). Read back by
//! `imports::returns`.

pub mod feedback_form;
pub mod form;
pub mod receipt_form;
