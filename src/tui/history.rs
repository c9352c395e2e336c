//! The multi-year view: one metric's targets and actuals across the loaded plans of
//! one issuer.

use super::index::PlanView;
use crate::link::compare::units_compatible;
use crate::link::metric::{features, Features};
use crate::model::{Op, Target, Verdict};

#[derive(Debug, Clone, PartialEq)]
pub struct YearPoint {
    pub year: i32,
    pub op: Op,
    pub target: Option<f64>,
    pub unit: String,
    pub actual: Option<f64>,
    pub verdict: Verdict,
}

/// In each plan of the issuer, the first target with this metric, else the first
/// whose metric the linker reads as the same (新增高企 ~ 新增高新技术企业), by year.
pub fn across_years(plans: &[PlanView], issuer: &str, target: &Target) -> Vec<YearPoint> {
    let wanted = Wanted::new(target);
    let mut points: Vec<YearPoint> = plans
        .iter()
        .filter(|p| p.error.is_none() && p.plan.meta.issuer == issuer)
        .filter_map(|p| {
            let at = |same: &dyn Fn(&Target) -> bool| {
                p.plan
                    .goals
                    .iter()
                    .enumerate()
                    .find_map(|(g, goal)| goal.targets.iter().position(same).map(|t| (g, t)))
            };
            let (g, t) = at(&|t| t.metric == target.metric).or_else(|| at(&|t| wanted.is(t)))?;
            let found = &p.plan.goals[g].targets[t];
            Some(YearPoint {
                year: p.plan.meta.year,
                op: found.op,
                target: found.threshold(),
                unit: found.unit.clone(),
                actual: found.actual.as_ref().map(|a| a.value),
                verdict: p.judgements[g][t].verdict,
            })
        })
        .collect();
    points.sort_by_key(|p| p.year);
    points
}

/// The target charted, read once as the linker reads metrics.
struct Wanted<'a> {
    target: &'a Target,
    features: Features,
}

impl<'a> Wanted<'a> {
    fn new(target: &'a Target) -> Self {
        Wanted {
            target,
            features: features(&target.metric, &target.quote),
        }
    }

    /// Same core, scope and kind of figure, in a compatible unit. The cheap unit
    /// check goes first: most targets fail it.
    fn is(&self, t: &Target) -> bool {
        if !units_compatible(&t.unit, &self.target.unit) || t.metric.is_empty() {
            return false;
        }
        let f = features(&t.metric, &t.quote);
        !f.core.is_empty()
            && f.core == self.features.core
            && f.scope == self.features.scope
            && f.aspect == self.features.aspect
    }
}
