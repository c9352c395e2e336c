//! In-place edits keep what people wrote: comments, order, hand edits, manual
//! verdicts and hand-written actuals; a re-run with the same input changes nothing.

use plantrack::model::{Actual, Goal, Manual, Op, Plan, PlanMeta, Target, Verdict};
use plantrack::store::{self, TargetRef};
use std::path::{Path, PathBuf};

fn target(metric: &str, value: f64, unit: &str, quote: &str) -> Target {
    Target {
        metric: metric.into(),
        op: Op::Ge,
        value: Some(value),
        unit: unit.into(),
        quote: quote.into(),
        ..Target::default()
    }
}

fn goal(id: &str, title: &str, targets: Vec<Target>) -> Goal {
    Goal {
        id: id.into(),
        title: title.into(),
        text: String::new(),
        targets,
    }
}

fn plan() -> Plan {
    Plan {
        meta: PlanMeta {
            title: "2014年嘉定区科技和信息化工作要点".into(),
            issuer: "上海市嘉定区科学技术委员会".into(),
            year: 2014,
            ..PlanMeta::default()
        },
        goals: vec![
            goal("一", "聚焦以张江嘉定园为核心的创新载体建设", vec![]),
            goal(
                "一.3",
                "深入推进大孵化器建设",
                vec![target("新增孵化器", 8.0, "家", "全年新增孵化器8家")],
            ),
            goal("三", "聚焦企业创新主体培育", vec![]),
            goal(
                "三.3",
                "推进知识产权发展战略应用",
                vec![
                    target("专利申请量", 5000.0, "件", "专利申请量超5000件"),
                    target("专利授权量", 3000.0, "件", "专利授权量超3000件"),
                ],
            ),
        ],
    }
}

fn actual(value: f64, quote: &str) -> Actual {
    Actual {
        value,
        unit: "家".into(),
        quote: quote.into(),
        source: "sources/jiading-2014-summary.txt".into(),
        metric: "新增孵化器".into(),
        score: Some(0.9),
        reason: Some("same metric".into()),
        ..Actual::default()
    }
}

fn at(goal: &str, index: usize) -> TargetRef {
    TargetRef {
        goal: goal.into(),
        index,
    }
}

/// A plan file as a reviewer left it: written by plantrack, then edited by hand.
fn hand_edited() -> (tempfile::TempDir, PathBuf, String) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("jiading-2014.toml");
    let text = store::plan_to_toml(&plan())
        .replace(
            "title = \"深入推进大孵化器建设\"",
            "title = \"大孵化器建设（改）\"  # shortened by hand",
        )
        .replace(
            "[[goal]]\nid = \"三\"",
            "# 三 is the part the bureau cares about\n[[goal]]\nid = \"三\"",
        )
        .replace(
            "quote = \"专利授权量超3000件\"",
            "quote = \"专利授权量超3000件\"\nstatus = \"missed\"\nnote = \"only 2890 granted\"",
        );
    let text = format!("{text}\n# trailing remark\n");
    std::fs::write(&path, &text).unwrap();
    (dir, path, text)
}

fn read(path: &Path) -> String {
    std::fs::read_to_string(path).unwrap()
}

#[test]
fn reimporting_the_same_plan_leaves_a_hand_edited_file_byte_identical() {
    let (_dir, path, before) = hand_edited();
    store::write_plan(&path, &plan()).unwrap();
    assert_eq!(read(&path), before);
}

#[test]
fn reimport_adds_new_goals_in_place_and_keeps_every_hand_edit() {
    let (_dir, path, before) = hand_edited();
    let mut newer = plan();
    newer.goals.insert(
        2,
        goal(
            "一.4",
            "新的目标",
            vec![target("新增众创空间", 5.0, "个", "新增众创空间5个")],
        ),
    );
    newer.goals[4]
        .targets
        .push(target("PCT申请", 50.0, "件", "PCT申请50件"));
    // The import would overwrite nothing it finds already in the file.
    newer.goals[4].targets[1].value = Some(9999.0);
    store::write_plan(&path, &newer).unwrap();
    let after = read(&path);
    for line in before.lines() {
        assert!(after.contains(line), "lost line {line:?}\n{after}");
    }
    let (new_goal, next_goal) = (
        after.find("id = \"一.4\"").unwrap(),
        after.find("id = \"三\"").unwrap(),
    );
    assert!(new_goal < next_goal, "new goal not after 一.3:\n{after}");
    assert!(after.find("全年新增孵化器8家").unwrap() < new_goal);
    let loaded = store::load_plan(&path).unwrap();
    let ids: Vec<&str> = loaded.goals.iter().map(|g| g.id.as_str()).collect();
    assert_eq!(ids, ["一", "一.3", "一.4", "三", "三.3"]);
    let patents = &loaded.goals[4].targets;
    assert_eq!(patents.len(), 3);
    assert_eq!(patents[1].value, Some(3000.0));
    assert_eq!(
        patents[1].manual.as_ref().unwrap().status,
        Some(Verdict::Missed)
    );
    assert_eq!(patents[2].quote, "PCT申请50件");
    // Running it again changes nothing.
    store::write_plan(&path, &newer).unwrap();
    assert_eq!(read(&path), after);
}

#[test]
fn setting_then_clearing_a_manual_verdict_restores_the_file() {
    let (_dir, path, before) = hand_edited();
    let manual = Manual {
        status: Some(Verdict::Met),
        note: "区知识产权局 confirmed 5312 by phone".into(),
    };
    store::set_manual(&path, &at("三.3", 0), Some(&manual)).unwrap();
    let after = read(&path);
    let loaded = store::load_plan(&path).unwrap();
    assert_eq!(loaded.goals[3].targets[0].manual.as_ref(), Some(&manual));
    assert_eq!(after.lines().count(), before.lines().count() + 2);
    store::set_manual(&path, &at("三.3", 0), Some(&manual)).unwrap();
    assert_eq!(read(&path), after);
    store::set_manual(&path, &at("三.3", 0), None).unwrap();
    assert_eq!(read(&path), before);
}

