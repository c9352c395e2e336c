//! The multi-year view: one metric's targets and actuals across the loaded plans of
//! one issuer.

use super::index::PlanView;
use crate::model::{Op, Verdict};

#[derive(Debug, Clone, PartialEq)]
pub struct YearPoint {
    pub year: i32,
    pub op: Op,
    pub target: Option<f64>,
    pub unit: String,
    pub actual: Option<f64>,
    pub verdict: Verdict,
}

/// The first target with this metric in each plan of the issuer, by year.
pub fn across_years(plans: &[PlanView], issuer: &str, metric: &str) -> Vec<YearPoint> {
    let mut points: Vec<YearPoint> = plans
        .iter()
        .filter(|p| p.error.is_none() && p.plan.meta.issuer == issuer)
        .filter_map(|p| {
            p.plan.goals.iter().enumerate().find_map(|(g, goal)| {
                goal.targets
                    .iter()
                    .position(|t| t.metric == metric)
                    .map(|t| {
                        let target = &goal.targets[t];
                        YearPoint {
                            year: p.plan.meta.year,
                            op: target.op,
                            target: target.threshold(),
                            unit: target.unit.clone(),
                            actual: target.actual.as_ref().map(|a| a.value),
                            verdict: p.judgements[g][t].verdict,
                        }
                    })
            })
        })
        .collect();
    points.sort_by_key(|p| p.year);
    points
}
