//! A path as it is typed or dragged into the terminal: quoted, with `~/`.
//! Save-as, the template import and the ballot import all read it here.

/// A typed path, with `~/` for the home folder.
pub fn expand_path(p: &str) -> std::path::PathBuf {
    // A file dragged into a terminal comes quoted: 'mall VRM (1).xlsx'.
    let p = p.trim();
    let p = ['\'', '"']
        .iter()
        .find_map(|q| p.strip_prefix(*q).and_then(|r| r.strip_suffix(*q)))
        .unwrap_or(p);
    match (p.strip_prefix("~/"), std::env::var_os("HOME")) {
        (Some(rest), Some(home)) => std::path::PathBuf::from(home).join(rest),
        _ => std::path::PathBuf::from(p),
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn a_dragged_in_quoted_path_is_the_path() {
        assert_eq!(
            super::expand_path("'/tmp/mall VRM (1).xlsx'"),
            std::path::PathBuf::from("/tmp/mall VRM (1).xlsx")
        );
        assert_eq!(
            super::expand_path(" \"/tmp/a b.xlsx\" "),
            std::path::PathBuf::from("/tmp/a b.xlsx")
        );
        assert_eq!(
            super::expand_path("/tmp/a.xlsx"),
            std::path::PathBuf::from("/tmp/a.xlsx")
        );
    }
}