#[test]
fn a_reviewer_can_change_an_existing_verdict_and_keep_its_comment() {
    let (_dir, path, before) = hand_edited();
    let text = before.replace(
        "status = \"missed\"",
        "status = \"missed\"  # per the 2015 report",
    );
    std::fs::write(&path, &text).unwrap();
    let manual = Manual {
        status: Some(Verdict::Unmeasured),
        note: "only 2890 granted".into(),
    };
    store::set_manual(&path, &at("三.3", 1), Some(&manual)).unwrap();
    assert!(read(&path).contains("status = \"unmeasured\"  # per the 2015 report"));
}

#[test]
fn actuals_are_written_once_replaced_in_place_and_cleared() {
    let (_dir, path, before) = hand_edited();
    let first = [(at("一.3", 0), Some(actual(10.0, "新增孵化器10家")))];
    store::write_actuals(&path, &first).unwrap();
    let once = read(&path);
    assert!(
        once.contains("[goal.target.actual]\nvalue = 10\n"),
        "{once}"
    );
    store::write_actuals(&path, &first).unwrap();
    assert_eq!(read(&path), once, "second identical run changed the file");

    // A reviewer's comment on the value line survives a new figure.
    std::fs::write(&path, once.replace("value = 10\n", "value = 10  # seen\n")).unwrap();
    let second = [(at("一.3", 0), Some(actual(12.0, "新增孵化器12家")))];
    store::write_actuals(&path, &second).unwrap();
    let replaced = read(&path);
    assert!(replaced.contains("value = 12  # seen\n"), "{replaced}");
    assert!(replaced.contains("quote = \"新增孵化器12家\""));
    assert!(!replaced.contains("新增孵化器10家"));

    store::write_actuals(&path, &[(at("一.3", 0), None)]).unwrap();
    assert_eq!(read(&path), before);
}

#[test]
fn hand_written_actuals_and_manual_verdicts_are_never_overwritten() {
    let (_dir, path, before) = hand_edited();
    let text = before.replace(
        "note = \"only 2890 granted\"",
        "note = \"only 2890 granted\"\n\n[goal.target.actual]\nvalue = 2890\nunit = \"件\"\nsource = \"manual\"",
    );
    assert_ne!(text, before);
    std::fs::write(&path, &text).unwrap();
    let tool = [
        (at("三.3", 1), Some(actual(3100.0, "专利授权3100件"))),
        (at("三.3", 0), Some(actual(5312.0, "专利申请5312件"))),
    ];
    store::write_actuals(&path, &tool).unwrap();
    store::write_actuals(&path, &[(at("三.3", 1), None)]).unwrap();
    let loaded = store::load_plan(&path).unwrap();
    let granted = &loaded.goals[3].targets[1];
    assert_eq!(granted.actual.as_ref().unwrap().value, 2890.0);
    assert_eq!(
        granted.manual.as_ref().unwrap().status,
        Some(Verdict::Missed)
    );
    assert_eq!(
        loaded.goals[3].targets[0].actual.as_ref().unwrap().value,
        5312.0
    );

    // Re-importing a plan that carries actuals goes through the same rule.
    let mut reimport = plan();
    reimport.goals[3].targets[1].actual = Some(actual(1.0, "x"));
    store::write_plan(&path, &reimport).unwrap();
    let granted = &store::load_plan(&path).unwrap().goals[3].targets[1];
    assert_eq!(granted.actual.as_ref().unwrap().value, 2890.0);
}

#[test]
fn an_unknown_target_is_refused_and_nothing_is_written() {
    let (_dir, path, before) = hand_edited();
    let batch = [
        (at("一.3", 0), Some(actual(10.0, "新增孵化器10家"))),
        (at("一.3", 5), Some(actual(1.0, "x"))),
    ];
    let err = store::write_actuals(&path, &batch).unwrap_err().to_string();
    assert!(err.contains("has no target #6"), "{err}");
    let err = store::set_manual(&path, &at("九", 0), None)
        .unwrap_err()
        .to_string();
    assert!(err.contains("no goal with id `九`"), "{err}");
    assert_eq!(read(&path), before);
}

#[test]
fn a_figure_quoted_at_more_length_by_a_newer_reading_is_the_target_already_there() {
    let (_dir, path, before) = hand_edited();
    let mut newer = plan();
    // A newer release quotes more of the sentence around the same two figures, and
    // reads a new one.
    newer.goals[3].targets[1].quote = "全年专利授权量超3000件".into();
    newer.goals[1].targets[0].quote = "新增孵化器8".into();
    newer.goals[3].targets.push(target(
        "专利授权量",
        3100.0,
        "件",
        "专利授权量超3000件，其中3100件",
    ));
    store::write_plan(&path, &newer).unwrap();
    let after = read(&path);
    // The reviewer's verdict stays on the target it was given to, under its old quote,
    // and no second target for the same figure appears.
    assert!(
        after.contains("quote = \"专利授权量超3000件\"\nstatus = \"missed\""),
        "{after}"
    );
    assert!(!after.contains("全年专利授权量超3000件"), "{after}");
    assert!(!after.contains("quote = \"新增孵化器8\""), "{after}");
    // A figure of another value is a target of its own, even where its quote holds an old one.
    assert!(after.contains("其中3100件"), "{after}");
    assert_eq!(
        after.matches("[[goal.target]]").count(),
        before.matches("[[goal.target]]").count() + 1
    );
}
