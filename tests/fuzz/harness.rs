//! The fuzz loop: seeded inputs, a panic caught, shrunk, saved and printed.
//!
//! Each target runs its checked-in corpus (tests/fuzz_corpus/<target>/), then
//! fuzzes: a fixed number of iterations from a fixed seed by default, or for
//! PLANTRACK_FUZZ_SECS seconds from PLANTRACK_FUZZ_SEED (or the clock) when set.
//! A panicking input is shrunk, saved under target/fuzz-crashes/<target>/ and
//! printed; once fixed, copy it into the corpus so the replay keeps it fixed.

use super::rng::Rng;
use std::panic::{self, AssertUnwindSafe};
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

pub fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).to_path_buf()
}

/// The checked-in inputs of a target, sorted by name.
pub fn corpus(target: &str) -> Vec<(PathBuf, Vec<u8>)> {
    let dir = root().join("tests/fuzz_corpus").join(target);
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .map(|e| e.expect("corpus entry").path())
        .filter(|p| p.is_file())
        .collect();
    files.sort();
    files
        .into_iter()
        .map(|p| {
            let bytes = std::fs::read(&p).expect("corpus file");
            (p, bytes)
        })
        .collect()
}

/// Run every corpus file through `check`; a panic names the file.
pub fn replay(target: &str, check: &impl Fn(&[u8])) {
    let files = corpus(target);
    assert!(!files.is_empty(), "no corpus for {target}");
    for (path, bytes) in files {
        if let Err(e) = panic::catch_unwind(AssertUnwindSafe(|| check(&bytes))) {
            panic!("{}: {}", path.display(), message(&e));
        }
    }
}

/// How long a run goes on.
pub enum Budget {
    Iterations(u64),
    Time(Duration),
}

/// What a run did.
pub struct Outcome {
    pub iterations: u64,
    pub elapsed: Duration,
    pub slowest: Duration,
    pub slowest_len: usize,
}

/// The budget and seed of a run: `iterations` from `seed` by default; with
/// PLANTRACK_FUZZ_SECS set, that long from PLANTRACK_FUZZ_SEED or the clock.
pub fn settings(seed: u64, iterations: u64) -> (Budget, u64) {
    let Some(secs) = std::env::var("PLANTRACK_FUZZ_SECS")
        .ok()
        .and_then(|s| s.parse().ok())
    else {
        return (Budget::Iterations(iterations), seed);
    };
    let seed = std::env::var("PLANTRACK_FUZZ_SEED")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or_else(|| {
            std::time::SystemTime::now()
                .duration_since(std::time::UNIX_EPOCH)
                .map_or(1, |d| d.as_nanos() as u64)
        });
    (Budget::Time(Duration::from_secs(secs)), seed)
}

/// Replay the corpus of `target`, then fuzz it as [`settings`] say; a timed run
/// prints its figures.
pub fn fuzz(
    target: &str,
    seed: u64,
    iterations: u64,
    make: impl FnMut(&mut Rng) -> Vec<u8>,
    check: impl Fn(&[u8]),
) {
    replay(target, &check);
    let (budget, seed) = settings(seed, iterations);
    let timed = matches!(budget, Budget::Time(_));
    let outcome = run(target, seed, budget, make, check);
    if timed {
        report(target, seed, &outcome);
    }
}

/// Fuzz `check` with inputs made by `make` from a seeded generator; the first
/// panicking input is shrunk, saved, and reported as a test failure.
pub fn run(
    target: &str,
    seed: u64,
    budget: Budget,
    mut make: impl FnMut(&mut Rng) -> Vec<u8>,
    check: impl Fn(&[u8]),
) -> Outcome {
    let mut rng = Rng::new(seed);
    let start = Instant::now();
    let mut out = Outcome {
        iterations: 0,
        elapsed: Duration::ZERO,
        slowest: Duration::ZERO,
        slowest_len: 0,
    };
    loop {
        let done = match budget {
            Budget::Iterations(n) => out.iterations >= n,
            Budget::Time(d) => start.elapsed() >= d,
        };
        if done {
            break;
        }
        let input = make(&mut rng);
        let t = Instant::now();
        let result = panic::catch_unwind(AssertUnwindSafe(|| check(&input)));
        let took = t.elapsed();
        if took > out.slowest {
            out.slowest = took;
            out.slowest_len = input.len();
            if matches!(budget, Budget::Time(_)) {
                save(target, "slowest", &input);
            }
        }
        out.iterations += 1;
        if let Err(e) = result {
            let first: String = message(&e).chars().take(2000).collect();
            let small = shrink(&input, &check);
            let path = save(target, "crash", &small);
            panic!(
                "{target}: input {} (seed {seed}) panicked: {first}\nshrunk to {} bytes, saved in {}:\n{}",
                out.iterations,
                small.len(),
                path.display(),
                shown(&small)
            );
        }
    }
    out.elapsed = start.elapsed();
    out
}

