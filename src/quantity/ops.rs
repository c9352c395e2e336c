//! Comparison words around a number (超过5000件, 75%以上, 控制在3%以内) mapped to an op.

use super::suffix::skip_spaces;
use super::tables::{OPS_AFTER, OPS_BEFORE, SPACES};
use super::wordindex::WordIndex;
use crate::model::Op;
use std::sync::LazyLock;

static BEFORE: LazyLock<WordIndex<Op>> = LazyLock::new(|| WordIndex::new(OPS_BEFORE, true));
static AFTER: LazyLock<WordIndex<Op>> = LazyLock::new(|| WordIndex::new(OPS_AFTER, false));

/// The op of the number spanning `start..end` (unit included), and whether a word set it.
/// A word after the number wins over one before it (约3000人以上 is read as 以上).
pub fn detect(text: &str, start: usize, end: usize) -> (Op, bool) {
    let after = skip_spaces(text, end);
    if let Some((_, op)) = AFTER.prefix_of(&text[after..]) {
        return (op, true);
    }
    let before = text[..start].trim_end_matches(SPACES);
    if let Some((_, op)) = BEFORE.suffix_of(before) {
        return (op, true);
    }
    (Op::Ge, false)
}
