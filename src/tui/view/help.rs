//! The `?` popup: every key of the keymap table, with what it does. It wraps to fit a
//! narrow terminal and scrolls when a short one cannot hold it.

use crate::tui::app::App;
use crate::tui::keymap::{keys_label, KEYMAP};
use crate::tui::text::width;
use crate::tui::view::ASCII_BORDER;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Clear, Paragraph};
use ratatui::Frame;

/// Lines after the key table.
const TAIL: &[&str] = &[
    "",
    "mouse: wheel scrolls, click selects, again folds",
    "j/k, g/G scroll this help; ?, q or Esc close it",
];

/// The popup on a screen of `area`.
fn popup(area: Rect) -> Rect {
    let w = (area.width.saturating_sub(4)).min(76);
    let h = (area.height.saturating_sub(2)).min(text(w).len() as u16 + 2);
    Rect::new(
        area.x + (area.width - w) / 2,
        area.y + (area.height - h) / 2,
        w,
        h,
    )
}

/// The help's lines in a popup `w` wide: each key, then what it does, wrapped at
/// word boundaries under itself, so nothing is cut however narrow the terminal.
fn text(w: u16) -> Vec<(String, String)> {
    let labels: Vec<String> = KEYMAP.iter().map(keys_label).collect();
    let key_w = labels.iter().map(|l| width(l)).max().unwrap_or(0);
    let room = (w as usize).saturating_sub(2 + 1 + key_w + 2).max(10);
    let mut out = Vec::new();
    for (b, l) in KEYMAP.iter().zip(&labels) {
        for (i, part) in wrap(b.help, room).into_iter().enumerate() {
            let keys = if i == 0 { l.as_str() } else { "" };
            out.push((format!(" {keys:<key_w$}  "), part));
        }
    }
    for t in TAIL {
        for part in wrap(t, (w as usize).saturating_sub(3).max(10)) {
            out.push((" ".into(), part));
        }
    }
    out
}

/// `s` in lines of at most `room` columns, broken between words.
fn wrap(s: &str, room: usize) -> Vec<String> {
    let mut lines = vec![String::new()];
    for word in s.split(' ') {
        let line = lines.last_mut().expect("one line at least");
        if !line.is_empty() && width(line) + 1 + width(word) > room {
            lines.push(word.to_string());
        } else {
            if !line.is_empty() {
                line.push(' ');
            }
            line.push_str(word);
        }
    }
    lines
}

/// The lines of help on screen at once.
pub fn page(area: Rect) -> u16 {
    popup(area).height.saturating_sub(2)
}

/// The furthest the help scrolls: its last line at the bottom of the popup.
pub fn max_scroll(area: Rect) -> u16 {
    let p = popup(area);
    (text(p.width).len() as u16).saturating_sub(page(area))
}

pub fn draw(frame: &mut Frame, app: &App, area: Rect) {
    let popup = popup(area);
    let lines: Vec<Line> = text(popup.width)
        .into_iter()
        .map(|(keys, help)| {
            Line::from(vec![
                Span::styled(keys, app.theme.heading()),
                Span::raw(help),
            ])
        })
        .collect();
    let scroll = app.help_scroll.min(max_scroll(area));
    let mut block = Block::new()
        .borders(Borders::ALL)
        .border_set(ASCII_BORDER)
        .title(" keys ");
    if scroll < max_scroll(area) {
        block = block.title_bottom(" j: more below ");
    } else if scroll > 0 {
        block = block.title_bottom(" k: more above ");
    }
    frame.render_widget(Clear, popup);
    frame.render_widget(
        Paragraph::new(lines).block(block).scroll((scroll, 0)),
        popup,
    );
    super::hold_left_edge(frame.buffer_mut(), popup);
}