/// Print a timed run's figures in one line, for the record.
pub fn report(target: &str, seed: u64, o: &Outcome) {
    eprintln!(
        "fuzz {target}: seed {seed}, {} iterations in {:.1} s ({:.0}/s), slowest {:.3} s on {} bytes, no crash",
        o.iterations,
        o.elapsed.as_secs_f64(),
        o.iterations as f64 / o.elapsed.as_secs_f64().max(1e-9),
        o.slowest.as_secs_f64(),
        o.slowest_len
    );
}

/// An input as an escaped string literal, cut short if long.
fn shown(input: &[u8]) -> String {
    let text = String::from_utf8_lossy(input);
    let mut s: String = format!("{text:?}").chars().take(4000).collect();
    if s.chars().count() == 4000 {
        s.push_str(" …");
    }
    s
}

fn message(e: &Box<dyn std::any::Any + Send>) -> String {
    e.downcast_ref::<&str>()
        .map(|s| s.to_string())
        .or_else(|| e.downcast_ref::<String>().cloned())
        .unwrap_or_else(|| "panic".into())
}

/// Drop chunks while the input still panics, halving the chunk size down to one byte.
fn shrink(input: &[u8], check: &impl Fn(&[u8])) -> Vec<u8> {
    let hook = panic::take_hook();
    panic::set_hook(Box::new(|_| {}));
    let panics = |b: &[u8]| panic::catch_unwind(AssertUnwindSafe(|| check(b))).is_err();
    let mut cur = input.to_vec();
    let mut chunk = cur.len().div_ceil(2).max(1);
    let mut tries = 0;
    while chunk >= 1 && tries < 4000 {
        let mut at = 0;
        while at < cur.len() && tries < 4000 {
            let mut cand = cur[..at].to_vec();
            cand.extend_from_slice(&cur[(at + chunk).min(cur.len())..]);
            tries += 1;
            if panics(&cand) {
                cur = cand;
            } else {
                at += chunk;
            }
        }
        if chunk == 1 {
            break;
        }
        chunk /= 2;
    }
    panic::set_hook(hook);
    cur
}

fn save(target: &str, kind: &str, input: &[u8]) -> PathBuf {
    let dir = root().join("target/fuzz-crashes").join(target);
    let _ = std::fs::create_dir_all(&dir);
    let name = if kind == "slowest" {
        "slowest".to_string()
    } else {
        format!("{kind}-{:016x}", hash(input))
    };
    let path = dir.join(name);
    let _ = std::fs::write(&path, input);
    path
}

/// What a target mutates: the files of `dirs` (relative to the crate, with one of
/// the extensions) and the target's own checked-in corpus.
pub fn pool(target: &str, dirs: &[&str], exts: &[&str]) -> Vec<Vec<u8>> {
    let mut pool: Vec<Vec<u8>> = dirs.iter().flat_map(|d| files(d, exts)).collect();
    pool.extend(corpus(target).into_iter().map(|(_, b)| b));
    pool
}

/// Files under `rel` (relative to the crate) with one of the extensions, sorted.
pub fn files(rel: &str, exts: &[&str]) -> Vec<Vec<u8>> {
    let dir = root().join(rel);
    let mut paths: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .map(|e| e.expect("dir entry").path())
        .filter(|p| {
            p.extension()
                .and_then(|e| e.to_str())
                .is_some_and(|e| exts.contains(&e))
        })
        .collect();
    paths.sort();
    paths
        .iter()
        .map(|p| std::fs::read(p).expect("fixture"))
        .collect()
}

/// FNV-1a, to name saved inputs by their content.
pub fn hash(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0xcbf2_9ce4_8422_2325, |h, &b| {
        (h ^ b as u64).wrapping_mul(0x0000_0100_0000_01b3)
    })
}
