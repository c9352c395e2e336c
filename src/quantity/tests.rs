use super::*;

fn first(text: &str) -> Quantity {
    find(text)
        .into_iter()
        .next()
        .unwrap_or_else(|| panic!("nothing found in {text}"))
}

fn close(a: f64, b: f64) -> bool {
    (a - b).abs() <= 1e-9 * a.abs().max(b.abs()).max(1.0)
}

/// (text, quantity text, value, unit, kind): the first quantity of each text.
const VALUES: &[(&str, &str, f64, &str, Kind)] = &[
    ("全年新增孵化器8家", "8家", 8.0, "家", Kind::Count),
    ("投资8亿", "8亿", 8.0, "亿", Kind::Count),
    ("引进内资 3 亿元", "3 亿元", 3.0, "亿元", Kind::Money),
    (
        "外资 5000 万美元",
        "5000 万美元",
        5000.0,
        "万美元",
        Kind::Money,
    ),
    ("总量1.3万亿", "1.3万亿", 1.3, "万亿", Kind::Count),
    (
        "达到13.57万亿元",
        "13.57万亿元",
        13.57,
        "万亿元",
        Kind::Money,
    ),
    (
        "资金1186.31万元",
        "1186.31万元",
        1186.31,
        "万元",
        Kind::Money,
    ),
    ("增长14%", "14%", 14.0, "%", Kind::Percent),
    ("增长１４％", "１４％", 14.0, "％", Kind::Percent),
    ("比重百分之八十五", "百分之八十五", 85.0, "%", Kind::Percent),
    ("百分之负三点八", "百分之负三点八", -3.8, "%", Kind::Percent),
    ("提高2个百分点", "2个百分点", 2.0, "个百分点", Kind::Points),
    ("一千五百", "一千五百", 1500.0, "", Kind::Count),
    ("同比增长 13.96%", "13.96%", 13.96, "%", Kind::Percent),
    ("增长-11.7%", "-11.7%", -11.7, "%", Kind::Percent),
    ("-10.1万", "-10.1万", -10.1, "万", Kind::Count),
    ("负十", "负十", -10.0, "", Kind::Count),
    (
        "零下四摄氏度",
        "零下四摄氏度",
        -4.0,
        "摄氏度",
        Kind::Measure,
    ),
    ("温度39℃", "39℃", 39.0, "℃", Kind::Measure),
    ("壹拾壹元整", "壹拾壹元整", 11.0, "元", Kind::Money),
    (
        "壹佰捌拾壹圆柒角",
        "壹佰捌拾壹圆柒角",
        181.7,
        "圆",
        Kind::Money,
    ),
    (
        "壹拾壹元壹角壹分",
        "壹拾壹元壹角壹分",
        11.11,
        "元",
        Kind::Money,
    ),
    ("壹元零壹分", "壹元零壹分", 1.01, "元", Kind::Money),
    ("肆角叁分", "肆角叁分", 0.43, "元", Kind::Money),
    ("概率是1/2", "1/2", 0.5, "", Kind::Count),
    ("二分之一", "二分之一", 0.5, "", Kind::Count),
    (
        "新建公路6700多公里",
        "6700多公里",
        6700.0,
        "公里",
        Kind::Measure,
    ),
    ("发布信息1700余条", "1700余条", 1700.0, "条", Kind::Count),
    (
        "动态信息11748篇(条)",
        "11748篇(条)",
        11748.0,
        "篇(条)",
        Kind::Count,
    ),
    ("带宽达到万兆", "万兆", 10000.0, "兆", Kind::Measure),
    ("带宽达到300M", "300M", 300.0, "M", Kind::Measure),
    ("近万人次", "万人次", 10000.0, "人次", Kind::Count),
    ("半斤", "半斤", 0.5, "斤", Kind::Measure),
    ("建设两个平台", "两个", 2.0, "个", Kind::Count),
    (
        "人次1,234,567人次",
        "1,234,567人次",
        1234567.0,
        "人次",
        Kind::Count,
    ),
    ("培训3000人次", "3000人次", 3000.0, "人次", Kind::Count),
    ("服务企业600家次", "600家次", 600.0, "家次", Kind::Count),
    (
        "新增用地2万平方米",
        "2万平方米",
        2.0,
        "万平方米",
        Kind::Measure,
    ),
    ("1,234.56", "1,234.56", 1234.56, "", Kind::Count),
    ("5元3角", "5元3角", 5.3, "元", Kind::Money),
    ("三块五毛钱", "三块五毛", 3.5, "块", Kind::Money),
    ("负百分之三", "负百分之三", -3.0, "%", Kind::Percent),
    ("万分之五", "万分之五", 5.0, "‱", Kind::Percent),
    ("１／２", "１／２", 0.5, "", Kind::Count),
    ("8千米", "8千米", 8.0, "千米", Kind::Measure),
    ("装机100万千瓦", "100万千瓦", 100.0, "万千瓦", Kind::Measure),
];

