//! One loaded plan with everything derived from it cached: the goal tree's shape,
//! each target's judgement, and the roll-up counts of every goal.
//! A manual verdict updates the counts along one ancestor chain, not the whole plan.

use super::filter::Filter;
use super::haystack::Haystack;
use super::nodes::{self, Layout, Node};
use super::row::RowKind;
use crate::judge::{judge_target, worst_first, Counts, Judgement};
use crate::model::{parent_id, Manual, Plan};
use std::cell::OnceCell;
use std::collections::HashMap;
use std::path::PathBuf;

/// A plan file as the loader found it: the plan, or why it could not be read.
#[derive(Debug, Clone)]
pub struct PlanSlot {
    pub path: PathBuf,
    pub plan: Result<Plan, String>,
    /// Problems that did not stop the plan from loading (a missing source document).
    pub warnings: Vec<String>,
}

impl PlanSlot {
    /// A plan loaded without warnings.
    pub fn new(path: impl Into<PathBuf>, plan: Plan) -> Self {
        PlanSlot {
            path: path.into(),
            plan: Ok(plan),
            warnings: Vec::new(),
        }
    }
}

#[derive(Debug, Clone)]
pub struct PlanView {
    pub path: PathBuf,
    pub plan: Plan,
    /// Why the file could not be loaded; `plan` is then empty.
    pub error: Option<String>,
    pub warnings: Vec<String>,
    pub judgements: Vec<Vec<Judgement>>,
    /// The parent of each goal: the latest earlier goal holding its nearest ancestor id.
    pub parent: Vec<Option<usize>>,
    pub children: Vec<Vec<usize>>,
    pub roots: Vec<usize>,
    /// Counts of each goal's own and descendant targets.
    pub counts: Vec<Counts>,
    pub total: Counts,
    /// Every node in display order; see [`nodes`].
    pub layout: Layout,
    /// The search text, built at the first search.
    haystack: OnceCell<Haystack>,
}

impl PlanView {
    pub fn new(slot: PlanSlot) -> Self {
        let (plan, error, warnings) = match slot.plan {
            Ok(p) => (p, None, slot.warnings),
            Err(e) => (Plan::default(), Some(e), Vec::new()),
        };
        let n = plan.goals.len();
        let judgements: Vec<Vec<Judgement>> = plan
            .goals
            .iter()
            .map(|g| g.targets.iter().map(judge_target).collect())
            .collect();
        // A heading's parent precedes it in the document; with duplicate ids (a combined
        // summary + plan repeats 一, 二) the nearest earlier one is the parent.
        let mut latest: HashMap<&str, usize> = HashMap::with_capacity(n);
        let mut parent = Vec::with_capacity(n);
        for (i, g) in plan.goals.iter().enumerate() {
            let mut up = parent_id(&g.id);
            let mut found = None;
            while let Some(id) = up {
                if let Some(&p) = latest.get(id) {
                    found = Some(p);
                    break;
                }
                up = parent_id(id);
            }
            parent.push(found);
            latest.insert(g.id.as_str(), i);
        }
        let mut children = vec![Vec::new(); n];
        let mut roots = Vec::new();
        for (i, p) in parent.iter().enumerate() {
            match p {
                Some(p) => children[*p].push(i),
                None => roots.push(i),
            }
        }
        let mut counts: Vec<Counts> = judgements
            .iter()
            .map(|js| {
                let mut c = Counts::default();
                js.iter().for_each(|j| c.add(j.verdict));
                c
            })
            .collect();
        // Parents precede children, so a reverse sweep completes each child before its parent.
        for i in (0..n).rev() {
            if let Some(p) = parent[i] {
                let c = counts[i];
                counts[p].merge(c);
            }
        }
        let mut total = Counts::default();
        roots.iter().for_each(|&r| total.merge(counts[r]));
        let targets: Vec<usize> = plan.goals.iter().map(|g| g.targets.len()).collect();
        let layout = nodes::layout(error.is_some(), warnings.len(), &roots, &children, &targets);
        PlanView {
            path: slot.path,
            plan,
            error,
            warnings,
            judgements,
            parent,
            children,
            roots,
            counts,
            total,
            layout,
            haystack: OnceCell::new(),
        }
    }

    /// A row's position in [`Layout::nodes`].
    pub fn pos_of(&self, kind: RowKind) -> usize {
        let l = &self.layout;
        match kind {
            RowKind::Plan => 0,
            RowKind::Error => 1,
            RowKind::Warning(w) => l.first_warning as usize + w,
            RowKind::Goal(g) => l.goal_pos[g] as usize,
            RowKind::Target(g, t) => l.goal_pos[g] as usize + 1 + t,
        }
    }

