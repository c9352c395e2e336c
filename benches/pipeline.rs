//! Throughput of the reading pipeline over the repo's real documents (seeds and
//! corpus): the reader (bytes → text), the outline, the recogniser of quantities,
//! and the whole analysis. Criterion reports MiB/s on one core.
//!
//! Run: cargo bench --bench pipeline

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use plantrack::{analyse, outline, quantity, read};
use std::hint::black_box;
use support::CpuTime;

mod support;

fn pipeline(c: &mut Criterion<CpuTime>) {
    let raw = support::documents();
    let bytes = support::total_bytes(&raw);
    let docs: Vec<read::Document> = raw.iter().map(|(_, b)| read::read_bytes(b)).collect();
    let mut g = c.benchmark_group("pipeline");
    g.throughput(Throughput::Bytes(bytes));
    g.bench_function("read::read_bytes", |b| {
        b.iter(|| {
            for (_, d) in &raw {
                black_box(read::read_bytes(black_box(d)));
            }
        })
    });
    g.bench_function("outline::outline", |b| {
        b.iter(|| {
            for d in &docs {
                black_box(outline::outline(black_box(d)));
            }
        })
    });
    g.bench_function("quantity::find", |b| {
        b.iter(|| {
            for d in &docs {
                black_box(quantity::find(black_box(&d.text)));
            }
        })
    });
    g.bench_function("read+outline", |b| {
        b.iter(|| {
            for (_, d) in &raw {
                black_box(outline::outline(&read::read_bytes(black_box(d))));
            }
        })
    });
    g.bench_function("analyse::analyse", |b| {
        b.iter(|| {
            for (_, d) in &raw {
                black_box(analyse::analyse(read::read_bytes(black_box(d))));
            }
        })
    });
    g.finish();
}

criterion_group! {
    name = benches;
    config = support::criterion();
    targets = pipeline
}
criterion_main!(benches);