/// (text, quantity text, value): rough figures, read as their stated base with `more` set.
const ROUGH: &[(&str, &str, f64)] = &[
    ("数十家", "数十家", 10.0),
    ("几百万", "几百万", 100.0),
    ("上千人", "上千人", 1000.0),
    ("参与群众数万人", "数万人", 10000.0),
    ("十几家", "十几家", 10.0),
    ("二十几岁", "二十几岁", 20.0),
    ("十来个", "十来个", 10.0),
    ("20来个", "20来个", 20.0),
    ("参与群众万余人", "万余人", 10000.0),
];

#[test]
fn reads_rough_figures_as_their_base() {
    for &(text, qtext, value) in ROUGH {
        let q = first(text);
        assert_eq!(
            (q.text.as_str(), q.value, q.more),
            (qtext, Some(value), true),
            "{text}"
        );
    }
    // 来 begins 来自 and 来宾 too: only before a unit does it make a figure rough.
    assert!(!first("三十来自各地").more);
}

#[test]
fn reads_values_units_and_kinds() {
    for &(text, qtext, value, unit, kind) in VALUES {
        let q = first(text);
        assert_eq!(q.text, qtext, "{text}");
        assert_eq!(&text[q.start..q.end], q.text, "{text}: span");
        assert!(
            close(q.value.unwrap_or(f64::NAN), value),
            "{text}: value {:?}",
            q.value
        );
        assert_eq!(q.unit, unit, "{text}: unit");
        assert_eq!(q.kind, kind, "{text}: kind");
    }
}

/// (text, min, max, unit): ranges.
const RANGES: &[(&str, f64, f64, &str)] = &[
    ("新增高新技术企业 20-25 家", 20.0, 25.0, "家"),
    ("2-5项", 2.0, 5.0, "项"),
    ("1至2家", 1.0, 2.0, "家"),
    ("3～4家", 3.0, 4.0, "家"),
    ("一到二个月", 1.0, 2.0, "个月"),
    ("增长6%-6.5%", 6.0, 6.5, "%"),
    ("1-2个百分点", 1.0, 2.0, "个百分点"),
    ("3万-5万", 3.0, 5.0, "万"),
    ("20万-30万元", 20.0, 30.0, "万元"),
    ("3家至5家", 3.0, 5.0, "家"),
    ("百分之五到百分之十", 5.0, 10.0, "%"),
    ("两三个", 2.0, 3.0, "个"),
    ("三四十家", 30.0, 40.0, "家"),
    ("三四万元", 3.0, 4.0, "万元"),
    ("七八千", 7000.0, 8000.0, ""),
    ("十七八岁", 17.0, 18.0, "岁"),
];

#[test]
fn reads_ranges() {
    for &(text, lo, hi, unit) in RANGES {
        let q = first(text);
        assert_eq!(
            (q.value, q.min, q.max),
            (None, Some(lo), Some(hi)),
            "{text}"
        );
        assert_eq!((q.unit.as_str(), q.op), (unit, Op::Range), "{text}");
    }
}

/// (text, op, explicit): comparison words before and after the number.
const OPS: &[(&str, Op, bool)] = &[
    ("新增8家", Op::Ge, false),
    ("75%以上", Op::Ge, true),
    ("不少于10项", Op::Ge, true),
    ("至少10项", Op::Ge, true),
    ("力争达到100家", Op::Ge, true),
    ("超5000件", Op::Gt, true),
    ("超过 200 份", Op::Gt, true),
    ("突破1万亿元", Op::Gt, true),
    ("控制在3%以内", Op::Le, true),
    ("不超过5%", Op::Le, true),
    ("5%以下", Op::Le, true),
    ("不满18岁", Op::Lt, true),
    ("低于3%", Op::Lt, true),
    ("增长6%左右", Op::Approx, true),
    ("约3000人", Op::Approx, true),
    ("超额完成3项", Op::Ge, false),
];

#[test]
fn reads_comparison_words() {
    for &(text, op, explicit) in OPS {
        let q = first(text);
        assert_eq!((q.op, q.op_explicit), (op, explicit), "{text}");
    }
}

