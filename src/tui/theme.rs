//! Colours by meaning. Screens ask the theme for a style ("selected row",
//! "tally bar"), never for a colour. A theme file lists only what it
//! overrides; a broken one falls back to the default with a message.

use std::path::Path;
use std::str::FromStr;

use ratatui::style::{Color, Modifier, Style};
use serde::Deserialize;

/// Built-in themes, embedded: (name, file text).
pub const BUILT_IN: [(&str, &str); 3] = [
    ("standard", include_str!("../../themes/standard.ron")),
    ("hogkontrast", include_str!("../../themes/hogkontrast.ron")),
    ("ljust", include_str!("../../themes/ljust.ron")),
];

/// What a theme file may set; every field optional.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct ThemeFile {
    fg: Option<String>,
    bg: Option<String>,
    muted: Option<String>,
    accent: Option<String>,
    title: Option<String>,
    selection_fg: Option<String>,
    selection_bg: Option<String>,
    ok: Option<String>,
    warn: Option<String>,
    error: Option<String>,
    bar: Option<String>,
    bar_highlight: Option<String>,
    banner_fg: Option<String>,
    banner_bg: Option<String>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Theme {
    pub name: String,
    /// NO_COLOR: no colours at all, meaning carried by bold and reverse.
    pub monochrome: bool,
    fg: Color,
    bg: Color,
    muted: Color,
    accent: Color,
    title: Color,
    selection_fg: Color,
    selection_bg: Color,
    ok: Color,
    warn: Color,
    error: Color,
    bar: Color,
    bar_highlight: Color,
    banner_fg: Color,
    banner_bg: Color,
}

impl Default for Theme {
    fn default() -> Self {
        Theme {
            name: "standard".into(),
            monochrome: false,
            fg: Color::Reset,
            bg: Color::Reset,
            muted: Color::DarkGray,
            accent: Color::Cyan,
            title: Color::LightCyan,
            selection_fg: Color::Black,
            selection_bg: Color::Cyan,
            ok: Color::Green,
            warn: Color::Yellow,
            error: Color::LightRed,
            bar: Color::Cyan,
            bar_highlight: Color::LightYellow,
            banner_fg: Color::Black,
            banner_bg: Color::Yellow,
        }
    }
}

impl Theme {
    /// Reads a theme's text over the default. On error: the default, and a
    /// Swedish message naming the file, line:column and what was wrong.
    pub fn parse(name: &str, text: &str, origin: &str) -> Result<Theme, String> {
        let options = ron::Options::default()
            .with_default_extension(ron::extensions::Extensions::IMPLICIT_SOME);
        let file: ThemeFile = options.from_str(text).map_err(|e| {
            format!(
                "Temat i {origin} kunde inte läsas (rad {}, kolumn {}: {}); standardtemat används.",
                e.span.start.line, e.span.start.col, e.code
            )
        })?;
        let mut t = Theme {
            name: name.to_string(),
            ..Theme::default()
        };
        let slots: [(&Option<String>, &mut Color, &str); 14] = [
            (&file.fg, &mut t.fg, "fg"),
            (&file.bg, &mut t.bg, "bg"),
            (&file.muted, &mut t.muted, "muted"),
            (&file.accent, &mut t.accent, "accent"),
            (&file.title, &mut t.title, "title"),
            (&file.selection_fg, &mut t.selection_fg, "selection_fg"),
            (&file.selection_bg, &mut t.selection_bg, "selection_bg"),
            (&file.ok, &mut t.ok, "ok"),
            (&file.warn, &mut t.warn, "warn"),
            (&file.error, &mut t.error, "error"),
            (&file.bar, &mut t.bar, "bar"),
            (&file.bar_highlight, &mut t.bar_highlight, "bar_highlight"),
            (&file.banner_fg, &mut t.banner_fg, "banner_fg"),
            (&file.banner_bg, &mut t.banner_bg, "banner_bg"),
        ];
        for (value, slot, key) in slots {
            if let Some(v) = value {
                *slot = Color::from_str(v.trim()).map_err(|_| {
                    // The line the key is on (a key may be written with
                    // spaces before its colon).
                    let at = text
                        .lines()
                        .position(|l| {
                            l.split(':').next().is_some_and(|k| {
                                k.trim().trim_start_matches(['(', ',']).trim() == key
                            })
                        })
                        .map(|i| format!(", rad {}", i + 1))
                        .unwrap_or_default();
                    format!(
                        "Temat i {origin}{at}: färgen {:?} för `{key}` är okänd (använd t.ex. \"blue\" eller \"#1e90ff\"); standardtemat används.",
                        crate::domain::text_safety::clean_line(v)
                    )
                })?;
            }
        }
        Ok(t)
    }

    /// The high-contrast theme, for presentation mode whatever is chosen.
    pub fn presentation() -> Theme {
        Theme::parse(BUILT_IN[1].0, BUILT_IN[1].1, BUILT_IN[1].0).unwrap_or_default()
    }

    pub fn monochrome() -> Theme {
        Theme {
            name: "standard".into(),
            monochrome: true,
            ..Theme::default()
        }
    }

