//! One metric across years (`report --metric`): each year's target and actual, and a
//! sparkline of both so a reader sees the promise and the result move.

use super::diff::{similarity, MATCH_THRESHOLD};
use super::figure;
use super::paint::{verdict_label, Paint};
use super::select::{select, TargetView};
use super::width::align;
use super::Options;
use crate::model::Plan;
use crate::quantity::units::normalize;
use std::path::PathBuf;

const BARS: [char; 8] = ['▁', '▂', '▃', '▄', '▅', '▆', '▇', '█'];

struct Point<'a> {
    year: i32,
    target: &'a TargetView<'a>,
}

/// The text trend: per issuer, one line per year, then the sparklines.
pub fn render_text(plans: &[(PathBuf, Plan)], opts: &Options) -> String {
    let paint = Paint { on: opts.color };
    let views = select(plans, &opts.filter);
    let label = opts.filter.metric.as_deref().unwrap_or("");
    let mut issuers: Vec<&str> = Vec::new();
    for v in &views {
        if !issuers.contains(&v.plan.meta.issuer.as_str()) {
            issuers.push(&v.plan.meta.issuer);
        }
    }
    let mut out = String::new();
    if issuers.is_empty() {
        out.push_str(&format!("no target matches “{label}”\n"));
    }
    for issuer in issuers {
        let points: Vec<Point> = views
            .iter()
            .filter(|v| v.plan.meta.issuer == issuer)
            .flat_map(|v| {
                v.targets().map(|(_, target)| Point {
                    year: v.plan.meta.year,
                    target,
                })
            })
            .collect();
        for mut series in series_of(points) {
            series.sort_by_key(|p| p.year);
            line(&mut out, issuer, &series, paint);
        }
    }
    out
}

/// Points whose metrics name the same thing (as `diff` pairs them), so 城镇调查失业率 and
/// 城镇登记失业率 each get their own line.
fn series_of(points: Vec<Point>) -> Vec<Vec<Point>> {
    let mut series: Vec<Vec<Point>> = Vec::new();
    for p in points {
        let metric = &p.target.target.metric;
        match series
            .iter_mut()
            .find(|s| similarity(&s[0].target.target.metric, metric) >= MATCH_THRESHOLD)
        {
            Some(s) => s.push(p),
            None => series.push(vec![p]),
        }
    }
    series
}

fn line(out: &mut String, issuer: &str, points: &[Point], paint: Paint) {
    let metric = &points[0].target.target.metric;
    out.push_str(&paint.bold(&format!("{metric} · {issuer}")));
    out.push('\n');
    let rows: Vec<Vec<String>> = points
        .iter()
        .map(|p| {
            let t = p.target.target;
            vec![
                format!("  {}", p.year),
                t.metric.clone(),
                format!("target {}", figure::target(t)),
                format!("actual {}", figure::actual(t.actual.as_ref())),
                verdict_label(p.target.judgement.verdict),
            ]
        })
        .collect();
    for (line, p) in align(&rows).into_iter().zip(points) {
        let v = p.target.judgement.verdict;
        let l = verdict_label(v);
        out.push_str(&line.replacen(&l, &paint.verdict(v, &l), 1));
        out.push('\n');
    }
    let targets: Vec<Option<(f64, String)>> = points
        .iter()
        .map(|p| {
            p.target
                .target
                .threshold()
                .map(|v| normalize(v, &p.target.target.unit))
        })
        .collect();
    let actuals: Vec<Option<(f64, String)>> = points
        .iter()
        .map(|p| {
            p.target
                .target
                .actual
                .as_ref()
                .map(|a| normalize(a.value, &a.unit))
        })
        .collect();
    let lines = align(&[
        vec!["  targets".into(), sparkline(&targets)],
        vec!["  actuals".into(), sparkline(&actuals)],
    ]);
    for l in lines {
        out.push_str(&paint.dim(&l));
        out.push('\n');
    }
}

/// One bar per point, scaled between the smallest and largest value of the most common
/// unit; a point without a figure, or in another unit, is a blank.
pub fn sparkline(values: &[Option<(f64, String)>]) -> String {
    let unit = most_common_unit(values);
    let comparable: Vec<Option<f64>> = values
        .iter()
        .map(|v| {
            v.as_ref()
                .filter(|(_, u)| Some(u) == unit.as_ref())
                .map(|(x, _)| *x)
        })
        .collect();
    let present = comparable.iter().flatten();
    let lo = present.clone().cloned().fold(f64::INFINITY, f64::min);
    let hi = present.cloned().fold(f64::NEG_INFINITY, f64::max);
    comparable
        .iter()
        .map(|v| match v {
            None => '·',
            Some(_) if hi <= lo => BARS[BARS.len() / 2],
            Some(x) => {
                let i = ((x - lo) / (hi - lo) * (BARS.len() - 1) as f64).round() as usize;
                BARS[i.min(BARS.len() - 1)]
            }
        })
        .collect()
}

fn most_common_unit(values: &[Option<(f64, String)>]) -> Option<String> {
    let units: Vec<&String> = values.iter().flatten().map(|(_, u)| u).collect();
    units
        .iter()
        .max_by_key(|u| units.iter().filter(|o| o == u).count())
        .map(|u| (*u).clone())
}

#[cfg(test)]
mod tests {
    use super::sparkline;

    #[test]
    fn sparkline_scales_and_blanks_missing_or_other_units() {
        let p = |v: f64, u: &str| Some((v, u.to_string()));
        let s = sparkline(&[p(6.0, "%"), None, p(8.1, "%"), p(5.0, "%"), p(9.0, "家")]);
        assert_eq!(s.chars().count(), 5);
        assert_eq!(s.chars().nth(1), Some('·'));
        assert_eq!(s.chars().nth(2), Some('█'));
        assert_eq!(s.chars().nth(3), Some('▁'));
        assert_eq!(s.chars().nth(4), Some('·'));
    }
}
