//! Word lists the outline reads documents by. Data, not logic.

/// A title or part heading naming a report on a past year.
pub const SUMMARY_TYPES: &[&str] = &[
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
];

/// A heading looking forward: not a review even if it also names the past.
pub const FORWARD_WORDS: &[&str] = &[
    "趋势", "形势", "目标", "任务", "展望", "研判", "思路", "要点", "措施", "计划", "机遇", "挑战",
];

/// Five-year plan periods and their last year.
pub const PERIODS: &[(&str, i32)] = &[
    ("十一五", 2010),
    ("十二五", 2015),
    ("十三五", 2020),
    ("十四五", 2025),
    ("十五五", 2030),
];

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
