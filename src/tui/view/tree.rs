//! The goal tree: only the rows on screen are turned into text.

use crate::judge::Counts;
use crate::model::{Op, Target};
use crate::tui::app::{App, Mode};
use crate::tui::row::{Row, RowKind};
use crate::tui::search::occurrences;
use crate::tui::text::{fit, num, width};
use crate::tui::theme::Theme;
use crate::tui::tree::has_children;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;
use ratatui::Frame;

/// The manual-verdict marker (a neutral-width character).
pub const MANUAL_MARK: &str = "✎";

/// "4/6 ✓3 ✗1 ?2": how many targets are measured, then each verdict's count.
pub fn counts_label(c: &Counts) -> String {
    format!(
        "{}/{} ✓{} ✗{} ?{}",
        c.measured(),
        c.total(),
        c.met,
        c.missed,
        c.unmeasured
    )
}

/// ">= 8家", "20-25家", "~5%" for a target.
pub fn figure(t: &Target) -> String {
    let v = |x: Option<f64>| x.map(num).unwrap_or_else(|| "?".into());
    match t.op {
        Op::Range => format!("{}-{}{}", v(t.min), v(t.max), t.unit),
        Op::Approx => format!("~{}{}", v(t.threshold()), t.unit),
        op => format!("{} {}{}", op, v(t.threshold()), t.unit),
    }
}

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
    let p = &app.plans[row.plan];
    let indent = "  ".repeat(row.depth as usize);
    let glyph = if !has_children(&app.plans, row) {
        "  "
    } else if app.folds.is_folded(&app.plans, row) {
        "▸ "
    } else {
        "▾ "
    };
    let (mark, mark_style, manual, text, counts) = match row.kind {
        RowKind::Plan => {
            let r = p.total.rollup();
            let label = match &p.error {
                Some(_) => format!("{} (not loaded)", p.label()),
                None => format!("{}  {}", p.label(), p.plan.meta.title),
            };
            (r.mark(), t.rollup(r), false, label, Some(p.total))
        }
        RowKind::Error => (
            "!",
            t.error(),
            false,
            format!("could not load: {}", p.error.as_deref().unwrap_or("")),
            None,
        ),
        RowKind::Warning(w) => (
            "!",
            t.warning(),
            false,
            format!("warning: {}", p.warnings[w]),
            None,
        ),
        RowKind::Goal(g) => {
            let c = p.counts[g];
            let r = c.rollup();
            (r.mark(), t.rollup(r), false, p.goal_label(g), Some(c))
        }
        RowKind::Target(g, i) => {
            let target = &p.plan.goals[g].targets[i];
            let j = &p.judgements[g][i];
            let mut label = format!("{} {}", target.metric, figure(target));
            if let Some(a) = &target.actual {
                label.push_str(&format!(" | {}{}", num(a.value), a.unit));
            }
            (
                j.verdict.mark(),
                t.verdict(j.verdict),
                j.manual,
                label,
                None,
            )
        }
    };
    let right = counts
        .map(|c| format!(" {}", counts_label(&c)))
        .unwrap_or_default();
    let manual_mark = if manual { MANUAL_MARK } else { " " };
    let lead = format!("{indent}{glyph}");
    let room = w.saturating_sub(width(&lead) + 2 + width(&right));
    let text = fit(&text, room);
    let pad = w.saturating_sub(width(&lead) + 2 + width(&text) + width(&right));
    let mut spans = vec![
        Span::raw(lead),
        Span::styled(mark, mark_style),
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
