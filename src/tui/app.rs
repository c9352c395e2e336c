//! The one model: loaded plans with their caches, the visible rows, selection,
//! scroll, mode (help, search, note prompt) and the footer message.

use super::filter::Filter;
use super::index::{PlanSlot, PlanView};
use super::row::{Row, RowKey, RowKind};
use super::search::{self, Hits};
use super::sort::Sort;
use super::theme::Theme;
use super::tree::{self, Folds};
use crate::judge::Counts;
use crate::model::{Manual, Verdict};
use std::cmp::Ordering;
use std::path::PathBuf;

#[derive(Debug, Clone, PartialEq, Default)]
pub enum Mode {
    #[default]
    Normal,
    /// The key list; `help_scroll` says how far down it is.
    Help,
    /// Incremental search; Esc returns to `origin`.
    Search {
        query: String,
        origin: Option<RowKey>,
    },
    /// The note prompt of a manual verdict on the selected target.
    Note { status: Verdict, text: String },
    /// `c` on a target whose verdict has a note: y clears both, any other key keeps them.
    ConfirmClear,
}

/// A target's manual verdict as it was before the last change, for `U`.
#[derive(Debug, Clone, PartialEq)]
pub struct Change {
    pub path: PathBuf,
    pub goal: usize,
    pub index: usize,
    pub manual: Option<Manual>,
}

#[derive(Debug, Clone)]
pub struct App {
    pub plans: Vec<PlanView>,
    pub folds: Folds,
    pub filter: Filter,
    pub sort: Sort,
    pub rows: Vec<Row>,
    /// The rows of the other filters as last built, while folds and data stay the same:
    /// cycling `f` then swaps rows instead of building them again.
    stash: [Option<Vec<Row>>; 4],
    pub selected: usize,
    /// The first tree row on screen.
    pub offset: usize,
    pub detail_scroll: u16,
    pub mode: Mode,
    /// The last search, for n / N.
    pub query: String,
    /// The hits of the last query searched for (n / N reuse them).
    pub hits: Option<Hits>,
    pub status: Option<String>,
    /// How to take back the last verdict change of the session.
    pub undo: Option<Change>,
    /// The first line of the help shown.
    pub help_scroll: u16,
    /// Plan files still loading in the background.
    pub pending: usize,
    pub size: (u16, u16),
    pub theme: Theme,
    pub quit: bool,
}

impl App {
    pub fn new(slots: Vec<PlanSlot>, size: (u16, u16), theme: Theme) -> App {
        App::with_views(slots.into_iter().map(PlanView::new).collect(), size, theme)
    }

    /// The app over plans already indexed (the background loader indexes them), in
    /// the order given.
    pub fn with_views(plans: Vec<PlanView>, size: (u16, u16), theme: Theme) -> App {
        let mut app = App {
            plans,
            folds: Folds::default(),
            filter: Filter::All,
            sort: Sort::File,
            rows: Vec::new(),
            stash: Default::default(),
            selected: 0,
            offset: 0,
            detail_scroll: 0,
            mode: Mode::Normal,
            query: String::new(),
            hits: None,
            status: None,
            undo: None,
            help_scroll: 0,
            pending: 0,
            size,
            theme,
            quit: false,
        };
        app.rebuild_rows();
        app
    }

    pub fn selected_row(&self) -> Option<&Row> {
        self.rows.get(self.selected)
    }

    pub fn selected_key(&self) -> Option<RowKey> {
        self.selected_row().map(|r| tree::key_of(&self.plans, r))
    }

    /// The selected node: plan index and position.
    pub fn selected_node(&self) -> Option<(usize, usize)> {
        self.selected_row()
            .map(|r| (r.plan, self.plans[r.plan].pos_of(r.kind)))
    }

    /// Rebuild the visible rows (the plans are unchanged), keeping the selection on the
    /// same node, or the nearest one above it when it is filtered away.
    pub fn rebuild_rows(&mut self) {
        let at = self.selected_node();
        self.forget_rows();
        self.rows = tree::flatten(&self.plans, Some(&self.folds), self.filter);
        self.selected = at
            .and_then(|(pi, pos)| tree::row_at(&self.plans, &self.rows, pi, pos))
            .unwrap_or(0)
            .min(self.rows.len().saturating_sub(1));
    }

    /// Show the rows of another filter, unfolded down to its matches, keeping the
    /// selection on the same node or the nearest one above it.
    pub fn set_filter(&mut self, filter: Filter) {
        let at = self.selected_node();
        let rows = std::mem::take(&mut self.rows);
        if self.folds.open_to(&self.plans, filter) {
            self.forget_rows();
        } else {
            self.stash[self.filter.index()] = Some(rows);
        }
        self.filter = filter;
        self.rows = match self.stash[filter.index()].take() {
            Some(rows) => rows,
            None => tree::flatten(&self.plans, Some(&self.folds), filter),
        };
        self.selected = at
            .and_then(|(pi, pos)| tree::row_at(&self.plans, &self.rows, pi, pos))
            .unwrap_or(0)
            .min(self.rows.len().saturating_sub(1));
    }

    /// Drop the stashed rows of other filters: folds, verdicts or plans changed.
    pub fn forget_rows(&mut self) {
        self.stash = Default::default();
    }

