//! Drawing: build the views of what is shown (tallies computed there, once)
//! and draw them. Nothing here changes state or touches a file.

use ratatui::Frame;
use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Widget, Wrap};

use super::app::{App, Overlay, StatusKind};
use super::keymap::footer_hints;
use super::prompt::LinePromptView;
use super::screens::Screen;
use super::screens::frame::MomentBar;
use super::screens::home::HomeView;
use super::screens::m1_area::AreaView;
use super::screens::m2_extra::KickOffView;
use super::screens::m2_needs::NeedsView;
use super::screens::m3_dialogue::DialogueView;
use super::screens::m4_verify::VerifyView;
use super::screens::m5_panes::PresentationView;
use super::screens::m5_priority::PriorityView;
use super::screens::m6_handover::HandoverView;
use super::screens::m7_feedback::FeedbackView;
use super::theme::Theme;
use super::widgets::need_form::NeedFormView;
use super::widgets::popup::{ConfirmView, HelpView};
use super::widgets::safe;
use crate::domain::Moment;
use crate::domain::text_safety::is_unsafe;

/// Below this the screens cannot be laid out sensibly.
pub const MIN_WIDTH: u16 = 80;
pub const MIN_HEIGHT: u16 = 20;

pub fn draw(frame: &mut Frame, app: &App) {
    let area = frame.area();
    render_app(app, area, frame.buffer_mut());
}

/// Draws the whole app into a buffer (the terminal's, or a test's).
pub fn render_app(app: &App, area: Rect, buf: &mut Buffer) {
    buf.set_style(area, app.theme.base());
    if area.width < MIN_WIDTH || area.height < MIN_HEIGHT {
        Paragraph::new(format!(
            "Gör fönstret större: lbk behöver minst {MIN_WIDTH}×{MIN_HEIGHT} tecken (nu {}×{}).",
            area.width, area.height
        ))
        .wrap(Wrap { trim: true })
        .style(app.theme.warn())
        .render(area, buf);
        return;
    }
    if app.m5.presentation
        && app.screen == Screen::Moment(Moment::Prioritering)
        && let Some(round) = app.round()
        && let Some(tallies) = &app.tallies
    {
        let theme = if app.no_color {
            Theme::monochrome()
        } else {
            Theme::presentation()
        };
        (&PresentationView {
            theme: &theme,
            round,
            pick: &tallies.pick,
            rank: tallies.rank.as_ref(),
        })
            .render(area, buf);
        scrub(buf);
        return;
    }
    let t = &app.theme;
    let read_only = app.open.as_ref().and_then(|o| {
        o.read_only.as_ref().map(|r| {
            if o.can_take_over() {
                format!("{r} Tryck W för att ta över.")
            } else {
                r.clone()
            }
        })
    });
    let banner_h = u16::from(read_only.is_some() && app.screen != Screen::Home);
    // A long message (an error with a path) gets up to three lines.
    let status_h = app.status.as_ref().map_or(1, |s| {
        (s.text.chars().count() as u16)
            .div_ceil(area.width.max(1))
            .clamp(1, 3)
    });
    let [banner, body, status, footer] = Layout::vertical([
        Constraint::Length(banner_h),
        Constraint::Min(5),
        Constraint::Length(status_h),
        Constraint::Length(1),
    ])
    .areas(area);
    if let Some(reason) = &read_only {
        Paragraph::new(format!(" SKRIVSKYDDAD – {}", safe(reason)))
            .style(t.banner())
            .render(banner, buf);
    }

    match (app.screen, app.round()) {
        (Screen::Moment(m), Some(round)) => {
            let [bar, content] =
                Layout::vertical([Constraint::Length(2), Constraint::Min(3)]).areas(body);
            (&MomentBar {
                theme: t,
                round,
                shown: m,
            })
                .render(bar, buf);
            let sel = app.selected[m.index()];
            match m {
                Moment::ValAvOmrade => (&AreaView {
                    theme: t,
                    round,
                    selected: sel,
                })
                    .render(content, buf),
                Moment::Identifiering => {
                    (&NeedsView::new(t, round, &app.needs)).render(content, buf)
                }
                Moment::Dialog => (&DialogueView {
                    theme: t,
                    round,
                    session: app.session_index(),
                    selected: sel,
                })
                    .render(content, buf),
                Moment::Verifiering => (&VerifyView {
                    theme: t,
                    round,
                    selected: sel,
                })
                    .render(content, buf),
                Moment::Prioritering => {
                    if let Some(tallies) = &app.tallies {
                        let view = PriorityView {
                            theme: t,
                            round,
                            state: &app.m5,
                            pick: &tallies.pick,
                            rank: tallies.rank.as_ref(),
                            scroll: sel,
                        };
                        (&view).render(content, buf)
                    }
                }
                Moment::Mottagande => (&HandoverView {
                    theme: t,
                    round,
                    selected: sel,
                })
                    .render(content, buf),
                Moment::Aterkoppling => (&FeedbackView {
                    theme: t,
                    round,
                    state: &app.progress,
                    selected: sel,
                })
                    .render(content, buf),
            }
        }
        _ => {
            let view = HomeView {
                theme: t,
                state: &app.home,
                data_dir: app.folders.data.display().to_string(),
            };
            (&view).render(body, buf);
        }
    }

    if let Some(s) = &app.status {
        let style = if s.kind == StatusKind::Error {
            t.error()
        } else {
            t.ok()
        };
        Paragraph::new(Line::from(Span::styled(safe(&s.text), style)))
            .wrap(Wrap { trim: true })
            .render(status, buf);
    }
    let mut spans: Vec<Span> = vec![];
    for (key, text) in footer_hints(&app.keymap, &app.contexts()) {
        spans.push(Span::styled(format!(" {key} "), t.key_hint()));
        spans.push(Span::styled(format!("{text} "), t.muted()));
    }
    Paragraph::new(Line::from(spans)).render(footer, buf);

    if let Some(form) = &app.form {
        (&NeedFormView { form, theme: t }).render(body, buf);
    }
    if let Some(k) = &app.kickoff {
        (&KickOffView { theme: t, state: k }).render(body, buf);
    }
    if app.timeline
        && let Some(round) = app.round()
    {
        (&super::screens::timeline::TimelineView {
            theme: t,
            round,
            today: app.today(),
        })
            .render(body, buf);
    }
    if let Some(prompt) = &app.prompt {
        (&LinePromptView { prompt, theme: t }).render(body, buf);
    }
    match app.overlay {
        Overlay::Help { scroll } => (&HelpView {
            theme: t,
            scroll,
            keymap: &app.keymap,
        })
            .render(body, buf),
        Overlay::Confirm(q) => {
            let text = q.full_text(app);
            (&ConfirmView {
                theme: t,
                question: &text,
                keys: footer_hints(&app.keymap, &app.contexts()),
            })
                .render(body, buf)
        }
        Overlay::None => {}
    }
    scrub(buf);
}

/// The last guard: no cell may hold a control character, whatever a widget
/// was given (a text editor shows what it holds as is).
fn scrub(buf: &mut Buffer) {
    for cell in buf.content.iter_mut() {
        if cell.symbol().chars().any(is_unsafe) {
            cell.set_symbol("�");
        }
    }
}
