//! Pure verdicts: a target and its actual -> met / missed / unmeasured, with the
//! completion ratio and the reason; and the roll-up of goals and sections.

pub use crate::link::direction::{direction, Direction};

use crate::model::{Op, Plan, Target, Verdict};
use crate::quantity::units::normalize;
use serde::Serialize;

/// The relative band within which an `approx` (左右) target counts as reached.
pub const APPROX_BAND: f64 = 0.05;

/// A target's verdict and why.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Judgement {
    pub verdict: Verdict,
    /// True when a reviewer's manual status decided it.
    pub manual: bool,
    /// actual ÷ target (for a ceiling, target ÷ actual), when both are known.
    pub ratio: Option<f64>,
    pub reason: String,
}

/// The effective verdict of a target: a manual status wins, else it is computed.
pub fn judge_target(t: &Target) -> Judgement {
    let computed = compute(t);
    match t.manual.as_ref().and_then(|m| m.status) {
        Some(status) => Judgement {
            verdict: status,
            manual: true,
            ratio: computed.ratio,
            reason: format!("manual verdict (computed: {})", computed.verdict),
        },
        None => computed,
    }
}

/// The computed verdict, ignoring any manual status.
pub fn compute(t: &Target) -> Judgement {
    let unmeasured = |reason: String| Judgement {
        verdict: Verdict::Unmeasured,
        manual: false,
        ratio: None,
        reason,
    };
    let Some(threshold) = t.threshold() else {
        return unmeasured("no number in the goal".into());
    };
    let Some(actual) = &t.actual else {
        return unmeasured("not reported".into());
    };
    let (tv, tu) = normalize(threshold, &t.unit);
    let (av, au) = normalize(actual.value, &actual.unit);
    // A bare scale (8亿) leaves its base unit implied, so an empty base unit is compatible.
    if tu != au && !tu.is_empty() && !au.is_empty() {
        return unmeasured(format!("unit clash: {} vs {}", t.unit, actual.unit));
    }
    let dir = direction(&t.metric);
    // "突破100亿元" reported against "突破100亿元" promised is more than 100 either way.
    let beyond = |v: f64| actual.more && av >= v;
    let met = match t.op {
        Op::Ge | Op::Range => av >= tv,
        Op::Gt => av > tv || beyond(tv),
        Op::Le => av <= tv && !beyond(tv),
        Op::Lt => av < tv,
        Op::Approx => {
            let near = (av - tv).abs() <= APPROX_BAND * tv.abs();
            near || match dir {
                Direction::Higher => av >= tv,
                Direction::Lower => av <= tv,
            }
        }
    };
    let ceiling =
        matches!(t.op, Op::Le | Op::Lt) || (t.op == Op::Approx && dir == Direction::Lower);
    let ratio = if ceiling {
        (av != 0.0).then(|| tv / av)
    } else {
        (tv != 0.0).then(|| av / tv)
    };
    let verdict = if met { Verdict::Met } else { Verdict::Missed };
    let shown = |v: f64| trim_float(v);
    let reason = format!(
        "{}{} {}{} {} {}{}",
        if actual.more { "over " } else { "" },
        shown(actual.value),
        actual.unit,
        if met { "" } else { " not" },
        t.op,
        shown(threshold),
        t.unit
    );
    Judgement {
        verdict,
        manual: false,
        ratio,
        reason,
    }
}

/// A number without a trailing ".0".
pub fn trim_float(v: f64) -> String {
    if v.fract() == 0.0 && v.abs() < 1e15 {
        format!("{}", v as i64)
    } else {
        let s = format!("{:.4}", v);
        s.trim_end_matches('0').trim_end_matches('.').to_string()
    }
}

/// Counts of target verdicts under a goal, a plan, or any set of plans.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize)]
pub struct Counts {
    pub met: usize,
    pub missed: usize,
    pub unmeasured: usize,
}

impl Counts {
    pub fn add(&mut self, v: Verdict) {
        match v {
            Verdict::Met => self.met += 1,
            Verdict::Missed => self.missed += 1,
            Verdict::Unmeasured => self.unmeasured += 1,
        }
    }

    pub fn merge(&mut self, other: Counts) {
        self.met += other.met;
        self.missed += other.missed;
        self.unmeasured += other.unmeasured;
    }

