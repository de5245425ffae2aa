//! lbk: the secretariat's tool for the model *Lokala behov av kunskap*.
//!
//! Module map (dependencies point down this list, never up; no circle
//! inside a folder; `tests/layout.rs` checks both, and docs/architecture.md
//! draws them):
//!
//! - [`cli`]: one file per subcommand; each calls store, imports,
//!   documents, mail-outs and the core; with no subcommand it opens the app.
//! - [`tui`]: the terminal app: loop, actions, keymap, theme, one screen per moment.
//! - [`synth`]: synthetic rounds at meeting and stress scale for the benches.
//! - [`mailouts`]: which mail-outs are due, to whom, by when, as .eml drafts,
//!   and marking one sent.
//! - [`imports`]: what comes back: the bounded cell reader and one module
//!   per kind of returned file.
//! - [`documents`]: what goes out: one builder per document, a model, one
//!   writer per format.
//! - [`store`]: the round file: RON load and save, atomic write, lock,
//!   schema version, the data folder, the embedded sample rounds.
//! - [`meeting`]: the meetings' rules as changes to the round (ballots,
//!   attendance, stages), using the tally where a rule needs one.
//! - [`tally`]: pure functions, ballots in, results out.
//! - [`domain`]: the round and its rules. No terminal, no files.

pub mod cli;
pub mod documents;
pub mod domain;
pub mod imports;
pub mod mailouts;
pub mod meeting;
pub mod serve;
pub mod store;
pub mod synth;
pub mod tally;
pub mod tui;
