//! Totals in words and a gauge of the share met.

use crate::judge::Counts;
use crate::model::Verdict;
use crate::tui::app::App;
use ratatui::layout::Rect;
use ratatui::style::Modifier;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;
use ratatui::Frame;

/// "met 12, missed 4, unmeasured 7"
pub fn in_words(c: &Counts) -> String {
    format!(
        "met {}, missed {}, unmeasured {}",
        c.met, c.missed, c.unmeasured
    )
}

/// "◒ 2/5 measured: met 2, missed 0, unmeasured 3"
pub fn totals(c: &Counts) -> String {
    format!("{}: {}", c.rollup_label(), in_words(c))
}

pub fn draw(frame: &mut Frame, app: &App, area: Rect) {
    let t = &app.theme;
    let total = app.total();
    let plans = app.plans.len();
    let mut first = vec![
        Span::styled("plantrack", t.heading()),
        Span::raw(format!(
            "  {plans} plan{}  ",
            if plans == 1 { "" } else { "s" }
        )),
        Span::styled(
            match app.pending {
                0 => String::new(),
                n => format!("(loading {n} more)  "),
            },
            t.dim(),
        ),
        Span::styled(
            format!("{}: ", total.rollup_label()),
            t.rollup(total.rollup()),
        ),
        Span::styled(format!("met {}", total.met), t.verdict(Verdict::Met)),
        Span::raw(", "),
        Span::styled(
            format!("missed {}", total.missed),
            t.verdict(Verdict::Missed),
        ),
        Span::raw(", "),
        Span::styled(
            format!("unmeasured {}", total.unmeasured),
            t.verdict(Verdict::Unmeasured),
        ),
    ];
    if app.filter != crate::tui::filter::Filter::All {
        first.push(Span::styled(
            format!("  [filter: {}]", app.filter.label()),
            t.heading(),
        ));
    }
    let share = total.share_met();
    let bar_width = (area.width as usize).saturating_sub(40).clamp(0, 40);
    let filled = (share * bar_width as f64).round() as usize;
    let mut second = vec![
        Span::raw("["),
        Span::styled("#".repeat(filled), t.verdict(Verdict::Met)),
        Span::styled(
            "-".repeat(bar_width - filled),
            t.dim().add_modifier(Modifier::empty()),
        ),
        Span::raw(format!(
            "] {:.0}% met ({} of {} targets)",
            share * 100.0,
            total.met,
            total.total()
        )),
    ];
    if let Some(p) = app.current_plan() {
        second.push(Span::styled(
            format!("  {}: {}", p.label(), totals(&p.total)),
            t.dim(),
        ));
    }
    frame.render_widget(
        Paragraph::new(vec![Line::from(first), Line::from(second)]),
        area,
    );
}
