//! Which way is good for a metric: more (growth, output, counts) or less (a ceiling).

/// Whether reaching more or staying below is the goal of a metric.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Direction {
    Higher,
    Lower,
}

/// Words that make a metric a ceiling: an approx target of these is met at or below it.
pub const CEILING_WORDS: &[&str] = &[
    "涨幅",
    "失业率",
    "能耗",
    "赤字率",
    "赤字",
    "物价",
    "价格",
    "CPI",
    "通胀",
    "负债率",
    "事故",
    "死亡",
];

/// Words that turn a ceiling back into "more is better": a fall in energy use is progress.
pub const DECREASE_WORDS: &[&str] = &["下降", "降低", "减少", "压减", "削减"];

/// The direction of a metric, read in simplified characters (居民消費價格漲幅 is a ceiling too).
pub fn direction(metric: &str) -> Direction {
    let metric = crate::link::chinese::simplify(metric);
    if DECREASE_WORDS.iter().any(|w| metric.contains(*w)) {
        Direction::Higher
    } else if CEILING_WORDS.iter().any(|w| metric.contains(*w)) {
        Direction::Lower
    } else {
        Direction::Higher
    }
}
