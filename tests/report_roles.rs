//! Complete government work reports read part by part: each review part reports on
//! its year or its five years, each plan part commits for its year or horizon, and
//! the document's kind and years follow from its parts.

use plantrack::analyse::{analyse, Analysis};
use plantrack::import::actuals_for_year;
use plantrack::model::DocKind;
use plantrack::outline::PartKind;
use plantrack::{judge, link};
use std::path::PathBuf;

fn read(name: &str) -> Analysis {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/full")
        .join(name);
    let bytes = std::fs::read(&path).unwrap();
    analyse(plantrack::read::read_bytes(&bytes))
}

/// (kind, year, from) of each part holding `needle`'s first occurrence.
fn role_at(a: &Analysis, needle: &str) -> Option<(PartKind, Option<i32>, Option<i32>)> {
    let at = a.doc.text.find(needle).expect("needle in text");
    a.outline.part_at(at).map(|p| (p.kind, p.year, p.from))
}

#[test]
fn every_national_report_sets_targets_and_reviews_the_year_before() {
    for y in [2002, 2003, 2006, 2007, 2008, 2011] {
        let a = read(&format!("national-{y}-report.txt"));
        let m = &a.outline.meta;
        assert_eq!(m.kind, DocKind::Combined, "{y}");
        assert_eq!(m.plan_year, Some(y), "{y}");
        assert_eq!(m.summary_year, Some(y - 1), "{y}");
        assert!(!a.targets.is_empty() && !a.actuals.is_empty(), "{y}");
    }
}

#[test]
fn an_unnumbered_line_heads_the_review() {
    let a = read("national-2002-report.txt");
    let review = role_at(&a, "２００１年国内生产总值达到９５９３３亿元");
    assert_eq!(review, Some((PartKind::Summary, Some(2001), None)));
    // The paragraph leading into part 一 announces the year's work.
    let plan = role_at(&a, "今年拟发行１５００亿元长期建设国债");
    assert_eq!(plan, Some((PartKind::Plan, Some(2002), None)));
    assert!(a.targets.iter().any(|t| t.quote.contains("１５００亿元")));
}

#[test]
fn a_term_end_review_covers_five_years() {
    let a = read("national-2008-report.txt");
    let (kind, year, from) = role_at(&a, "五年全国新增城镇就业5100万人").unwrap();
    assert_eq!(
        (kind, year, from),
        (PartKind::Summary, Some(2007), Some(2003))
    );
    // A figure said of last year is that year's; a five-year total is the period's.
    let cpi = a
        .actuals
        .iter()
        .find(|i| i.quote.contains("去年居民消费价格总水平比上年上涨4.8%"))
        .unwrap();
    assert_eq!(cpi.period, Some((2007, 2007)));
    let jobs = a
        .actuals
        .iter()
        .find(|i| i.quote.contains("5100万人"))
        .unwrap();
    assert_eq!(jobs.period, Some((2003, 2007)));
}

#[test]
fn five_year_goals_keep_their_horizon() {
    let a = read("national-2011-report.txt");
    assert_eq!(
        role_at(&a, "“十二五”时期的主要目标和任务"),
        Some((PartKind::Plan, Some(2015), Some(2011)))
    );
    let review = role_at(&a, "“十一五”时期国民经济和社会发展的回顾").unwrap();
    assert_eq!(review, (PartKind::Summary, Some(2010), Some(2006)));
    let yearly = a
        .targets
        .iter()
        .filter(|t| t.period == Some((2011, 2011)))
        .count();
    let horizon = a
        .targets
        .iter()
        .filter(|t| t.period.is_some_and(|(_, to)| to == 2015))
        .count();
    assert!(
        yearly >= 10 && horizon >= 10,
        "{yearly} yearly, {horizon} horizon"
    );
}

#[test]
fn a_new_plans_explanation_reviews_and_commits() {
    let a = read("national-2006-report.txt");
    let t = a
        .targets
        .iter()
        .find(|t| t.quote.contains("今后五年国内生产总值年均增长7.5%"))
        .unwrap();
    assert_eq!(t.period, Some((2006, 2010)));
    assert!(a.actuals.iter().any(|i| i.quote.contains("年均增长9.5%")));
}

#[test]
fn false_targets_stay_out() {
    for y in [2002, 2003, 2008] {
        let a = read(&format!("national-{y}-report.txt"));
        for t in &a.targets {
            assert!(!t.quote.contains("周年"), "{y}: anniversary {:?}", t.quote);
        }
    }
}

/// The 2007 targets against the 2008 report's five-year review: a five-year total
/// never judges a one-year target, a figure said of last year does.
#[test]
fn five_year_totals_never_judge_a_year() {
    let plan = read("national-2007-report.txt");
    let review = read("national-2008-report.txt");
    let actuals = actuals_for_year(&review, 2007);
    let links = link::match_all(&plan.targets, &actuals);
    let verdict = |quote: &str| {
        let l = links
            .iter()
            .find(|l| plan.targets[l.target].quote.contains(quote))
            .unwrap();
        let a = l.actual.map(|i| &actuals[i]);
        let t = link::to_target(&plan.targets[l.target], a, "review");
        judge::compute(&t).verdict.as_str().to_string()
    };
    assert_eq!(verdict("城镇新增就业人数不低于900万人"), "unmeasured");
    assert_eq!(verdict("居民消费价格总水平涨幅在 3%以内"), "missed");
}
