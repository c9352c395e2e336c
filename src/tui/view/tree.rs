//! The goal tree: only the rows on screen are turned into text.

use crate::tui::app::{App, Mode};
use crate::tui::label::{counts_label, label, Mark, MANUAL_MARK};
use crate::tui::row::Row;
use crate::tui::search::occurrences;
use crate::tui::text::{fit, width};
use crate::tui::theme::Theme;
use crate::tui::tree::has_children;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;
use ratatui::Frame;

pub fn draw(frame: &mut Frame, app: &App, area: Rect) {
    let end = (app.offset + area.height as usize).min(app.rows.len());
    let lines: Vec<Line> = (app.offset..end)
        .map(|i| row_line(app, &app.rows[i], area.width as usize, i == app.selected))
        .collect();
    frame.render_widget(Paragraph::new(lines), area);
}

/// The query whose hits are highlighted: the one being typed, or else the last one.
fn search_query(app: &App) -> &str {
    match &app.mode {
        Mode::Search { query, .. } => query,
        _ => &app.query,
    }
}

/// `text` with each occurrence of `query` highlighted.
fn with_hits<'a>(t: &Theme, text: String, query: &str) -> Vec<Span<'a>> {
    let hits = occurrences(&text, query);
    if hits.is_empty() {
        return vec![Span::raw(text)];
    }
    let mut spans = Vec::with_capacity(hits.len() * 2 + 1);
    let mut at = 0;
    for h in hits {
        if h.start > at {
            spans.push(Span::raw(text[at..h.start].to_string()));
        }
        spans.push(Span::styled(text[h.clone()].to_string(), t.highlight()));
        at = h.end;
    }
    if at < text.len() {
        spans.push(Span::raw(text[at..].to_string()));
    }
    spans
}

fn row_line<'a>(app: &'a App, row: &Row, w: usize, selected: bool) -> Line<'a> {
    let t = &app.theme;
    let indent = "  ".repeat(row.depth as usize);
    let glyph = if !has_children(&app.plans, row) {
        "  "
    } else if app.folds.is_folded(&app.plans, row) {
        "▸ "
    } else {
        "▾ "
    };
    let l = label(&app.plans, row);
    let mark_style = match l.mark {
        Mark::Rollup(r) => t.rollup(r),
        Mark::Verdict(v) => t.verdict(v),
        Mark::Error => t.error(),
        Mark::Warning => t.warning(),
    };
    let right = l
        .counts
        .map(|c| format!(" {}", counts_label(&c)))
        .unwrap_or_default();
    let manual_mark = if l.manual { MANUAL_MARK } else { " " };
    let lead = format!("{indent}{glyph}");
    let room = w.saturating_sub(width(&lead) + 2 + width(&right));
    let text = fit(&l.text, room);
    let pad = w.saturating_sub(width(&lead) + 2 + width(&text) + width(&right));
    let mut spans = vec![
        Span::raw(lead),
        Span::styled(l.mark.symbol(), mark_style),
        Span::styled(manual_mark, t.manual()),
    ];
    spans.extend(with_hits(t, text, search_query(app)));
    spans.push(Span::raw(" ".repeat(pad)));
    spans.push(Span::styled(right, t.dim()));
    if selected {
        let sel = t.selected();
        spans = spans
            .into_iter()
            .map(|s| {
                let st: Style = s.style.patch(sel);
                s.style(st)
            })
            .collect();
    }
    Line::from(spans)
}
