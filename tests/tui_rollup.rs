//! A goal or plan with only some targets measured reads as partly measured, with how
//! much is known, in the tree, the header, the detail pane and the text report alike.

mod support;
mod tui_support;

use crossterm::event::KeyCode;
use plantrack::judge::{plan_counts, Rollup};
use plantrack::report::{text, Options};
use plantrack::tui::RowKind;
use std::path::PathBuf;
use tui_support::*;

#[test]
fn national_2016_is_partly_measured_not_met() {
    let plan = corpus_plan("national-2016");
    let c = plan_counts(&plan);
    assert_eq!((c.met, c.missed, c.unmeasured), (2, 0, 3));
    let app = app(vec![slot("national-2016", plan.clone())], 120, 20);
    let s = screen(&app);
    assert!(
        s[0].contains("◒ 2/5 measured: met 2, missed 0, unmeasured 3"),
        "{}",
        s[0]
    );
    assert!(s[1].contains("国务院 2016: ◒ 2/5 measured"), "{}", s[1]);
    let tree = tree_lines(&app);
    for (row, line) in app.rows.iter().zip(&tree) {
        if matches!(row.kind, RowKind::Plan | RowKind::Goal(_)) {
            assert!(line.contains("◒ "), "{line}");
            assert!(line.ends_with("2/5 ✓2 ✗0 ?3"), "{line}");
        }
    }
    // The text report prints the same roll-up for the plan and its goal.
    let report = text::render(
        &[(PathBuf::from("plans/national-2016.toml"), plan)],
        &Options::default(),
    );
    assert!(report.contains("◒ 2/5 measured · 5 targets"), "{report}");
    assert!(
        report.contains("(before the first heading)  [◒ 2/5 measured]"),
        "{report}"
    );
}

#[test]
fn one_manual_met_among_unmeasured_targets_is_partly_measured() {
    let mut app = app(vec![slot("jiading", seed_plan(JIADING))], 120, 30);
    assert_eq!(app.plans[0].total.rollup(), Rollup::Unmeasured);
    let first = app
        .rows
        .iter()
        .position(|r| matches!(r.kind, RowKind::Target(..)))
        .unwrap();
    app.selected = first;
    keys(&mut app, "m");
    key(&mut app, KeyCode::Enter);
    let total = app.plans[0].total;
    assert_eq!(total.rollup(), Rollup::Partial);
    assert_eq!(total.rollup_label(), "◒ 1/12 measured");
    assert!(
        tree_lines(&app)[0].starts_with("▾ ◒ "),
        "{:?}",
        tree_lines(&app)[0]
    );
    assert!(screen(&app)[0].contains("◒ 1/12 measured"));
    // The goal holding only that target is met; the plan's detail reads partly measured.
    key(&mut app, KeyCode::Char('k'));
    assert!(detail_lines(&app)[0].starts_with("✓ 一.3 "));
    key(&mut app, KeyCode::Char('g'));
    let d = detail_lines(&app);
    assert!(contains(&d, "targets: ◒ 1/12 measured: met 1"), "{d:?}");
}

#[test]
fn a_miss_shows_missed_whatever_else_is_unknown() {
    let app = app(vec![slot("jiading", jiading_mixed())], 120, 30);
    assert_eq!(app.plans[0].total.rollup_label(), "✗ 2/12 measured");
    assert!(tree_lines(&app)[0].starts_with("▾ ✗ "));
}

#[test]
fn the_tree_at_80_columns() {
    let app = app(
        vec![slot("national-2016", corpus_plan("national-2016"))],
        80,
        16,
    );
    insta::assert_snapshot!(screen(&app).join("\n"));
}
