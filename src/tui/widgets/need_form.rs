//! The need form: every field of the RSS template, by keyboard. Text fields
//! are ratatui-textarea editors (multi-line where the template has long
//! text); choices cycle with ←/→ or space.

use crossterm::event::{KeyCode, KeyEvent};
use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Clear, Paragraph, Widget, Wrap};
use ratatui_textarea::TextArea;

use crate::domain::{Level, Need, NeedKind, NeedStatus, Round, Source};
use crate::tui::theme::Theme;

enum Field {
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

    fn value(&self) -> String {
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
const MULTILINE: [usize; 4] = [3, 4, 6, 12];

pub struct NeedForm {
    fields: Vec<Field>,
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
            title: self.fields[2].value().trim().to_string(),
            description: self.fields[3].value().trim_end().to_string(),
            challenge: self.fields[4].value().trim_end().to_string(),
            target_group: self.fields[5].value().trim().to_string(),
            known_support: self.fields[6].value().trim_end().to_string(),
            level: Level::ALL[self.fields[7].index()],
            dots,
            kind: NeedKind::ALL[self.fields[9].index()],
            source: Source::ALL[self.fields[10].index()],
            health_care: self.fields[11].index() == 1,
            notes: self.fields[12].value().trim_end().to_string(),
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
        self.focus = (self.focus + self.fields.len() - 1) % self.fields.len();
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

/// A number as Swedish text writes it: 5 000.
pub fn thousands(n: usize) -> String {
    let digits = n.to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push('\u{a0}');
        }
        out.push(c);
    }
    out
}

/// What the form looks like, drawn over the screen.
pub struct NeedFormView<'a> {
    pub form: &'a NeedForm,
    pub theme: &'a Theme,
}

