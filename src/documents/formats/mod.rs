//! One writer per file format for the document models: Word (docx-rs, with
//! the page patches docx-rs does not write itself), slides (the `pptx`
//! crate, bars drawn as shapes), the xlsx page set-up shared by every
//! workbook, and a listing as Markdown and xlsx.

pub mod docx;
pub mod docx_page;
pub mod listing;
pub mod pdf_pages;
pub mod pptx;
mod pptx_shapes;
pub mod qr_docx;
pub mod return_xlsx;
pub mod xlsx_style;
