//! The quantity recogniser: every number in Chinese administrative text, with
//! its unit, scale and comparison word, as byte spans of the original text.

pub mod units;

use crate::model::Op;
use serde::Serialize;

/// What sort of figure a quantity is; linking never compares a rate with a level.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Default)]
#[serde(rename_all = "lowercase")]
pub enum Kind {
    /// A bare number, or one with a measure word (家 项 件 人次 …).
    #[default]
    Count,
    /// An amount of money (元 万元 亿元 万美元 …).
    Money,
    /// A percentage (14%, 百分之八十五).
    Percent,
    /// Percentage points (个百分点), kept apart from %.
    Points,
    /// Any other physical unit (平方米, 吨, ℃ …).
    Measure,
}

/// A number found in text. `start..end` are byte offsets into the text it was found in.
#[derive(Debug, Clone, PartialEq, Serialize, Default)]
pub struct Quantity {
    pub text: String,
    pub start: usize,
    pub end: usize,
    /// The number as written, before any scale in `unit` (8亿 -> 8, unit "亿"); None for a range.
    pub value: Option<f64>,
    pub min: Option<f64>,
    pub max: Option<f64>,
    /// The unit as written after the number, scale included: 家, %, 亿元, 万美元, 个百分点.
    pub unit: String,
    pub op: Op,
    /// True when a comparison word stood next to the number (otherwise `op` is the bare-number default).
    pub op_explicit: bool,
    pub kind: Kind,
}

/// Every quantity in `text`, in order of position.
pub fn find(text: &str) -> Vec<Quantity> {
    let _ = text;
    Vec::new()
}