impl Widget for &NeedFormView<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let t = self.theme;
        let form = self.form;
        Clear.render(area, buf);
        let block = Block::default()
            .borders(Borders::ALL)
            .title(Span::styled(form.title(), t.title()))
            .border_style(t.accent())
            .style(t.base());
        let inner = block.inner(area);
        block.render(area, buf);
        let [body, msg] =
            Layout::vertical([Constraint::Min(1), Constraint::Length(1)]).areas(inner);
        let [left, right] =
            Layout::horizontal([Constraint::Percentage(42), Constraint::Percentage(58)])
                .areas(body);

        let singles: Vec<usize> = (0..LABELS.len())
            .filter(|i| !MULTILINE.contains(i))
            .collect();
        let rows = Layout::vertical(singles.iter().map(|_| Constraint::Length(2))).split(left);
        for (slot, i) in singles.iter().enumerate() {
            let Some(row) = rows.get(slot) else { continue };
            let focused = form.focus == *i;
            let [label_area, value_area] =
                Layout::vertical([Constraint::Length(1), Constraint::Length(1)]).areas(*row);
            let label_style = if focused { t.accent() } else { t.muted() };
            Paragraph::new(LABELS[*i])
                .style(label_style)
                .render(label_area, buf);
            match &form.fields[*i] {
                Field::Text { area: ta, .. } => {
                    if focused {
                        ta.render(value_area, buf);
                    } else {
                        let v = form.fields[*i].value();
                        Paragraph::new(crate::domain::text_safety::clean_line(&v).into_owned())
                            .style(t.base())
                            .render(value_area, buf);
                    }
                }
                Field::Choice { .. } => {
                    let v = crate::domain::text_safety::clean_line(&form.fields[*i].value())
                        .into_owned();
                    let line = if focused {
                        Line::from(vec![
                            Span::styled("◀ ", t.accent()),
                            Span::styled(v, t.selected()),
                            Span::styled(" ▶", t.accent()),
                        ])
                    } else {
                        Line::from(Span::styled(v, t.base()))
                    };
                    Paragraph::new(line).render(value_area, buf);
                }
            }
        }

        let boxes = Layout::vertical(
            MULTILINE
                .iter()
                .map(|_| Constraint::Ratio(1, MULTILINE.len() as u32)),
        )
        .split(right);
        for (slot, i) in MULTILINE.iter().enumerate() {
            let focused = form.focus == *i;
            let b = Block::default()
                .borders(Borders::ALL)
                .title(LABELS[*i])
                .border_style(t.border(focused));
            let inner = b.inner(boxes[slot]);
            b.render(boxes[slot], buf);
            if let Field::Text { area: ta, .. } = &form.fields[*i] {
                if focused {
                    ta.render(inner, buf);
                } else {
                    let text: Vec<Line> =
                        crate::domain::text_safety::clean_lines(&form.fields[*i].value())
                            .into_iter()
                            .map(|l| Line::from(l.into_owned()))
                            .collect();
                    Paragraph::new(text)
                        .wrap(Wrap { trim: false })
                        .style(t.base())
                        .render(inner, buf);
                }
            }
        }
        let line = match &form.error {
            Some(e) => Line::from(Span::styled(e.clone(), t.error())),
            None => Line::from(Span::styled(
                "Tab/Shift+Tab byter fält · ←/→ ändrar val · Ctrl+s sparar · Esc avbryter",
                t.muted(),
            )),
        };
        Paragraph::new(line).render(msg, buf);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::ModelVariant;
    use crossterm::event::KeyModifiers;

    fn key(c: KeyCode) -> KeyEvent {
        KeyEvent::new(c, KeyModifiers::NONE)
    }

    #[test]
    fn a_new_form_numbers_the_need_after_the_rss_s_last_and_follows_a_change_of_rss() {
        let mut round = Round::new("X", ModelVariant::V2, 2024);
        round.needs.push(Need {
            number: "STH-04".into(),
            rss: "STH".into(),
            title: "t".into(),
            ..Need::default()
        });
        let mut form = NeedForm::new_need(&round, Some("STH"));
        assert_eq!(form.to_need().unwrap().number, "STH-05");
        form.focus = RSS;
        form.input(key(KeyCode::Right), &round);
        let n = form.to_need().unwrap();
        assert_eq!(n.rss, "UPP");
        assert_eq!(n.number, "UPP-01");
    }

    #[test]
    fn typed_swedish_text_and_newlines_reach_the_need() {
        let round = Round::new("X", ModelVariant::V2, 2024);
        let mut form = NeedForm::new_need(&round, None);
        assert!(!form.is_dirty());
        for c in "Åäö".chars() {
            form.input(key(KeyCode::Char(c)), &round);
        }
        form.next_field();
        for k in [KeyCode::Char('a'), KeyCode::Enter, KeyCode::Char('b')] {
            form.input(key(k), &round);
        }
        let n = form.to_need().unwrap();
        assert_eq!(n.title, "Åäö");
        assert_eq!(n.description, "a\nb");
        assert!(form.is_dirty());
    }

    #[test]
    fn a_field_takes_no_more_than_its_limit_and_says_so() {
        let round = Round::new("X", ModelVariant::V2, 2024);
        let mut form = NeedForm::new_need(&round, None);
        form.focus = 3;
        for _ in 0..crate::domain::need::MAX_TEXT + 50 {
            form.input(key(KeyCode::Char('x')), &round);
        }
        let n = form.to_need().unwrap();
        assert_eq!(n.description.chars().count(), crate::domain::need::MAX_TEXT);
        let e = form.error.clone().unwrap();
        assert!(e.contains("Beskrivning") && e.contains("5\u{a0}000"), "{e}");
        form.focus = 2;
        for _ in 0..300 {
            form.input(key(KeyCode::Char('t')), &round);
        }
        assert_eq!(form.to_need().unwrap().title.chars().count(), 200);
    }

    #[test]
    fn dots_that_are_not_a_number_are_refused_with_the_field_named() {
        let round = Round::new("X", ModelVariant::V2, 2024);
        let mut form = NeedForm::new_need(&round, None);
        form.focus = 8;
        form.input(key(KeyCode::Char('x')), &round);
        let err = form.to_need().unwrap_err();
        assert!(err.starts_with("Prickar"), "{err}");
    }
}
