//! Choosing each target's actual among the admissible pairs: the best metric wins,
//! the nearer section breaks ties, and an actual that another target measures far
//! better is not handed to a weaker claimant.

use super::compare::{assess, Assessment};
use super::metric::{features, Features};
use super::Link;
use crate::extract::Item;

/// Below this metric similarity a pair is not a measurement.
pub const THRESHOLD: f64 = 0.6;

/// A target keeps an actual already claimed by another target only if its own score
/// is within this much of the claimant's (two wordings of one target both get it).
pub const MARGIN: f64 = 0.05;

/// A ruled-out actual at least this close still explains why a target has none.
const EXPLAIN: f64 = 0.45;

/// Weight of section agreement in the ranking: enough to break a tie, never more.
const SECTION_WEIGHT: f64 = 0.01;

pub fn match_all(targets: &[Item], actuals: &[Item]) -> Vec<Link> {
    let tf: Vec<Features> = targets
        .iter()
        .map(|t| features(&t.metric, &t.quote))
        .collect();
    let af: Vec<Features> = actuals
        .iter()
        .map(|a| features(&a.metric, &a.quote))
        .collect();
    let grid: Vec<Vec<Option<Assessment>>> = targets
        .iter()
        .enumerate()
        .map(|(i, t)| {
            actuals
                .iter()
                .enumerate()
                .map(|(j, a)| {
                    let measurable = has_number(t) && a.value.is_some();
                    measurable.then(|| assess(t, &tf[i], a, &af[j]))
                })
                .collect()
        })
        .collect();

    let mut pairs: Vec<(f64, usize, usize)> = Vec::new();
    for (i, row) in grid.iter().enumerate() {
        for (j, cell) in row.iter().enumerate() {
            if let Some(x) = cell {
                if x.problem.is_none() && x.score >= THRESHOLD {
                    let rank = x.score
                        + SECTION_WEIGHT
                            * section_affinity(&targets[i].section, &actuals[j].section);
                    pairs.push((rank, i, j));
                }
            }
        }
    }
    pairs.sort_by(|x, y| y.0.total_cmp(&x.0).then(x.1.cmp(&y.1)).then(x.2.cmp(&y.2)));

    let mut chosen: Vec<Option<usize>> = vec![None; targets.len()];
    let mut outbid: Vec<Option<usize>> = vec![None; targets.len()];
    let mut claim: Vec<Option<(f64, usize)>> = vec![None; actuals.len()];
    for &(rank, i, j) in &pairs {
        if chosen[i].is_some() {
            continue;
        }
        if let Some((best, by)) = claim[j] {
            if best - rank > MARGIN {
                outbid[i].get_or_insert(by);
                continue;
            }
        }
        chosen[i] = Some(j);
        if claim[j].is_none() {
            claim[j] = Some((rank, i));
        }
    }

    (0..targets.len())
        .map(|i| match chosen[i] {
            Some(j) => {
                let x = grid[i][j].as_ref().expect("chosen pairs were assessed");
                Link {
                    target: i,
                    actual: Some(j),
                    score: x.score.min(1.0),
                    reason: x.reason.clone(),
                }
            }
            None => unmatched(i, &targets[i], &grid[i], outbid[i].map(|k| &targets[k])),
        })
        .collect()
}

/// Why a target has no actual: the rule that ruled out its closest actual, else not reported.
fn unmatched(i: usize, t: &Item, row: &[Option<Assessment>], rival: Option<&Item>) -> Link {
    let no_link = |reason: String, score: f64| Link {
        target: i,
        actual: None,
        score,
        reason,
    };
    if !has_number(t) {
        return no_link("no number in the goal".into(), 0.0);
    }
    let closest = row
        .iter()
        .flatten()
        .filter(|x| x.score >= EXPLAIN && x.problem.is_some())
        .max_by(|x, y| x.score.total_cmp(&y.score));
    if let Some(x) = closest {
        return no_link(x.problem.clone().unwrap_or_default(), 0.0);
    }
    match rival {
        Some(r) => no_link(
            format!(
                "not reported (the closest figure measures {} better)",
                r.quote
            ),
            0.0,
        ),
        None => no_link("not reported".into(), 0.0),
    }
}

fn has_number(t: &Item) -> bool {
    t.value.is_some() || t.min.is_some()
}

/// Share of leading path components two section ids have in common (0 when either is "").
pub fn section_affinity(a: &str, b: &str) -> f64 {
    if a.is_empty() || b.is_empty() {
        return 0.0;
    }
    let (pa, pb): (Vec<&str>, Vec<&str>) = (a.split('.').collect(), b.split('.').collect());
    let common = pa.iter().zip(&pb).take_while(|(x, y)| x == y).count();
    common as f64 / pa.len().max(pb.len()) as f64
}
