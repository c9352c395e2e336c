//! Key-to-frame latency of the review TUI on a synthetic tree of 100 000 goals, and
//! the first frame over 1 000 plan files on disk, drawn on ratatui's TestBackend so
//! only plantrack's own work is timed, not the terminal's.
//!
//! Each figure is given twice: wall time, and the CPU time of the thread doing the work
//! (clock_gettime's thread CPU clock). On a shared machine wall time also counts the
//! time other processes held the cores; CPU time is plantrack's own cost.
//!
//! Run: cargo bench --bench tui

use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use plantrack::model::{Actual, Goal, Op, Plan, PlanMeta, Target};
use plantrack::tui::load::Loader;
use plantrack::tui::run::FIRST_FRAME_WAIT;
use plantrack::tui::theme::Theme;
use plantrack::tui::{draw, update, App, Msg, PlanSlot};
use ratatui::backend::TestBackend;
use ratatui::Terminal;
use std::path::Path;
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

fn cpu_clock(clock: libc::clockid_t) -> Duration {
    let mut ts = libc::timespec {
        tv_sec: 0,
        tv_nsec: 0,
    };
    // SAFETY: clock_gettime only writes the timespec it is given.
    unsafe { libc::clock_gettime(clock, &mut ts) };
    Duration::new(ts.tv_sec as u64, ts.tv_nsec as u32)
}

/// CPU time of the calling thread so far.
fn thread_cpu() -> Duration {
    cpu_clock(libc::CLOCK_THREAD_CPUTIME_ID)
}

/// CPU time of the whole process so far (every thread).
fn process_cpu() -> Duration {
    cpu_clock(libc::CLOCK_PROCESS_CPUTIME_ID)
}

/// Wall and thread CPU time of one piece of work.
#[derive(Clone, Copy)]
struct Sample {
    wall: Duration,
    cpu: Duration,
}

fn time(f: impl FnOnce()) -> Sample {
    let (t, c) = (Instant::now(), thread_cpu());
    f();
    Sample {
        wall: t.elapsed(),
        cpu: thread_cpu().saturating_sub(c),
    }
}

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1e3
}

/// median / p99 / max of wall and CPU times.
fn report(name: &str, samples: &[Sample]) {
    let pick = |f: fn(&Sample) -> Duration| {
        let mut v: Vec<Duration> = samples.iter().map(f).collect();
        v.sort();
        let n = v.len();
        (v[n / 2], v[(n * 99 / 100).min(n - 1)], v[n - 1])
    };
    let (wm, wp, wx) = pick(|s| s.wall);
    let (cm, cp, cx) = pick(|s| s.cpu);
    println!(
        "{name:<42} cpu median {:>7.3} p99 {:>7.3} max {:>7.3} ms | wall median {:>7.3} p99 {:>7.3} max {:>7.3} ms",
        ms(cm), ms(cp), ms(cx), ms(wm), ms(wp), ms(wx)
    );
}

fn once(name: &str, s: Sample, note: &str) {
    println!(
        "{name:<42} cpu {:>9.3} ms | wall {:>9.3} ms {note}",
        ms(s.cpu),
        ms(s.wall)
    );
}

fn press(app: &mut App, code: KeyCode) {
    update(app, Msg::Key(KeyEvent::new(code, KeyModifiers::NONE)));
}

/// `n` rounds of `keys`, each key timed with the frame after it.
fn key_to_frame(
    term: &mut Terminal<TestBackend>,
    app: &mut App,
    n: usize,
    keys: &[KeyCode],
) -> Vec<Sample> {
    (0..n)
        .map(|i| {
            time(|| {
                press(app, keys[i % keys.len()]);
                term.draw(|f| draw(f, app)).unwrap();
            })
        })
        .collect()
}

fn main() {
    big_tree();
    first_frame_from_disk();
}

