//! The real binary on plan files written by the store: every format, filters, exit codes, diff.

mod support;

use plantrack::judge::{plan_counts, Counts};
use plantrack::model::{Manual, Plan, Verdict};
use plantrack::store;
use serde_json::Value;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

/// The fixture plans as plan files in a fresh folder. Targets before the first heading
/// get the goal id "0", since a plan file needs an id on every goal.
fn plan_dir() -> (tempfile::TempDir, Vec<(PathBuf, Plan)>) {
    let dir = tempfile::tempdir().unwrap();
    let mut written = Vec::new();
    for (name, mut plan) in support::all_plans() {
        plan.meta.source = None;
        plan.meta.summary = None;
        for g in plan.goals.iter_mut().filter(|g| g.id.is_empty()) {
            g.id = "0".into();
        }
        let stem = name.file_stem().unwrap().to_string_lossy().into_owned();
        let path = dir.path().join(format!("{stem}.toml"));
        store::write_plan(&path, &plan).unwrap();
        written.push((path, plan));
    }
    (dir, written)
}

fn run(args: &[&str], dir: &Path) -> Output {
    Command::new(env!("CARGO_BIN_EXE_plantrack"))
        .args(args)
        .current_dir(dir)
        .env_remove("NO_COLOR")
        .output()
        .unwrap()
}

fn stdout(o: &Output) -> String {
    assert!(
        o.stderr.is_empty(),
        "{}",
        String::from_utf8_lossy(&o.stderr)
    );
    String::from_utf8(o.stdout.clone()).unwrap()
}

fn totals(plans: &[(PathBuf, Plan)]) -> Counts {
    let mut c = Counts::default();
    plans.iter().for_each(|(_, p)| c.merge(plan_counts(p)));
    c
}

#[test]
fn json_from_plan_files_matches_the_judge() {
    let (dir, plans) = plan_dir();
    let o = run(&["report", ".", "--format", "json"], dir.path());
    assert_eq!(o.status.code(), Some(0));
    let v: Value = serde_json::from_str(&stdout(&o)).unwrap();
    let c = totals(&plans);
    assert_eq!(
        v["counts"],
        serde_json::json!({"met": c.met, "missed": c.missed, "unmeasured": c.unmeasured})
    );
    let listed: usize = v["plans"]
        .as_array()
        .unwrap()
        .iter()
        .flat_map(|p| p["goals"].as_array().unwrap())
        .map(|g| g["targets"].as_array().unwrap().len())
        .sum();
    assert_eq!(listed, c.total());
    assert_eq!(v["plans"].as_array().unwrap().len(), plans.len());
}

#[test]
fn default_folder_is_plans_and_text_has_no_colour_off_a_terminal() {
    let (dir, plans) = plan_dir();
    let empty = tempfile::tempdir().unwrap();
    std::fs::create_dir(empty.path().join("plans")).unwrap();
    let o = run(&["report"], empty.path());
    assert_eq!(o.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&o.stderr).contains("no plan files in plans"));
    let nested = tempfile::tempdir().unwrap();
    std::fs::rename(dir.path(), nested.path().join("plans")).unwrap();
    let text = stdout(&run(&["report"], nested.path()));
    assert!(!text.contains('\x1b'));
    for (_, p) in &plans {
        assert!(text.contains(&format!("{} · {}", p.meta.issuer, p.meta.year)));
    }
    assert!(text.contains("issuer \\ year"));
}

#[test]
fn csv_and_markdown_list_every_target() {
    let (dir, plans) = plan_dir();
    let total = totals(&plans).total();
    let csv = stdout(&run(&["report", ".", "--format", "csv"], dir.path()));
    assert_eq!(support::csv_records(&csv).len(), total + 1);
    let md = stdout(&run(&["report", ".", "--format", "markdown"], dir.path()));
    assert!(md.contains("| --- |"));
    let labels = ["✓ met", "✗ missed", "? unmeasured"];
    let rows = md
        .lines()
        .filter(|l| l.split(" | ").nth(4).is_some_and(|c| labels.contains(&c)))
        .count();
    assert_eq!(rows, total);
}

