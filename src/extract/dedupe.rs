//! A document often states a figure twice (a lead paragraph, then the list; a
//! headline, then the text). The restatement is dropped, keeping the statement
//! whose metric is plainest.

use super::Item;
use crate::link::metric::{features as metric_features, Features};
use crate::quantity::units::normalize;
use std::collections::HashMap;

/// What makes two items the same figure: the comparison, and the values and base unit
/// with scales folded (1亿元 = 10000万元). Only items with one key need comparing.
fn figure_key(a: &Item) -> String {
    let norm = |v: Option<f64>| {
        v.map(|v| normalize(v, &a.unit).0)
            .map(|v| if v == 0.0 { 0.0 } else { v }) // -0.0 == 0.0
            .map(f64::to_bits)
    };
    format!(
        "{:?} {:?} {:?} {:?} {}",
        a.op,
        norm(a.value),
        norm(a.min),
        norm(a.max),
        normalize(1.0, &a.unit).1
    )
}

/// The same metric, however phrased: one core (synonyms folded) holds the other and
/// is at least half as long. Only near-identity counts: a summary lists many like
/// figures of different things ("区科技小巨人企业10家" is not "10家企业").
fn same_metric(fa: &Features, fb: &Features) -> bool {
    let (short, long) = if fa.core.len() <= fb.core.len() {
        (&fa.core, &fb.core)
    } else {
        (&fb.core, &fa.core)
    };
    let (s, l) = (short.chars().count(), long.chars().count());
    s >= 2
        && 2 * s >= l
        && fa.scope == fb.scope
        && fa.aspect == fb.aspect
        && long.contains(short.as_str())
}

/// Drop every item that restates an earlier one (same figure, same metric), keeping
/// the earlier unless the later says it more plainly (the earlier's metric holds the
/// later's: a lead sentence before the list); items of a table row are never merged.
pub fn drop_restatements(items: &mut Vec<Item>) {
    let mut keep = vec![true; items.len()];
    let mut groups: HashMap<String, Vec<usize>> = HashMap::new();
    for (i, item) in items.iter().enumerate() {
        if item.row.is_none() {
            groups.entry(figure_key(item)).or_default().push(i);
        }
    }
    // Pairs in the order a scan of all pairs would meet them, so the result is the same.
    let mut groups: Vec<Vec<usize>> = groups.into_values().filter(|g| g.len() > 1).collect();
    groups.sort_by_key(|g| g[0]);
    let mut features: Vec<Option<Features>> = vec![None; items.len()];
    for &i in groups.iter().flatten() {
        features[i] = Some(metric_features(&items[i].metric, &items[i].quote));
    }
    for group in &groups {
        for (n, &i) in group.iter().enumerate() {
            for &j in &group[n + 1..] {
                if !keep[i] || !keep[j] {
                    continue;
                }
                let (Some(fi), Some(fj)) = (&features[i], &features[j]) else {
                    continue;
                };
                if same_metric(fi, fj) {
                    let plainer_later = items[i].metric != items[j].metric
                        && items[i].metric.contains(items[j].metric.as_str());
                    let drop = if plainer_later { i } else { j };
                    keep[drop] = false;
                }
            }
        }
    }
    let mut k = keep.into_iter();
    items.retain(|_| k.next().unwrap_or(true));
}

#[cfg(test)]
mod tests {
    use super::*;

    fn item(metric: &str, value: f64, unit: &str) -> Item {
        Item {
            quote: format!("{metric}{value}{unit}"),
            metric: metric.into(),
            value: Some(value),
            unit: unit.into(),
            ..Item::default()
        }
    }

    #[test]
    fn a_restated_figure_is_dropped_whatever_its_scale_word() {
        let mut items = vec![
            item("全社会研发投入", 1.0, "亿元"),
            item("新增高新技术企业", 20.0, "家"),
            item("全社会研发投入", 10000.0, "万元"),
            item("新增孵化器", 20.0, "家"),
        ];
        drop_restatements(&mut items);
        let kept: Vec<&str> = items.iter().map(|i| i.quote.as_str()).collect();
        assert_eq!(
            kept,
            [
                "全社会研发投入1亿元",
                "新增高新技术企业20家",
                "新增孵化器20家"
            ]
        );
    }
}
