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
