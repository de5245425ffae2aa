use super::*;

#[test]
fn every_built_in_theme_parses() {
    for (name, text) in BUILT_IN {
        Theme::parse(name, text, name).unwrap_or_else(|e| panic!("{name}: {e}"));
    }
}

#[test]
fn a_theme_file_overrides_only_what_it_lists() {
    let t = Theme::parse("egen", "(accent: \"#ff0000\")", "egen.ron").unwrap();
    assert_eq!(t.accent, Color::Rgb(255, 0, 0));
    assert_eq!(t.bar, Theme::default().bar);
}

#[test]
fn a_broken_theme_file_falls_back_with_a_message_naming_the_place() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("trasig.ron"),
        "(accent: \"blue\",\n  bar: 12 )",
    )
    .unwrap();
    let (t, msg) = Theme::load("trasig", dir.path());
    assert_eq!(t, Theme::default());
    let msg = msg.unwrap();
    assert!(msg.contains("rad 2"), "{msg}");
    assert!(msg.contains("trasig.ron"), "{msg}");
}

#[test]
fn an_unknown_colour_or_key_is_refused() {
    assert!(
        Theme::parse("x", "(accent: \"lila\")", "x.ron")
            .unwrap_err()
            .contains("lila")
    );
    assert!(Theme::parse("x", "(accnt: \"blue\")", "x.ron").is_err());
}

#[test]
fn user_themes_are_listed_after_the_built_ins() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("mitt.ron"), "()").unwrap();
    assert_eq!(
        Theme::available(dir.path()),
        vec!["standard", "hogkontrast", "ljust", "mitt"]
    );
}

#[test]
fn monochrome_has_no_colours() {
    let t = Theme::monochrome();
    assert_eq!(t.selected().bg, None);
    assert_eq!(t.tally_bar(true).fg, Some(Color::Reset));
}
