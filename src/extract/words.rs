//! Word tables for extraction. Extend these lists, not the matcher.

/// Characters that end a clause: a metric never reaches across them.
pub const CLAUSE_ENDS: &[char] = &[
    '。', '；', ';', '，', ',', '：', ':', '！', '!', '？', '?', '\n', '\r',
];

/// Characters that end a sentence: history markers are looked for back to here.
pub const SENTENCE_ENDS: &[char] = &['。', '；', ';', '！', '!', '？', '?', '\n'];

/// Words that open a metric phrase without being part of what is counted.
pub const LEAD_FILLERS: &[&str] = &[
    // A review's opening time words ("过去一年，全区…"): when, not what
    "过去一年",
    "一年来",
    "实际",
    "基本",
    "全年",
    "年内",
    "今年",
    "明年",
    "力争",
    "争取",
    "确保",
    "预计",
    "计划",
    "其中",
    "同时",
    "并且",
    "并",
    "将",
    "要",
    "共计",
    "共",
    "合计",
    "总计",
    "全区",
    "全市",
    "全省",
    "全国",
    "我区",
    "我市",
    "我省",
    "我国",
    "努力",
    "积极",
    "继续",
    "进一步",
    "预期",
    "目标",
    "实现",
    "完成",
    "达成",
    "支持",
    "推动",
    "加快",
    "推进",
    "大力",
    "持续",
    "通过",
    "以上",
    "左右",
    "约",
    "和",
    "及",
    "与",
    "等",
    "为",
    "是",
    // "把X提高到": the object of a disposal, X, is what is counted.
    "把",
];

/// Words that close a metric phrase before the number: the verb or comparison, not the thing counted.
pub const TRAIL_VERBS: &[&str] = &[
    "力争达到",
    "保持在",
    "控制在",
    "稳定在",
    "不少于",
    "不低于",
    "不超过",
    "累计达到",
    "完成",
    "分别达到",
    "分别为",
    "达到",
    "增至",
    "提高到",
    "提升到",
    "提升至",
    "提高至",
    "超过",
    "突破",
    "高于",
    "低于",
    "少于",
    "多于",
    "至少",
    "共计",
    "合计",
    "总计",
    "分别",
    "平均为",
    "平均",
    "仅为",
    "仅",
    "达",
    "为",
    "超",
    "约",
    "近",
    "共",
    "有",
    "逾",
    "在",
    "是",
    "到",
    "至",
    "了",
];

/// Words that say a figure is a goal but never name what is counted; dropped
/// wherever they stand in a metric ("地区生产总值预期目标为增长" -> "地区生产总值增长").
pub const GENERIC_WORDS: &[&str] = &[
    "主要预期目标",
    "实现",
    "预期目标为",
    "预期目标是",
    "目标设定为",
    "预期目标",
    "主要目标",
    "发展目标",
    "年度目标",
    "目标为",
    "目标是",
    "目标",
    "设定为",
    "设定",
    "提出",
    "预期",
    // 比上年预计数增加: a budget's baseline, last year's estimated outturn
    "预计数",
    "预计",
    "今年",
    "全年",
];

/// Marks that open a line without being words: bullets and list dashes.
pub use crate::vocab::marks::BULLETS;

/// Words that, standing alone, name only a scope; the subject said before is carried over.
pub const SCOPE_ONLY: &[&str] = &["累计", "总数", "总量", "共计", "合计", "其中"];

/// Words in a summary's paragraph that announce next year's targets, not results.
pub const TARGET_INTROS: &[&str] = &[
    "预期目标",
    "目标是",
    "目标为",
    "目标设定",
    "提出",
    "计划草案",
    "今年要",
    "明年要",
    // a shortfall restates the target missed: "仅为180件，未达到200件的年度目标"
    "未达到",
    "未完成",
];

/// What a change is measured against ("比上年增加86个"): said before a change word,
/// it leaves the change still wanting its subject.
pub use crate::vocab::time::BASELINES;

/// A metric that is only one of these names a change of something said just before
/// ("实现产值809.1亿元,同比增长4.6%"): the subject is carried over.
pub const CHANGE_WORDS: &[&str] = &[
    "同比增长",
    "比上年增长",
    "增长",
    "增速",
    "增幅",
    "同比下降",
    "下降",
    "降低",
    "提高",
    "上涨",
    "减少",
    "增加",
];

/// Markers of history or baseline in a clause of a plan: the figure states a fact, not a promise.
pub const BASELINE_MARKERS: &[&str] = &[
    "依托",
    "目前",
    "现有",
    "已有",
    "已经",
    "已建",
    "已达",
    "已成",
    "已累计",
    "已完成",
    "已获",
    "共有",
    "拥有",
    "截至",
    "截止",
    "去年",
    "上年",
    "前五年",
    "上一个五年",
    "连续",
    "首位",
    "居全国",
    "居全市",
    "现已",
];

/// Markers of a past period in a sentence of a plan: the whole sentence reviews results.
pub const HISTORY_MARKERS: &[&str] = &[
    "过去五年",
    "过去一年",
    "五年来",
    "过去的一年",
    "期间",
    "以来",
    "回顾",
    "取得",
    "成功举办",
];

/// Verbs that make a small Chinese numeral in a plan a commitment ("建设两个平台").
pub const COMMIT_VERBS: &[&str] = &[
    "新增", "建设", "建成", "完成", "培育", "认定", "引进", "推荐", "举办", "开展", "打造", "开工",
    "竣工",
];

