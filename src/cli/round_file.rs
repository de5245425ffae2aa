//! Which round file a command acts on, so that the hints it prints can
//! name that file (`out::name_round`).

use super::{Command, NeedsCommand};

impl Command {
    /// The round file the command acts on, for the hints it prints.
    pub fn round_file(&self) -> Option<&std::path::Path> {
        use Command as C;
        match self {
            C::Open { file }
            | C::Tally { file, .. }
            | C::Present { file }
            | C::Serve { file, .. }
            | C::Template { file, .. }
            | C::Import { file, .. }
            | C::People { file, .. }
            | C::Moment { file, .. }
            | C::Export { file, .. }
            | C::Handover { file, .. }
            | C::Session { file, .. }
            | C::Mailouts { file, .. }
            | C::Trace { file, .. }
            | C::Check { file } => Some(file),
            C::Needs(NeedsCommand::Import { file, .. } | NeedsCommand::List { file, .. }) => {
                Some(file)
            }
            _ => None,
        }
    }
}
