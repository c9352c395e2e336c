//! Reading plan files for the workbench, through `store`: one at a time, all at once on
//! every core, or in the background so the first frame need not wait for a thousand.

use super::index::{PlanSlot, PlanView};
use crate::store;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::mpsc::{self, Receiver, RecvTimeoutError};
use std::sync::Arc;
use std::time::{Duration, Instant};

/// Files a background worker takes at once: small, so the first files come first.
const BATCH: usize = 4;

/// Load one plan file; a failure becomes an error row, not the end of the view, and
/// a missing source document a warning row.
pub fn load(path: &Path) -> PlanSlot {
    match store::load_plan_warned(path) {
        Ok((plan, warnings)) => PlanSlot {
            path: path.to_path_buf(),
            warnings: warnings.into_iter().map(warning_text).collect(),
            plan: Ok(plan),
        },
        Err(e) => PlanSlot {
            path: path.to_path_buf(),
            plan: Err(e.to_string()),
            warnings: Vec::new(),
        },
    }
}

/// A warning shown under its plan's row: the plan file need not be named again.
fn warning_text(e: crate::Error) -> String {
    match e {
        crate::Error::At { line, message, .. } => format!("line {line}: {message}"),
        other => other.to_string(),
    }
}

/// Every plan file named by `paths` (files, or folders searched for plans), in order.
pub fn load_all(paths: &[PathBuf]) -> crate::Result<Vec<PlanSlot>> {
    Ok(store::find_plans(paths)?.iter().map(|p| load(p)).collect())
}

fn cores() -> usize {
    std::thread::available_parallelism().map_or(1, |n| n.get())
}

/// Plan files loading on background threads, each indexed there too (verdicts,
/// roll-up, layout), so the loop only installs them.
pub struct Loader {
    rx: Receiver<PlanView>,
    pub total: usize,
    pub received: usize,
}

impl Loader {
    pub fn start(files: Vec<PathBuf>) -> Loader {
        let total = files.len();
        let (tx, rx) = mpsc::channel();
        let files = Arc::new(files);
        let next = Arc::new(AtomicUsize::new(0));
        for _ in 0..cores().min(total.div_ceil(BATCH)) {
            let (tx, files, next) = (tx.clone(), Arc::clone(&files), Arc::clone(&next));
            std::thread::spawn(move || loop {
                let at = next.fetch_add(BATCH, Ordering::Relaxed);
                if at >= files.len() {
                    return;
                }
                for p in &files[at..(at + BATCH).min(files.len())] {
                    if tx.send(PlanView::new(load(p))).is_err() {
                        return; // the workbench has quit
                    }
                }
            });
        }
        Loader {
            rx,
            total,
            received: 0,
        }
    }

    pub fn pending(&self) -> usize {
        self.total - self.received
    }

    /// What arrives within `wait` (at once when everything has arrived); with a zero
    /// wait, whatever is there already.
    pub fn take(&mut self, wait: Duration) -> Vec<PlanView> {
        let deadline = Instant::now() + wait;
        let mut out: Vec<PlanView> = Vec::new();
        while self.received + out.len() < self.total {
            out.extend(self.rx.try_iter());
            let left = deadline.saturating_duration_since(Instant::now());
            if self.received + out.len() >= self.total || left.is_zero() {
                break;
            }
            match self.rx.recv_timeout(left) {
                Ok(s) => out.push(s),
                Err(RecvTimeoutError::Timeout) => break,
                // Every worker gone: nothing more will come.
                Err(RecvTimeoutError::Disconnected) => {
                    self.total = self.received + out.len();
                    break;
                }
            }
        }
        self.received += out.len();
        out
    }

    /// The first frame's plans: all that load within `wait`, and at least one.
    pub fn take_first(&mut self, wait: Duration) -> Vec<PlanView> {
        let mut out = self.take(wait);
        while out.is_empty() && self.pending() > 0 {
            out = self.take(Duration::from_millis(10));
        }
        out
    }
}