    /// The names of every theme on offer: built-ins, then the user's.
    pub fn available(user_dir: &Path) -> Vec<String> {
        let mut names: Vec<String> = BUILT_IN.iter().map(|(n, _)| n.to_string()).collect();
        let mut user: Vec<String> = std::fs::read_dir(user_dir)
            .map(|rd| {
                rd.filter_map(|e| e.ok().map(|e| e.path()))
                    .filter(|p| p.extension().is_some_and(|x| x == "ron"))
                    .filter_map(|p| p.file_stem().map(|s| s.to_string_lossy().into_owned()))
                    .filter(|n| !names.contains(n))
                    .collect()
            })
            .unwrap_or_default();
        user.sort();
        names.extend(user);
        names
    }

    /// Loads a theme by name: a user file in `user_dir` wins over a built-in.
    pub fn load(name: &str, user_dir: &Path) -> (Theme, Option<String>) {
        let path = user_dir.join(format!("{name}.ron"));
        use crate::store::file::{MAX_SETTINGS_BYTES, is_missing, read_bounded};
        match read_bounded(&path, MAX_SETTINGS_BYTES) {
            Ok(bytes) => {
                let origin = path.display().to_string();
                return match std::str::from_utf8(&bytes) {
                    Ok(text) => match Theme::parse(name, text, &origin) {
                        Ok(t) => (t, None),
                        Err(msg) => (Theme::default(), Some(msg)),
                    },
                    Err(e) => {
                        let before = &bytes[..e.valid_up_to()];
                        let line = before.iter().filter(|b| **b == b'\n').count() + 1;
                        let col = before.iter().rev().take_while(|b| **b != b'\n').count() + 1;
                        let msg = format!(
                            "Temat i {origin} är inte text (UTF-8) vid rad {line}, kolumn {col}; standardtemat används."
                        );
                        (Theme::default(), Some(msg))
                    }
                };
            }
            Err(e) if !is_missing(&e) => {
                let msg = format!("Temat kunde inte läsas: {e} Standardtemat används.");
                return (Theme::default(), Some(msg));
            }
            Err(_) => {}
        }
        match BUILT_IN.iter().find(|(n, _)| *n == name) {
            Some((n, text)) => match Theme::parse(n, text, n) {
                Ok(t) => (t, None),
                Err(msg) => (Theme::default(), Some(msg)),
            },
            None => (
                Theme::default(),
                Some(format!("Temat {name:?} finns inte; standardtemat används.")),
            ),
        }
    }

    fn color(&self, c: Color) -> Color {
        if self.monochrome { Color::Reset } else { c }
    }

    pub fn base(&self) -> Style {
        Style::new().fg(self.color(self.fg)).bg(self.color(self.bg))
    }
    pub fn muted(&self) -> Style {
        if self.monochrome {
            Style::new().add_modifier(Modifier::DIM)
        } else {
            Style::new().fg(self.muted)
        }
    }
    pub fn title(&self) -> Style {
        Style::new()
            .fg(self.color(self.title))
            .add_modifier(Modifier::BOLD)
    }
    pub fn accent(&self) -> Style {
        Style::new().fg(self.color(self.accent))
    }
    pub fn border(&self, focused: bool) -> Style {
        if focused { self.accent() } else { self.muted() }
    }
    pub fn selected(&self) -> Style {
        if self.monochrome {
            Style::new().add_modifier(Modifier::REVERSED)
        } else {
            Style::new().fg(self.selection_fg).bg(self.selection_bg)
        }
    }
    pub fn ok(&self) -> Style {
        Style::new().fg(self.color(self.ok))
    }
    pub fn warn(&self) -> Style {
        Style::new()
            .fg(self.color(self.warn))
            .add_modifier(Modifier::BOLD)
    }
    pub fn error(&self) -> Style {
        Style::new()
            .fg(self.color(self.error))
            .add_modifier(Modifier::BOLD)
    }
    /// A bar in a tally pane; the leading one(s) highlighted.
    pub fn tally_bar(&self, leading: bool) -> Style {
        let c = if leading {
            self.bar_highlight
        } else {
            self.bar
        };
        Style::new().fg(self.color(c))
    }
    /// The read-only banner and other warnings that must not be missed.
    pub fn banner(&self) -> Style {
        if self.monochrome {
            Style::new().add_modifier(Modifier::REVERSED | Modifier::BOLD)
        } else {
            Style::new()
                .fg(self.banner_fg)
                .bg(self.banner_bg)
                .add_modifier(Modifier::BOLD)
        }
    }
    pub fn key_hint(&self) -> Style {
        self.accent().add_modifier(Modifier::BOLD)
    }
    pub fn moment_status(&self, status: crate::domain::MomentStatus) -> Style {
        match status {
            crate::domain::MomentStatus::Klar => self.ok(),
            crate::domain::MomentStatus::Pagaende => self.warn(),
            crate::domain::MomentStatus::EjPaborjad => self.muted(),
        }
    }
}

#[cfg(test)]
mod tests;
