//! The flattened visible rows of the tree. Fold state is keyed by plan path and goal
//! path id, so it survives reloads; rows are rebuilt only when folds, filter or data change.

use super::filter::Filter;
use super::index::PlanView;
use super::row::{Row, RowKey, RowKind};
use std::collections::{HashMap, HashSet};
use std::path::PathBuf;

/// Which nodes are folded: per plan file, the plan itself and goal ids.
#[derive(Debug, Clone, Default)]
pub struct Folds {
    plans: HashSet<PathBuf>,
    goals: HashMap<PathBuf, HashSet<String>>,
}

impl Folds {
    pub fn is_folded(&self, plans: &[PlanView], row: &Row) -> bool {
        let path = &plans[row.plan].path;
        match row.kind {
            RowKind::Plan => self.plans.contains(path),
            RowKind::Goal(g) => self
                .goals
                .get(path)
                .is_some_and(|s| s.contains(&plans[row.plan].plan.goals[g].id)),
            _ => false,
        }
    }

    /// The folded goal ids of one plan (looked up once per plan, not per goal).
    fn goals_of(&self, plan: &PlanView) -> Option<&HashSet<String>> {
        self.goals.get(&plan.path).filter(|s| !s.is_empty())
    }

    /// Unfold every plan and goal holding a target `filter` shows (and plans with
    /// problems), so the filter's matches are on screen; true when any fold opened.
    pub fn open_to(&mut self, plans: &[PlanView], filter: Filter) -> bool {
        if filter == Filter::All {
            return false;
        }
        let mut opened = false;
        for p in plans {
            if p.admits(0, filter) {
                opened |= self.plans.remove(&p.path);
            }
            if let Some(set) = self.goals.get_mut(&p.path) {
                for (goal, c) in p.plan.goals.iter().zip(&p.counts) {
                    if filter.admits_counts(c) {
                        opened |= set.remove(&goal.id);
                    }
                }
            }
        }
        opened
    }

    pub fn set(&mut self, plans: &[PlanView], row: &Row, folded: bool) {
        let path = plans[row.plan].path.clone();
        match row.kind {
            RowKind::Plan => {
                if folded {
                    self.plans.insert(path);
                } else {
                    self.plans.remove(&path);
                }
            }
            RowKind::Goal(g) => {
                let id = plans[row.plan].plan.goals[g].id.clone();
                let set = self.goals.entry(path).or_default();
                if folded {
                    set.insert(id);
                } else {
                    set.remove(&id);
                }
            }
            _ => {}
        }
    }
}

/// Whether a node has anything to unfold.
pub fn has_children(plans: &[PlanView], row: &Row) -> bool {
    let p = &plans[row.plan];
    let pos = p.pos_of(row.kind);
    matches!(row.kind, RowKind::Plan | RowKind::Goal(_)) && p.node(pos).end as usize > pos + 1
}

/// The rows shown: plans, then goals depth-first with each goal's targets before its
/// sub-goals. `folds = None` walks everything.
pub fn flatten(plans: &[PlanView], folds: Option<&Folds>, filter: Filter) -> Vec<Row> {
    // Every node is an upper bound: one allocation, no regrowth.
    let mut rows = Vec::with_capacity(plans.iter().map(|p| p.layout.nodes.len()).sum());
    for (pi, p) in plans.iter().enumerate() {
        if !p.admits(0, filter) {
            continue;
        }
        rows.push(Row {
            plan: pi,
            kind: RowKind::Plan,
            depth: 0,
        });
        if !folds.is_some_and(|f| f.plans.contains(&p.path)) {
            push_range(p, pi, folds, filter, 1, p.node(0).end as usize, &mut rows);
        }
    }
    rows
}

/// The rows below an unfolded node, as `flatten` would show them: unfolding splices
/// these in and folding drains them, so neither rebuilds the whole tree.
pub fn rows_below(plans: &[PlanView], folds: &Folds, filter: Filter, row: &Row) -> Vec<Row> {
    let p = &plans[row.plan];
    let pos = p.pos_of(row.kind);
    let mut rows = Vec::new();
    let end = p.node(pos).end as usize;
    push_range(p, row.plan, Some(folds), filter, pos + 1, end, &mut rows);
    rows
}

/// The rows of the nodes in `from..to` of one plan, skipping filtered and folded subtrees.
fn push_range(
    p: &PlanView,
    pi: usize,
    folds: Option<&Folds>,
    filter: Filter,
    from: usize,
    to: usize,
    rows: &mut Vec<Row>,
) {
    let folded = folds.and_then(|f| f.goals_of(p));
    let nodes = &p.layout.nodes;
    let mut i = from;
    while i < to {
        let n = &nodes[i];
        if !p.admits(i, filter) {
            i = n.end as usize;
            continue;
        }
        let skip_below = match n.kind {
            RowKind::Goal(g) => folded.is_some_and(|f| f.contains(&p.plan.goals[g].id)),
            _ => false,
        };
        rows.push(Row {
            plan: pi,
            kind: n.kind,
            depth: n.depth,
        });
        i = if skip_below { n.end as usize } else { i + 1 };
    }
}

pub fn key_of(plans: &[PlanView], row: &Row) -> RowKey {
    let p = &plans[row.plan];
    let goal = |g: usize| Some(p.plan.goals[g].id.clone());
    let (goal, target) = match row.kind {
        RowKind::Plan | RowKind::Error => (None, None),
        RowKind::Warning(w) => (None, Some(w)),
        RowKind::Goal(g) => (goal(g), None),
        RowKind::Target(g, t) => (goal(g), Some(t)),
    };
    RowKey {
        path: p.path.clone(),
        goal,
        target,
    }
}

/// The plan index and node position a key names; the plan row's (0) when its goal,
/// target or warning is no longer there.
pub fn locate(plans: &[PlanView], key: &RowKey) -> Option<(usize, usize)> {
    let pi = plans.iter().position(|p| p.path == key.path)?;
    let p = &plans[pi];
    let kind = match (&key.goal, key.target) {
        (None, None) => None,
        (None, Some(w)) => (w < p.warnings.len()).then_some(RowKind::Warning(w)),
        (Some(id), t) => p
            .plan
            .goals
            .iter()
            .position(|g| &g.id == id)
            .and_then(|g| match t {
                None => Some(RowKind::Goal(g)),
                Some(t) => (t < p.plan.goals[g].targets.len()).then_some(RowKind::Target(g, t)),
            }),
    };
    Some((pi, kind.map_or(0, |k| p.pos_of(k))))
}

/// The row of node `pos` of plan `pi`, or else the nearest row above it in the same
/// plan (its parent when it is folded or filtered away); none when the plan has no rows.
/// Rows come grouped by plan, each plan's in node order, so this is a binary search.
pub fn row_at(plans: &[PlanView], rows: &[Row], pi: usize, pos: usize) -> Option<usize> {
    let start = rows.partition_point(|r| r.plan < pi);
    let end = start + rows[start..].partition_point(|r| r.plan == pi);
    if start == end {
        return None;
    }
    let p = &plans[pi];
    let after = rows[start..end].partition_point(|r| p.pos_of(r.kind) <= pos);
    Some(start + after.saturating_sub(1))
}

/// The row with this key, or else the nearest row above where it was, or none.
pub fn find(plans: &[PlanView], rows: &[Row], key: &RowKey) -> Option<usize> {
    let (pi, pos) = locate(plans, key)?;
    row_at(plans, rows, pi, pos)
}