/// One plan of 100 000 goals (1 000 sections of 99 goals), each with one target.
fn big_tree() {
    let mut term = Terminal::new(TestBackend::new(W, H)).unwrap();
    let plan = synthetic("合成区科委", 2024, 1_000, 99);
    let goals = plan.goals.len();
    let mut app = None;
    let s = time(|| {
        let a = App::new(
            vec![PlanSlot::new("plans/big.toml", plan)],
            (W, H),
            Theme::default(),
        );
        term.draw(|f| draw(f, &a)).unwrap();
        app = Some(a);
    });
    let mut app = app.unwrap();
    println!(
        "tree: {goals} goals, {} rows, {W}x{H} cells",
        app.rows.len()
    );
    once("first frame (index + roll-up + draw)", s, "");
    let frames: Vec<Sample> = (0..500)
        .map(|_| {
            time(|| {
                term.draw(|f| draw(f, &app)).unwrap();
            })
        })
        .collect();
    report("frame (redraw, no change)", &frames);
    use KeyCode::Char as C;
    let run = |name: &str, n: usize, keys: &[KeyCode], app: &mut App| {
        let mut term = Terminal::new(TestBackend::new(W, H)).unwrap();
        report(name, &key_to_frame(&mut term, app, n, keys));
    };
    run("key j/k (move)", 2_000, &[C('j'), C('j'), C('k')], &mut app);
    let pages = [KeyCode::PageDown, KeyCode::PageDown, KeyCode::PageUp];
    run("key PgDn/PgUp", 1_000, &pages, &mut app);
    run("key G/g (jump 200k rows)", 200, &[C('G'), C('g')], &mut app);
    press(&mut app, C('g'));
    press(&mut app, C('j'));
    run(
        "key h/l on a section (fold)",
        100,
        &[C('h'), C('l')],
        &mut app,
    );
    // The first round of f builds each filter's rows; later rounds swap stashed rows.
    run("key f, first round (rows built)", 4, &[C('f')], &mut app);
    run(
        "key f, later rounds (rows stashed)",
        40,
        &[C('f')],
        &mut app,
    );

    // Search: the first key builds every plan's search text; a new query scans it once,
    // and a query typed one letter longer narrows the previous hits.
    press(&mut app, C('/'));
    once(
        "first search key (builds the search text)",
        key_to_frame(&mut term, &mut app, 1, &[C('专')])[0],
        "once per plan",
    );
    press(&mut app, KeyCode::Esc);
    let (mut scan, mut narrow) = (Vec::new(), Vec::new());
    for _ in 0..50 {
        press(&mut app, C('/'));
        scan.extend(key_to_frame(&mut term, &mut app, 1, &[C('专')]));
        narrow.extend(key_to_frame(&mut term, &mut app, 1, &[C('利')]));
        press(&mut app, KeyCode::Esc);
    }
    report("key typing 专 (scans all text)", &scan);
    report("key typing 利 after 专 (narrows)", &narrow);
    for c in "/专利".chars() {
        press(&mut app, C(c));
    }
    press(&mut app, KeyCode::Enter);
    run("key n (next search hit)", 200, &[C('n')], &mut app);
    run("key N (previous search hit)", 200, &[C('N')], &mut app);
    // Rows: the plan, section 1, goal 1.1, its target.
    press(&mut app, C('g'));
    for _ in 0..3 {
        press(&mut app, C('j'));
    }
    run(
        "key m + Enter (manual verdict)",
        200,
        &[C('m'), KeyCode::Enter],
        &mut app,
    );
}

/// 1 000 plan files of 100 goals each written under target/, then timed from the
/// folder to the first frame, as `plantrack` starts: files found, loaded and indexed on
/// background threads, the first frame drawn once all are in or FIRST_FRAME_WAIT has
/// passed (with at least one plan), the rest installed as they arrive.
fn first_frame_from_disk() {
    let mut term = Terminal::new(TestBackend::new(W, H)).unwrap();
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("target/tui-bench/plans");
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    let mut bytes = 0;
    for i in 0..1_000_i32 {
        let plan = synthetic(&format!("区{}", i % 100), 2014 + i / 100, 4, 24);
        let text = plantrack::store::plan_to_toml(&plan);
        bytes += text.len();
        std::fs::write(dir.join(format!("p{i:04}.toml")), text).unwrap();
    }
    println!(
        "1 000 plan files x 100 goals, {:.1} MB; first frame waits at most {} ms",
        bytes as f64 / 1e6,
        FIRST_FRAME_WAIT.as_millis()
    );
    let mut runs = Vec::new();
    for _ in 0..5 {
        let (t, cpu) = (Instant::now(), process_cpu());
        let files = plantrack::store::find_plans(std::slice::from_ref(&dir)).unwrap();
        let mut loader = Loader::start(files);
        let mut first = loader.take_first(FIRST_FRAME_WAIT);
        first.sort_by(|a, b| a.path.cmp(&b.path));
        let mut app = App::with_views(first, (W, H), Theme::default());
        app.pending = loader.pending();
        term.draw(|f| draw(f, &app)).unwrap();
        let first_frame = t.elapsed();
        let shown = app.plans.len();
        let mut installs = Vec::new();
        while loader.pending() > 0 {
            let got = loader.take(Duration::from_millis(40));
            installs.push(time(|| {
                app.install_all(got);
                app.pending = loader.pending();
                term.draw(|f| draw(f, &app)).unwrap();
            }));
        }
        assert_eq!(app.plans.len(), 1_000);
        let all = t.elapsed();
        runs.push((first_frame, shown, all, process_cpu() - cpu, installs));
    }
    runs.sort_by_key(|r| r.0);
    let (first, shown, all, cpu, installs) = &runs[runs.len() / 2];
    println!(
        "{:<42} wall {:>9.3} ms, showing {shown} plans (median of 5)",
        "first frame, 1 000 plan files",
        ms(*first)
    );
    println!(
        "{:<42} wall {:>9.3} ms, cpu {:.0} ms over all threads",
        "all 1 000 loaded, indexed and drawn",
        ms(*all),
        ms(*cpu)
    );
    report("installing a batch of loaded plans + frame", installs);
}