/// (text, quantity text, trap): numbers that are not measured quantities.
const TRAPS: &[(&str, &str, Trap)] = &[
    ("2016年", "2016年", Trap::Year),
    ("2015 年区科委", "2015 年", Trap::Year),
    ("二〇一七年", "二〇一七年", Trap::Year),
    ("2013-2020年", "2013-2020年", Trap::Year),
    ("3月10日", "3", Trap::Date),
    ("于14日发布", "14", Trap::Date),
    ("2017.02.13", "2017", Trap::Date),
    ("2014-01-27", "2014", Trap::Date),
    ("国发〔2014〕62号", "2014", Trap::DocNumber),
    ("[2014]1号", "2014", Trap::DocNumber),
    ("第一", "一", Trap::Ordinal),
    ("第二批", "二批", Trap::Ordinal),
    ("第9次", "9次", Trap::Ordinal),
    ("一、总体要求", "一", Trap::Heading),
    ("（二）加强合作", "二", Trap::Heading),
    ("\n1.加快建设", "1", Trap::Heading),
    ("进一步提高", "一", Trap::Idiom),
    ("推进一体化", "一", Trap::Idiom),
    ("统一部署", "一", Trap::Idiom),
    ("培育一批企业", "一批", Trap::Idiom),
    ("十分重要", "十", Trap::Idiom),
    ("千万不要", "千万", Trap::Idiom),
    ("3.0T磁共振", "3.0", Trap::Code),
    ("5G基站", "5", Trap::Code),
    ("17号线", "17", Trap::Code),
    ("3+1中心", "3", Trap::Code),
    ("151项目", "151", Trap::Code),
    ("“十三五”规划", "十三", Trap::Code),
    ("十四五时期", "十四", Trap::Code),
    ("“四个一”工程", "四个", Trap::Code),
    ("一园三区", "一", Trap::Code),
    ("电话25032066", "25032066", Trap::Code),
    ("上午8:30", "8", Trap::Date),
    ("上午9点30分", "9", Trap::Date),
    ("一季度增长5%", "一", Trap::Date),
    ("1-6月累计", "1-6", Trap::Date),
    ("2019年至2021年", "2019年至2021年", Trap::Year),
    ("\n1.2 加强领导", "1.2", Trap::Heading),
];

#[test]
fn marks_numbers_that_are_not_quantities() {
    for &(text, qtext, trap) in TRAPS {
        let q = first(text);
        assert_eq!((q.text.as_str(), q.trap), (qtext, Some(trap)), "{text}");
    }
}

#[test]
fn leaves_measured_quantities_unmarked() {
    for text in [
        "新增孵化器8家",
        "建设两个平台",
        "3年",
        "增长14%",
        "12个月",
        "第一产业增长3%",
        "3.14159",
        "0.5",
        "百分之一",
        "1000至2000人",
        "一千零一万",
        "提出两三个",
    ] {
        let last = find(text).pop().unwrap();
        assert_eq!(last.trap, None, "{text}: {last:?}");
    }
}

#[test]
fn reports_every_number_in_order_with_byte_offsets() {
    for text in ["十几十", "数十几十", "两三四十", "十七八九十"] {
        let found = find(text);
        assert!(
            found.windows(2).all(|w| w[0].end <= w[1].start),
            "{text}: {found:?}"
        );
    }
    let text = "小王的生日是2012年12月12日，今天股价上涨了8%";
    let found = find(text);
    let values: Vec<_> = found.iter().map(|q| q.value.unwrap()).collect();
    assert_eq!(values, [2012.0, 12.0, 12.0, 8.0]);
    assert!(found.windows(2).all(|w| w[0].end <= w[1].start));
    for q in &found {
        assert_eq!(&text[q.start..q.end], q.text);
    }
    let traps: Vec<_> = found.iter().map(|q| q.trap).collect();
    assert_eq!(
        traps,
        [Some(Trap::Year), Some(Trap::Date), Some(Trap::Date), None]
    );
}

#[test]
fn finds_nothing_in_words_without_numbers() {
    for text in [
        "",
        "负责",
        "两岸关系",
        "半导体产业",
        "重点工作",
        "上半年",
        "万物互联",
        "百姓",
        "一二三四",
        "乱七八糟",
        "三四线城市",
    ] {
        let untrapped: Vec<_> = find(text)
            .into_iter()
            .filter(|q| q.trap.is_none())
            .collect();
        assert!(untrapped.is_empty(), "{text}: {untrapped:?}");
    }
}

#[test]
fn serializes_traps_in_snake_case() {
    let json = serde_json::to_value(first("〔2014〕62号")).unwrap();
    assert_eq!(json["trap"], "doc_number");
    assert_eq!(
        serde_json::to_value(first("8家")).unwrap()["trap"],
        serde_json::Value::Null
    );
}

#[test]
fn a_run_of_hundreds_of_digits_is_no_figure() {
    let text = format!("新增{}千瓦，新增8家", "3".repeat(300));
    let found = find(&text);
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].value, Some(8.0));
}
