//! One writer per file format for the document models: Word (docx-rs, with
//! the page patches docx-rs does not write itself), slides (the `pptx`
//! crate, bars drawn as shapes), the xlsx page set-up shared by every
//! workbook.

pub mod docx;
pub mod docx_page;
pub mod pptx;
mod pptx_shapes;
pub mod xlsx_style;
