use super::*;
use crate::model::{Actual, Goal, Manual};

fn target(op: Op, value: f64, unit: &str, metric: &str) -> Target {
    Target {
        metric: metric.into(),
        op,
        value: Some(value),
        unit: unit.into(),
        quote: format!("{metric}{value}{unit}"),
        ..Target::default()
    }
}

fn with_actual(mut t: Target, value: f64, unit: &str) -> Target {
    t.actual = Some(Actual {
        value,
        unit: unit.into(),
        quote: "q".into(),
        ..Actual::default()
    });
    t
}

#[test]
fn ge_met_at_threshold_and_missed_below() {
    let t = target(Op::Ge, 20.0, "家", "新认定高新技术企业");
    assert_eq!(
        compute(&with_actual(t.clone(), 20.0, "家")).verdict,
        Verdict::Met
    );
    assert_eq!(
        compute(&with_actual(t, 19.0, "家")).verdict,
        Verdict::Missed
    );
}

#[test]
fn gt_needs_strictly_more() {
    let t = target(Op::Gt, 5000.0, "件", "专利申请量");
    assert_eq!(
        compute(&with_actual(t.clone(), 5000.0, "件")).verdict,
        Verdict::Missed
    );
    assert_eq!(compute(&with_actual(t, 5312.0, "件")).verdict, Verdict::Met);
}

#[test]
fn le_and_lt_are_ceilings() {
    let le = target(Op::Le, 3.0, "%", "赤字率");
    assert_eq!(
        compute(&with_actual(le.clone(), 3.0, "%")).verdict,
        Verdict::Met
    );
    assert_eq!(compute(&with_actual(le, 3.2, "%")).verdict, Verdict::Missed);
    let lt = target(Op::Lt, 5.0, "%", "失业率");
    assert_eq!(compute(&with_actual(lt, 5.0, "%")).verdict, Verdict::Missed);
}

#[test]
fn range_is_met_once_the_minimum_is_reached() {
    let t = Target {
        op: Op::Range,
        value: None,
        min: Some(20.0),
        max: Some(25.0),
        unit: "家".into(),
        ..Target::default()
    };
    assert_eq!(
        compute(&with_actual(t.clone(), 21.0, "家")).verdict,
        Verdict::Met
    );
    assert_eq!(
        compute(&with_actual(t.clone(), 63.0, "家")).verdict,
        Verdict::Met
    );
    assert_eq!(
        compute(&with_actual(t, 19.0, "家")).verdict,
        Verdict::Missed
    );
}

#[test]
fn approx_follows_the_metric_direction_with_a_band() {
    let growth = target(Op::Approx, 6.5, "%", "国内生产总值增长");
    assert_eq!(
        compute(&with_actual(growth.clone(), 6.7, "%")).verdict,
        Verdict::Met
    );
    assert_eq!(
        compute(&with_actual(growth.clone(), 6.3, "%")).verdict,
        Verdict::Met,
        "within 5%"
    );
    assert_eq!(
        compute(&with_actual(growth, 6.0, "%")).verdict,
        Verdict::Missed
    );
    let cpi = target(Op::Approx, 3.0, "%", "居民消费价格涨幅");
    assert_eq!(
        compute(&with_actual(cpi.clone(), 2.0, "%")).verdict,
        Verdict::Met
    );
    assert_eq!(
        compute(&with_actual(cpi, 3.5, "%")).verdict,
        Verdict::Missed
    );
}

#[test]
fn money_compares_after_unit_normalisation() {
    let t = target(Op::Ge, 3.0, "亿元", "引进内资");
    let j = compute(&with_actual(t.clone(), 31000.0, "万元"));
    assert_eq!(j.verdict, Verdict::Met);
    assert!((j.ratio.unwrap() - 31000.0 / 30000.0).abs() < 1e-9);
    assert_eq!(
        compute(&with_actual(t, 2.9, "亿元")).verdict,
        Verdict::Missed
    );
}

