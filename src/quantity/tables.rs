//! The word lists the recogniser reads: units, scales, comparison words and the
//! patterns of numbers that are not measured quantities. Extending the
//! recogniser to a new unit, idiom or slogan means adding a line here.

use super::{Kind, Trap};
use crate::model::Op;

/// Scales that stand in the unit after the number (8亿 → value 8, unit 亿), longest first.
pub const UNIT_SCALES: &[&str] = &["万亿", "萬億", "亿", "億", "万", "萬"];

/// Metric units that take 千 as kilo (千米, 千克, 千瓦): 8千米 is 8 km, not 8000 m.
pub const KILO_UNITS: &[char] = &['米', '克', '瓦', '伏', '帕', '焦', '卡', '赫'];

/// Words after a number (or its scale) meaning "and some more" (30多家, 1700余条);
/// they are dropped from the unit and set `Quantity::more`.
pub const MORE_WORDS: &[&str] = &["多", "余", "餘"];
/// Words meaning "and some" only straight after 十 百 千 万 or 亿 (十几家, 二十来岁):
/// after a digit they begin other words.
pub const MORE_AFTER_UNIT: &[&str] = &["几", "幾", "来", "來"];

/// Units and measure words after a number, with the kind of figure they make.
/// The matcher takes the longest entry that fits.
pub const UNITS: &[(&str, Kind)] = &[
    // shares
    ("个百分点", Kind::Points),
    ("個百分點", Kind::Points),
    ("百分点", Kind::Points),
    ("%", Kind::Percent),
    ("％", Kind::Percent),
    ("‰", Kind::Percent),
    ("‱", Kind::Percent),
    // money
    ("元", Kind::Money),
    ("圆", Kind::Money),
    ("美元", Kind::Money),
    ("欧元", Kind::Money),
    ("港元", Kind::Money),
    ("港币", Kind::Money),
    ("日元", Kind::Money),
    ("英镑", Kind::Money),
    ("块钱", Kind::Money),
    // counts
    ("个", Kind::Count),
    ("個", Kind::Count),
    ("家", Kind::Count),
    ("项", Kind::Count),
    ("項", Kind::Count),
    ("项次", Kind::Count),
    ("件", Kind::Count),
    ("件次", Kind::Count),
    ("家次", Kind::Count),
    ("户次", Kind::Count),
    ("份", Kind::Count),
    ("人", Kind::Count),
    ("人次", Kind::Count),
    ("名", Kind::Count),
    ("位", Kind::Count),
    ("户", Kind::Count),
    ("戶", Kind::Count),
    ("张", Kind::Count),
    ("本", Kind::Count),
    ("册", Kind::Count),
    ("场", Kind::Count),
    ("场次", Kind::Count),
    ("次", Kind::Count),
    ("所", Kind::Count),
    ("条", Kind::Count),
    ("台", Kind::Count),
    ("台套", Kind::Count),
    ("座", Kind::Count),
    ("套", Kind::Count),
    ("门", Kind::Count),
    ("期", Kind::Count),
    ("类", Kind::Count),
    ("级", Kind::Count),
    ("批", Kind::Count),
    ("篇", Kind::Count),
    ("页", Kind::Count),
    ("部", Kind::Count),
    ("支", Kind::Count),
    ("只", Kind::Count),
    ("头", Kind::Count),
    ("块", Kind::Count),
    ("处", Kind::Count),
    ("栋", Kind::Count),
    ("幢", Kind::Count),
    ("间", Kind::Count),
    ("辆", Kind::Count),
    ("艘", Kind::Count),
    ("架", Kind::Count),
    ("棵", Kind::Count),
    ("株", Kind::Count),
    ("种", Kind::Count),
    ("例", Kind::Count),
    ("起", Kind::Count),
    ("轮", Kind::Count),
    ("届", Kind::Count),
    ("队", Kind::Count),
    ("对", Kind::Count),
    ("组", Kind::Count),
    ("批次", Kind::Count),
    ("笔", Kind::Count),
    ("单", Kind::Count),
    ("宗", Kind::Count),
    ("课时", Kind::Count),
    ("学时", Kind::Count),
    ("节", Kind::Count),
    ("床", Kind::Count),
    ("张床", Kind::Count),
    ("倍", Kind::Count),
    ("成", Kind::Count),
    // physical measures and durations
    ("平方米", Kind::Measure),
    ("平方公里", Kind::Measure),
    ("平方千米", Kind::Measure),
    ("立方米", Kind::Measure),
    // concentrations and rates: "PM2.5浓度控制在35微克/立方米以内"
    ("微克/立方米", Kind::Measure),
    ("毫克/立方米", Kind::Measure),
    ("毫克/升", Kind::Measure),
    ("立方米/日", Kind::Measure),
    ("吨/日", Kind::Measure),
    ("公斤/亩", Kind::Measure),
    ("千克/亩", Kind::Measure),
    ("微克", Kind::Measure),
    ("毫克", Kind::Measure),
    ("公顷", Kind::Measure),
    ("亩", Kind::Measure),
    ("公里", Kind::Measure),
    ("千米", Kind::Measure),
    ("米", Kind::Measure),
    ("厘米", Kind::Measure),
    ("毫米", Kind::Measure),
    ("吨", Kind::Measure),
    ("标准煤", Kind::Measure),
    ("吨标准煤", Kind::Measure),
    ("公斤", Kind::Measure),
    ("千克", Kind::Measure),
    ("克", Kind::Measure),
    ("斤", Kind::Measure),
    ("千瓦", Kind::Measure),
    ("千瓦时", Kind::Measure),
    ("度", Kind::Measure),
    ("兆瓦", Kind::Measure),
    ("瓦", Kind::Measure),
    ("兆", Kind::Measure),
    ("千伏", Kind::Measure),
    ("伏", Kind::Measure),
    ("标箱", Kind::Measure),
    ("车次", Kind::Measure),
    ("℃", Kind::Measure),
    ("摄氏度", Kind::Measure),
    ("年", Kind::Measure),
    ("个月", Kind::Measure),
    ("個月", Kind::Measure),
    ("周", Kind::Measure),
    ("天", Kind::Measure),
    ("小时", Kind::Measure),
    ("分钟", Kind::Measure),
    ("秒", Kind::Measure),
    ("岁", Kind::Measure),
    ("Mbps", Kind::Measure),
    ("Gbps", Kind::Measure),
    ("MB", Kind::Measure),
    ("GB", Kind::Measure),
    ("TB", Kind::Measure),
    ("PB", Kind::Measure),
    ("M", Kind::Measure),
    ("km", Kind::Measure),
    ("kg", Kind::Measure),
    ("kW", Kind::Measure),
    ("kWh", Kind::Measure),
    ("MW", Kind::Measure),
    ("GW", Kind::Measure),
    ("kV", Kind::Measure),
    ("m²", Kind::Measure),
    ("㎡", Kind::Measure),
];

