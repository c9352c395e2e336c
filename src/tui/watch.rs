//! Reload on change: the watched folders are listed again and each plan file's size
//! and modification time compared, at most every `INTERVAL`. Folders are watched, not
//! files, because editors save by replacing the file. A change is reported once the
//! folder has been quiet for one interval (debounce: an editor's save is several writes).

use std::collections::BTreeMap;
use std::path::PathBuf;
use std::time::{Duration, Instant, SystemTime};

pub const INTERVAL: Duration = Duration::from_millis(400);

pub type Snapshot = BTreeMap<PathBuf, (Option<SystemTime>, u64)>;

/// What changed between two snapshots.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct Changes {
    pub changed: Vec<PathBuf>,
    pub removed: Vec<PathBuf>,
}

impl Changes {
    pub fn is_empty(&self) -> bool {
        self.changed.is_empty() && self.removed.is_empty()
    }
}

pub fn diff(old: &Snapshot, new: &Snapshot) -> Changes {
    Changes {
        changed: new
            .iter()
            .filter(|(p, s)| old.get(*p) != Some(s))
            .map(|(p, _)| p.clone())
            .collect(),
        removed: old
            .keys()
            .filter(|p| !new.contains_key(*p))
            .cloned()
            .collect(),
    }
}

pub fn snapshot(files: &[PathBuf]) -> Snapshot {
    files
        .iter()
        .filter_map(|p| {
            let m = std::fs::metadata(p).ok()?;
            Some((p.clone(), (m.modified().ok(), m.len())))
        })
        .collect()
}

/// Lists the plan files of the watched paths; `list` is the store's finder.
pub struct Watcher<F: Fn() -> Vec<PathBuf>> {
    list: F,
    seen: Snapshot,
    pending: Option<Snapshot>,
    last: Instant,
}

impl<F: Fn() -> Vec<PathBuf>> Watcher<F> {
    pub fn new(list: F) -> Self {
        let seen = snapshot(&list());
        Watcher {
            list,
            seen,
            pending: None,
            last: Instant::now(),
        }
    }

    /// How long the loop may sleep before the next check is due.
    pub fn due_in(&self) -> Duration {
        INTERVAL.saturating_sub(self.last.elapsed())
    }

    /// Check if due; the changes once they have settled.
    pub fn poll(&mut self) -> Changes {
        if self.last.elapsed() < INTERVAL {
            return Changes::default();
        }
        self.last = Instant::now();
        let now = snapshot(&(self.list)());
        match self.pending.take() {
            Some(p) if p == now => {
                let changes = diff(&self.seen, &now);
                self.seen = now;
                changes
            }
            _ if now != self.seen => {
                self.pending = Some(now);
                Changes::default()
            }
            _ => Changes::default(),
        }
    }

    /// Take the current state as seen (after our own write), so it is not reloaded.
    pub fn accept(&mut self) {
        self.seen = snapshot(&(self.list)());
        self.pending = None;
    }
}
