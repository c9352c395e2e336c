//! Number suites through `quantity::find`, scored like the project's number scorer: an
//! expected number is found when a reported quantity overlaps its text and has its
//! value, either as written or after folding the scale in its unit (5000 万 → 5e7),
//! with "85%" read as 85. Where the expected text occurs more than once in a line
//! (12 in 2012年12月12日), any occurrence may carry it.
//!
//! cn2an.jsonl is cn2an's own cases, scored on values alone. extra.jsonl holds cases in
//! the styles of other suites and is scored strictly: a range must carry its ends, an
//! approximate figure (十几家) its `more`, a year or code its trap and an amount none, and
//! no untrapped number may appear where the case expects none.

use plantrack::quantity::{find, units::normalize, Quantity};
use serde_json::Value;

fn expected_value(v: &Value) -> Option<f64> {
    match v {
        Value::Number(n) => n.as_f64(),
        Value::String(s) => s.trim().trim_end_matches('%').parse().ok(),
        _ => None,
    }
}

fn close(a: f64, b: f64) -> bool {
    (a - b).abs() <= 1e-6 * a.abs().max(b.abs()).max(1.0)
}

fn carries(q: &Quantity, value: f64) -> bool {
    [q.value, q.min, q.max]
        .into_iter()
        .flatten()
        .any(|v| close(v, value) || close(normalize(v, &q.unit).0, value))
}

fn same(q: Option<f64>, unit: &str, e: &Value) -> bool {
    match (q, e.as_f64()) {
        (Some(v), Some(want)) => close(normalize(v, unit).0, want),
        _ => false,
    }
}

/// Whether `q` is what the strict suite expects of `e` beyond its value.
fn matches_strictly(q: &Quantity, e: &Value) -> bool {
    let range_ok =
        e["min"].is_null() || (same(q.min, &q.unit, &e["min"]) && same(q.max, &q.unit, &e["max"]));
    let trap_ok = q.trap.is_some() == e["trap"].is_string();
    let more_ok = e["more"] != Value::Bool(true) || q.more;
    let op_ok = e["op"]
        .as_str()
        .is_none_or(|op| serde_json::to_value(q.op).is_ok_and(|v| v == op));
    range_ok && trap_ok && more_ok && op_ok
}

struct Score {
    found: usize,
    total: usize,
    missed: Vec<String>,
    /// Untrapped quantities overlapping no expected text.
    stray: Vec<String>,
}

fn score(suite: &str, strict: bool) -> Score {
    let mut s = Score {
        found: 0,
        total: 0,
        missed: Vec::new(),
        stray: Vec::new(),
    };
    for line in suite.lines().filter(|l| !l.trim().is_empty()) {
        let case: Value = serde_json::from_str(line).expect("suite lines are JSON");
        let input = case["input"].as_str().expect("input is a string");
        let quantities = find(input);
        let expected = case["expected"].as_array().expect("expected is a list");
        let mut covered = Vec::new();
        for e in expected {
            let text = e["text"].as_str().unwrap_or("");
            covered.extend(input.match_indices(text).map(|(s, t)| (s, s + t.len())));
            let value = expected_value(&e["value"]);
            if value.is_none() && !(strict && e["min"].is_number()) {
                continue;
            }
            s.total += 1;
            let fits = |q: &Quantity| {
                value.is_none_or(|v| carries(q, v)) && (!strict || matches_strictly(q, e))
            };
            let hit = input.match_indices(text).any(|(s, t)| {
                let end = s + t.len();
                quantities
                    .iter()
                    .any(|q| q.start < end && q.end > s && fits(q))
            });
            if hit {
                s.found += 1;
            } else {
                s.missed.push(format!("{input} → {e}"));
            }
        }
        s.stray.extend(
            quantities
                .iter()
                .filter(|q| q.trap.is_none())
                .filter(|q| !covered.iter().any(|&(a, b)| q.start < b && q.end > a))
                .map(|q| format!("{input} → {}", q.text)),
        );
    }
    s
}

#[test]
fn finds_the_cn2an_numbers() {
    let s = score(include_str!("fixtures/numbers/cn2an.jsonl"), false);
    assert!(s.total > 250, "the suite has {} scored numbers", s.total);
    let recall = s.found as f64 / s.total as f64;
    eprintln!(
        "cn2an value recall {recall:.3} ({}/{}), missed: {:?}",
        s.found, s.total, s.missed
    );
    assert!(
        recall >= 0.98,
        "recall {recall:.3} ({}/{}); missed: {:#?}",
        s.found,
        s.total,
        s.missed
    );
}

#[test]
fn reads_the_extra_suite_strictly() {
    let s = score(include_str!("fixtures/numbers/extra.jsonl"), true);
    assert!(s.total > 180, "the suite has {} scored numbers", s.total);
    let recall = s.found as f64 / s.total as f64;
    eprintln!("extra strict recall {recall:.3} ({}/{})", s.found, s.total);
    assert!(
        recall >= 0.97,
        "recall {recall:.3} ({}/{}); missed: {:#?}",
        s.found,
        s.total,
        s.missed
    );
    assert!(
        s.stray.is_empty(),
        "numbers where none is expected: {:#?}",
        s.stray
    );
}