/// Words that begin like a unit but are not one (151项目 is a name, not 151 项).
pub const NOT_UNITS: &[&str] = &[
    "项目", "家庭", "家居", "台湾", "台州", "条例", "条件", "条款", "场所", "场景", "场地", "所有",
    "所在", "所属", "本地", "本市", "本区", "本级", "本年", "次要", "户籍", "座谈", "名单", "名称",
    "名录", "位于", "人民", "个性", "部门", "部署", "期间", "期限", "类型", "级别", "处理", "单位",
    "成为", "成果", "成立", "对接", "组织", "度假", "周边", "年度",
];

/// Money written out on cheques: 元 (or 圆) then 角 and 分, or 整/正 to close.
pub const YUAN: &[&str] = &["元", "圆"];
pub const JIAO: char = '角';
/// 角 as spoken (五毛), and 块 as spoken 元 when 毛 or 角 follow it (三块五毛).
pub const JIAO_SPOKEN: &[char] = &['角', '毛'];
pub const YUAN_SPOKEN: &[&str] = &["块"];
pub const FEN: char = '分';
pub const MONEY_CLOSERS: &[char] = &['整', '正'];

/// Prefixes that make the next number a share or a fraction (百分之八十五 → 85 %).
pub const PERCENT_PREFIXES: &[(&str, &str)] = &[("百分之", "%"), ("千分之", "‰"), ("万分之", "‱")];
/// Infix of a Chinese fraction: 二分之一 = 1/2.
pub const FRACTION_INFIX: &str = "分之";
/// Prefixes that negate the number after them.
pub const NEGATIVE_PREFIXES: &[&str] = &["零下", "负", "負"];
/// Signs that negate an Arabic or Chinese number when they do not join two numbers.
pub const MINUS_SIGNS: &[char] = &['-', '－', '−'];

