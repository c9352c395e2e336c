//! The footer: the search or note prompt, a message, or the key hints.

use crate::tui::app::{App, Mode};
use crate::tui::keymap::hints;
use crate::tui::row::RowKind;
use crate::tui::text::{fit, width};
use ratatui::layout::{Position, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;
use ratatui::Frame;

pub fn draw(frame: &mut Frame, app: &App, area: Rect) {
    let t = &app.theme;
    let prompt = match &app.mode {
        Mode::Search { query, .. } => Some(("/".to_string(), query.as_str())),
        Mode::Note { status, text } => {
            Some((format!("note ({status}), Enter saves: "), text.as_str()))
        }
        _ => None,
    };
    let line = if let Some((label, text)) = prompt {
        let x = area.x + (width(&label) + width(text)) as u16;
        if x < area.right() {
            frame.set_cursor_position(Position::new(x, area.y));
        }
        Line::from(vec![
            Span::styled(label, t.heading()),
            Span::raw(text.to_string()),
        ])
    } else if app.mode == Mode::ConfirmClear {
        let note = confirm_note(app);
        Line::from(Span::styled(
            format!("clear the verdict and its note \"{note}\"? y clears, any other key keeps"),
            t.heading(),
        ))
    } else if let Some(msg) = &app.status {
        Line::from(Span::styled(msg.clone(), t.heading()))
    } else {
        Line::from(Span::styled(hints().join("  "), t.dim()))
    };
    frame.render_widget(Paragraph::new(line), area);
}

/// The note `c` would clear, cut to fit a footer.
fn confirm_note(app: &App) -> String {
    let note = app.selected_row().and_then(|r| match r.kind {
        RowKind::Target(g, t) => app.plans[r.plan].plan.goals[g].targets[t]
            .manual
            .as_ref()
            .map(|m| m.note.as_str()),
        _ => None,
    });
    fit(note.unwrap_or(""), 30)
}
