//! Which numbers are figures at all, which figures of a plan are promises, and
//! which figures of a summary are reported results.

use super::phrase;
use super::words::{BASELINE_MARKERS, COMMIT_VERBS, HISTORY_MARKERS};
use crate::quantity::Quantity;

/// Units that measure time spans or name plans ("三年行动计划", "5年"), never a target.
const NON_FIGURE_UNITS: &[&str] = &["年", "月", "日", "号", "岁", "周年", "届", "批", "轮", "期间"];

/// A figure with a unit, not a date, ordinal, name or idiom.
pub fn is_figure(text: &str, q: &Quantity) -> bool {
    if q.trap.is_some() || q.unit.trim().is_empty() || NON_FIGURE_UNITS.contains(&q.unit.trim()) {
        return false;
    }
    if q.value.is_none() && (q.min.is_none() || q.max.is_none()) {
        return false;
    }
    let _ = text;
    true
}

/// Whether a number is written in Chinese numerals only (两个, 三期), not digits.
pub fn is_chinese_numeral(q: &Quantity) -> bool {
    !q.text.chars().any(|c| c.is_ascii_digit() || ('０'..='９').contains(&c))
}

fn small_chinese(q: &Quantity) -> bool {
    is_chinese_numeral(q) && q.value.or(q.max).is_some_and(|v| v.abs() < 10.0)
}

/// A figure in a plan part that the issuer commits to, not a baseline or history.
pub fn is_commitment(text: &str, q: &Quantity, sentence: usize) -> bool {
    let clause = phrase::clause_start(text, q.start, sentence);
    let before_clause = &text[clause..q.start];
    let before_sentence = &text[sentence..q.start];
    if BASELINE_MARKERS.iter().any(|w| before_clause.contains(w)) {
        return false;
    }
    if HISTORY_MARKERS.iter().any(|w| before_sentence.contains(w)) {
        return false;
    }
    // Small Chinese numerals in plans are mostly slogans (四个一, 三个板块); keep only
    // those a commitment verb stands right before ("新增两家").
    if small_chinese(q) {
        return COMMIT_VERBS.iter().any(|w| before_clause.trim_end().ends_with(w));
    }
    true
}

/// A figure in a summary part that reports a result.
pub fn is_report(q: &Quantity) -> bool {
    !(small_chinese(q) && q.value.is_some_and(|v| v < 2.0))
}
