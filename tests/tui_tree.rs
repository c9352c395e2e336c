//! The tree: plans, goals and targets with their marks and roll-up counts.

mod support;
mod tui_support;

use plantrack::judge::{goal_counts, judge_target, plan_counts};
use plantrack::tui::PlanView;
use plantrack::tui::RowKind;
use tui_support::*;

#[test]
fn cached_roll_up_equals_the_judge_roll_up() {
    let plans = [
        jiading_mixed(),
        seed_plan("003_ed320ace82496732"),
        seed_plan("004_ee19efebb1265056"),
        corpus_plan("pudong-2022"),
        corpus_plan("national-2019"),
    ];
    for plan in plans {
        let view = PlanView::new(slot("p", plan.clone()));
        assert_eq!(view.counts, goal_counts(&plan), "{}", plan.meta.issuer);
        assert_eq!(view.total, plan_counts(&plan));
    }
}

#[test]
fn every_target_row_shows_the_judges_mark() {
    let mut slots = national();
    slots.push(slot("jiading", jiading_mixed()));
    let app = app(slots, 120, 200);
    let tree = tree_lines(&app);
    assert!(app.rows.len() < tree.len(), "every row on screen");
    let mut seen = std::collections::HashSet::new();
    for (row, line) in app.rows.iter().zip(&tree) {
        if let RowKind::Target(g, t) = row.kind {
            let target = &app.plans[row.plan].plan.goals[g].targets[t];
            let mark = judge_target(target).verdict.mark();
            assert!(line.contains(&target.metric), "{line:?}");
            assert!(line.trim_start().starts_with(mark), "{line:?} lacks {mark}");
            seen.insert(mark);
        }
    }
    assert_eq!(
        seen.len(),
        3,
        "met, missed and unmeasured all appear: {seen:?}"
    );
}

#[test]
fn inner_rows_show_counts_and_the_header_totals_in_words() {
    let app = app(vec![slot("jiading", jiading_mixed())], 120, 60);
    let screen = screen(&app);
    let c = plan_counts(&jiading_mixed());
    assert!(c.met == 1 && c.missed == 1 && c.unmeasured > 0);
    let counts = format!("✓{} ✗{} ?{}", c.met, c.missed, c.unmeasured);
    assert!(
        screen[2].contains("上海市嘉定区科学技术委员会 2014"),
        "{:?}",
        screen[2]
    );
    assert!(screen[2].contains(&counts), "{:?}", screen[2]);
    let words = format!(
        "met {}, missed {}, unmeasured {}",
        c.met, c.missed, c.unmeasured
    );
    assert!(screen[0].contains(&words), "{:?}", screen[0]);
    assert!(screen[1].contains(&format!("met ({} of {} targets)", c.met, c.total())));
    // The goal 三.3 holds the two 专利 targets, both unmeasured.
    assert!(contains(&screen, "三.3 推进知识产权发展战略应用"));
    let tree = tree_lines(&app);
    let goal = tree.iter().find(|l| l.contains("三.3 推进")).unwrap();
    assert!(goal.ends_with("✓0 ✗0 ?2"), "{goal:?}");
}

#[test]
fn wide_characters_keep_the_counts_aligned_at_the_right_edge() {
    for width in [60u16, 100, 133] {
        let app = app(vec![slot("jiading", jiading_mixed())], width, 50);
        let buf = render(&app);
        let tree = plantrack::tui::view::layout(buf.area).unwrap().tree;
        let shown = area_lines(&buf, tree);
        for (row, line) in app.rows.iter().zip(&shown) {
            if matches!(row.kind, RowKind::Goal(_) | RowKind::Plan) {
                let cells = unicode_width::UnicodeWidthStr::width(line.as_str());
                assert_eq!(cells, tree.width as usize, "width {width}: {line:?}");
                assert!(line.ends_with(char::is_numeric), "{line:?}");
                assert!(line.contains("✓") && line.contains("✗"), "{line:?}");
            }
        }
    }
}

#[test]
fn a_plan_that_fails_to_load_is_an_error_row() {
    let slots = vec![
        plantrack::tui::PlanSlot {
            path: "plans/broken.toml".into(),
            plan: Err("plans/broken.toml:3:1: expected `=`".into()),
            warnings: Vec::new(),
        },
        slot("jiading", jiading_mixed()),
    ];
    let app = app(slots, 120, 40);
    let screen = screen(&app);
    assert!(contains(
        &screen,
        "could not load: plans/broken.toml:3:1: expected `=`"
    ));
    assert!(contains(&screen, "上海市嘉定区科学技术委员会 2014"));
}

#[test]
fn tiny_and_odd_sizes_draw_without_panic() {
    let mut app = app(national(), 1, 1);
    for (w, h) in [
        (1, 1),
        (5, 3),
        (19, 5),
        (20, 6),
        (21, 7),
        (40, 8),
        (99, 10),
        (100, 12),
        (300, 90),
    ] {
        plantrack::tui::update(&mut app, plantrack::tui::Msg::Resize(w, h));
        let s = screen(&app);
        if w < 20 || h < 6 {
            assert!(s[0].starts_with(&"terminal too small"[..w.min(18) as usize]));
        } else {
            assert!(s[0].contains("plantrack") || w < 30);
        }
        key(&mut app, crossterm::event::KeyCode::Char('G'));
        screen(&app);
    }
}

#[test]
fn no_color_leaves_meaning_to_marks() {
    let mut app = app(national(), 120, 40);
    app.theme = plantrack::tui::theme::Theme { color: false };
    let buf = render(&app);
    let coloured = buf
        .content()
        .iter()
        .filter(|c| c.fg != ratatui::style::Color::Reset || c.bg != ratatui::style::Color::Reset)
        .count();
    assert_eq!(coloured, 0);
    let screen = lines(&buf);
    assert!(contains(&screen, "✗") && contains(&screen, "✓"));
}
