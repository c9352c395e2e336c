//! The cn2an number suite through `quantity::find`, scored like the project's number
//! scorer: an expected number is found when a reported quantity overlaps its text and
//! has its value, either as written or after folding the scale in its unit (5000 万
//! → 5e7), with "85%" read as 85. Where the expected text occurs more than once in a
//! line (12 in 2012年12月12日), any occurrence may carry it.

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

#[test]
fn finds_the_cn2an_numbers() {
    let suite = include_str!("fixtures/numbers/cn2an.jsonl");
    let (mut found, mut total, mut missed) = (0usize, 0usize, Vec::new());
    for line in suite.lines().filter(|l| !l.trim().is_empty()) {
        let case: Value = serde_json::from_str(line).expect("suite lines are JSON");
        let input = case["input"].as_str().expect("input is a string");
        let quantities = find(input);
        for e in case["expected"].as_array().expect("expected is a list") {
            let Some(value) = expected_value(&e["value"]) else {
                continue;
            };
            total += 1;
            let text = e["text"].as_str().unwrap_or("");
            let hit = input.match_indices(text).any(|(s, t)| {
                let end = s + t.len();
                quantities
                    .iter()
                    .any(|q| q.start < end && q.end > s && carries(q, value))
            });
            if hit {
                found += 1;
            } else {
                missed.push(format!("{input} → {text} = {value}"));
            }
        }
    }
    assert!(total > 250, "the suite has {total} scored numbers");
    let recall = found as f64 / total as f64;
    eprintln!("cn2an value recall {recall:.3} ({found}/{total}), missed: {missed:?}");
    assert!(
        recall >= 0.98,
        "recall {recall:.3} ({found}/{total}); missed: {missed:#?}"
    );
}
