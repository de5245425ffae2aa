//! What comes back: one bounded cell reader (`sheet_reader`, with the
//! limits in `sheet_guard` and the text encodings of CSV) for every
//! spreadsheet lbk is given, and one module per kind of returned file: the
//! needs template (`needs`), ballot sheets, form exports and chats
//! (`ballots`); `cells` says where in a sheet a problem is. Every import is planned on the round without
//! changing it, reported, and applied only on an answer.

pub mod ballots;
pub mod cells;
pub mod needs;
pub mod returns;
pub mod sheet_guard;
pub mod sheet_reader;
