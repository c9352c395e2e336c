//! Every report format on real plans (built from the gold fixtures), checked against the judge.

mod support;

use plantrack::judge::{plan_counts, Counts};
use plantrack::model::{Manual, Verdict};
use plantrack::report::{self, csv, json, markdown, text, Filter, Options};
use serde_json::Value;
use std::collections::BTreeSet;

fn opts(filter: Filter) -> Options {
    Options {
        filter,
        color: false,
    }
}

fn listed_targets(v: &Value) -> Vec<&Value> {
    v["plans"]
        .as_array()
        .unwrap()
        .iter()
        .flat_map(|p| p["goals"].as_array().unwrap())
        .flat_map(|g| g["targets"].as_array().unwrap())
        .collect()
}

fn count_of(targets: &[&Value], status: &str) -> u64 {
    targets.iter().filter(|t| t["status"] == status).count() as u64
}

fn keys(v: &Value) -> BTreeSet<&str> {
    v.as_object().unwrap().keys().map(String::as_str).collect()
}

fn set(words: &[&'static str]) -> BTreeSet<&'static str> {
    words.iter().copied().collect()
}

#[test]
fn json_counts_equal_the_targets_listed_and_the_judge() {
    let plans = support::all_plans();
    let v = json::render(&plans, &Options::default());
    let targets = listed_targets(&v);
    let mut judged = Counts::default();
    plans.iter().for_each(|(_, p)| judged.merge(plan_counts(p)));
    assert_eq!(targets.len(), judged.total());
    for (status, n) in [
        ("met", judged.met),
        ("missed", judged.missed),
        ("unmeasured", judged.unmeasured),
    ] {
        assert!(n > 0, "the fixtures should show {status} targets");
        assert_eq!(v["counts"][status], n as u64);
        assert_eq!(count_of(&targets, status), n as u64);
    }
    for p in v["plans"].as_array().unwrap() {
        let ts: Vec<&Value> = p["goals"]
            .as_array()
            .unwrap()
            .iter()
            .flat_map(|g| g["targets"].as_array().unwrap())
            .collect();
        for status in ["met", "missed", "unmeasured"] {
            assert_eq!(
                p["counts"][status].as_u64().unwrap(),
                count_of(&ts, status),
                "{}",
                p["file"]
            );
        }
    }
}

#[test]
fn json_has_the_documented_shape() {
    let plans = support::corpus_plans();
    let v = json::render(&plans, &Options::default());
    assert_eq!(keys(&v), set(&["counts", "plans"]));
    assert_eq!(keys(&v["counts"]), set(&["met", "missed", "unmeasured"]));
    let mut with_actual = 0;
    for p in v["plans"].as_array().unwrap() {
        assert_eq!(
            keys(p),
            set(&["file", "title", "issuer", "year", "counts", "goals"])
        );
        for g in p["goals"].as_array().unwrap() {
            assert_eq!(keys(g), set(&["id", "title", "status", "targets"]));
            for t in g["targets"].as_array().unwrap() {
                let expected = [
                    "metric", "op", "value", "min", "max", "unit", "quote", "status", "manual",
                    "note", "actual",
                ];
                assert_eq!(keys(t), set(&expected));
                if !t["actual"].is_null() {
                    with_actual += 1;
                    assert_eq!(
                        keys(&t["actual"]),
                        set(&["value", "unit", "quote", "source"])
                    );
                    assert!(t["actual"]["value"].is_number());
                }
            }
        }
    }
    assert!(with_actual > 0);
    // A range keeps its bounds; a figure as written (8, not 8.0).
    let pudong = &v["plans"]
        .as_array()
        .unwrap()
        .iter()
        .find(|p| p["file"] == "corpus/pudong-2022.toml")
        .unwrap();
    let range = listed_targets(&serde_json::json!({"plans": [pudong]}))
        .into_iter()
        .find(|t| t["op"] == "range")
        .cloned()
        .unwrap();
    assert!(range["min"].is_number() && range["max"].is_number());
}

#[test]
fn csv_has_a_header_and_one_row_per_target() {
    let plans = support::all_plans();
    let out = csv::render(&plans, &Options::default());
    let records = support::csv_records(&out);
    let total: usize = plans.iter().map(|(_, p)| plan_counts(p).total()).sum();
    assert_eq!(
        records[0],
        csv::HEADER
            .iter()
            .map(|s| s.to_string())
            .collect::<Vec<_>>()
    );
    assert_eq!(records.len() - 1, total);
    assert!(records.iter().all(|r| r.len() == csv::HEADER.len()));
    // Quotes with line breaks survive quoting.
    let col = |name: &str| csv::HEADER.iter().position(|h| *h == name).unwrap();
    assert!(records
        .iter()
        .any(|r| r[col("actual_quote")].contains('\n')));
    let judged = support::judged(&plans);
    for (r, (file, quote, verdict)) in records[1..].iter().zip(&judged) {
        assert_eq!((&r[col("file")], &r[col("quote")]), (file, quote));
        assert_eq!(r[col("status")], verdict.as_str());
    }
}

#[test]
fn markdown_has_one_table_row_per_target() {
    let plans = support::corpus_plans();
    let out = markdown::render(&plans, &Options::default());
    assert!(out.contains("| goal | metric | target | actual | verdict |"));
    assert!(out.contains("| --- | --- |"));
    let total: usize = plans.iter().map(|(_, p)| plan_counts(p).total()).sum();
    let labels = ["✓ met", "✗ missed", "? unmeasured"];
    let rows = out
        .lines()
        .filter(|l| l.starts_with("| "))
        .filter(|l| l.split(" | ").nth(4).is_some_and(|c| labels.contains(&c)))
        .count();
    assert_eq!(rows, total);
    // A line break inside a quote must not break the table.
    assert!(out.contains("<br>"));
}

#[test]
fn status_missed_lists_exactly_the_missed_targets() {
    let plans = support::all_plans();
    let missed = opts(Filter {
        statuses: vec![Verdict::Missed],
        ..Filter::default()
    });
    let v = json::render(&plans, &missed);
    let listed: BTreeSet<(String, String)> = v["plans"]
        .as_array()
        .unwrap()
        .iter()
        .flat_map(|p| {
            let file = p["file"].as_str().unwrap().to_string();
            p["goals"]
                .as_array()
                .unwrap()
                .iter()
                .flat_map(|g| g["targets"].as_array().unwrap())
                .map(move |t| (file.clone(), t["quote"].as_str().unwrap().to_string()))
        })
        .collect();
    let expected: BTreeSet<(String, String)> = support::judged(&plans)
        .into_iter()
        .filter(|(_, _, v)| *v == Verdict::Missed)
        .map(|(f, q, _)| (f, q))
        .collect();
    assert!(!expected.is_empty());
    assert_eq!(listed, expected);
    assert_eq!(v["counts"]["missed"], expected.len() as u64);
    assert_eq!(v["counts"]["met"], 0);
    // Plans without a missed target are left out.
    assert!(v["plans"]
        .as_array()
        .unwrap()
        .iter()
        .all(|p| p["counts"]["missed"].as_u64() > Some(0)));
    let csv_rows = support::csv_records(&csv::render(&plans, &missed)).len() - 1;
    assert_eq!(csv_rows, expected.len());
}

#[test]
fn statuses_repeat_and_plans_filter_by_issuer_and_year() {
    let plans = support::all_plans();
    let both = opts(Filter {
        statuses: vec![Verdict::Met, Verdict::Unmeasured],
        ..Filter::default()
    });
    let v = json::render(&plans, &both);
    assert_eq!(v["counts"]["missed"], 0);
    let judged = support::judged(&plans);
    let n = judged
        .iter()
        .filter(|(_, _, v)| *v != Verdict::Missed)
        .count();
    assert_eq!(listed_targets(&v).len(), n);

    let national = json::render(
        &plans,
        &opts(Filter {
            issuer: Some("国务院".into()),
            ..Filter::default()
        }),
    );
    let issuers: Vec<&Value> = national["plans"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| &p["issuer"])
        .collect();
    assert_eq!(issuers.len(), 4);
    assert!(issuers.iter().all(|i| *i == "国务院"));

    let y2023 = json::render(
        &plans,
        &opts(Filter {
            year: Some(2023),
            ..Filter::default()
        }),
    );
    let years: Vec<i64> = y2023["plans"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p["year"].as_i64().unwrap())
        .collect();
    let expected = plans.iter().filter(|(_, p)| p.meta.year == 2023).count();
    assert_eq!(years.len(), expected);
    assert!(years.iter().all(|y| *y == 2023));
}

#[test]
fn fail_on_missed_sees_only_listed_targets() {
    let plans = support::all_plans();
    assert!(report::any_missed(&report::select(
        &plans,
        &Filter::default()
    )));
    let national = Filter {
        issuer: Some("国务院".into()),
        ..Filter::default()
    };
    assert!(!report::any_missed(&report::select(&plans, &national)));
}

#[test]
fn a_manual_verdict_wins_and_is_marked_in_every_format() {
    let mut plans = support::corpus_plans();
    let (_, plan) = plans
        .iter_mut()
        .find(|(f, _)| f.ends_with("shanghai-2023.toml"))
        .unwrap();
    let t = plan
        .goals
        .iter_mut()
        .flat_map(|g| &mut g.targets)
        .find(|t| plantrack::judge::compute(t).verdict == Verdict::Missed)
        .unwrap();
    t.manual = Some(Manual {
        status: Some(Verdict::Met),
        note: "目标按可比口径核定".into(),
    });
    let quote = t.quote.clone();
    let v = json::render(&plans, &Options::default());
    let t = listed_targets(&v)
        .into_iter()
        .find(|t| t["quote"] == quote.as_str())
        .unwrap();
    assert_eq!(
        (&t["status"], &t["manual"], &t["note"]),
        (
            &Value::from("met"),
            &Value::from(true),
            &Value::from("目标按可比口径核定")
        )
    );
    assert!(text::render(&plans, &Options::default()).contains("✎ manual: 目标按可比口径核定"));
    assert!(markdown::render(&plans, &Options::default()).contains("✎ 目标按可比口径核定"));
    assert!(csv::render(&plans, &Options::default()).contains(",met,true,目标按可比口径核定,"));
}
