//! The quantity recogniser: every number in Chinese administrative text, with
//! its unit, scale and comparison word, as byte spans of the original text.

mod find;
pub mod numeral;
mod ops;
mod range;
mod suffix;
pub mod tables;
mod traps;
pub mod units;
mod wordindex;

pub use find::find;

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
    /// Set when the number is not a measured quantity (a year, a date, a heading, a name…).
    pub trap: Option<Trap>,
    /// 多/余 followed the number (30多家, 1700余条): the true figure is somewhat higher.
    pub more: bool,
}

/// Why a number found in the text is not a measured quantity.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Trap {
    /// A calendar year (2016年, 二〇一七年, the span 2013-2020年).
    Year,
    /// A month or day of a date (3月10日, 2017.02.13, 2014-01-27).
    Date,
    /// Part of a document number (〔2014〕62号, [2014]1号).
    DocNumber,
    /// An ordinal (第一, 第二批, 第9次, 一是).
    Ordinal,
    /// A heading enumerator (一、 （二） 1. at the start of a line).
    Heading,
    /// A numeral inside a word (进一步, 统一, 一批, 万物, 十分).
    Idiom,
    /// A name or code holding a number (3.0T, 5G, 17号线, 3+1中心, 十三五, 四个一, 一园三区).
    Code,
}

#[cfg(test)]
mod tests;
