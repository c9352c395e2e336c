//! Words of time every stage reads alike.

/// What a change is measured against ("比上年增加86个"): an earlier time that dates
/// the baseline of a figure, not the figure itself.
pub const BASELINES: &[&str] = &[
    "比上年末",
    "比上年",
    "较上年",
    "比去年",
    "较去年",
    "上年同期",
    "去年同期",
    "同比",
    "环比",
];
