//! The document models the builders make and the writers in `formats/`
//! take: a titled table (`Listing`), and a document as headings,
//! paragraphs, list items and tables (`Block`, written as Markdown here and
//! as Word by `docx::blocks_docx`: the moment-5 minutes, the feedback
//! report and each RSS's "vad blev det av våra behov"). Slides have their
//! own model in `slides`.

/// A titled table: the lists, the agenda, the minutes' table, the
/// compilation and the hand-over list.
pub struct Listing {
    pub title: String,
    pub intro: String,
    pub header: Vec<&'static str>,
    pub widths: Vec<f64>,
    pub rows: Vec<Vec<String>>,
}

/// A piece of a document.
#[derive(Debug, Clone, PartialEq)]
pub enum Block {
    Heading(String),
    Para(String),
    /// A list item ("- text" in Markdown, "• text" in Word).
    Item(String),
    /// An item under the item above ("  - text", "– text" indented further).
    SubItem(String),
    Table(Vec<&'static str>, Vec<Vec<String>>),
}

/// The blocks as Markdown.
pub fn markdown(blocks: &[Block]) -> String {
    let esc = crate::documents::md_text;
    let mut out = String::new();
    for b in blocks {
        // A list ends with a blank line before what follows it.
        if !matches!(b, Block::Item(_) | Block::SubItem(_))
            && out.ends_with('\n')
            && !out.ends_with("\n\n")
        {
            out.push('\n');
        }
        match b {
            Block::Heading(h) if out.is_empty() => out.push_str(&format!("# {}\n\n", esc(h))),
            Block::Heading(h) => out.push_str(&format!("## {}\n\n", esc(h))),
            Block::Para(p) => out.push_str(&format!("{}\n\n", esc(p))),
            Block::Item(p) => {
                out.push_str(&format!("- {}\n", esc(p)));
            }
            Block::SubItem(p) => {
                out.push_str(&format!("  - {}\n", esc(p)));
            }
            Block::Table(head, rows) => {
                out.push_str(&format!(
                    "| {} |\n|{}|\n",
                    head.join(" | "),
                    head.iter().map(|_| "---").collect::<Vec<_>>().join("|")
                ));
                for r in rows {
                    out.push_str(&format!(
                        "| {} |\n",
                        r.iter().map(|c| esc(c)).collect::<Vec<_>>().join(" | ")
                    ));
                }
                out.push('\n');
            }
        }
    }
    out
}
