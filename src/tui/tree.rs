//! The flattened visible rows of the tree. Fold state is keyed by plan path and goal
//! path id, so it survives reloads; rows are rebuilt only when folds, filter or data change.

use super::app::Filter;
use super::index::PlanView;
use std::collections::{HashMap, HashSet};
use std::path::PathBuf;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RowKind {
    Plan,
    /// A plan file that failed to load.
    Error,
    Goal(usize),
    Target(usize, usize),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Row {
    pub plan: usize,
    pub kind: RowKind,
    pub depth: u16,
}

/// A row's identity across reloads.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct RowKey {
    pub path: PathBuf,
    pub goal: Option<String>,
    pub target: Option<usize>,
}

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
    match row.kind {
        RowKind::Plan => !p.roots.is_empty() || p.error.is_some(),
        RowKind::Goal(g) => !p.children[g].is_empty() || !p.plan.goals[g].targets.is_empty(),
        _ => false,
    }
}

/// The rows shown: plans, then goals depth-first with each goal's targets before its
/// sub-goals. `folds = None` walks everything (search looks inside folded nodes).
pub fn flatten(plans: &[PlanView], folds: Option<&Folds>, filter: Filter) -> Vec<Row> {
    let mut rows = Vec::new();
    for pi in 0..plans.len() {
        let plan_row = Row {
            plan: pi,
            kind: RowKind::Plan,
            depth: 0,
        };
        rows.push(plan_row);
        if !folds.is_some_and(|f| f.plans.contains(&plans[pi].path)) {
            push_below(plans, folds, filter, &plan_row, &mut rows);
        }
    }
    rows
}

/// The rows below an unfolded node, as `flatten` would show them: unfolding splices
/// these in and folding drains them, so neither rebuilds the whole tree.
pub fn rows_below(plans: &[PlanView], folds: &Folds, filter: Filter, row: &Row) -> Vec<Row> {
    let mut rows = Vec::new();
    push_below(plans, Some(folds), filter, row, &mut rows);
    rows
}

fn push_below(
    plans: &[PlanView],
    folds: Option<&Folds>,
    filter: Filter,
    row: &Row,
    rows: &mut Vec<Row>,
) {
    let pi = row.plan;
    let p = &plans[pi];
    // An explicit stack: a deeply nested outline must not overflow the call stack.
    let mut stack: Vec<(usize, u16)> = match row.kind {
        RowKind::Plan if p.error.is_some() => {
            rows.push(Row {
                plan: pi,
                kind: RowKind::Error,
                depth: 1,
            });
            return;
        }
        RowKind::Plan => p.roots.iter().rev().map(|&g| (g, 1)).collect(),
        RowKind::Goal(g) => {
            push_targets(p, pi, g, row.depth + 1, filter, rows);
            p.children[g]
                .iter()
                .rev()
                .map(|&c| (c, row.depth + 1))
                .collect()
        }
        _ => return,
    };
    let folded_goals = folds.and_then(|f| f.goals_of(p));
    while let Some((g, depth)) = stack.pop() {
        if !filter.admits_counts(&p.counts[g]) {
            continue;
        }
        rows.push(Row {
            plan: pi,
            kind: RowKind::Goal(g),
            depth,
        });
        if folded_goals.is_some_and(|f| f.contains(&p.plan.goals[g].id)) {
            continue;
        }
        push_targets(p, pi, g, depth + 1, filter, rows);
        stack.extend(p.children[g].iter().rev().map(|&c| (c, depth + 1)));
    }
}

fn push_targets(
    p: &PlanView,
    pi: usize,
    g: usize,
    depth: u16,
    filter: Filter,
    rows: &mut Vec<Row>,
) {
    for (t, j) in p.judgements[g].iter().enumerate() {
        if filter.admits(j.verdict) {
            rows.push(Row {
                plan: pi,
                kind: RowKind::Target(g, t),
                depth,
            });
        }
    }
}

pub fn key_of(plans: &[PlanView], row: &Row) -> RowKey {
    let p = &plans[row.plan];
    let goal = |g: usize| Some(p.plan.goals[g].id.clone());
    let (goal, target) = match row.kind {
        RowKind::Plan | RowKind::Error => (None, None),
        RowKind::Goal(g) => (goal(g), None),
        RowKind::Target(g, t) => (goal(g), Some(t)),
    };
    RowKey {
        path: p.path.clone(),
        goal,
        target,
    }
}

/// The row with this key, or else the first row of the same plan, or none.
/// Rows come grouped by plan in plan order, so only that plan's rows are scanned.
pub fn find(plans: &[PlanView], rows: &[Row], key: &RowKey) -> Option<usize> {
    let pi = plans.iter().position(|p| p.path == key.path)?;
    let start = rows.partition_point(|r| r.plan < pi);
    let end = start + rows[start..].partition_point(|r| r.plan == pi);
    if start == end {
        return None;
    }
    let exact = rows[start..end]
        .iter()
        .position(|r| key_of_matches(plans, r, key));
    Some(start + exact.unwrap_or(0))
}

fn key_of_matches(plans: &[PlanView], row: &Row, key: &RowKey) -> bool {
    let p = &plans[row.plan];
    let id = |g: usize| Some(p.plan.goals[g].id.as_str());
    match row.kind {
        RowKind::Plan | RowKind::Error => key.goal.is_none(),
        RowKind::Goal(g) => key.target.is_none() && key.goal.as_deref() == id(g),
        RowKind::Target(g, t) => key.target == Some(t) && key.goal.as_deref() == id(g),
    }
}
