//! Drawing: a pure function of the model. Only the rows on screen are built.

mod detail;
mod header;
mod help;
mod prompt;
mod tree;

use super::app::{App, Mode};
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::symbols::border;
use ratatui::text::Line;
use ratatui::widgets::Paragraph;
use ratatui::Frame;
use unicode_width::UnicodeWidthStr;

pub use help::{max_scroll as help_max_scroll, page as help_page};

/// Below this the layout cannot hold a tree, a detail pane and the chrome.
pub const MIN_WIDTH: u16 = 20;
pub const MIN_HEIGHT: u16 = 6;
/// At this width and above the detail pane sits beside the tree, else below it.
const SIDE_BY_SIDE: u16 = 100;

/// Borders in ASCII: box-drawing characters are ambiguous-width and break CJK terminals.
pub const ASCII_BORDER: border::Set = border::Set {
    top_left: "+",
    top_right: "+",
    bottom_left: "+",
    bottom_right: "+",
    vertical_left: "|",
    vertical_right: "|",
    horizontal_top: "-",
    horizontal_bottom: "-",
};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Areas {
    pub header: Rect,
    pub tree: Rect,
    /// The detail pane including its one-cell separator from the tree.
    pub detail: Rect,
    pub footer: Rect,
}

/// Where each part goes; None when the terminal is too small to draw anything useful.
pub fn layout(area: Rect) -> Option<Areas> {
    if area.width < MIN_WIDTH || area.height < MIN_HEIGHT {
        return None;
    }
    let header = Rect::new(area.x, area.y, area.width, 2);
    let footer = Rect::new(area.x, area.bottom() - 1, area.width, 1);
    let body = Rect::new(area.x, area.y + 2, area.width, area.height - 3);
    let (tree, detail) = if area.width >= SIDE_BY_SIDE {
        let tw = body.width * 11 / 20;
        (
            Rect::new(body.x, body.y, tw, body.height),
            Rect::new(body.x + tw, body.y, body.width - tw, body.height),
        )
    } else {
        let th = body.height.div_ceil(2);
        (
            Rect::new(body.x, body.y, body.width, th),
            Rect::new(body.x, body.y + th, body.width, body.height - th),
        )
    };
    Some(Areas {
        header,
        tree,
        detail,
        footer,
    })
}

/// Keep a popup's left border whole: a wide (CJK) character just left of it would
/// cover the border's cell, since terminals draw the second half of a wide character
/// over the next cell. It gives way to a space.
pub fn hold_left_edge(buf: &mut Buffer, popup: Rect) {
    if popup.x == 0 {
        return;
    }
    for y in popup.top()..popup.bottom() {
        let cell = &mut buf[(popup.x - 1, y)];
        if cell.symbol().width() > 1 {
            cell.set_symbol(" ");
        }
    }
}

pub fn draw(frame: &mut Frame, app: &App) {
    let area = frame.area();
    let Some(areas) = layout(area) else {
        frame.render_widget(Paragraph::new(Line::from("terminal too small")), area);
        return;
    };
    header::draw(frame, app, areas.header);
    tree::draw(frame, app, areas.tree);
    detail::draw(frame, app, areas.detail, areas.detail.x > areas.tree.x);
    prompt::draw(frame, app, areas.footer);
    if app.mode == Mode::Help {
        help::draw(frame, app, area);
    }
}
