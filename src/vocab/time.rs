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
    // at comparable prices: said of a result measured against the year before
    "可比",
];

/// Stretches shorter than a year: a result for one never judges a target for the year.
pub const PART_YEAR: &[&str] = &[
    "上半年",
    "下半年",
    "前三季度",
    "一季度",
    "第一季度",
    "1-6月",
    "1—6月",
    "1至6月",
    "1-9月",
    "1—9月",
    "1至9月",
];

/// Said of a figure in a review of several years, these make it one year's; said
/// between a verb and its level ("增加到去年的98亿元"), when it was reached.
pub const SINGLE_YEAR_WORDS: &[&str] = &["去年", "全年", "年末", "年底", "当年", "今年"];
