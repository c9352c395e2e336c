//! Matching each target of a plan to the actual of a summary that measures it.
//!
//! A pair must count the same thing (metric similarity on characters, synonyms and
//! head nouns), in a compatible unit, with the same scope (yearly vs cumulative) and
//! aspect (growth vs share vs level). A target without a convincing actual stays
//! unmatched: a false `met` is worse than an honest `unmeasured`.

mod assign;
pub use crate::vocab::chinese;
pub mod compare;
pub mod direction;
pub mod metric;
pub mod pair;
pub mod scope;
pub mod similarity;
pub mod synonyms;

pub use assign::{section_affinity, MARGIN, THRESHOLD};

use crate::extract::Item;
use scope::Aspect;
use serde::Serialize;

/// A target's best actual, if any was convincing.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Link {
    pub target: usize,
    pub actual: Option<usize>,
    pub score: f64,
    pub reason: String,
}

/// Match every target to at most one actual: one Link per target, in order.
pub fn match_all(targets: &[Item], actuals: &[Item]) -> Vec<Link> {
    assign::match_all(targets, actuals)
}

/// A plan target with its matched actual, ready to judge. A decline reported against
/// a growth target (or the reverse) enters as a negative change.
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
                value: signed_value(t, a)?,
                unit: a.unit.clone(),
                quote: a.quote.clone(),
                source: source.to_string(),
                metric: a.metric.clone(),
                more: a.more,
                score: None,
                reason: None,
            })
        }),
        manual: None,
    }
}

/// [`to_target`] with the link's score and reason kept on the actual.
pub fn linked_target(
    t: &Item,
    a: Option<&Item>,
    link: &Link,
    source: &str,
) -> crate::model::Target {
    let mut target = to_target(t, a, source);
    if let Some(actual) = target.actual.as_mut() {
        actual.score = Some(link.score);
        actual.reason = Some(link.reason.clone());
    }
    target
}

/// The actual's value in the direction the target counts: "下降4.1%" against
/// "增长8%" is a growth of -4.1%.
fn signed_value(t: &Item, a: &Item) -> Option<f64> {
    let v = a.value?;
    let tf = metric::features(&t.metric, &t.quote);
    let af = metric::features(&a.metric, &a.quote);
    let opposite = matches!(
        (tf.aspect, af.aspect),
        (Some(Aspect::Growth), Some(Aspect::Decline))
            | (Some(Aspect::Decline), Some(Aspect::Growth))
    );
    Some(if opposite && v > 0.0 { -v } else { v })
}