    pub fn total(&self) -> usize {
        self.met + self.missed + self.unmeasured
    }

    /// Share of targets met, 0..=1 (0 when there are none).
    pub fn share_met(&self) -> f64 {
        if self.total() == 0 {
            0.0
        } else {
            self.met as f64 / self.total() as f64
        }
    }

    /// Targets with a verdict from a figure or a reviewer: met or missed.
    pub fn measured(&self) -> usize {
        self.met + self.missed
    }

    /// The mark of a goal or plan: a miss shows whatever else is unknown, but met
    /// means every target was measured and met, so a few met among unmeasured ones
    /// read as partly measured, not as met.
    pub fn rollup(&self) -> Rollup {
        if self.missed > 0 {
            Rollup::Missed
        } else if self.met == 0 {
            Rollup::Unmeasured
        } else if self.unmeasured > 0 {
            Rollup::Partial
        } else {
            Rollup::Met
        }
    }

    /// "◒ 2/5 measured": the roll-up's mark and how much of it is known.
    pub fn rollup_label(&self) -> String {
        if self.total() == 0 {
            return format!("{} no targets", self.rollup().mark());
        }
        format!(
            "{} {}/{} measured",
            self.rollup().mark(),
            self.measured(),
            self.total()
        )
    }

    /// The verdict a goal's or plan's status reports as (json's `status`): missed if
    /// any target is missed; met if at least one is met and none missed; else
    /// unmeasured. [`Counts::rollup`] tells a partly measured goal apart.
    pub fn verdict(&self) -> Verdict {
        if self.missed > 0 {
            Verdict::Missed
        } else if self.met > 0 {
            Verdict::Met
        } else {
            Verdict::Unmeasured
        }
    }
}

/// Roll-ups in worst-first order: lower share met first, then more missed; equal
/// otherwise, so a stable sort keeps the order it was given.
pub fn worst_first(a: &Counts, b: &Counts) -> std::cmp::Ordering {
    a.share_met()
        .total_cmp(&b.share_met())
        .then(b.missed.cmp(&a.missed))
}

/// What a goal's or plan's targets add up to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Rollup {
    /// Every target measured and met.
    Met,
    /// At least one target missed.
    Missed,
    /// Some targets met, none missed, the others not measured.
    Partial,
    /// No target measured (or no target at all).
    Unmeasured,
}

impl Rollup {
    /// ✓ ✗ ◒ ?, each one cell wide in every terminal (East Asian width neutral).
    pub fn mark(self) -> &'static str {
        match self {
            Rollup::Met => "✓",
            Rollup::Missed => "✗",
            Rollup::Partial => "◒",
            Rollup::Unmeasured => "?",
        }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            Rollup::Met => "met",
            Rollup::Missed => "missed",
            Rollup::Partial => "partly measured",
            Rollup::Unmeasured => "unmeasured",
        }
    }
}

/// Verdicts of every target of a plan, goal by goal, in file order.
pub fn plan_judgements(plan: &Plan) -> Vec<Vec<Judgement>> {
    plan.goals
        .iter()
        .map(|g| g.targets.iter().map(judge_target).collect())
        .collect()
}

/// Counts for each goal including all its descendants (ids that extend it), in file order.
pub fn goal_counts(plan: &Plan) -> Vec<Counts> {
    let own: Vec<Counts> = plan_judgements(plan)
        .iter()
        .map(|js| {
            let mut c = Counts::default();
            js.iter().for_each(|j| c.add(j.verdict));
            c
        })
        .collect();
    plan.goals
        .iter()
        .map(|g| {
            let mut c = Counts::default();
            for (other, oc) in plan.goals.iter().zip(&own) {
                if is_self_or_descendant(&other.id, &g.id) {
                    c.merge(*oc);
                }
            }
            c
        })
        .collect()
}

/// Counts over a whole plan.
pub fn plan_counts(plan: &Plan) -> Counts {
    let mut c = Counts::default();
    for js in plan_judgements(plan) {
        js.iter().for_each(|j| c.add(j.verdict));
    }
    c
}

/// Whether path id `id` is `ancestor` or lies below it ("一.(二).3" under "一").
pub fn is_self_or_descendant(id: &str, ancestor: &str) -> bool {
    id == ancestor || (id.starts_with(ancestor) && id[ancestor.len()..].starts_with('.'))
}

#[cfg(test)]
mod tests;
