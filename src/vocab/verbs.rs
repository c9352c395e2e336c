//! Verbs every stage reads alike.

/// Verbs right before a figure that say where a level stands ("扩大到全国86%",
/// "降到1.5%", "覆盖24%的县"): the figure is the level reached, not a change by it.
pub const LEVEL_VERBS: &[&str] = &[
    "达到",
    "扩大到",
    "提高到",
    "提升到",
    "增加到",
    "降到",
    "降至",
    "下降到",
    "降低到",
    "覆盖",
];

/// Verbs of doing in a task ("再开工建设保障性住房", "解决6000万人安全饮水问题"): they say
/// what the government does, not what is counted, and a review says them another way
/// (新开工建设, 使…受益) or not at all. 扩大 says a programme grew, to
/// the level its figure gives.
pub const DOING_VERBS: &[&str] = &["新开工建设", "开工建设", "新开工", "开工", "解决", "扩大"];

/// The reach of a programme: 新农合试点范围, 新农合覆盖面 and "覆盖24%的县" all measure
/// how far 新农合 has spread. Alone, such words name no programme; the sentence
/// before does.
pub const REACH_WORDS: &[&str] = &["试点范围", "覆盖范围", "覆盖面", "范围", "试点", "覆盖"];
