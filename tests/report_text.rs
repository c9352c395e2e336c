//! The text report: CJK-aligned columns, colour only on request, the matrix and the trend.

mod support;

use plantrack::judge::{plan_counts, Counts};
use plantrack::report::matrix::Matrix;
use plantrack::report::width::width;
use plantrack::report::{figure, select, text, trend, Filter, Options};

#[test]
fn target_columns_line_up_in_display_width() {
    let plans = support::all_plans();
    let mut checked = 0;
    for i in 0..plans.len() {
        let out = text::render(&plans[i..=i], &Options::default());
        let rows: Vec<&str> = out
            .lines()
            .filter(|l| l.starts_with("  ") && !l.contains('['))
            .collect();
        let targets: Vec<_> = plans[i].1.goals.iter().flat_map(|g| &g.targets).collect();
        assert_eq!(rows.len(), targets.len());
        // The display column where each row's target figure starts, after its metric.
        let columns: Vec<usize> = rows
            .iter()
            .zip(&targets)
            .map(|(line, t)| {
                let after_metric = line.find(&t.metric).unwrap() + t.metric.len();
                let at = after_metric + line[after_metric..].find(&figure::target(t)).unwrap();
                width(&line[..at])
            })
            .collect();
        if columns.len() > 1 {
            checked += 1;
            assert!(
                columns.windows(2).all(|w| w[0] == w[1]),
                "{}: {columns:?}",
                plans[i].0.display()
            );
        }
    }
    assert!(checked >= 5);
}

#[test]
fn colour_only_when_asked() {
    let plans = support::corpus_plans();
    let plain = text::render(&plans, &Options::default());
    assert!(!plain.contains('\x1b'));
    let coloured = text::render(
        &plans,
        &Options {
            color: true,
            ..Options::default()
        },
    );
    assert!(coloured.contains("\x1b[31m✗ missed\x1b[0m"));
    // Colour never changes what is written.
    let stripped = regex::Regex::new("\x1b\\[[0-9]+m")
        .unwrap()
        .replace_all(&coloured, "");
    assert_eq!(stripped, plain);
}

#[test]
fn each_plan_shows_its_header_and_share_met() {
    let plans = support::corpus_plans();
    let out = text::render(&plans, &Options::default());
    for (file, plan) in &plans {
        let c = plan_counts(plan);
        assert!(out.contains(&format!(
            "{} · {} · {}",
            plan.meta.issuer,
            plan.meta.year,
            file.display()
        )));
        assert!(out.contains(&text::summary_line(c)));
        assert!(out.contains(&format!(
            "summary: {}",
            plan.meta.summary.as_deref().unwrap()
        )));
    }
    assert!(out.contains(&format!("{:.0}% met", 100.0 * 5.0 / 6.0)));
}

#[test]
fn matrix_counts_each_issuer_and_year() {
    let plans = support::all_plans();
    let views = select(&plans, &Filter::default());
    let m = Matrix::build(&views);
    for (_, plan) in &plans {
        let mut expected = Counts::default();
        plans
            .iter()
            .filter(|(_, p)| p.meta.issuer == plan.meta.issuer && p.meta.year == plan.meta.year)
            .for_each(|(_, p)| expected.merge(plan_counts(p)));
        assert_eq!(m.cell(&plan.meta.issuer, plan.meta.year), Some(expected));
    }
    assert_eq!(m.cell("国务院", 2014), None);
    assert!(m.years.windows(2).all(|w| w[0] < w[1]));
    let out = text::render(&plans, &Options::default());
    let row = out.lines().rfind(|l| l.starts_with("国务院 ")).unwrap();
    assert_eq!(row.matches('✓').count(), 4, "{row}");
    assert!(m.markdown().lines().nth(1).unwrap().starts_with("| --- |"));
}

#[test]
fn metric_trend_runs_through_the_years() {
    let plans = support::all_plans();
    let opts = Options {
        filter: Filter {
            metric: Some("城镇调查失业率".into()),
            ..Filter::default()
        },
        ..Options::default()
    };
    let out = trend::render_text(&plans, &opts);
    let block: Vec<&str> = out
        .lines()
        .skip_while(|l| *l != "城镇调查失业率 · 国务院")
        .take_while(|l| !l.is_empty())
        .collect();
    let years: Vec<&str> = block
        .iter()
        .filter_map(|l| l.split_whitespace().next())
        .filter(|w| w.parse::<i32>().is_ok())
        .collect();
    assert_eq!(years, ["2019", "2021", "2023"]);
    let spark = block
        .iter()
        .find(|l| l.trim_start().starts_with("actuals"))
        .unwrap();
    assert_eq!(spark.split_whitespace().nth(1).unwrap().chars().count(), 3);
    // Only the asked-for metric is listed.
    assert!(!out.contains("国内生产总值"));
}