/// Separators of a range (20-25家, 1至2家, 一到二个月).
pub const RANGE_SEPARATORS: &[&str] = &["-", "－", "—", "–", "~", "～", "〜", "至", "到"];

/// Comparison words before the number, per the schema (民法典: 以上/以下/以内 include the number).
pub const OPS_BEFORE: &[(&str, Op)] = &[
    ("不少于", Op::Ge),
    ("不低于", Op::Ge),
    ("不小于", Op::Ge),
    ("至少", Op::Ge),
    ("力争达到", Op::Ge),
    ("达到", Op::Ge),
    ("达", Op::Ge),
    ("超过", Op::Gt),
    ("超", Op::Gt),
    ("突破", Op::Gt),
    ("多于", Op::Gt),
    ("高于", Op::Gt),
    ("大于", Op::Gt),
    ("逾", Op::Gt),
    ("不超过", Op::Le),
    ("不高于", Op::Le),
    ("不大于", Op::Le),
    ("最多", Op::Le),
    ("至多", Op::Le),
    ("控制在", Op::Le),
    ("不满", Op::Lt),
    ("低于", Op::Lt),
    ("少于", Op::Lt),
    ("小于", Op::Lt),
    ("不足", Op::Lt),
    ("不到", Op::Lt),
    ("大约", Op::Approx),
    ("约为", Op::Approx),
    ("约", Op::Approx),
    // traditional characters of mirror sites
    ("不少於", Op::Ge),
    ("不低於", Op::Ge),
    ("力爭達到", Op::Ge),
    ("達到", Op::Ge),
    ("達", Op::Ge),
    ("超過", Op::Gt),
    ("多於", Op::Gt),
    ("高於", Op::Gt),
    ("大於", Op::Gt),
    ("不超過", Op::Le),
    ("不高於", Op::Le),
    ("低於", Op::Lt),
    ("少於", Op::Lt),
    ("小於", Op::Lt),
    ("大約", Op::Approx),
    ("約", Op::Approx),
];

/// Comparison words after the number and its unit.
pub const OPS_AFTER: &[(&str, Op)] = &[
    ("及以上", Op::Ge),
    ("以上", Op::Ge),
    ("及以下", Op::Le),
    ("以下", Op::Le),
    ("以内", Op::Le),
    ("之内", Op::Le),
    ("以內", Op::Le),
    ("之內", Op::Le),
    ("左右", Op::Approx),
    ("上下", Op::Approx),
];