    pub fn node(&self, pos: usize) -> &Node {
        &self.layout.nodes[pos]
    }

    /// Whether the node at `pos` shows under `filter` (its ancestors then show too:
    /// a goal's counts include everything below it). A filter shows only what matches,
    /// so a plan with no matching target goes, unless it has problems: filters hide
    /// targets, not why a plan's targets may be missing.
    pub fn admits(&self, pos: usize, filter: Filter) -> bool {
        match self.layout.nodes[pos].kind {
            RowKind::Plan => self.has_problems() || filter.admits_counts(&self.total),
            RowKind::Error | RowKind::Warning(_) => true,
            RowKind::Goal(g) => filter.admits_counts(&self.counts[g]),
            RowKind::Target(g, t) => filter.admits(self.judgements[g][t].verdict),
        }
    }

    /// The file failed to load, or loaded with warnings.
    pub fn has_problems(&self) -> bool {
        self.error.is_some() || !self.warnings.is_empty()
    }

    /// The search text of every node, built at the first search.
    pub fn haystack(&self) -> &Haystack {
        self.haystack.get_or_init(|| {
            let label = self.label();
            Haystack::build(
                &self.layout.nodes,
                &self.plan,
                &label,
                self.error.as_deref(),
                &self.warnings,
            )
        })
    }

    /// The positions of the targets with verdict `v`, in order.
    pub fn targets_with(&self, v: crate::model::Verdict) -> Vec<u32> {
        (0..self.layout.nodes.len() as u32)
            .filter(|&pos| match self.layout.nodes[pos as usize].kind {
                RowKind::Target(g, t) => self.judgements[g][t].verdict == v,
                _ => false,
            })
            .collect()
    }

    /// "issuer year", the label of the plan's row.
    pub fn label(&self) -> String {
        if self.error.is_some() {
            return self.path.display().to_string();
        }
        let m = &self.plan.meta;
        format!("{} {}", m.issuer, m.year)
    }

    /// "一.3 深入推进大孵化器建设"; targets before the first heading sit in a goal
    /// with neither id nor title.
    pub fn goal_label(&self, g: usize) -> String {
        let goal = &self.plan.goals[g];
        match (goal.id.is_empty(), goal.title.is_empty()) {
            (true, true) => "(before the first heading)".into(),
            (true, false) => goal.title.clone(),
            (false, true) => goal.id.clone(),
            (false, false) => format!("{} {}", goal.id, goal.title),
        }
    }

    /// Set or clear a target's manual verdict in memory, adjusting the cached counts.
    pub fn set_manual(&mut self, goal: usize, index: usize, manual: Option<Manual>) {
        let Some(target) = self
            .plan
            .goals
            .get_mut(goal)
            .and_then(|g| g.targets.get_mut(index))
        else {
            return;
        };
        target.manual = manual;
        let new = judge_target(target);
        let old = std::mem::replace(&mut self.judgements[goal][index], new.clone()).verdict;
        if old == new.verdict {
            return;
        }
        let mut at = Some(goal);
        while let Some(g) = at {
            sub(&mut self.counts[g], old);
            self.counts[g].add(new.verdict);
            at = self.parent[g];
        }
        sub(&mut self.total, old);
        self.total.add(new.verdict);
    }

    /// Lay the tree out again with sibling goals worst first (`by_share`), or in
    /// document order. Positions change: the search text is built again when needed.
    pub fn order_goals(&mut self, by_share: bool) {
        let counts = &self.counts;
        let order = |list: &mut Vec<usize>| {
            if by_share {
                list.sort_by(|&a, &b| worst_first(&counts[a], &counts[b]));
            } else {
                list.sort_unstable();
            }
        };
        order(&mut self.roots);
        self.children.iter_mut().for_each(order);
        let targets: Vec<usize> = self.plan.goals.iter().map(|g| g.targets.len()).collect();
        self.layout = nodes::layout(
            self.error.is_some(),
            self.warnings.len(),
            &self.roots,
            &self.children,
            &targets,
        );
        self.haystack = OnceCell::new();
    }

    /// The goals from the top of the tree down to `goal`, inclusive.
    pub fn ancestry(&self, goal: usize) -> Vec<usize> {
        let mut chain = vec![goal];
        let mut at = self.parent[goal];
        while let Some(p) = at {
            chain.push(p);
            at = self.parent[p];
        }
        chain.reverse();
        chain
    }
}

fn sub(c: &mut Counts, v: crate::model::Verdict) {
    use crate::model::Verdict::*;
    match v {
        Met => c.met = c.met.saturating_sub(1),
        Missed => c.missed = c.missed.saturating_sub(1),
        Unmeasured => c.unmeasured = c.unmeasured.saturating_sub(1),
    }
}