    /// The hits of `query`, from the cache when it holds them.
    pub fn hits_for(&mut self, query: &str) -> &Hits {
        let hits = search::hits(&self.plans, self.hits.take(), query);
        self.hits.insert(hits)
    }

    /// The row index of node `pos` of plan `pi`, unfolding the plan and the goals above
    /// it first; only the folds opened splice rows in.
    pub fn reveal(&mut self, pi: usize, pos: usize) -> Option<usize> {
        let plan_row = Row {
            plan: pi,
            kind: RowKind::Plan,
            depth: 0,
        };
        let mut chain = vec![plan_row];
        let p = &self.plans[pi];
        let goal = match p.node(pos).kind {
            RowKind::Goal(g) => p.parent[g],
            RowKind::Target(g, _) => Some(g),
            _ => None,
        };
        if let Some(g) = goal {
            chain.extend(p.ancestry(g).into_iter().map(|a| Row {
                plan: pi,
                kind: RowKind::Goal(a),
                depth: 0,
            }));
        }
        for r in chain {
            if self.folds.is_folded(&self.plans, &r) {
                let at = self.plans[pi].pos_of(r.kind);
                match tree::row_at(&self.plans, &self.rows, pi, at) {
                    Some(i) if self.rows[i].kind == r.kind => self.set_folded(i, false),
                    // Filtered away: no row to unfold, only the fold to forget.
                    _ => {
                        self.folds.set(&self.plans, &r, false);
                        self.forget_rows();
                    }
                }
            }
        }
        tree::row_at(&self.plans, &self.rows, pi, pos)
    }

    /// Rebuild the rows and select `key` (taken before the plans changed: row indices
    /// into a replaced plan are stale).
    fn rebuild_rows_at(&mut self, key: Option<RowKey>) {
        self.forget_rows();
        self.rows = tree::flatten(&self.plans, Some(&self.folds), self.filter);
        self.selected = key
            .and_then(|k| tree::find(&self.plans, &self.rows, &k))
            .unwrap_or(0)
            .min(self.rows.len().saturating_sub(1));
    }

    /// Fold or unfold the row at `i` in place: only its own rows are drained or built.
    pub fn set_folded(&mut self, i: usize, folded: bool) {
        let Some(row) = self.rows.get(i).copied() else {
            return;
        };
        if self.folds.is_folded(&self.plans, &row) == folded {
            return;
        }
        self.folds.set(&self.plans, &row, folded);
        self.forget_rows();
        let below = i + 1;
        if folded {
            let end = below
                + self.rows[below..]
                    .iter()
                    .position(|r| r.plan != row.plan || r.depth <= row.depth)
                    .unwrap_or(self.rows.len() - below);
            self.rows.drain(below..end);
        } else {
            let new = tree::rows_below(&self.plans, &self.folds, self.filter, &row);
            self.rows.splice(below..below, new);
        }
        if self.selected > i {
            self.selected = i;
        }
    }

    pub fn select_key(&mut self, key: &RowKey) {
        if let Some(i) = tree::find(&self.plans, &self.rows, key) {
            self.selected = i;
        }
    }

    /// Totals over every loaded plan.
    pub fn total(&self) -> Counts {
        let mut c = Counts::default();
        self.plans.iter().for_each(|p| c.merge(p.total));
        c
    }

    /// The plan the selection is in.
    pub fn current_plan(&self) -> Option<&PlanView> {
        self.selected_row().map(|r| &self.plans[r.plan])
    }

    /// Install a (re)loaded plan file in place, or add it in path order.
    pub fn install(&mut self, slot: PlanSlot) {
        self.install_all(vec![PlanView::new(slot)]);
    }

    /// Install several plans with one rebuild of the rows, each in the sort's place.
    pub fn install_all(&mut self, views: Vec<PlanView>) {
        if views.is_empty() {
            return;
        }
        let key = self.selected_key();
        for mut view in views {
            if self.sort.sorts_goals() {
                view.order_goals(true);
            }
            match self.plans.iter().position(|p| p.path == view.path) {
                Some(i) => self.plans[i] = view,
                None => {
                    let sort = self.sort;
                    let at = self
                        .plans
                        .partition_point(|p| sort.cmp(p, &view) == Ordering::Less);
                    self.plans.insert(at, view);
                }
            }
        }
        self.hits = None;
        self.rebuild_rows_at(key);
    }

    /// Put the plans (and, by share met, the goals) in `sort`'s order, keeping the
    /// selection on the same node.
    pub fn set_sort(&mut self, sort: Sort) {
        let key = self.selected_key();
        if sort.sorts_goals() != self.sort.sorts_goals() {
            self.plans
                .iter_mut()
                .for_each(|p| p.order_goals(sort.sorts_goals()));
        }
        self.sort = sort;
        self.plans.sort_by(|a, b| sort.cmp(a, b));
        self.hits = None;
        self.rebuild_rows_at(key);
    }

    pub fn remove(&mut self, path: &std::path::Path) {
        let key = self.selected_key();
        self.plans.retain(|p| p.path != path);
        self.hits = None;
        self.rebuild_rows_at(key);
    }
}