/// Words in which a Chinese numeral is part of the word, not a count. A number
/// wholly inside one of them gets the trap named with it.
pub const TRAP_WORDS: &[(&str, Trap)] = &[
    // idioms and adverbs
    ("进一步", Trap::Idiom),
    ("一体化", Trap::Idiom),
    ("一体", Trap::Idiom),
    ("统一", Trap::Idiom),
    ("唯一", Trap::Idiom),
    ("同一", Trap::Idiom),
    ("单一", Trap::Idiom),
    ("合一", Trap::Idiom),
    ("之一", Trap::Idiom),
    ("万一", Trap::Idiom),
    ("一批", Trap::Idiom),
    ("一些", Trap::Idiom),
    ("一定", Trap::Idiom),
    ("一流", Trap::Idiom),
    ("一系列", Trap::Idiom),
    ("一起", Trap::Idiom),
    ("一直", Trap::Idiom),
    ("一般", Trap::Idiom),
    ("一致", Trap::Idiom),
    ("一切", Trap::Idiom),
    ("一旦", Trap::Idiom),
    ("一律", Trap::Idiom),
    ("一并", Trap::Idiom),
    ("一贯", Trap::Idiom),
    ("一举", Trap::Idiom),
    ("一道", Trap::Idiom),
    ("一同", Trap::Idiom),
    ("一向", Trap::Idiom),
    ("一度", Trap::Idiom),
    ("一再", Trap::Idiom),
    ("一番", Trap::Idiom),
    ("一样", Trap::Idiom),
    ("一线", Trap::Idiom),
    ("一方面", Trap::Idiom),
    ("一站式", Trap::Idiom),
    ("一揽子", Trap::Idiom),
    ("一次性", Trap::Idiom),
    ("一把手", Trap::Idiom),
    ("一手", Trap::Idiom),
    ("一步", Trap::Idiom),
    ("一带一路", Trap::Idiom),
    ("一网通办", Trap::Idiom),
    ("一网统管", Trap::Idiom),
    ("一件事", Trap::Idiom),
    ("一门式", Trap::Idiom),
    ("一窗", Trap::Idiom),
    ("一卡通", Trap::Idiom),
    ("一些", Trap::Idiom),
    ("逐一", Trap::Idiom),
    ("第一时间", Trap::Idiom),
    ("万物", Trap::Idiom),
    ("万众", Trap::Idiom),
    ("千家万户", Trap::Idiom),
    ("千方百计", Trap::Idiom),
    ("成千上万", Trap::Idiom),
    ("千万不", Trap::Idiom),
    ("千万别", Trap::Idiom),
    ("千万要", Trap::Idiom),
    ("百姓", Trap::Idiom),
    ("百货", Trap::Idiom),
    ("百花", Trap::Idiom),
    ("十分", Trap::Idiom),
    ("万分", Trap::Idiom),
    ("两岸", Trap::Idiom),
    ("两会", Trap::Idiom),
    ("三农", Trap::Idiom),
    ("三公", Trap::Idiom),
    ("三角", Trap::Idiom),
    ("四风", Trap::Idiom),
    ("五湖四海", Trap::Idiom),
    ("七嘴八舌", Trap::Idiom),
    ("乱七八糟", Trap::Idiom),
    ("零售", Trap::Idiom),
    ("零部件", Trap::Idiom),
    ("零件", Trap::Idiom),
    ("零距离", Trap::Idiom),
    ("零容忍", Trap::Idiom),
    ("零星", Trap::Idiom),
    ("零散", Trap::Idiom),
    ("零碳", Trap::Idiom),
    ("零工", Trap::Idiom),
    ("零钱", Trap::Idiom),
    // financial capitals that are also everyday characters
    ("队伍", Trap::Idiom),
    ("入伍", Trap::Idiom),
    ("退伍", Trap::Idiom),
    ("落伍", Trap::Idiom),
    ("大陆", Trap::Idiom),
    ("陆地", Trap::Idiom),
    ("陆续", Trap::Idiom),
    ("登陆", Trap::Idiom),
    ("着陆", Trap::Idiom),
    ("陆路", Trap::Idiom),
    ("水陆", Trap::Idiom),
    ("海陆", Trap::Idiom),
    ("收拾", Trap::Idiom),
    ("拾金", Trap::Idiom),
    ("肆意", Trap::Idiom),
    ("放肆", Trap::Idiom),
    ("大陸", Trap::Idiom),
    ("兩會", Trap::Idiom),
    ("兩岸", Trap::Idiom),
    ("新一代", Trap::Idiom),
    ("新一轮", Trap::Idiom),
    ("上一级", Trap::Idiom),
    ("下一步", Trap::Idiom),
    ("每一", Trap::Idiom),
    ("扫一扫", Trap::Idiom),
    ("看一看", Trap::Idiom),
    ("二维码", Trap::Idiom),
    ("最后一公里", Trap::Idiom),
    ("两位数", Trap::Idiom),
    ("三位数", Trap::Idiom),
    ("百年", Trap::Idiom),
    ("千年", Trap::Idiom),
    ("五角场", Trap::Code),
    ("四平路", Trap::Code),
    ("五年规划", Trap::Code),
    ("每万", Trap::Idiom),
    ("每百", Trap::Idiom),
    ("每千", Trap::Idiom),
    ("万元GDP", Trap::Idiom),
    // names holding numbers: plans, slogans
    ("十一五", Trap::Code),
    ("十二五", Trap::Code),
    ("十三五", Trap::Code),
    ("十四五", Trap::Code),
    ("十五五", Trap::Code),
    ("两学一做", Trap::Code),
    ("三严三实", Trap::Code),
    ("五位一体", Trap::Code),
    ("四个全面", Trap::Code),
    ("四个意识", Trap::Code),
    ("四个自信", Trap::Code),
    ("两个维护", Trap::Code),
    ("两个确立", Trap::Code),
    ("三去一降一补", Trap::Code),
    ("双一流", Trap::Code),
];

