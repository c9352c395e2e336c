//! The status filter `f` cycles through: which targets, and so which goals, show.

use crate::judge::Counts;
use crate::model::Verdict;

/// The status filter `f` cycles through.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Filter {
    #[default]
    All,
    Missed,
    Unmeasured,
    Met,
}

impl Filter {
    pub fn next(self) -> Filter {
        match self {
            Filter::All => Filter::Missed,
            Filter::Missed => Filter::Unmeasured,
            Filter::Unmeasured => Filter::Met,
            Filter::Met => Filter::All,
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            Filter::All => "all",
            Filter::Missed => "missed",
            Filter::Unmeasured => "unmeasured",
            Filter::Met => "met",
        }
    }

    fn verdict(self) -> Option<Verdict> {
        match self {
            Filter::All => None,
            Filter::Missed => Some(Verdict::Missed),
            Filter::Unmeasured => Some(Verdict::Unmeasured),
            Filter::Met => Some(Verdict::Met),
        }
    }

    pub(crate) fn index(self) -> usize {
        self as usize
    }

    pub fn admits(self, v: Verdict) -> bool {
        self.verdict().is_none_or(|f| f == v)
    }

    /// A goal stays when any target below it passes.
    pub fn admits_counts(self, c: &Counts) -> bool {
        match self.verdict() {
            None => true,
            Some(Verdict::Met) => c.met > 0,
            Some(Verdict::Missed) => c.missed > 0,
            Some(Verdict::Unmeasured) => c.unmeasured > 0,
        }
    }
}
