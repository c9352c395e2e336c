//! Comparison words around a number (超过5000件, 75%以上, 控制在3%以内) mapped to an op.

use super::suffix::skip_spaces;
use super::tables::{OPS_AFTER, OPS_BEFORE, SPACES};
use crate::model::Op;
use std::sync::LazyLock;

fn longest_first(table: &[(&'static str, Op)]) -> Vec<(&'static str, Op)> {
    let mut v = table.to_vec();
    v.sort_by_key(|(w, _)| std::cmp::Reverse(w.len()));
    v
}

static BEFORE: LazyLock<Vec<(&'static str, Op)>> = LazyLock::new(|| longest_first(OPS_BEFORE));
static AFTER: LazyLock<Vec<(&'static str, Op)>> = LazyLock::new(|| longest_first(OPS_AFTER));

/// The op of the number spanning `start..end` (unit included), and whether a word set it.
/// A word after the number wins over one before it (约3000人以上 is read as 以上).
pub fn detect(text: &str, start: usize, end: usize) -> (Op, bool) {
    let after = skip_spaces(text, end);
    if let Some((_, op)) = AFTER.iter().find(|(w, _)| text[after..].starts_with(w)) {
        return (*op, true);
    }
    let before = text[..start].trim_end_matches(SPACES);
    if let Some((_, op)) = BEFORE.iter().find(|(w, _)| before.ends_with(w)) {
        return (*op, true);
    }
    (Op::Ge, false)
}