/// Regular expressions for names holding numbers, checked in the same single pass as
/// [`TRAP_WORDS`]: slogans (四个一, 两个一百年), "one X, three Y" patterns (一园三区,
/// 一镇一品), joined codes (3+1中心) and numbered lines and buildings (17号线).
pub const TRAP_PATTERNS: &[(&str, Trap)] = &[
    // slogans: 四个一, 两个一百年, 一园三区, 一镇(街道)一品, 一口式
    (r"[两二三四五六七八九十]个一", Trap::Code),
    (
        r"[一二三四五六七八九十两][^\P{Han}一二三四五六七八九十两百千万亿个年月日家项件次人名户条台座所种批份张本场期类级元倍成天周块毛角][一二三四五六七八九十两多][^\P{Han}一二三四五六七八九十两百千万亿个年月日家项件次人名户条台座所种批份张本场期类级元倍成天周块毛角]",
        Trap::Code,
    ),
    (
        r"一[^\P{Han}一零〇二两三四五六七八九十百千万亿]{1,3}(?:[(（][^)）]{1,4}[)）])?一[^\P{Han}一]",
        Trap::Code,
    ),
    (r"一\p{Han}式", Trap::Idiom),
    // a short quoted phrase holding a number is a name: “科创18条”, “12345”, “7.28”
    (r"“[^”\n]{0,10}”", Trap::Code),
    // party congresses and sessions: 十八大, 十八届三中全会, 人大五次会议
    (r"党的[一二三四五六七八九十]+大", Trap::Code),
    (
        r"[一二三四五六七八九十]+屆|[一二三四五六七八九十]+届",
        Trap::Code,
    ),
    (r"[一二三四五六七八九十]中(?:、|全会)", Trap::Code),
    (r"[一二三四五六七八九十]+次(?:会议|會議)", Trap::Code),
    (r"[一二三四五六七八九十]等奖?", Trap::Ordinal),
    // joined codes, numbered lines and buildings, named programmes
    (r"[0-9０-９]+[+＋][0-9０-９A-Za-z]+", Trap::Code),
    (
        r"[0-9０-９一二三四五六七八九十]+号(?:线|楼|地块|馆|门|桥|港|口)",
        Trap::Code,
    ),
    (r"[0-9０-９]+(?:项目|计划|工程|行动)", Trap::Code),
    (r"[0-9]{3,5}(?:市民服务热线|热线|接报警|报警)", Trap::Code),
    // addresses, phone numbers, registration numbers, web addresses, dashed identifiers
    (r"[路街弄巷道]\s*[0-9０-９]+号", Trap::Code),
    (
        r"(?:电话|传真|邮编|邮政编码|备案号|ICP备|网安备|热线)[:：]?\s*[0-9０-９-]+",
        Trap::Code,
    ),
    (r"(?:https?://|www\.)[\x21-\x7e]+", Trap::Code),
    (r"[A-Za-z0-9_]+(?:[-/][A-Za-z0-9_]+){2,}", Trap::Code),
    // times of day and weekdays
    (
        r"[0-9０-９]{1,2}[:：][0-9０-９]{2}(?:[:：][0-9０-９]{2})?",
        Trap::Date,
    ),
    (r"[0-9０-９]{1,2}时(?:[0-9０-９]{1,2}分)?", Trap::Date),
    (r"(?:周|星期|礼拜)[一二三四五六日天]", Trap::Date),
    // o'clock (9点30分, 下午3点) and quarters of the year (一季度, 3季度)
    (
        r"[0-9０-９]{1,2}点(?:[0-9０-９]{1,2}分|半|钟|整)",
        Trap::Date,
    ),
    (
        r"(?:上午|下午|晚上|早上|凌晨|中午|傍晚)[0-9０-９一二三四五六七八九十两]{1,3}点(?:[0-9０-９]{1,2}分|半|钟|整)?",
        Trap::Date,
    ),
    (r"[一二三四1-4１-４]季度", Trap::Date),
    (r"(?:19|20)[0-9]{2}[01]?[0-9][0-3]?[0-9]日", Trap::Date),
];

/// Marks before a number at the start of a line (or after a sentence end) that make it a heading enumerator.
pub const HEADING_AFTER: &[char] = &['、', '．', '.', '）', ')', '-'];
/// Punctuation after which a heading enumerator may start inside a line.
pub const SENTENCE_ENDS: &[char] = &['。', '；', '：', '！', '？', ';', ':'];
/// Brackets around a year in a document number (国发〔2014〕62号).
pub const DOC_OPEN: &[char] = &['〔', '[', '【', '［', '（', '(', '﹝'];
pub const DOC_CLOSE: &[char] = &['〕', ']', '】', '］', '）', ')', '﹞'];
/// Spaces allowed between a number and its unit (2015 年, 20-25 家).
pub const SPACES: &[char] = &[' ', '\u{a0}', '\u{3000}', '\t', '\u{2009}', '\u{202f}'];
