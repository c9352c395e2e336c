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
    interval: Duration,
}

impl<F: Fn() -> Vec<PathBuf>> Watcher<F> {
    pub fn new(list: F) -> Self {
        Self::every(list, INTERVAL)
    }

    pub fn every(list: F, interval: Duration) -> Self {
        let seen = snapshot(&list());
        Watcher {
            list,
            seen,
            pending: None,
            last: Instant::now(),
            interval,
        }
    }

    /// How long the loop may sleep before the next check is due.
    pub fn due_in(&self) -> Duration {
        self.interval.saturating_sub(self.last.elapsed())
    }

    /// Check if due; the changes once they have settled.
    pub fn poll(&mut self) -> Changes {
        if self.last.elapsed() < self.interval {
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

#[cfg(test)]
mod tests {
    use super::*;
    use std::fs;

    #[test]
    fn a_change_is_reported_once_it_has_settled() {
        let dir = tempfile::tempdir().unwrap();
        let a = dir.path().join("a.toml");
        let b = dir.path().join("b.toml");
        fs::write(&a, "x = 1\n").unwrap();
        fs::write(&b, "y = 1\n").unwrap();
        let files = [a.clone(), b.clone()];
        let list = || files.iter().filter(|p| p.exists()).cloned().collect();
        let mut w = Watcher::every(list, Duration::ZERO);
        assert!(w.poll().is_empty());
        // An editor's save: replaced with a longer file.
        fs::write(&a, "x = 1234\n").unwrap();
        assert!(w.poll().is_empty(), "first sight only arms the debounce");
        let c = w.poll();
        assert_eq!(c.changed, vec![a.clone()]);
        assert!(w.poll().is_empty(), "reported once");
        fs::remove_file(&b).unwrap();
        w.poll();
        assert_eq!(w.poll().removed, vec![b]);
        // Our own write is accepted and not reported back.
        fs::write(&a, "x = 12345678\n").unwrap();
        w.accept();
        w.poll();
        assert!(w.poll().is_empty());
    }
}
