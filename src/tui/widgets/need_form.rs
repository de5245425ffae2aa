//! The need form: every field of the RSS template, by keyboard. Text fields
//! are ratatui-textarea editors (multi-line where the template has long
//! text); choices cycle with ←/→ or space.

use crossterm::event::{KeyCode, KeyEvent};
use ratatui_textarea::TextArea;

use super::thousands;
use crate::domain::{Level, Need, NeedKind, NeedStatus, Round, Source};

pub(super) enum Field {
    Text {
        area: Box<TextArea<'static>>,
        multiline: bool,
    },
    Choice {
        options: Vec<String>,
        index: usize,
    },
}

impl Field {
    fn text(value: &str, multiline: bool) -> Field {
        let lines: Vec<String> = if value.is_empty() {
            vec![String::new()]
        } else {
            value.split('\n').map(String::from).collect()
        };
        let mut area = TextArea::new(lines);
        area.move_cursor(ratatui_textarea::CursorMove::Bottom);
        area.move_cursor(ratatui_textarea::CursorMove::End);
        Field::Text {
            area: Box::new(area),
            multiline,
        }
    }

    fn choice(options: Vec<String>, index: usize) -> Field {
        Field::Choice { options, index }
    }

    pub(super) fn value(&self) -> String {
        match self {
            Field::Text { area, .. } => area.lines().join("\n"),
            Field::Choice { options, index } => options.get(*index).cloned().unwrap_or_default(),
        }
    }

    fn index(&self) -> usize {
        match self {
            Field::Choice { index, .. } => *index,
            Field::Text { .. } => 0,
        }
    }
}

/// The labels of the fields, in the order Tab moves through them.
pub const LABELS: [&str; 13] = [
    "Nummer",
    "RSS",
    "Kort titel",
    "Beskrivning",
    "Utmaningen i praktiken",
    "Målgrupp",
    "Kända stöd som inte räcker",
    "Nivå",
    "Prickar",
    "Typ",
    "Källa",
    "Kommunal hälso- och sjukvård",
    "Anteckningar",
];
const NUMBER: usize = 0;
const RSS: usize = 1;
pub(super) const MULTILINE: [usize; 4] = [3, 4, 6, 12];

pub struct NeedForm {
    pub(super) fields: Vec<Field>,
    pub focus: usize,
    /// The number of the need being edited; None for a new need.
    pub original: Option<String>,
    status: NeedStatus,
    initial: Need,
    pub error: Option<String>,
}

fn yes_no() -> Vec<String> {
    vec!["Nej".into(), "Ja".into()]
}

impl NeedForm {
    /// A form for a new need, numbered next in line for the RSS chosen
    /// (the first participating RSS, or `rss_hint` if given).
    pub fn new_need(round: &Round, rss_hint: Option<&str>) -> NeedForm {
        let rss = rss_hint
            .and_then(|c| round.rss_by_code(c))
            .or_else(|| round.rss.iter().find(|r| r.participates))
            .or_else(|| round.rss.first())
            .map(|r| r.code.clone())
            .unwrap_or_default();
        let number =
            crate::domain::need::next_number(&rss, round.needs.iter().map(|n| n.number.as_str()));
        let need = Need {
            number,
            rss,
            ..Need::default()
        };
        let mut form = NeedForm::edit(round, &need);
        form.original = None;
        form
    }

    /// A form filled with an existing need.
    pub fn edit(round: &Round, need: &Need) -> NeedForm {
        let codes: Vec<String> = round.rss.iter().map(|r| r.code.clone()).collect();
        let rss_index = codes.iter().position(|c| *c == need.rss).unwrap_or(0);
        let fields = vec![
            Field::text(&need.number, false),
            Field::choice(codes, rss_index),
            Field::text(&need.title, false),
            Field::text(&need.description, true),
            Field::text(&need.challenge, true),
            Field::text(&need.target_group, false),
            Field::text(&need.known_support, true),
            Field::choice(
                Level::ALL.iter().map(|l| l.label().into()).collect(),
                Level::ALL
                    .iter()
                    .position(|l| *l == need.level)
                    .unwrap_or(0),
            ),
            Field::text(&need.dots.map(|d| d.to_string()).unwrap_or_default(), false),
            Field::choice(
                NeedKind::ALL.iter().map(|k| k.label().into()).collect(),
                NeedKind::ALL
                    .iter()
                    .position(|k| *k == need.kind)
                    .unwrap_or(0),
            ),
            Field::choice(
                Source::ALL.iter().map(|s| s.label().into()).collect(),
                Source::ALL
                    .iter()
                    .position(|s| *s == need.source)
                    .unwrap_or(0),
            ),
            Field::choice(yes_no(), usize::from(need.health_care)),
            Field::text(&need.notes, true),
        ];
        NeedForm {
            fields,
            focus: 2,
            original: Some(need.number.clone()),
            status: need.status.clone(),
            initial: need.clone(),
            error: None,
        }
    }

