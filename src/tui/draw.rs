//! Drawing: the banner, the moment bar, the screen, the layers over it, the
//! status line and the footer, all read from the app and its derived view.
//! Nothing here changes state, computes a tally or touches a file.

use ratatui::Frame;
use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Widget, Wrap};

use super::app::App;
use super::cx::StatusKind;
use super::keymap_help::footer_hints;
use super::layers::Layer;
use super::screens::ScreenId;
use super::screens::frame::MomentBar;
use super::theme::Theme;
use super::widgets::safe;
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
    let v = app.view();
    buf.set_style(area, v.theme.base());
    if area.width < MIN_WIDTH || area.height < MIN_HEIGHT {
        Paragraph::new(format!(
            "Gör fönstret större: lbk behöver minst {MIN_WIDTH}×{MIN_HEIGHT} tecken (nu {}×{}).",
            area.width, area.height
        ))
        .wrap(Wrap { trim: true })
        .style(v.theme.warn())
        .render(area, buf);
        return;
    }
    // The presentation is the whole window, nothing else on it.
    if let Some(layer @ Layer::Presentation(_)) = app.layers.last() {
        layer.render(&v, area, buf);
        scrub(buf);
        return;
    }
    let t = v.theme;
    let read_only = app.session.open().and_then(|o| {
        o.read_only.as_ref().map(|r| {
            if o.can_take_over() {
                format!("{r} Tryck W för att ta över.")
            } else {
                r.clone()
            }
        })
    });
    // The banner gets a second line when its reason does not fit on one.
    let banner_h = match &read_only {
        Some(r) if app.screen != ScreenId::Home => {
            ((r.chars().count() as u16 + 16).div_ceil(area.width.max(1))).clamp(1, 2)
        }
        _ => 0,
    };
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
            .wrap(Wrap { trim: true })
            .style(t.banner())
            .render(banner, buf);
    }
    match (app.screen, v.round) {
        (ScreenId::Moment(m), Some(round)) => {
            let [bar, content] =
                Layout::vertical([Constraint::Length(2), Constraint::Min(3)]).areas(body);
            (&MomentBar {
                theme: t,
                round,
                shown: m,
            })
                .render(bar, buf);
            app.screens.render(app.screen, &v, content, buf);
        }
        _ => app.screens.render(ScreenId::Home, &v, body, buf),
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
    footer_line(&footer_hints(&app.keymap, &app.contexts()), footer.width, t).render(footer, buf);
    for layer in &app.layers {
        layer.render(&v, body, buf);
    }
    scrub(buf);
}

/// The footer: as many hints as fit whole, and always the way to help
/// (and to quit) at the end where the contexts have them.
fn footer_line(hints: &[(String, &'static str)], width: u16, t: &Theme) -> Paragraph<'static> {
    let always = |text: &str| text == "hjälp" || text == "avsluta";
    let len = |(k, x): &(String, &str)| k.chars().count() + x.chars().count() + 3;
    let reserved: usize = hints.iter().filter(|h| always(h.1)).map(len).sum();
    let mut room = (width as usize).saturating_sub(reserved);
    let mut shown: Vec<&(String, &'static str)> = vec![];
    for h in hints.iter().filter(|h| !always(h.1)) {
        if len(h) > room {
            break;
        }
        room -= len(h);
        shown.push(h);
    }
    shown.extend(hints.iter().filter(|h| always(h.1)));
    let mut spans: Vec<Span> = vec![];
    for (key, text) in shown {
        spans.push(Span::styled(format!(" {key} "), t.key_hint()));
        spans.push(Span::styled(format!("{text} "), t.muted()));
    }
    Paragraph::new(Line::from(spans))
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
