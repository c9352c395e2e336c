//! `diff` on real plans of one issuer: the national targets of consecutive reports.

mod support;

use plantrack::model::Plan;
use plantrack::report::diff::{diff, render_json, render_text, Change, Entry};
use std::path::Path;

fn metrics(entries: &[Entry], change: Change) -> Vec<String> {
    entries
        .iter()
        .filter(|e| e.change == change)
        .map(|e| e.after.or(e.before).unwrap().metric.clone())
        .collect()
}

fn every_target_once(a: &Plan, b: &Plan, entries: &[Entry]) {
    let count = |p: &Plan| p.goals.iter().map(|g| g.targets.len()).sum::<usize>();
    assert_eq!(
        entries.iter().filter(|e| e.before.is_some()).count(),
        count(a)
    );
    assert_eq!(
        entries.iter().filter(|e| e.after.is_some()).count(),
        count(b)
    );
}

#[test]
fn national_2021_to_2023_raised_lowered_dropped_carried() {
    let (a, b) = (
        support::corpus_plan("national-2021"),
        support::corpus_plan("national-2023"),
    );
    let entries = diff(&a, &b);
    every_target_once(&a, &b, &entries);
    assert_eq!(metrics(&entries, Change::Raised), ["城镇新增就业"]);
    assert_eq!(metrics(&entries, Change::Lowered), ["国内生产总值增长率"]);
    assert_eq!(
        metrics(&entries, Change::Dropped),
        ["单位国内生产总值能耗降幅"]
    );
    assert!(metrics(&entries, Change::Added).is_empty());
    assert_eq!(
        metrics(&entries, Change::Carried),
        ["城镇调查失业率", "居民消费价格涨幅", "粮食产量"]
    );
}

#[test]
fn national_2019_to_2021_added_and_quietly_dropped() {
    let (a, b) = (
        support::corpus_plan("national-2019"),
        support::corpus_plan("national-2021"),
    );
    let entries = diff(&a, &b);
    every_target_once(&a, &b, &entries);
    assert_eq!(metrics(&entries, Change::Added), ["粮食产量"]);
    assert_eq!(
        metrics(&entries, Change::Dropped),
        ["城镇登记失业率", "农村贫困人口减少"]
    );
    // 1100萬人 (traditional script) and 1100万人 are the same promise.
    assert!(metrics(&entries, Change::Carried).contains(&"城镇新增就业".to_string()));
}

#[test]
fn text_and_json_agree() {
    let (a, b) = (
        support::corpus_plan("national-2021"),
        support::corpus_plan("national-2023"),
    );
    let entries = diff(&a, &b);
    let (sa, sb) = ((Path::new("a.toml"), &a), (Path::new("b.toml"), &b));
    let v = render_json(sa, sb, &entries);
    let changes = v["changes"].as_array().unwrap();
    assert_eq!(changes.len(), entries.len());
    for c in Change::ALL {
        let n = changes.iter().filter(|x| x["change"] == c.as_str()).count();
        assert_eq!(v["counts"][c.as_str()], n as u64);
    }
    let dropped = changes.iter().find(|x| x["change"] == "dropped").unwrap();
    assert!(dropped["after"].is_null() && dropped["before"]["quote"].is_string());
    assert_eq!(
        (&v["a"]["year"], &v["b"]["year"]),
        (&2021.into(), &2023.into())
    );
    let text = render_text(sa, sb, &entries, false);
    assert!(text.contains("1 raised · 1 lowered · 0 added · 1 dropped · 3 carried over"));
    assert!(text.contains("lowered (1)"));
    let lowered = text
        .lines()
        .skip_while(|l| *l != "lowered (1)")
        .nth(1)
        .unwrap();
    assert!(
        lowered.contains("国内生产总值增长率")
            && lowered.contains("≥ 6%")
            && lowered.contains("≈ 5%")
    );
}