    /// The need as the form holds it now, or what is wrong with it.
    pub fn to_need(&self) -> Result<Need, String> {
        let dots_text = self.fields[8].value();
        let dots = match dots_text.trim() {
            "" => None,
            t => Some(t.parse::<u32>().map_err(|_| {
                format!("Prickar: {:?} är inget heltal. Skriv antalet prickar (t.ex. 4) eller lämna tomt.", crate::domain::text_safety::clean_line(t))
            })?),
        };
        Ok(Need {
            number: self.fields[NUMBER].value().trim().to_string(),
            rss: self.fields[RSS].value(),
            title: self.fields[2].value().trim().to_string().into(),
            description: self.fields[3].value().trim_end().to_string().into(),
            challenge: self.fields[4].value().trim_end().to_string().into(),
            target_group: self.fields[5].value().trim().to_string().into(),
            known_support: self.fields[6].value().trim_end().to_string().into(),
            level: Level::ALL[self.fields[7].index()],
            dots,
            kind: NeedKind::ALL[self.fields[9].index()],
            source: Source::ALL[self.fields[10].index()],
            health_care: self.fields[11].index() == 1,
            notes: self.fields[12].value().trim_end().to_string().into(),
            status: self.status.clone(),
        })
    }

    /// Has the user typed anything that would be lost on cancel?
    pub fn is_dirty(&self) -> bool {
        match self.to_need() {
            Ok(n) => n != self.initial,
            Err(_) => true,
        }
    }

    pub fn next_field(&mut self) {
        self.focus = (self.focus + 1) % self.fields.len();
    }

    pub fn prev_field(&mut self) {
        self.focus = (self.focus + self.fields.len().saturating_sub(1)) % self.fields.len();
    }

    /// A key typed into the focused field.
    pub fn input(&mut self, key: KeyEvent, round: &Round) {
        self.error = None;
        let focus = self.focus;
        match &mut self.fields[focus] {
            Field::Choice { options, index } => {
                let n = options.len().max(1);
                match key.code {
                    KeyCode::Right | KeyCode::Char(' ') | KeyCode::Char('+') => {
                        *index = (*index + 1) % n
                    }
                    KeyCode::Left | KeyCode::Char('-') => *index = (*index + n - 1) % n,
                    KeyCode::Enter => self.next_field(),
                    KeyCode::Char(c) => {
                        // Jump to the first option starting with the letter.
                        let c = c.to_lowercase().to_string();
                        if let Some(i) = options
                            .iter()
                            .position(|o| o.to_lowercase().starts_with(&c))
                        {
                            *index = i;
                        }
                    }
                    _ => {}
                }
                if focus == RSS && self.original.is_none() {
                    // A new need follows its RSS's numbering.
                    let rss = self.fields[RSS].value();
                    let number = crate::domain::need::next_number(
                        &rss,
                        round.needs.iter().map(|n| n.number.as_str()),
                    );
                    self.fields[NUMBER] = Field::text(&number, false);
                }
            }
            Field::Text { area, multiline } => {
                let adds = matches!(key.code, KeyCode::Char(_))
                    || (key.code == KeyCode::Enter && *multiline);
                let max = limit(focus);
                if key.code == KeyCode::Enter && !*multiline {
                    self.next_field();
                } else if adds && text_len(area) >= max {
                    self.error = Some(format!(
                        "{} får vara högst {} tecken; det du skrivit finns kvar.",
                        LABELS[focus],
                        thousands(max)
                    ));
                } else {
                    area.input(key);
                }
            }
        }
    }

    /// Pasted text into the focused field, as text: line breaks kept in the
    /// long fields, made spaces in the others; what passes the field's limit
    /// is left out and said.
    pub fn paste(&mut self, text: &str) {
        self.error = None;
        let focus = self.focus;
        let max = limit(focus);
        if let Field::Text { area, multiline } = &mut self.fields[focus] {
            let room = max.saturating_sub(text_len(area));
            let mut taken = String::new();
            for c in text.chars().filter(|c| *c != '\r') {
                if taken.chars().count() >= room {
                    break;
                }
                let c = match c {
                    '\n' if *multiline => '\n',
                    c if c.is_control() || crate::domain::text_safety::is_unsafe(c) => ' ',
                    c => c,
                };
                taken.push(c);
            }
            let left_out = text.chars().filter(|c| *c != '\r').count() - taken.chars().count();
            area.insert_str(taken);
            if left_out > 0 {
                self.error = Some(format!(
                    "{} får vara högst {} tecken; {left_out} tecken av det inklistrade fick inte plats.",
                    LABELS[focus],
                    thousands(max)
                ));
            }
        }
    }

    pub fn title(&self) -> String {
        match &self.original {
            Some(n) => format!(
                " Redigera behov {} ",
                crate::domain::text_safety::clean_line(n)
            ),
            None => " Nytt kunskapsbehov ".to_string(),
        }
    }
}

/// The most characters a field takes: the need's own limits, the same as an
/// import's.
fn limit(field: usize) -> usize {
    use crate::domain::need::{MAX_NUMBER, MAX_TEXT, MAX_TITLE};
    match field {
        NUMBER => MAX_NUMBER,
        2 => MAX_TITLE,
        8 => 9,
        _ => MAX_TEXT,
    }
}

/// Characters in a text field, line breaks counted.
fn text_len(area: &TextArea<'_>) -> usize {
    let lines = area.lines();
    lines.iter().map(|l| l.chars().count()).sum::<usize>() + lines.len().saturating_sub(1)
}

#[cfg(test)]
mod tests;
