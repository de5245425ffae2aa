//! Reading a returned needs template (xlsx, xlsm, xls, ods or CSV, from any
//! program) through the shared bounded sheet reader. The table is found by
//! name, else by its header row; columns may come in any order; a renamed
//! column refuses the file (`plan.rs`). The file's RSS (the defined name
//! `lbk_rss`, else the heading "Kunskapsbehov från … (KOD)") is read so a
//! file for one RSS is not filed under another. Every row below the header
//! is read, also below the template's table. Nothing is written until a
//! checked plan (`plan.rs`) is applied.

mod plan;
mod questions;
mod report;
mod row;
mod sheet;

pub use plan::{ImportPlan, apply_import, plan_import, plan_import_with};
pub use questions::{Answers, Question, Refusal};

pub use sheet::{NeedsSheet, read_needs_sheet, sheet_from_book};
