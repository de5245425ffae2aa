//! The mail-outs in one place: which the round calls for (`due`), to whom
//! (`who`: To those asked to act, Bcc those told, From the secretariat),
//! by when (`when`), the drafts with their texts and documents (`plan`) and
//! the .eml files (`eml`, mail-builder), and marking one sent (`mark`, for
//! the command line and the app alike). lbk never sends mail itself.

pub mod due;
pub mod eml;
pub mod mark;
pub mod plan;
pub mod when;
pub mod who;
