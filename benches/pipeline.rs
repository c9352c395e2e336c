//! Throughput of the reading pipeline over the repo's real documents (seeds and
//! corpus): the reader (bytes → text), the outline, the recogniser of quantities,
//! and the whole analysis, document by document; then the reader and the recogniser
//! over all of those texts concatenated to one large input, as a long report or a
//! county's year of documents would be. Criterion reports MiB/s of CPU time on one core.
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
    g.bench_function("read+quantity", |b| {
        b.iter(|| {
            for (_, d) in &raw {
                black_box(quantity::find(&read::read_bytes(black_box(d)).text));
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

/// Size of the concatenated input: large enough that per-document costs vanish and a
/// pass that is not linear in the text would show.
const CONCATENATED: usize = 8 << 20;

fn concatenated(c: &mut Criterion<CpuTime>) {
    let raw = support::documents();
    let mut big: Vec<u8> = Vec::with_capacity(CONCATENATED + (1 << 20));
    while big.len() < CONCATENATED {
        for (_, d) in &raw {
            big.extend_from_slice(d);
            big.extend_from_slice(b"\n\n");
        }
    }
    let text = read::read_bytes(&big).text;
    let mut g = c.benchmark_group("concatenated");
    g.throughput(Throughput::Bytes(big.len() as u64));
    g.sample_size(10);
    g.bench_function("read::read_bytes", |b| {
        b.iter(|| black_box(read::read_bytes(black_box(&big))))
    });
    g.bench_function("quantity::find", |b| {
        b.iter(|| black_box(quantity::find(black_box(&text))))
    });
    g.bench_function("read+quantity", |b| {
        b.iter(|| black_box(quantity::find(&read::read_bytes(black_box(&big)).text)))
    });
    g.finish();
}

criterion_group! {
    name = benches;
    config = support::criterion();
    targets = pipeline, concatenated
}
criterion_main!(benches);
