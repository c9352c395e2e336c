//! The detail pane: goal text with the target's quote highlighted, the target, the
//! actual with its quote and match, the manual note, and the metric across years.

mod support;
mod tui_support;

use plantrack::judge::judge_target;
use plantrack::model::Manual;
use plantrack::model::Verdict;
use plantrack::tui::App;
use plantrack::tui::RowKind;
use ratatui::style::Modifier;
use tui_support::*;

/// Select the first target row whose metric is `metric`.
fn select_target(app: &mut App, metric: &str) {
    let i = app
        .rows
        .iter()
        .position(|r| match r.kind {
            RowKind::Target(g, t) => app.plans[r.plan].plan.goals[g].targets[t].metric == metric,
            _ => false,
        })
        .unwrap_or_else(|| panic!("no target {metric}"));
    app.selected = i;
}

#[test]
fn target_detail_shows_goal_text_quote_actual_and_match() {
    let mut slots = national();
    if let Ok(plan) = &mut slots[0].plan {
        let actual = plan.goals[0].targets[0].actual.as_mut().expect("linked");
        actual.score = Some(0.87);
        actual.reason = Some("same metric, same unit".into());
    }
    let mut app = app(slots, 140, 50);
    select_target(&mut app, "国内生产总值增长率");
    let d = detail_lines(&app).join("\n");
    // national-2016: target 6.5%-7%, actual 6.7% from the summary.
    assert!(d.contains("国内生产总值增长6.5%-7%"), "{d}");
    let target = &app.plans[0].plan.goals[0].targets[0];
    let reason = judge_target(target).reason;
    assert!(d.contains(&format!("✓ met: {reason}")), "{d}");
    assert!(d.contains("target: 国内生产总值增长率 6.5-7%"), "{d}");
    assert!(d.contains("actual: 6.7%"), "{d}");
    assert!(d.contains("from: national-2016-summary.txt"), "{d}");
    assert!(d.contains("match: 0.87 same metric, same unit"), "{d}");
}

#[test]
fn the_targets_quote_is_highlighted_in_the_goal_text() {
    let mut app = app(vec![slot("jiading", jiading_mixed())], 140, 50);
    select_target(&mut app, "专利申请量");
    let buf = render(&app);
    let area = plantrack::tui::view::layout(buf.area).unwrap().detail;
    let mut marked = String::new();
    for y in area.y..area.bottom() {
        for x in area.x..area.right() {
            let cell = &buf[(x, y)];
            if cell.modifier.contains(Modifier::UNDERLINED) && cell.symbol() != " " {
                marked.push_str(cell.symbol());
            }
        }
    }
    // Only the quote, though the text wraps in the middle of it.
    assert_eq!(marked, "专利申请量超5000件");
}

#[test]
fn the_same_metric_across_years_is_charted() {
    let mut app = app(national(), 140, 60);
    select_target(&mut app, "国内生产总值增长率");
    let d = detail_lines(&app);
    assert!(contains(
        &d,
        "国内生产总值增长率 across years (target / actual)"
    ));
    for year in ["2016", "2019", "2021", "2023"] {
        assert!(
            d.iter().any(|l| l.contains(year) && l.contains("target")),
            "{year}: {d:?}"
        );
    }
    // 2021: actual 8.1% is the largest figure, so its bar is the full width.
    let full = "#".repeat(20);
    let line = d
        .iter()
        .find(|l| l.contains("actual 8.1%"))
        .expect("2021 actual");
    assert!(line.contains(&full), "{line}");
}

#[test]
fn a_metric_worded_otherwise_in_another_year_is_charted_too() {
    let mut slots = national();
    let mut plan = corpus_plan("national-2019");
    for t in plan.goals.iter_mut().flat_map(|g| g.targets.iter_mut()) {
        if t.metric == "国内生产总值增长率" {
            t.metric = "GDP增长率".into();
        }
    }
    slots[1] = slot("national-2019", plan);
    let mut app = app(slots, 140, 60);
    select_target(&mut app, "国内生产总值增长率");
    let d = detail_lines(&app);
    assert!(
        d.iter().any(|l| l.contains("2019") && l.contains("target")),
        "{d:?}"
    );
}

#[test]
fn one_plan_alone_has_no_chart() {
    let mut app = app(
        vec![slot("national-2016", corpus_plan("national-2016"))],
        140,
        60,
    );
    select_target(&mut app, "国内生产总值增长率");
    assert!(!contains(&detail_lines(&app), "across years"));
}

#[test]
fn manual_note_and_marker_are_shown() {
    let mut plan = jiading_mixed();
    let t = &mut plan
        .goals
        .iter_mut()
        .find(|g| g.id == "三.3")
        .unwrap()
        .targets[0];
    t.manual = Some(Manual {
        status: Some(Verdict::Met),
        note: "区知识产权局 confirmed 5312 by phone".into(),
    });
    assert_eq!(judge_target(t).verdict, Verdict::Met);
    let mut app = app(vec![slot("jiading", plan)], 140, 50);
    select_target(&mut app, "专利申请量");
    let d = detail_lines(&app).join("\n");
    assert!(
        d.contains("✎ manual: met  区知识产权局 confirmed 5312 by phone"),
        "{d}"
    );
    assert!(
        d.contains("✓ met: manual verdict (computed: unmeasured)"),
        "{d}"
    );
    let tree = tree_lines(&app);
    let row = tree.iter().find(|l| l.contains("专利申请量")).unwrap();
    assert!(row.trim_start().starts_with("✓✎"), "{row}");
}

#[test]
fn detail_pane_scrolls() {
    let mut app = app(national(), 140, 12);
    select_target(&mut app, "国内生产总值增长率");
    let before = detail_lines(&app);
    key(&mut app, crossterm::event::KeyCode::Char('J'));
    let after = detail_lines(&app);
    assert_eq!(before[1], after[0]);
}
