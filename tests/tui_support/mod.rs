//! The TUI tests' helpers: plans from the gold files (through `support`) with their
//! goals' source text, and an app driven headless on ratatui's TestBackend.
#![allow(dead_code)]

use super::support;

use crossterm::event::{
    KeyCode, KeyEvent, KeyEventKind, KeyModifiers, MouseButton, MouseEvent, MouseEventKind,
};
use plantrack::model::{Actual, Plan};
use plantrack::tui::theme::Theme;
use plantrack::tui::{draw, update, App, Effect, Msg, PlanSlot};
use ratatui::backend::TestBackend;
use ratatui::buffer::Buffer;
use ratatui::Terminal;
use std::path::{Path, PathBuf};
use unicode_width::UnicodeWidthStr;

/// The document lines around each quote, in document order: the goal's source text
/// (the gold files name sections, not their text).
fn text_around(doc: &str, quotes: &[String]) -> String {
    let mut spans: Vec<(usize, usize)> = quotes
        .iter()
        .filter_map(|q| {
            let at = doc.find(q.as_str())?;
            let start = doc[..at].rfind('\n').map_or(0, |i| i + 1);
            let end = doc[at + q.len()..]
                .find('\n')
                .map_or(doc.len(), |i| at + q.len() + i);
            Some((start, end))
        })
        .collect();
    spans.sort();
    spans.dedup();
    spans
        .iter()
        .map(|&(a, b)| doc[a..b].trim())
        .collect::<Vec<_>>()
        .join("\n")
}

/// Give each goal the source lines that hold its targets' quotes.
fn with_text(mut plan: Plan, dir: &Path) -> Plan {
    let source = plan.meta.source.clone().unwrap_or_default();
    let doc = std::fs::read_to_string(dir.join(source)).unwrap_or_default();
    for g in &mut plan.goals {
        let quotes: Vec<String> = g.targets.iter().map(|t| t.quote.clone()).collect();
        g.text = text_around(&doc, &quotes);
    }
    plan
}

/// A corpus plan ("national-2016") with actuals from its pair's links, and goal text.
pub fn corpus_plan(stem: &str) -> Plan {
    with_text(
        support::corpus_plan(stem),
        &support::fixtures().join("corpus"),
    )
}

/// A seed plan ("001_b9eb083d6560eb72"); targets have no actuals (unmeasured).
pub fn seed_plan(name: &str) -> Plan {
    let dir = support::fixtures().join("seeds");
    with_text(
        support::plan_from_gold(&dir.join(format!("{name}.gold.toml"))),
        &dir,
    )
}

pub const JIADING: &str = "001_b9eb083d6560eb72";

/// The Jiading seed with two actuals set by hand: the first target met, the second missed.
pub fn jiading_mixed() -> Plan {
    let mut plan = seed_plan(JIADING);
    let mut targets = plan.goals.iter_mut().flat_map(|g| g.targets.iter_mut());
    for (t, factor) in targets.by_ref().take(2).zip([1.5, 0.5]) {
        let v = t.threshold().expect("gold target with a value") * factor;
        t.actual = Some(Actual {
            value: v,
            unit: t.unit.clone(),
            quote: format!("{}{}{}", t.metric, v, t.unit),
            source: "by hand".into(),
            metric: t.metric.clone(),
            score: None,
            reason: None,
            ..Actual::default()
        });
    }
    plan
}

pub fn slot(name: &str, plan: Plan) -> PlanSlot {
    PlanSlot::new(PathBuf::from(format!("plans/{name}.toml")), plan)
}

pub fn app(slots: Vec<PlanSlot>, w: u16, h: u16) -> App {
    App::new(slots, (w, h), Theme { color: true })
}

/// The national plans of four years, each with its summary's actuals.
pub fn national() -> Vec<PlanSlot> {
    ["2016", "2019", "2021", "2023"]
        .iter()
        .map(|y| {
            slot(
                &format!("national-{y}"),
                corpus_plan(&format!("national-{y}")),
            )
        })
        .collect()
}

pub fn render(app: &App) -> Buffer {
    let backend = TestBackend::new(app.size.0, app.size.1);
    let mut term = Terminal::new(backend).expect("test terminal");
    term.draw(|f| draw(f, app)).expect("draw");
    term.backend().buffer().clone()
}

/// The screen as text lines; the filler cell after a wide character is dropped.
pub fn lines(buf: &Buffer) -> Vec<String> {
    let area = buf.area;
    (0..area.height)
        .map(|y| {
            let mut line = String::new();
            let mut skip = 0;
            for x in 0..area.width {
                let sym = buf[(x, y)].symbol();
                if skip > 0 {
                    skip -= 1;
                    continue;
                }
                skip = sym.width().saturating_sub(1);
                line.push_str(sym);
            }
            line.trim_end().to_string()
        })
        .collect()
}

pub fn screen(app: &App) -> Vec<String> {
    lines(&render(app))
}

pub fn contains(screen: &[String], needle: &str) -> bool {
    screen.iter().any(|l| l.contains(needle))
}

pub fn key(app: &mut App, code: KeyCode) -> Vec<Effect> {
    update(app, Msg::Key(KeyEvent::new(code, KeyModifiers::NONE)))
}

pub fn keys(app: &mut App, text: &str) -> Vec<Effect> {
    text.chars()
        .flat_map(|c| key(app, KeyCode::Char(c)))
        .collect()
}

pub fn release(app: &mut App, code: KeyCode) -> Vec<Effect> {
    let mut ev = KeyEvent::new(code, KeyModifiers::NONE);
    ev.kind = KeyEventKind::Release;
    update(app, Msg::Key(ev))
}

pub fn mouse(app: &mut App, kind: MouseEventKind, column: u16, row: u16) {
    update(
        app,
        Msg::Mouse(MouseEvent {
            kind,
            column,
            row,
            modifiers: KeyModifiers::NONE,
        }),
    );
}

pub fn click(app: &mut App, column: u16, row: u16) {
    mouse(app, MouseEventKind::Down(MouseButton::Left), column, row);
}

/// The columns of one area of the screen as text lines.
pub fn area_lines(buf: &Buffer, area: ratatui::layout::Rect) -> Vec<String> {
    let mut sub = Buffer::empty(ratatui::layout::Rect::new(0, 0, area.width, area.height));
    for y in 0..area.height {
        for x in 0..area.width {
            sub[(x, y)] = buf[(area.x + x, area.y + y)].clone();
        }
    }
    lines(&sub)
}

fn areas(app: &App) -> plantrack::tui::view::Areas {
    plantrack::tui::view::layout(ratatui::layout::Rect::new(0, 0, app.size.0, app.size.1))
        .expect("a terminal large enough")
}

/// The tree pane's lines, one per visible row.
pub fn tree_lines(app: &App) -> Vec<String> {
    area_lines(&render(app), areas(app).tree)
}

/// The detail pane's lines (after its one-cell separator).
pub fn detail_lines(app: &App) -> Vec<String> {
    let a = areas(app).detail;
    let inner = if a.x > 0 {
        ratatui::layout::Rect::new(a.x + 1, a.y, a.width - 1, a.height)
    } else {
        ratatui::layout::Rect::new(a.x, a.y + 1, a.width, a.height - 1)
    };
    area_lines(&render(app), inner)
}
