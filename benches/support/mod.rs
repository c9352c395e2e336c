//! Inputs shared by the criterion benches: the real documents and plans in the repo.

#![allow(dead_code)]

use plantrack::model::Plan;
use std::path::{Path, PathBuf};

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

/// Every seed and corpus document, as raw bytes, sorted by file name.
pub fn documents() -> Vec<(String, Vec<u8>)> {
    let mut out = Vec::new();
    for dir in ["tests/fixtures/seeds", "tests/fixtures/corpus"] {
        let mut files: Vec<PathBuf> = std::fs::read_dir(root().join(dir))
            .expect("fixtures folder")
            .map(|e| e.expect("fixture entry").path())
            .filter(|p| p.extension().is_some_and(|x| x == "txt"))
            .collect();
        files.sort();
        for f in files {
            let name = f.file_name().unwrap().to_string_lossy().into_owned();
            out.push((name, std::fs::read(&f).expect("fixture document")));
        }
    }
    out
}

/// Total size in bytes, for throughput.
pub fn total_bytes<T: AsRef<[u8]>>(docs: &[(String, T)]) -> u64 {
    docs.iter().map(|(_, d)| d.as_ref().len() as u64).sum()
}

/// The bundled plans (plans/*.toml), loaded through the store.
pub fn bundled_plans() -> Vec<(PathBuf, Plan)> {
    let files = plantrack::store::find_plans(&[root().join("plans")]).expect("bundled plans");
    files
        .into_iter()
        .map(|p| {
            let plan = plantrack::store::load_plan(&p).expect("bundled plan loads");
            (p, plan)
        })
        .collect()
}

/// The bundled plans copied `times` over with distinct issuers, as a large portfolio.
pub fn many_plans(times: usize) -> Vec<(PathBuf, Plan)> {
    let base = bundled_plans();
    let mut out = Vec::with_capacity(base.len() * times);
    for k in 0..times {
        for (path, plan) in &base {
            let mut plan = plan.clone();
            plan.meta.issuer = format!("{}{k}", plan.meta.issuer);
            out.push((path.with_extension(format!("{k}.toml")), plan));
        }
    }
    out
}

/// Criterion measurement of the benchmark thread's CPU time rather than wall time:
/// on a shared, loaded machine this is what one core does, without the time spent
/// waiting for a core. Reported in the same units as wall time.
pub struct CpuTime(criterion::measurement::WallTime);

fn thread_cpu_ns() -> u64 {
    let mut ts = libc::timespec {
        tv_sec: 0,
        tv_nsec: 0,
    };
    // SAFETY: clock_gettime only writes the timespec it is given.
    let rc = unsafe { libc::clock_gettime(libc::CLOCK_THREAD_CPUTIME_ID, &mut ts) };
    assert_eq!(rc, 0, "thread CPU clock unavailable");
    ts.tv_sec as u64 * 1_000_000_000 + ts.tv_nsec as u64
}

impl criterion::measurement::Measurement for CpuTime {
    type Intermediate = u64;
    type Value = u64;
    fn start(&self) -> u64 {
        thread_cpu_ns()
    }
    fn end(&self, start: u64) -> u64 {
        thread_cpu_ns() - start
    }
    fn add(&self, a: &u64, b: &u64) -> u64 {
        a + b
    }
    fn zero(&self) -> u64 {
        0
    }
    fn to_f64(&self, v: &u64) -> f64 {
        *v as f64
    }
    fn formatter(&self) -> &dyn criterion::measurement::ValueFormatter {
        self.0.formatter()
    }
}

/// Criterion timing CPU time, with short runs so a loaded machine finishes soon.
pub fn criterion() -> criterion::Criterion<CpuTime> {
    criterion::Criterion::default()
        .with_measurement(CpuTime(criterion::measurement::WallTime))
        .warm_up_time(std::time::Duration::from_secs(1))
        .measurement_time(std::time::Duration::from_secs(4))
}
