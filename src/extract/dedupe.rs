//! A document often states a figure twice (a lead paragraph, then the list; a
//! headline, then the text). The restatement is dropped, keeping the statement
//! whose metric is plainest.

use super::Item;
use crate::link::metric::features;
use crate::quantity::units::normalize;

fn same_figure(a: &Item, b: &Item) -> bool {
    let norm = |v: Option<f64>, u: &str| v.map(|v| normalize(v, u));
    a.op == b.op
        && norm(a.value, &a.unit) == norm(b.value, &b.unit)
        && norm(a.min, &a.unit) == norm(b.min, &b.unit)
        && norm(a.max, &a.unit) == norm(b.max, &b.unit)
        && normalize(1.0, &a.unit).1 == normalize(1.0, &b.unit).1
}

/// The same metric, however phrased: one core (synonyms folded) holds the other.
/// Only near-identity counts: a summary lists many like figures of different things.
fn same_metric(a: &Item, b: &Item) -> bool {
    let (fa, fb) = (features(&a.metric, &a.quote), features(&b.metric, &b.quote));
    !fa.core.is_empty()
        && !fb.core.is_empty()
        && fa.scope == fb.scope
        && fa.aspect == fb.aspect
        && (fa.core.contains(&fb.core) || fb.core.contains(&fa.core))
}

/// Drop every item that restates an earlier one (same figure, same metric), keeping
/// the earlier unless the later says it more plainly (the earlier's metric holds the
/// later's: a lead sentence before the list); items of a table row are never merged.
pub fn drop_restatements(items: &mut Vec<Item>) {
    let mut keep = vec![true; items.len()];
    for i in 0..items.len() {
        for j in i + 1..items.len() {
            if !keep[i] || !keep[j] || items[i].row.is_some() || items[j].row.is_some() {
                continue;
            }
            if same_figure(&items[i], &items[j]) && same_metric(&items[i], &items[j]) {
                let plainer_later = items[i].metric != items[j].metric
                    && items[i].metric.contains(items[j].metric.as_str());
                let drop = if plainer_later { i } else { j };
                keep[drop] = false;
            }
        }
    }
    let mut k = keep.into_iter();
    items.retain(|_| k.next().unwrap_or(true));
}
