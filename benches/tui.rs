//! Frame time and key-to-frame latency of the review TUI on a synthetic tree of
//! 100 000 goals (and first-frame time for 1 000 plans), drawn on ratatui's
//! TestBackend so only plantrack's own work is timed, not the terminal's.
//!
//! Run: cargo bench --bench tui

use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use plantrack::model::{Actual, Goal, Op, Plan, PlanMeta, Target};
use plantrack::tui::theme::Theme;
use plantrack::tui::{draw, update, App, Msg, PlanSlot};
use ratatui::backend::TestBackend;
use ratatui::Terminal;
use std::time::{Duration, Instant};

const W: u16 = 200;
const H: u16 = 60;

/// `top` sections of `per` goals each, every goal with one target; a third met, a
/// third missed, a third unmeasured.
fn synthetic(issuer: &str, year: i32, top: usize, per: usize) -> Plan {
    let mut goals = Vec::with_capacity(top * (per + 1));
    for i in 0..top {
        goals.push(Goal {
            id: format!("{}", i + 1),
            title: format!("第{}部分 推进科技创新体系建设", i + 1),
            ..Goal::default()
        });
        for j in 0..per {
            let value = (j % 50 + 1) as f64 * 10.0;
            let actual = match j % 3 {
                0 => Some(value * 1.2),
                1 => Some(value * 0.8),
                _ => None,
            };
            goals.push(Goal {
                id: format!("{}.{}", i + 1, j + 1),
                title: format!("新增高新技术企业和孵化器 {j}"),
                text: format!("全年新增高新技术企业{value}家,专利申请量持续增长。"),
                targets: vec![Target {
                    metric: "新增高新技术企业".into(),
                    op: Op::Ge,
                    value: Some(value),
                    unit: "家".into(),
                    quote: format!("新增高新技术企业{value}家"),
                    actual: actual.map(|v| Actual {
                        value: v,
                        unit: "家".into(),
                        quote: format!("新增高新技术企业{v}家"),
                        source: "summary".into(),
                        ..Actual::default()
                    }),
                    ..Target::default()
                }],
            });
        }
    }
    Plan {
        meta: PlanMeta {
            title: "合成计划".into(),
            issuer: issuer.into(),
            year,
            ..PlanMeta::default()
        },
        goals,
    }
}

fn slot(i: usize, plan: Plan) -> PlanSlot {
    PlanSlot {
        path: format!("plans/p{i:05}.toml").into(),
        plan: Ok(plan),
    }
}

struct Stats {
    median: Duration,
    p99: Duration,
    max: Duration,
}

fn stats(mut v: Vec<Duration>) -> Stats {
    v.sort();
    Stats {
        median: v[v.len() / 2],
        p99: v[(v.len() * 99 / 100).min(v.len() - 1)],
        max: *v.last().unwrap(),
    }
}

fn report(name: &str, s: Stats) {
    println!(
        "{name:<44} median {:>9.3} ms   p99 {:>9.3} ms   max {:>9.3} ms",
        s.median.as_secs_f64() * 1e3,
        s.p99.as_secs_f64() * 1e3,
        s.max.as_secs_f64() * 1e3
    );
}

fn press(app: &mut App, code: KeyCode) {
    update(app, Msg::Key(KeyEvent::new(code, KeyModifiers::NONE)));
}

/// Time `n` rounds of `keys` each followed by a frame.
fn key_to_frame(
    term: &mut Terminal<TestBackend>,
    app: &mut App,
    n: usize,
    keys: &[KeyCode],
) -> Stats {
    let mut times = Vec::with_capacity(n * keys.len());
    for i in 0..n {
        let code = keys[i % keys.len()];
        let t = Instant::now();
        press(app, code);
        term.draw(|f| draw(f, app)).unwrap();
        times.push(t.elapsed());
    }
    stats(times)
}

fn main() {
    let mut term = Terminal::new(TestBackend::new(W, H)).unwrap();

    let t = Instant::now();
    let plan = synthetic("合成区科委", 2024, 1_000, 99);
    let goals = plan.goals.len();
    let build = t.elapsed();
    let t = Instant::now();
    let mut app = App::new(vec![slot(0, plan)], (W, H), Theme::default());
    term.draw(|f| draw(f, &app)).unwrap();
    let first = t.elapsed();
    println!(
        "tree: {goals} goals, {} rows, {W}x{H} cells",
        app.rows.len()
    );
    println!(
        "{:<44} {:>9.3} ms (building the plan in memory: {:.0} ms, not counted)",
        "first frame (index + roll-up + draw)",
        first.as_secs_f64() * 1e3,
        build.as_secs_f64() * 1e3
    );

    let mut frames = Vec::new();
    for _ in 0..500 {
        let t = Instant::now();
        term.draw(|f| draw(f, &app)).unwrap();
        frames.push(t.elapsed());
    }
    report("frame (redraw, no change)", stats(frames));
    report(
        "key-to-frame j/k (move)",
        key_to_frame(
            &mut term,
            &mut app,
            2_000,
            &[KeyCode::Char('j'), KeyCode::Char('j'), KeyCode::Char('k')],
        ),
    );
    report(
        "key-to-frame PgDn/PgUp",
        key_to_frame(
            &mut term,
            &mut app,
            1_000,
            &[KeyCode::PageDown, KeyCode::PageDown, KeyCode::PageUp],
        ),
    );
    report(
        "key-to-frame G/g (jump 200k rows)",
        key_to_frame(
            &mut term,
            &mut app,
            200,
            &[KeyCode::Char('G'), KeyCode::Char('g')],
        ),
    );
    report("key-to-frame h/l on a section (fold)", {
        press(&mut app, KeyCode::Char('g'));
        press(&mut app, KeyCode::Char('j'));
        key_to_frame(
            &mut term,
            &mut app,
            100,
            &[KeyCode::Char('h'), KeyCode::Char('l')],
        )
    });
    report(
        "key-to-frame f (filter, rebuilds all rows)",
        key_to_frame(&mut term, &mut app, 40, &[KeyCode::Char('f')]),
    );
    for c in "/专利".chars() {
        press(&mut app, KeyCode::Char(c));
    }
    press(&mut app, KeyCode::Enter);
    report(
        "key-to-frame n (next search hit)",
        key_to_frame(&mut term, &mut app, 100, &[KeyCode::Char('n')]),
    );
    // Rows: the plan, section 1, goal 1.1, its target.
    press(&mut app, KeyCode::Char('g'));
    for _ in 0..3 {
        press(&mut app, KeyCode::Char('j'));
    }
    report(
        "key-to-frame m + Enter (manual verdict)",
        key_to_frame(
            &mut term,
            &mut app,
            200,
            &[KeyCode::Char('m'), KeyCode::Enter],
        ),
    );

    // 1 000 plans of 100 goals each: the first frame after loading.
    let slots: Vec<PlanSlot> = (0..1_000)
        .map(|i| {
            slot(
                i,
                synthetic(&format!("区{}", i % 100), 2014 + (i / 100) as i32, 4, 24),
            )
        })
        .collect();
    let t = Instant::now();
    let app = App::new(slots, (W, H), Theme::default());
    term.draw(|f| draw(f, &app)).unwrap();
    println!(
        "{:<44} {:>9.3} ms (plans in memory; file loading not counted)",
        "first frame, 1 000 plans x 100 goals",
        t.elapsed().as_secs_f64() * 1e3
    );
}
