//! The orders `s` cycles through. Plans are kept in the chosen order (rows follow
//! plan order); sorting by share met also orders each goal's sub-goals, lowest first,
//! so the worst of a plan comes first. The order is taken when chosen: a verdict given
//! afterwards does not move rows under the reviewer's cursor.

use super::index::PlanView;
use crate::judge::worst_first;
use std::cmp::Ordering;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Sort {
    /// Plan files by path, goals as in the document.
    #[default]
    File,
    Year,
    /// Lowest share met first, then most missed.
    ShareMet,
    Issuer,
}

impl Sort {
    pub fn next(self) -> Sort {
        match self {
            Sort::File => Sort::Year,
            Sort::Year => Sort::ShareMet,
            Sort::ShareMet => Sort::Issuer,
            Sort::Issuer => Sort::File,
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            Sort::File => "file",
            Sort::Year => "year",
            Sort::ShareMet => "share met",
            Sort::Issuer => "issuer",
        }
    }

    /// Whether goals leave document order.
    pub fn sorts_goals(self) -> bool {
        self == Sort::ShareMet
    }

    /// The order of two plans; the path decides ties, so the order is total.
    pub fn cmp(self, a: &PlanView, b: &PlanView) -> Ordering {
        let (ma, mb) = (&a.plan.meta, &b.plan.meta);
        let first = match self {
            Sort::File => Ordering::Equal,
            Sort::Year => ma.year.cmp(&mb.year).then(ma.issuer.cmp(&mb.issuer)),
            Sort::ShareMet => worst_first(&a.total, &b.total),
            Sort::Issuer => ma.issuer.cmp(&mb.issuer).then(ma.year.cmp(&mb.year)),
        };
        first.then_with(|| a.path.cmp(&b.path))
    }
}