#[test]
fn unit_clash_and_missing_actual_are_unmeasured() {
    let t = target(Op::Ge, 20.0, "家", "新增企业");
    let clash = compute(&with_actual(t.clone(), 25.0, "%"));
    assert_eq!(clash.verdict, Verdict::Unmeasured);
    assert!(clash.reason.contains("unit clash"));
    assert_eq!(compute(&t).reason, "not reported");
}

#[test]
fn manual_status_wins_and_is_marked() {
    let mut t = with_actual(target(Op::Ge, 20.0, "家", "新增企业"), 10.0, "家");
    assert_eq!(judge_target(&t).verdict, Verdict::Missed);
    t.manual = Some(Manual {
        status: Some(Verdict::Met),
        note: "confirmed by phone".into(),
    });
    let j = judge_target(&t);
    assert_eq!(j.verdict, Verdict::Met);
    assert!(j.manual);
}

#[test]
fn goals_roll_up_over_descendants() {
    let met = with_actual(target(Op::Ge, 1.0, "家", "a"), 2.0, "家");
    let missed = with_actual(target(Op::Ge, 5.0, "家", "b"), 2.0, "家");
    let open = target(Op::Ge, 5.0, "家", "c");
    let goal = |id: &str, targets: Vec<Target>| Goal {
        id: id.into(),
        targets,
        ..Goal::default()
    };
    let plan = Plan {
        goals: vec![
            goal("一", vec![]),
            goal("一.1", vec![met.clone(), open.clone()]),
            goal("一.2", vec![missed]),
            goal("二", vec![open]),
            goal("二十", vec![met]),
        ],
        ..Plan::default()
    };
    let counts = goal_counts(&plan);
    assert_eq!(
        counts[0],
        Counts {
            met: 1,
            missed: 1,
            unmeasured: 1
        }
    );
    assert_eq!(counts[0].verdict(), Verdict::Missed);
    assert_eq!(counts[1].verdict(), Verdict::Met);
    assert_eq!(
        counts[3].verdict(),
        Verdict::Unmeasured,
        "二 must not swallow 二十"
    );
    assert_eq!(plan_counts(&plan).total(), 5);
}

#[test]
fn a_roll_up_is_met_only_when_every_target_is_measured() {
    let c = |met, missed, unmeasured| Counts {
        met,
        missed,
        unmeasured,
    };
    // national-2016: two met, three not reported.
    assert_eq!(c(2, 0, 3).rollup(), Rollup::Partial);
    assert_eq!(c(2, 0, 3).rollup_label(), "◒ 2/5 measured");
    assert_eq!(c(5, 0, 0).rollup_label(), "✓ 5/5 measured");
    assert_eq!(c(1, 1, 9).rollup_label(), "✗ 2/11 measured");
    assert_eq!(c(0, 0, 3).rollup_label(), "? 0/3 measured");
    assert_eq!(c(0, 0, 0).rollup_label(), "? no targets");
    // The marks stay one cell wide beside CJK text.
    for r in [
        Rollup::Met,
        Rollup::Missed,
        Rollup::Partial,
        Rollup::Unmeasured,
    ] {
        assert_eq!(unicode_width::UnicodeWidthStr::width_cjk(r.mark()), 1);
    }
}

#[test]
fn an_actual_said_as_more_than_the_value_passes_a_more_than_target() {
    let more = |t: Target| {
        let mut t = with_actual(t, 100.0, "亿元");
        if let Some(a) = t.actual.as_mut() {
            a.more = true;
        }
        t
    };
    let gt = target(Op::Gt, 100.0, "亿元", "税收收入");
    assert_eq!(compute(&more(gt.clone())).verdict, Verdict::Met);
    assert_eq!(
        compute(&with_actual(gt, 100.0, "亿元")).verdict,
        Verdict::Missed
    );
    let ceiling = target(Op::Le, 100.0, "亿元", "债务余额");
    assert_eq!(compute(&more(ceiling)).verdict, Verdict::Missed);
}
