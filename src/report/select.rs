//! Which plans, goals and targets a report lists, each with its verdict from `judge`.

use crate::judge::{goal_counts, is_self_or_descendant, plan_judgements, Counts, Judgement};
use crate::model::{Goal, Plan, Target, Verdict};
use std::path::{Path, PathBuf};

/// Narrowing a report. Empty fields let everything through.
#[derive(Debug, Clone, Default)]
pub struct Filter {
    /// Only targets with one of these verdicts.
    pub statuses: Vec<Verdict>,
    /// Only plans whose issuer contains this text.
    pub issuer: Option<String>,
    pub year: Option<i32>,
    /// Only targets whose metric or quote contains this text.
    pub metric: Option<String>,
}

impl Filter {
    fn narrows_targets(&self) -> bool {
        !self.statuses.is_empty() || self.metric.is_some()
    }

    fn keeps_plan(&self, plan: &Plan) -> bool {
        self.issuer
            .as_deref()
            .is_none_or(|i| plan.meta.issuer.contains(i))
            && self.year.is_none_or(|y| plan.meta.year == y)
    }

    fn keeps_target(&self, t: &Target, verdict: Verdict) -> bool {
        (self.statuses.is_empty() || self.statuses.contains(&verdict))
            && self
                .metric
                .as_deref()
                .is_none_or(|m| t.metric.contains(m) || t.quote.contains(m))
    }
}

#[derive(Debug, Clone)]
pub struct PlanView<'a> {
    pub file: &'a Path,
    pub plan: &'a Plan,
    /// Counts of the listed targets only, so a filtered report adds up.
    pub counts: Counts,
    pub goals: Vec<GoalView<'a>>,
}

impl PlanView<'_> {
    pub fn targets(&self) -> impl Iterator<Item = (&GoalView<'_>, &TargetView<'_>)> {
        self.goals
            .iter()
            .flat_map(|g| g.targets.iter().map(move |t| (g, t)))
    }
}

#[derive(Debug, Clone)]
pub struct GoalView<'a> {
    pub goal: &'a Goal,
    /// The goal's roll-up over the whole plan (as the TUI shows it), not just listed targets.
    pub status: Verdict,
    /// The counts that roll-up is made of, for its mark and how much is measured.
    pub rollup: Counts,
    pub targets: Vec<TargetView<'a>>,
}

#[derive(Debug, Clone)]
pub struct TargetView<'a> {
    pub target: &'a Target,
    pub judgement: Judgement,
}

/// The plans, goals and targets that pass `filter`, in file order. A goal stays when it or a
/// goal below it lists a target, so the tree keeps its headings; a plan with nothing left is
/// dropped when the filter narrows targets.
pub fn select<'a>(plans: &'a [(PathBuf, Plan)], filter: &Filter) -> Vec<PlanView<'a>> {
    plans
        .iter()
        .filter_map(|(file, plan)| select_plan(file, plan, filter))
        .collect()
}

/// One plan's view under `filter` (see [`select`]), or none when the filter drops it.
pub fn select_plan<'a>(file: &'a Path, plan: &'a Plan, filter: &Filter) -> Option<PlanView<'a>> {
    if !filter.keeps_plan(plan) {
        return None;
    }
    let view = plan_view(file, plan, filter);
    (!filter.narrows_targets() || view.counts.total() > 0).then_some(view)
}

fn plan_view<'a>(file: &'a Path, plan: &'a Plan, filter: &Filter) -> PlanView<'a> {
    let rollup = goal_counts(plan);
    let listed: Vec<Vec<TargetView>> = plan
        .goals
        .iter()
        .zip(plan_judgements(plan))
        .map(|(g, js)| {
            g.targets
                .iter()
                .zip(js)
                .filter(|(t, j)| filter.keeps_target(t, j.verdict))
                .map(|(target, judgement)| TargetView { target, judgement })
                .collect()
        })
        .collect();
    let mut counts = Counts::default();
    listed
        .iter()
        .flatten()
        .for_each(|t| counts.add(t.judgement.verdict));
    let has_listed = |id: &str| {
        plan.goals
            .iter()
            .zip(&listed)
            .any(|(g, ts)| !ts.is_empty() && is_self_or_descendant(&g.id, id))
    };
    let goals = plan
        .goals
        .iter()
        .zip(rollup)
        .zip(listed.iter())
        .filter(|((g, _), _)| has_listed(&g.id))
        .map(|((goal, c), targets)| GoalView {
            goal,
            status: c.verdict(),
            rollup: c,
            targets: targets.clone(),
        })
        .collect();
    PlanView {
        file,
        plan,
        counts,
        goals,
    }
}

/// Counts over every listed target of every plan.
pub fn total_counts(views: &[PlanView]) -> Counts {
    let mut c = Counts::default();
    views.iter().for_each(|v| c.merge(v.counts));
    c
}

/// Whether any listed target is missed (for `--fail-on missed`).
pub fn any_missed(views: &[PlanView]) -> bool {
    views.iter().any(|v| v.counts.missed > 0)
}
