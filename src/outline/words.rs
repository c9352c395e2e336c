//! Word lists the outline reads documents by. Data, not logic.

/// A title or part heading naming a report on a past year.
pub const SUMMARY_TYPES: &[&str] = &[
    "统计公报",
    "工作总结",
    "总结",
    "执行情况",
    "完成情况",
    "工作回顾",
    "回顾",
    "工作情况",
];

/// A title or part heading naming a plan.
pub const PLAN_TYPES: &[&str] = &[
    "工作要点",
    "要点",
    "工作计划",
    "计划草案",
    "草案",
    "计划",
    "规划",
    "工作安排",
    "工作思路",
    "工作打算",
    "工作任务",
    "重点工作",
    "工作重点",
    "实施方案",
];

/// Words that make a dated heading the start of a plan part ("二、2024年工作总体要求和
/// 主要预期目标"), though in a title they may head news of a target.
pub const PLAN_HEADINGS: &[&str] = &[
    "预期目标",
    "主要目标",
    "总体要求",
    "重点任务",
    "主要任务",
    "工作安排",
];

/// A section heading reviewing what was done: inside a plan, its figures are actuals.
pub const REVIEW_WORDS: &[&str] = &[
    "发展现状",
    "工作回顾",
    "回顾",
    "主要成效",
    "取得成效",
    "工作成效",
    "执行情况",
    "完成情况",
    "进展情况",
    "发展基础",
    "主要成绩",
    "取得的成绩",
    "成就",
    "一年来",
    "去年",
    "过去",
];

/// A heading looking forward: not a review even if it also names the past.
pub const FORWARD_WORDS: &[&str] = &[
    "趋势",
    "形势",
    "目标",
    "任务",
    "展望",
    "研判",
    "思路",
    "要点",
    "措施",
    "计划",
    "机遇",
    "挑战",
    "建议",
    "部署",
    "安排",
    "今年",
    "明年",
    "考虑",
    "要求",
    "重点工作",
];

/// Five-year plan periods and their last year, by short and by full name
/// (国民经济和社会发展第十一个五年规划纲要); the tenth only in quotes, since 十五 is a number too.
pub const PERIODS: &[(&str, i32)] = &[
    ("十一五", 2010),
    ("十二五", 2015),
    ("十三五", 2020),
    ("十四五", 2025),
    ("十五五", 2030),
    ("第十一个五年", 2010),
    ("第十二个五年", 2015),
    ("第十三个五年", 2020),
    ("第十四个五年", 2025),
    ("第十五个五年", 2030),
    ("第十个五年", 2005),
    ("“十五”", 2005),
    ("九五", 2000),
];

/// Words in a sentence that commit: targets, modal verbs of intent.
pub const FUTURE_CUES: &[&str] = &[
    "预期目标",
    "预期性指标",
    "预期增长",
    "主要目标",
    "目标是",
    "目标为",
    "目标设定",
    "力争",
    "争取",
    "确保",
    "拟",
    "将要",
    "计划",
];

/// Words in a sentence that report: the year just past, estimates of it, verbs of
/// completion, the report's own "the figures show".
pub const PAST_CUES: &[&str] = &[
    "去年",
    "上年",
    "过去一年",
    "过去的一年",
    "一年来",
    "刚刚过去",
    "初步预计",
    "初步统计",
    "初步核算",
    "实现了",
    "完成了",
    "达到了",
    "取得了",
    "已经",
    "圆满完成",
    "顺利完成",
    "胜利完成",
    "显示",
    "执行情况",
    "完成情况",
];

/// The year just past, named as such.
pub const LAST_YEAR: &[&str] = &["去年", "过去一年", "过去的一年", "一年来"];

/// Comparisons with an earlier time, which date the baseline, not the sentence.
pub use crate::vocab::time::BASELINES as BASELINE_TIME;

/// Words that name a plan while reporting on it (计划执行情况): not a commitment.
pub const PLAN_REPORTED: &[&str] = &["计划执行", "计划完成"];

/// "Since" words: a stretch of time up to now, reported on.
pub const SINCE_WORDS: &[&str] = &["今年以来", "以来"];

/// The year a report is written in: what it commits to.
pub const THIS_YEAR: &[&str] = &["今年", "本年度", "新的一年"];

/// The year after the one a document is written in.
pub const NEXT_YEAR: &[&str] = &["明年", "来年", "下一年"];

/// Headings of parts that both review and commit: the 说明 of a five-year 纲要.
pub const MIXED_TITLES: &[&str] = &["说明"];

/// Words an unnumbered line needs to head a part ("首先报告２００１年的工作").
pub const ROLE_LINE_WORDS: &[&str] = &["工作", "回顾", "总结", "目标", "任务", "情况"];

/// A clause with a figure reads as a commitment when it holds one of these.
pub const PLAN_CUES: &[&str] = &[
    "目标", "目標", "预期", "預期", "左右", "以上", "以内", "力争", "争取", "要", "预计", "將",
    "将",
];

/// Paragraphs about a multi-year past, neither this year's plan nor its summary.
pub const MULTI_YEAR_PAST: &[&str] = &["过去五年", "五年来", "過去五年"];

/// Endings of an issuing body's name.
pub const ORG_SUFFIXES: &[&str] = &[
    "委员会",
    "人民政府",
    "办公室",
    "办公厅",
    "政府",
    "科学技术协会",
    "协会",
    "局",
    "科委",
    "委",
];
