//! The `?` popup: every key of the keymap table, with what it does.

use crate::tui::app::App;
use crate::tui::keymap::{keys_label, KEYMAP};
use crate::tui::view::ASCII_BORDER;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Clear, Paragraph};
use ratatui::Frame;

pub fn draw(frame: &mut Frame, app: &App, area: Rect) {
    let labels: Vec<String> = KEYMAP.iter().map(keys_label).collect();
    let key_w = labels.iter().map(|l| l.len()).max().unwrap_or(0);
    let mut lines: Vec<Line> = KEYMAP
        .iter()
        .zip(&labels)
        .map(|(b, l)| {
            Line::from(vec![
                Span::styled(format!(" {l:<key_w$}  "), app.theme.heading()),
                Span::raw(b.help),
            ])
        })
        .collect();
    lines.push(Line::from(""));
    lines.push(Line::from(
        " mouse: wheel scrolls, click selects (click again folds)",
    ));
    lines.push(Line::from(" ? or Esc closes this help"));
    let w = (area.width.saturating_sub(4)).min(76);
    let h = (area.height.saturating_sub(2)).min(lines.len() as u16 + 2);
    let popup = Rect::new(
        area.x + (area.width - w) / 2,
        area.y + (area.height - h) / 2,
        w,
        h,
    );
    let block = Block::new()
        .borders(Borders::ALL)
        .border_set(ASCII_BORDER)
        .title(" keys ");
    frame.render_widget(Clear, popup);
    frame.render_widget(Paragraph::new(lines).block(block), popup);
}
