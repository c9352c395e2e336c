//! Incremental search over plan labels, goal ids, titles and text, and target quotes
//! and metrics, including nodes inside folds.

use super::app::Filter;
use super::index::PlanView;
use super::tree::{self, Row, RowKey, RowKind};

/// Whether a row's own text contains `query` (case-insensitive for Latin letters).
pub fn row_matches(plans: &[PlanView], row: &Row, query: &str) -> bool {
    if query.is_empty() {
        return false;
    }
    let q = query.to_lowercase();
    // Chinese has no case: skip lowercasing every field unless the query has letters.
    let cased = q.chars().any(|c| c.is_lowercase() || c.is_uppercase());
    let has = |s: &str| {
        if cased {
            s.to_lowercase().contains(&q)
        } else {
            s.contains(&q)
        }
    };
    let p = &plans[row.plan];
    match row.kind {
        RowKind::Plan => has(&p.label()) || has(&p.plan.meta.title),
        RowKind::Error => p.error.as_deref().is_some_and(has),
        RowKind::Goal(g) => {
            let goal = &p.plan.goals[g];
            has(&goal.id) || has(&goal.title) || has(&goal.text)
        }
        RowKind::Target(g, t) => {
            let target = &p.plan.goals[g].targets[t];
            has(&target.quote) || has(&target.metric)
        }
    }
}

/// The next (or previous) node matching `query` after `from`, wrapping around;
/// `include_from` lets the node itself match (typing refines the current hit).
/// The row is one of the unfolded tree: reveal it before selecting.
pub fn find(
    plans: &[PlanView],
    filter: Filter,
    from: Option<&RowKey>,
    query: &str,
    forward: bool,
    include_from: bool,
) -> Option<Row> {
    let all = tree::flatten(plans, None, filter);
    if all.is_empty() {
        return None;
    }
    let start = from.and_then(|k| tree::find(plans, &all, k)).unwrap_or(0);
    let n = all.len();
    let first = if include_from { 0 } else { 1 };
    (first..=n)
        .map(|step| {
            if forward {
                (start + step) % n
            } else {
                (start + n - step % n) % n
            }
        })
        .find(|&i| row_matches(plans, &all[i], query))
        .map(|i| all[i])
}
