//! Two plans of one issuer side by side: which targets were added, dropped, raised,
//! lowered or carried over. Targets are paired by metric, most similar first.

mod render;
pub mod similar;

pub use render::{render_json, render_text};
pub use similar::similarity;

use crate::model::{Op, Plan, Target};
use crate::quantity::units::normalize;
use std::cmp::Ordering;

/// Metrics at least this alike (bigram Dice) count as the same promise. High enough that
/// 国内生产总值增长率 and 单位国内生产总值能耗降幅 (0.56) stay apart.
pub const MATCH_THRESHOLD: f64 = 0.6;

/// What became of a promise from one plan to the next, in the order a report lists them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Change {
    Raised,
    Lowered,
    Added,
    Dropped,
    Carried,
}

impl Change {
    pub const ALL: [Change; 5] = [
        Change::Raised,
        Change::Lowered,
        Change::Added,
        Change::Dropped,
        Change::Carried,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Change::Raised => "raised",
            Change::Lowered => "lowered",
            Change::Added => "added",
            Change::Dropped => "dropped",
            Change::Carried => "carried",
        }
    }

    pub fn heading(self) -> &'static str {
        match self {
            Change::Raised => "raised",
            Change::Lowered => "lowered",
            Change::Added => "added",
            Change::Dropped => "dropped",
            Change::Carried => "carried over",
        }
    }
}

/// One target's fate: `before` from the earlier plan, `after` from the later one.
#[derive(Debug, Clone, PartialEq)]
pub struct Entry<'a> {
    pub change: Change,
    pub before: Option<&'a Target>,
    pub after: Option<&'a Target>,
    /// Metric similarity of a matched pair (0 when unmatched).
    pub similarity: f64,
}

/// The entries of `a` → `b`, grouped by change, each group in the order of the later plan
/// (dropped ones in the order of the earlier plan).
pub fn diff<'a>(a: &'a Plan, b: &'a Plan) -> Vec<Entry<'a>> {
    let ta: Vec<&Target> = a.goals.iter().flat_map(|g| &g.targets).collect();
    let tb: Vec<&Target> = b.goals.iter().flat_map(|g| &g.targets).collect();
    let mut pairs: Vec<(f64, usize, usize)> = Vec::new();
    for (i, x) in ta.iter().enumerate() {
        for (j, y) in tb.iter().enumerate() {
            let s = similarity(&x.metric, &y.metric);
            if s >= MATCH_THRESHOLD {
                pairs.push((s, i, j));
            }
        }
    }
    // Best pairs first; ties keep document order so the result is stable.
    pairs.sort_by(|p, q| q.0.total_cmp(&p.0).then((p.1, p.2).cmp(&(q.1, q.2))));
    let mut match_a: Vec<Option<(usize, f64)>> = vec![None; ta.len()];
    let mut match_b: Vec<Option<(usize, f64)>> = vec![None; tb.len()];
    for (s, i, j) in pairs {
        if match_a[i].is_none() && match_b[j].is_none() {
            match_a[i] = Some((j, s));
            match_b[j] = Some((i, s));
        }
    }
    let mut entries: Vec<(Change, usize, Entry)> = Vec::new();
    for (j, after) in tb.iter().enumerate() {
        let entry = match match_b[j] {
            Some((i, s)) => Entry {
                change: compare(ta[i], after),
                before: Some(ta[i]),
                after: Some(after),
                similarity: s,
            },
            None => Entry {
                change: Change::Added,
                before: None,
                after: Some(after),
                similarity: 0.0,
            },
        };
        entries.push((entry.change, j, entry));
    }
    for (i, before) in ta.iter().enumerate() {
        if match_a[i].is_none() {
            let e = Entry {
                change: Change::Dropped,
                before: Some(before),
                after: None,
                similarity: 0.0,
            };
            entries.push((Change::Dropped, i, e));
        }
    }
    entries.sort_by_key(|(c, pos, _)| (*c, *pos));
    entries.into_iter().map(|(_, _, e)| e).collect()
}

/// Raised or lowered when both figures are known in the same unit (after 万/亿 folding);
/// otherwise the promise is carried over.
pub fn compare(before: &Target, after: &Target) -> Change {
    let level = |t: &Target| t.threshold().map(|v| normalize(v, &t.unit));
    let (Some((x, ux)), Some((y, uy))) = (level(before), level(after)) else {
        return Change::Carried;
    };
    if ux != uy {
        return Change::Carried;
    }
    let ord = match cmp(x, y) {
        // Same floor: a range whose ceiling moved still changed its promise.
        Ordering::Equal if before.op == Op::Range && after.op == Op::Range => {
            match (before.max, after.max) {
                (Some(p), Some(q)) => {
                    cmp(normalize(p, &before.unit).0, normalize(q, &after.unit).0)
                }
                _ => Ordering::Equal,
            }
        }
        o => o,
    };
    match ord {
        Ordering::Less => Change::Raised,
        Ordering::Greater => Change::Lowered,
        Ordering::Equal => Change::Carried,
    }
}

fn cmp(x: f64, y: f64) -> Ordering {
    if (x - y).abs() <= 1e-9 * x.abs().max(y.abs()) {
        Ordering::Equal
    } else {
        x.total_cmp(&y)
    }
}
