//! Plan -> file -> Plan, on a real plan built from the Jiading 2014 seed document.

use plantrack::model::{Actual, Goal, Manual, Op, Plan, PlanMeta, Target, Verdict};
use plantrack::store;
use std::path::{Path, PathBuf};

const SEED: &str = "tests/fixtures/seeds/001_b9eb083d6560eb72.txt";

fn target(metric: &str, op: Op, value: f64, unit: &str, quote: &str) -> Target {
    Target {
        metric: metric.into(),
        op,
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

/// A few goals of the seed plan, as its gold annotation reads them.
fn jiading_plan() -> Plan {
    let mut incubators = target("新增孵化器", Op::Ge, 8.0, "家", "全年新增孵化器8家");
    incubators.actual = Some(Actual {
        value: 10.0,
        unit: "家".into(),
        quote: "全年新增孵化器10余家".into(),
        source: "sources/jiading-2014-plan.txt".into(),
        metric: "新增孵化器".into(),
        more: true,
        score: Some(0.91),
        reason: Some("same metric 新增孵化器, same unit".into()),
    });
    let mut patents = target("专利申请量", Op::Gt, 5000.0, "件", "专利申请量超5000件");
    patents.manual = Some(Manual {
        status: Some(Verdict::Met),
        note: "confirmed 5312 by phone".into(),
    });
    let mut one_three = goal("一.3", "深入推进大孵化器建设", vec![incubators]);
    one_three.text = "贯彻区创业投资大孵化器战略。全年新增孵化器8家。".into();
    Plan {
        meta: PlanMeta {
            title: "2014年嘉定区科技和信息化工作要点".into(),
            issuer: "上海市嘉定区科学技术委员会".into(),
            year: 2014,
            source: Some("sources/jiading-2014-plan.txt".into()),
            summary: None,
            source_url: None,
            doc_number: Some("嘉科[2014]1号".into()),
            published: Some("2014-01-27".into()),
        },
        goals: vec![
            goal("一", "聚焦以张江嘉定园为核心的创新载体建设", vec![]),
            one_three,
            goal("二", "聚焦产学研用深入合作", vec![]),
            goal(
                "二.2",
                "强化产学研用合作平台建设",
                vec![
                    target(
                        "产学研合作对接项目",
                        Op::Ge,
                        480.0,
                        "项",
                        "完成产学研合作对接项目\u{a0}480项",
                    ),
                    target(
                        "产学研合作协议",
                        Op::Ge,
                        135.0,
                        "项",
                        "达成产学研合作协议\u{a0}135项",
                    ),
                ],
            ),
            goal("三", "聚焦企业创新主体培育", vec![]),
            goal(
                "三.3",
                "推进知识产权发展战略应用",
                vec![
                    patents,
                    target("专利授权量", Op::Gt, 3000.0, "件", "专利授权量超3000件"),
                ],
            ),
        ],
    }
}

/// A folder holding the seed document under sources/, as a plan folder would.
fn plan_folder() -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir(dir.path().join("sources")).unwrap();
    std::fs::copy(SEED, dir.path().join("sources/jiading-2014-plan.txt")).unwrap();
    let plan = dir.path().join("jiading-2014.toml");
    (dir, plan)
}

#[test]
fn the_plan_quotes_are_real_substrings_of_the_seed() {
    let doc = store::read_document(Path::new(SEED)).unwrap();
    for g in &jiading_plan().goals {
        for t in &g.targets {
            assert!(doc.text.contains(&t.quote), "{} not in the seed", t.quote);
        }
    }
}

#[test]
fn a_written_plan_loads_back_equal_and_checks_clean() {
    let (_dir, path) = plan_folder();
    let plan = jiading_plan();
    store::write_plan(&path, &plan).unwrap();
    assert_eq!(store::load_plan(&path).unwrap(), plan);
    let problems = store::check_plan(&path);
    assert!(problems.is_empty(), "{problems:?}");
}

#[test]
fn a_new_file_is_written_in_stable_readable_order() {
    let (_dir, path) = plan_folder();
    store::write_plan(&path, &jiading_plan()).unwrap();
    let text = std::fs::read_to_string(&path).unwrap();
    assert_eq!(text, store::plan_to_toml(&jiading_plan()));
    let headers: Vec<&str> = text.lines().filter(|l| l.starts_with('[')).collect();
    assert_eq!(
        &headers[..5],
        &[
            "[plan]",
            "[[goal]]",
            "[[goal]]",
            "[[goal.target]]",
            "[goal.target.actual]"
        ]
    );
    // Whole figures read as written in the document, dates as TOML dates.
    assert!(text.contains("value = 8\n"), "{text}");
    assert!(text.contains("published = 2014-01-27\n"), "{text}");
    assert!(text.contains("status = \"met\"\n"), "{text}");
    // The computed verdict is never stored.
    assert!(!text.lines().any(|l| l.starts_with("verdict")));
}

#[test]
fn ranges_fractions_and_bare_manual_notes_survive_the_round_trip() {
    let (_dir, path) = plan_folder();
    let mut plan = jiading_plan();
    plan.goals[1].targets.push(Target {
        metric: "新增高新技术企业".into(),
        op: Op::Range,
        min: Some(20.0),
        max: Some(25.0),
        unit: "家".into(),
        quote: "新增高新技术企业 20-25 家".into(),
        manual: Some(Manual {
            status: None,
            note: "ask the district".into(),
        }),
        ..Target::default()
    });
    plan.goals[3].targets[0].value = Some(2.5);
    store::write_plan(&path, &plan).unwrap();
    assert_eq!(store::load_plan(&path).unwrap(), plan);
}

#[test]
fn goal_line_points_at_the_goal_header() {
    let (_dir, path) = plan_folder();
    store::write_plan(&path, &jiading_plan()).unwrap();
    let text = std::fs::read_to_string(&path).unwrap();
    let line = store::goal_line(&path, "三.3").unwrap();
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(lines[line - 1], "[[goal]]");
    assert_eq!(lines[line], "id = \"三.3\"");
    assert_eq!(store::goal_line(&path, "九"), None);
}

#[test]
fn the_documented_example_is_a_valid_plan() {
    let doc = std::fs::read_to_string("docs/plan-format.md").unwrap();
    let example = doc
        .split("```toml\n")
        .nth(1)
        .and_then(|rest| rest.split("```").next())
        .unwrap();
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("example.toml");
    std::fs::write(&path, example).unwrap();
    let f = store::PlanFile::open(&path).unwrap();
    let plan = f.plan();
    assert_eq!(plan.goals.len(), 4);
    assert_eq!(
        plan.goals[1].targets[0].actual.as_ref().unwrap().value,
        10.0
    );
    assert_eq!(
        plan.goals[3].targets[0].manual.as_ref().unwrap().status,
        Some(Verdict::Met)
    );
    // Its documents are not in the temp folder: warnings, not errors.
    assert_eq!(f.warnings().len(), 2);
}
