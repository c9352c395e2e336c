//! Plans built from the hand-made gold answers in tests/fixtures (sections become
//! goals, targets go to their section, pair links give actuals), and helpers that
//! drive the TUI headless.
#![allow(dead_code)]

use crossterm::event::{
    KeyCode, KeyEvent, KeyEventKind, KeyModifiers, MouseButton, MouseEvent, MouseEventKind,
};
use plantrack::model::{Actual, Goal, Op, Plan, PlanMeta, Target};
use plantrack::tui::theme::Theme;
use plantrack::tui::{draw, update, App, Effect, Msg, PlanSlot};
use ratatui::backend::TestBackend;
use ratatui::buffer::Buffer;
use ratatui::Terminal;
use std::path::{Path, PathBuf};
use toml::{Table, Value};
use unicode_width::UnicodeWidthStr;

pub fn fixtures() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures")
}

fn read_table(path: &Path) -> Table {
    let text = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{path:?}: {e}"));
    text.parse().unwrap_or_else(|e| panic!("{path:?}: {e}"))
}

fn items<'a>(t: &'a Table, key: &str) -> Vec<&'a Table> {
    t.get(key)
        .and_then(Value::as_array)
        .map(|a| a.iter().filter_map(Value::as_table).collect())
        .unwrap_or_default()
}

fn s(t: &Table, key: &str) -> String {
    t.get(key).and_then(Value::as_str).unwrap_or("").to_string()
}

fn f(t: &Table, key: &str) -> Option<f64> {
    t.get(key)
        .and_then(|v| v.as_float().or_else(|| v.as_integer().map(|i| i as f64)))
}

/// The id given to targets that stand before the first heading.
pub const PREAMBLE: &str = "0";

/// The document lines around each quote, in document order: the goal's source text.
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

/// A plan from one gold file: its sections as goals, its targets under their section.
pub fn gold_plan(gold: &Path) -> Plan {
    let t = read_table(gold);
    let doc_meta = t
        .get("doc")
        .and_then(Value::as_table)
        .cloned()
        .unwrap_or_default();
    let doc_file = gold.with_file_name(s(&doc_meta, "file"));
    let doc = std::fs::read_to_string(&doc_file).unwrap_or_default();
    let year = doc_meta
        .get("plan_year")
        .or_else(|| doc_meta.get("summary_year"))
        .and_then(Value::as_integer)
        .unwrap_or(0) as i32;
    let mut goals: Vec<Goal> = items(&t, "section")
        .iter()
        .map(|sec| Goal {
            id: s(sec, "id"),
            title: s(sec, "title"),
            ..Goal::default()
        })
        .collect();
    for tg in items(&t, "target") {
        let mut section = s(tg, "section");
        if section.is_empty() {
            section = PREAMBLE.into();
        }
        let target = Target {
            metric: s(tg, "metric"),
            op: Op::parse(&s(tg, "op")).unwrap_or_default(),
            value: f(tg, "value"),
            min: f(tg, "min"),
            max: f(tg, "max"),
            unit: s(tg, "unit"),
            quote: s(tg, "quote"),
            ..Target::default()
        };
        // The last goal with the id: the plan part of a combined document comes last.
        match goals.iter_mut().rev().find(|g| g.id == section) {
            Some(g) => g.targets.push(target),
            None => {
                let title = if section == PREAMBLE {
                    "主要目标".to_string()
                } else {
                    section.clone()
                };
                let goal = Goal {
                    id: section,
                    title,
                    targets: vec![target],
                    ..Goal::default()
                };
                if goal.id == PREAMBLE {
                    goals.insert(0, goal);
                } else {
                    goals.push(goal);
                }
            }
        }
    }
    for g in &mut goals {
        let quotes: Vec<String> = g.targets.iter().map(|t| t.quote.clone()).collect();
        g.text = text_around(&doc, &quotes);
    }
    Plan {
        meta: PlanMeta {
            title: doc
                .lines()
                .nth(1)
                .unwrap_or("")
                .trim()
                .chars()
                .take(30)
                .collect(),
            issuer: s(&doc_meta, "issuer"),
            year,
            source: Some(s(&doc_meta, "file")),
            ..PlanMeta::default()
        },
        goals,
    }
}

/// A corpus plan ("national-2016") with actuals from its pair's links.
pub fn corpus_plan(name: &str) -> Plan {
    let dir = fixtures().join("corpus");
    let pair = read_table(&dir.join(format!("{name}.pair.toml")));
    let files = pair
        .get("pair")
        .and_then(Value::as_table)
        .cloned()
        .unwrap_or_default();
    let gold_of = |file: String| dir.join(file.replace(".txt", ".gold.toml"));
    let plan_gold = gold_of(s(&files, "plan"));
    let summary_gold = gold_of(s(&files, "summary"));
    let mut plan = gold_plan(&plan_gold);
    plan.meta.summary = Some(s(&files, "summary"));
    let summary = read_table(&summary_gold);
    let actuals = items(&summary, "actual");
    for link in items(&pair, "link") {
        let (tq, aq) = (s(link, "target"), s(link, "actual"));
        let Some(found) = actuals
            .iter()
            .find(|a| s(a, "quote") == aq && !aq.is_empty())
        else {
            continue;
        };
        let Some(value) = f(found, "value") else {
            continue;
        };
        let target = plan
            .goals
            .iter_mut()
            .flat_map(|g| g.targets.iter_mut())
            .find(|t| t.quote == tq && t.actual.is_none());
        if let Some(t) = target {
            t.actual = Some(Actual {
                value,
                unit: s(found, "unit"),
                quote: aq,
                source: s(&files, "summary"),
                metric: s(found, "metric"),
                score: Some(1.0),
                reason: Some("linked by hand in the gold pair".into()),
            });
        }
    }
    plan
}

/// A seed plan ("001_b9eb083d6560eb72"); targets have no actuals (unmeasured).
pub fn seed_plan(name: &str) -> Plan {
    gold_plan(&fixtures().join("seeds").join(format!("{name}.gold.toml")))
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
        });
    }
    plan
}

pub fn slot(name: &str, plan: Plan) -> PlanSlot {
    PlanSlot {
        path: PathBuf::from(format!("plans/{name}.toml")),
        plan: Ok(plan),
    }
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
