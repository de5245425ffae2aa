//! Moment 3's view: the sessions, the shown session's agenda (from the
//! derived view) and what was said about the need under the cursor.

use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{
    Block, Borders, Paragraph, Row, StatefulWidget, Table, TableState, Widget, Wrap,
};

use crate::domain::meetings::PreparedState;
use crate::domain::text_safety::clean_lines;
use crate::tui::view::View;
use crate::tui::widgets::columns::{Col, constraints};
use crate::tui::widgets::safe;

/// The sessions, the agenda of the one shown and the selected need with
/// what was said about it.
pub fn render(
    session_index: usize,
    selected: usize,
    advance: bool,
    v: &View,
    area: Rect,
    buf: &mut Buffer,
) {
    let t = v.theme;
    let Some(r) = v.round else { return };
    let [top, middle, bottom] = Layout::vertical([
        Constraint::Length(5),
        Constraint::Min(6),
        Constraint::Length(7),
    ])
    .areas(area);
    let lines: Vec<Line> = if r.dialogues.is_empty() {
        vec![Line::styled(
            "Inga dialogmöten ännu. s skapar dem från dialogdatumen (moment 1), n lägger till ett.",
            t.muted(),
        )]
    } else {
        r.dialogues
            .iter()
            .enumerate()
            .map(|(i, s)| {
                let actors = s
                    .actors
                    .iter()
                    .map(|a| safe(&a.actor))
                    .collect::<Vec<_>>()
                    .join(", ");
                let from_rss: usize = s.rss_present.iter().map(|a| a.people.len()).sum();
                let mut extra = String::new();
                if !s.remarks.is_empty() {
                    extra.push_str(&format!(" · {} ant.", s.remarks.len()));
                }
                if from_rss > 0 {
                    extra.push_str(&format!(" · {from_rss} från RSS"));
                }
                let text = format!(
                    "{} {} · RSS: {} · aktörer: {} · {} svar{extra}",
                    if i == session_index { "▶" } else { " " },
                    s.starts.strftime("%Y-%m-%d %H:%M"),
                    safe(&s.rss.join(", ")),
                    if actors.is_empty() {
                        "–".into()
                    } else {
                        actors
                    },
                    s.assessments.len(),
                );
                Line::styled(
                    text,
                    if i == session_index {
                        t.accent()
                    } else {
                        t.base()
                    },
                )
            })
            .collect()
    };
    Paragraph::new(lines)
        .block(
            Block::default()
                .borders(Borders::ALL)
                .title(format!(" Dialogmöten · {} (< > byter) ", r.dialogues.len()))
                .title_bottom(Line::styled(
                    format!(
                        " {} ",
                        super::returns_line::returns_line(
                            r,
                            crate::domain::return_kind::ReturnKind::Preparation,
                            v.today,
                        )
                    ),
                    t.muted(),
                ))
                .border_style(t.border(false)),
        )
        .render(top, buf);

    let agenda: Vec<&crate::domain::Need> = v
        .derived
        .agenda()
        .iter()
        .filter_map(|i| r.needs.get(*i))
        .collect();
    let session = r.dialogues.get(session_index);
    let sel = (!agenda.is_empty()).then_some(selected.min(agenda.len().saturating_sub(1)));
    let height = middle.height.saturating_sub(3) as usize;
    let start = crate::tui::widgets::window_start(sel.unwrap_or(0), height);
    let widest = |f: &dyn Fn(&&crate::domain::Need) -> usize| {
        agenda.iter().map(f).max().unwrap_or(0).max(3) as u16
    };
    let cols = [
        Col::fixed(widest(&|n| n.number.chars().count())),
        Col::fixed(widest(&|n| n.rss.chars().count())),
        Col::text(40, 30, 2),
        Col::text(60, 14, 1),
    ];
    let rows: Vec<Row> = agenda
        .iter()
        .skip(start)
        .take(height)
        .map(|n| {
            let mut said: Vec<String> = session
                .map(|s| {
                    s.assessments
                        .iter()
                        .filter(|a| a.need == n.number)
                        .map(|a| {
                            let mark = match a.prepared_state() {
                                PreparedState::Prepared => " (förberett)",
                                PreparedState::Confirmed => " ✓",
                                PreparedState::Changed => " (ändrat)",
                                PreparedState::Typed => "",
                            };
                            format!("{}: {}{mark}", a.actor, a.response.label())
                        })
                        .collect()
                })
                .unwrap_or_default();
            let remarks = session.map_or(0, |s| {
                s.remarks.iter().filter(|x| x.need == n.number).count()
            });
            if remarks > 0 {
                said.push(format!("+{remarks} ant."));
            }
            if let crate::domain::NeedStatus::Sammanslaget { into, .. } = &n.status {
                said.insert(0, format!("→ {into}"));
            }
            Row::new(vec![
                safe(&n.number),
                safe(&n.rss),
                safe(&n.title),
                safe(&said.join("; ")),
            ])
        })
        .collect();
    let table = Table::new(rows, constraints(middle.width.saturating_sub(2), &cols))
        .header(Row::new(vec!["Nr", "RSS", "Behov", "Svar"]).style(t.accent()))
        .row_highlight_style(t.selected())
        .block(
            Block::default()
                .borders(Borders::ALL)
                .title(if advance {
                    " Dagordning (r svar, f fråga, x anteckning · efter svar: nästa behov, A ändrar) "
                } else {
                    " Dagordning (r svar, f fråga, x anteckning · efter svar: stannar, A ändrar) "
                })
                .border_style(t.border(true)),
        )
        .style(t.base());
    StatefulWidget::render(
        table,
        middle,
        buf,
        &mut TableState::default().with_selected(sel.map(|s| s - start)),
    );

    let mut detail: Vec<Line> = vec![];
    if let (Some(i), Some(s)) = (sel, session) {
        let n = agenda[i];
        detail.push(Line::styled(
            format!("{} {}", safe(&n.number), safe(&n.title)),
            t.title(),
        ));
        for l in clean_lines(&n.description).into_iter().take(2) {
            detail.push(Line::styled(l.into_owned(), t.muted()));
        }
        for a in s.assessments.iter().filter(|a| a.need == n.number) {
            detail.push(Line::from(vec![
                Span::styled(format!("{}: ", safe(&a.actor)), t.accent()),
                Span::styled(safe(&a.response.label()), t.base()),
            ]));
            let prepared = a.prepared_label();
            if let Some(p) = a.prepared.as_ref().filter(|_| !prepared.is_empty()) {
                let who = if p.who.is_empty() {
                    String::new()
                } else {
                    format!(", {}", p.who)
                };
                let hint = if a.prepared_state() == PreparedState::Prepared {
                    " · c bekräftar, r ändrar"
                } else {
                    ""
                };
                detail.push(Line::styled(
                    safe(&format!(
                        "  {prepared} (svarsfil {}{who}){hint}",
                        p.returned.file
                    )),
                    t.muted(),
                ));
            }
            for q in a.questions.lines() {
                detail.push(Line::styled(format!("  fråga: {}", safe(q)), t.warn()));
            }
            for q in a.note.lines() {
                detail.push(Line::styled(format!("  anteckning: {}", safe(q)), t.base()));
            }
        }
        for m in s.remarks.iter().filter(|m| m.need == n.number) {
            detail.push(Line::from(vec![
                Span::styled(
                    format!("{}: ", safe(&r.remark_label(m))),
                    if m.question { t.warn() } else { t.accent() },
                ),
                Span::styled(safe(&m.text), t.base()),
            ]));
        }
    }
    Paragraph::new(detail)
        .wrap(Wrap { trim: true })
        .block(
            Block::default()
                .borders(Borders::ALL)
                .title(" Behovet och svaren ")
                .border_style(t.border(false)),
        )
        .render(bottom, buf);
}