/// Words that turn from a target just stated to the outcome ("实际新增63家").
pub const OUTCOME_WORDS: &[&str] = &["实际", "实现了", "完成了", "结果"];

/// Words before a percentage that rate a result against its plan ("完成年度目标的124%").
pub const SHARE_OF_PLAN: &[&str] = &["目标的", "计划的", "任务的", "预算的"];

/// Words of a news report about the meeting a report is delivered at: its attendance
/// is no result of the year.
pub const MEETING_WORDS: &[&str] = &["出席", "列席", "旁听", "开幕式", "闭幕式"];

/// Words that make a figure a threshold in a ranking ("全国首个突破13万亿元的省份"), not a result.
pub const RANKINGS: &[&str] = &["首个", "第一个", "第二个", "第三个", "之一"];

/// Attributes that, standing alone as a metric, belong to the thing counted just before
/// ("认定技术合同230份，成交金额7.6亿元": the 成交金额 of the 技术合同).
pub const ATTRIBUTES: &[&str] = &[
    "成交金额",
    "成交额",
    "交易额",
    "技术交易额",
    "金额",
    "产值",
    "总产值",
    "税收",
    "销售额",
    "营业收入",
    "收入",
    "总额",
    "投资",
    "总投资",
    "投资额",
    "资金",
    "注册资金",
    "面积",
    "增加值",
    "规模",
    "利润",
];

/// Said of a figure, these make it one of several years: an average, a five-year total.
pub const MULTI_YEAR_FIGURES: &[&str] = &[
    "年均",
    "平均每年",
    "五年",
    "期间",
    "时期",
    "以来",
    "十一五",
    "十二五",
    "十三五",
    "十四五",
    "十五五",
];

pub use crate::vocab::time::SINGLE_YEAR_WORDS;

/// Verbs of doing, reaching and changing: in a metric they frame a figure without
/// naming what it counts ("已扩大到全国", "转为下降"), and in a clause they end the
/// subject it opens with ("单位国内生产总值能耗由…转为下降").
pub const FRAME_VERBS: &[&str] = &[
    "转为",
    "达到",
    "达",
    "扩大",
    "提高",
    "提升",
    "增加",
    "增长",
    "上升",
    "上涨",
    "下降",
    "降低",
    "降到",
    "降至",
    "降",
    "减少",
    "回落",
    "实现",
    "完成",
    "开工",
    "新开工",
    "建设",
    "建成",
    "竣工",
    "解决",
    "覆盖",
    "受益",
    "安排",
    "投入",
    "突破",
    "占",
];

/// Adverbs, time words and the little words between: with [`FRAME_VERBS`], a metric
/// made only of these names nothing of its own, and takes the subject its sentence
/// named before.
pub const FRAME_WORDS: &[&str] = &[
    "已经",
    "已",
    "又",
    "再",
    "还",
    "将",
    "要",
    "拟",
    "共",
    "均",
    "进一步",
    "不断",
    "连续",
    "继续",
    "今明两年",
    "明年",
    "分别",
    "基本",
    "去年",
    "今年",
    "全年",
    "上年",
    "当年",
    "年内",
    "全国",
    "总数",
    "人均",
    "每年",
    "每人",
    "由",
    "从",
    "比",
    "较",
    "为",
    "是",
    "的",
    "了",
    "到",
    "至",
    "使",
    "把",
    "减",
    "新增",
    "累计",
    "同比",
    "左右",
    "以上",
    "约",
    "近",
    "超",
];

/// Besides [`FRAME_VERBS`], where the subject a clause opens with ends: an adverb or
/// a comparison before the verb ("企业退休人员基本养老金连续…").
pub const SUBJECT_ENDS: &[&str] = &[
    "由",
    "从",
    "比",
    "较",
    "已",
    "又",
    "再",
    "将",
    "要",
    "拟",
    "不断",
    "连续",
    "分别",
    "基本建成",
    "基本完成",
    "基本实现",
    "五年",
    "累计",
    "年均",
    "继续",
    "为",
    "是",
];

/// Verbs of a task whose object a following clause goes on to measure ("推进新型农村
/// 社会养老保险试点，试点范围扩大到23%的县"; "继续提高企业退休人员基本养老金，人均每年增长
/// 10%左右"), besides [`FRAME_VERBS`].
pub const TASK_VERBS: &[&str] = &["推进", "实施", "开展", "加快", "扩大", "推行", "推广"];

/// Words that open the baseline a figure is measured from ("从2009年的2.8%降到…",
/// "由每人每年120元提高到200元"): what stands before them is the subject.
pub const BASELINE_OPENERS: &[&str] = &["从", "由", "比", "较"];

pub use crate::vocab::verbs::LEVEL_VERBS;

/// Words that make a figure an amount added or summed over its period.
pub const FLOW_WORDS: &[&str] = &["新增", "累计", "共计", "总计", "年均", "五年"];

/// Modal words of intent: a figure in a sentence that holds one is set, not reported.
pub const INTENT_WORDS: &[&str] = &["拟"];

/// Words that hold an intent word without intending (模拟, 虚拟, 拟定 a plan drafted).
pub const NOT_INTENT: &[&str] = &["模拟", "虚拟", "拟定"];

/// Said in a year's plan, this dates a figure by the year after.
pub const NEXT_YEAR: &str = "明年";

/// Words after an amount that say what it is for ("433亿元用于促进就业").
pub const PURPOSE_WORDS: &[&str] = &["用于", "专项用于"];
