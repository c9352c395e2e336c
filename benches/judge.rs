//! Linking a plan's targets to its summary's actuals (the corpus pairs), and judging
//! and rendering a portfolio of plans (the bundled plans, copied to 1 200 plans).
//!
//! Run: cargo bench --bench judge

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use plantrack::analyse::{analyse, Analysis};
use plantrack::report::{self, Options};
use plantrack::{judge, link, read};
use std::hint::black_box;
use support::CpuTime;

mod support;

/// The corpus pairs: (plan, summary) analyses whose file names share a prefix.
fn pairs() -> Vec<(Analysis, Analysis)> {
    let docs = support::documents();
    let find = |name: &str| {
        docs.iter()
            .find(|(n, _)| n == name)
            .map(|(_, b)| analyse(read::read_bytes(b)))
    };
    docs.iter()
        .filter_map(|(n, _)| n.strip_suffix("-plan.txt"))
        .filter_map(|stem| {
            Some((
                find(&format!("{stem}-plan.txt"))?,
                find(&format!("{stem}-summary.txt"))?,
            ))
        })
        .collect()
}

fn linking(c: &mut Criterion<CpuTime>) {
    let pairs = pairs();
    let targets: u64 = pairs.iter().map(|(p, _)| p.targets.len() as u64).sum();
    let mut g = c.benchmark_group("link");
    g.throughput(Throughput::Elements(targets));
    g.bench_function("link::match_all (corpus pairs)", |b| {
        b.iter(|| {
            for (plan, summary) in &pairs {
                black_box(link::match_all(
                    black_box(&plan.targets),
                    black_box(&summary.actuals),
                ));
            }
        })
    });
    g.finish();
}

fn judging(c: &mut Criterion<CpuTime>) {
    let plans = support::many_plans(100);
    let opts = Options::default();
    let mut g = c.benchmark_group("portfolio");
    g.throughput(Throughput::Elements(plans.len() as u64));
    g.bench_function("judge::plan_counts", |b| {
        b.iter(|| {
            for (_, p) in &plans {
                black_box(judge::plan_counts(black_box(p)));
            }
        })
    });
    g.bench_function("report::text::render", |b| {
        b.iter(|| black_box(report::text::render(black_box(&plans), &opts)))
    });
    g.bench_function("report::markdown::render", |b| {
        b.iter(|| black_box(report::markdown::render(black_box(&plans), &opts)))
    });
    g.bench_function("report::json::render", |b| {
        b.iter(|| black_box(report::json::render(black_box(&plans), &opts)))
    });
    g.bench_function("report::csv::render", |b| {
        b.iter(|| black_box(report::csv::render(black_box(&plans), &opts)))
    });
    g.finish();
}

criterion_group! {
    name = benches;
    config = support::criterion();
    targets = linking, judging
}
criterion_main!(benches);