#[test]
fn status_missed_and_fail_on_missed() {
    let (dir, plans) = plan_dir();
    let missed = totals(&plans).missed;
    assert!(missed > 0);
    let o = run(
        &[
            "report",
            ".",
            "--status",
            "missed",
            "--format",
            "csv",
            "--fail-on",
            "missed",
        ],
        dir.path(),
    );
    assert_eq!(o.status.code(), Some(1));
    let rows = support::csv_records(&stdout(&o));
    let status = plantrack::report::csv::HEADER
        .iter()
        .position(|h| *h == "status")
        .unwrap();
    assert_eq!(rows.len() - 1, missed);
    assert!(rows[1..].iter().all(|r| r[status] == "missed"));
    // Without the flag, or with no missed target listed, the exit code is 0.
    assert_eq!(
        run(&["report", ".", "--status", "missed"], dir.path())
            .status
            .code(),
        Some(0)
    );
    let national = run(
        &["report", ".", "--issuer", "国务院", "--fail-on", "missed"],
        dir.path(),
    );
    assert_eq!(national.status.code(), Some(0));
}

#[test]
fn a_manual_verdict_in_the_file_wins() {
    let (dir, plans) = plan_dir();
    let (path, plan) = plans
        .iter()
        .find(|(p, _)| p.ends_with("shanghai-2023.toml"))
        .unwrap();
    let (gi, goal) = plan
        .goals
        .iter()
        .enumerate()
        .find(|(_, g)| {
            g.targets
                .iter()
                .any(|t| plantrack::judge::compute(t).verdict == Verdict::Missed)
        })
        .unwrap();
    let ti = goal
        .targets
        .iter()
        .position(|t| plantrack::judge::compute(t).verdict == Verdict::Missed)
        .unwrap();
    let manual = Manual {
        status: Some(Verdict::Met),
        note: "按可比口径".into(),
    };
    let r = store::TargetRef {
        goal: plan.goals[gi].id.clone(),
        index: ti,
    };
    store::set_manual(path, &r, Some(&manual)).unwrap();
    let o = run(
        &[
            "report",
            "shanghai-2023.toml",
            "--format",
            "json",
            "--fail-on",
            "missed",
        ],
        dir.path(),
    );
    assert_eq!(o.status.code(), Some(0));
    let v: Value = serde_json::from_str(&stdout(&o)).unwrap();
    let t = &v["plans"][0]["goals"]
        .as_array()
        .unwrap()
        .iter()
        .find(|g| g["id"] == r.goal.as_str())
        .unwrap()["targets"][ti];
    assert_eq!(
        (&t["status"], &t["manual"], &t["note"]),
        (
            &Value::from("met"),
            &Value::from(true),
            &Value::from("按可比口径")
        )
    );
}

#[test]
fn diff_two_national_plans() {
    let (dir, _) = plan_dir();
    let o = run(
        &[
            "diff",
            "national-2021.toml",
            "national-2023.toml",
            "--format",
            "json",
        ],
        dir.path(),
    );
    assert_eq!(o.status.code(), Some(0));
    let v: Value = serde_json::from_str(&stdout(&o)).unwrap();
    assert_eq!(
        v["counts"],
        serde_json::json!({"raised": 1, "lowered": 1, "added": 0, "dropped": 1, "carried": 3})
    );
    let text = stdout(&run(
        &["diff", "national-2019.toml", "national-2021.toml"],
        dir.path(),
    ));
    assert!(text.contains("added (1)") && text.contains("dropped (2)"));
}

#[test]
fn errors_are_one_sentence_and_exit_2() {
    let (dir, _) = plan_dir();
    std::fs::write(dir.path().join("broken.toml"), "[plan]\nyear = \"soon\"\n").unwrap();
    let o = run(&["report", "."], dir.path());
    assert_eq!(o.status.code(), Some(2));
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(
        err.starts_with("plantrack: ") && err.contains("broken.toml"),
        "{err}"
    );
    let o = run(&["report", ".", "--format", "toml"], dir.path());
    assert_eq!(o.status.code(), Some(2));
}
