//! The command line's own mistakes (an unknown command or flag, a missing
//! argument, a value that does not fit) said in Swedish, with what to do,
//! instead of clap's English. Help and version are clap's as they are.

use clap::error::{ContextKind, ContextValue, ErrorKind};

/// The help's layout with Swedish headings: for `lbk --help` and for
/// each subcommand's.
pub(crate) const HELP_TEMPLATE: &str = "{about}\n\nAnvändning: {usage}\n\nKommandon:\n{subcommands}\n\nFlaggor:\n{options}{after-help}";
pub(crate) const SUB_TEMPLATE: &str = "{about}\n\nAnvändning: {usage}\n\n{all-args}{after-help}";

fn value(e: &clap::Error, kind: ContextKind) -> String {
    match e.get(kind) {
        Some(ContextValue::String(s)) => s.clone(),
        Some(ContextValue::Strings(v)) => v.join(", "),
        Some(ContextValue::StyledStr(s)) => s.to_string(),
        Some(ContextValue::StyledStrs(v)) => v
            .iter()
            .map(|s| s.to_string())
            .collect::<Vec<_>>()
            .join(", "),
        Some(ContextValue::Number(n)) => n.to_string(),
        _ => String::new(),
    }
}

/// " Menade du X?" (or "X eller Y") when clap has a suggestion.
fn suggestion(e: &clap::Error, kind: ContextKind) -> String {
    let s = value(e, kind);
    match s.rsplit_once(", ") {
        _ if s.is_empty() => String::new(),
        Some((first, last)) => format!(" Menade du {first} eller {last}?"),
        None => format!(" Menade du {s}?"),
    }
}

/// The mistake in Swedish, with the usage line and where help is.
pub fn swedish(e: &clap::Error) -> String {
    use ContextKind as C;
    let what = match e.kind() {
        ErrorKind::InvalidSubcommand => format!(
            "Okänt kommando {:?}.{}",
            value(e, C::InvalidSubcommand),
            suggestion(e, C::SuggestedSubcommand)
        ),
        ErrorKind::UnknownArgument => format!(
            "Okänd flagga eller ett argument för mycket: {:?}.{}",
            value(e, C::InvalidArg),
            suggestion(e, C::SuggestedArg)
        ),
        ErrorKind::MissingRequiredArgument => {
            format!("Det saknas: {}.", value(e, C::InvalidArg))
        }
        ErrorKind::MissingSubcommand => "Ange ett kommando.".to_string(),
        ErrorKind::InvalidValue | ErrorKind::ValueValidation => {
            let valid = value(e, C::ValidValue);
            format!(
                "Värdet {:?} passar inte till {}.{}",
                value(e, C::InvalidValue),
                value(e, C::InvalidArg),
                if valid.is_empty() {
                    String::new()
                } else {
                    format!(" Möjliga värden: {valid}.")
                }
            )
        }
        ErrorKind::TooManyValues | ErrorKind::WrongNumberOfValues | ErrorKind::TooFewValues => {
            format!("Fel antal värden till {}.", value(e, C::InvalidArg))
        }
        ErrorKind::ArgumentConflict => format!(
            "{} och {} kan inte anges samtidigt.",
            value(e, C::InvalidArg),
            value(e, C::PriorArg)
        ),
        ErrorKind::NoEquals => format!("{} ska skrivas med =.", value(e, C::InvalidArg)),
        ErrorKind::InvalidUtf8 => "Ett argument är inte giltig text (UTF-8).".to_string(),
        _ => "Kommandoraden kunde inte tolkas.".to_string(),
    };
    let usage = swedish_help(&value(e, C::Usage));
    let usage = usage.trim();
    let usage = usage
        .strip_prefix("Användning:")
        .or_else(|| usage.strip_prefix("Usage:"))
        .unwrap_or(usage)
        .trim();
    if usage.is_empty() {
        format!("{what} Se lbk --help.")
    } else {
        format!(
            "{what}\nAnvändning: {usage}\nSe {} --help.",
            usage_command(usage)
        )
    }
}

/// clap's help and usage with its English headings and words in Swedish.
pub fn swedish_help(text: &str) -> String {
    text.replace("\nArguments:\n", "\nArgument:\n")
        .replace("\nOptions:\n", "\nFlaggor:\n")
        .replace("\nCommands:\n", "\nKommandon:\n")
        .replace("[OPTIONS]", "[FLAGGOR]")
        .replace("<COMMAND>", "<KOMMANDO>")
        .replace("[COMMAND]", "[KOMMANDO]")
}

/// "lbk mailouts" from "lbk mailouts [OPTIONS] <FILE>".
fn usage_command(usage: &str) -> String {
    usage
        .split_whitespace()
        .take_while(|w| !w.starts_with(['[', '<', '-']))
        .collect::<Vec<_>>()
        .join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::Parser;

    fn said(args: &[&str]) -> String {
        let e = crate::cli::Cli::try_parse_from(args).unwrap_err();
        swedish(&e)
    }

    #[test]
    fn the_command_lines_mistakes_are_said_in_swedish_with_the_way_on() {
        let s = said(&["lbk", "mailout"]);
        assert!(s.contains("Okänt kommando \"mailout\". Menade du "), "{s}");
        assert!(s.contains("mailouts?"), "{s}");
        let s = said(&["lbk", "mailouts", "a.ron", "sent", "x", "--datum", "1"]);
        assert!(s.contains("Okänd flagga") && s.contains("--datum"), "{s}");
        assert!(s.contains("Se lbk mailouts --help."), "{s}");
        let s = said(&["lbk", "mailouts"]);
        assert!(s.starts_with("Det saknas: <FILE>."), "{s}");
        let s = said(&["lbk", "mailouts", "a.ron", "--date"]);
        assert!(s.contains("--date"), "{s}");
        let help = swedish_help(
            &crate::cli::Cli::try_parse_from(["lbk", "mailouts", "--help"])
                .unwrap_err()
                .render()
                .to_string(),
        );
        assert!(
            help.contains("\nArgument:\n") && help.contains("\nFlaggor:\n"),
            "{help}"
        );
        assert!(
            help.contains("[FLAGGOR]") && !help.contains("Options"),
            "{help}"
        );
        for s in [s, said(&["lbk", "export"])] {
            assert!(!s.contains("error:") && !s.contains("tip:"), "{s}");
        }
    }
}
