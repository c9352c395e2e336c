use super::*;
use crate::outline::Part;

/// Extract from a text read wholly as a plan (or a summary) part.
fn run(text: &str, kind: PartKind) -> Extracted {
    let doc = Document {
        text: text.to_string(),
        ..Document::default()
    };
    let outline = Outline {
        parts: vec![Part {
            kind,
            year: None,
            from: None,
            start: 0,
            end: text.len(),
        }],
        ..Outline::default()
    };
    extract(&doc, &outline)
}

/// (quote, metric) of each item.
fn quoted(items: &[Item]) -> Vec<(&str, &str)> {
    items
        .iter()
        .map(|i| (i.quote.as_str(), i.metric.as_str()))
        .collect()
}

/// (metric, value) of each item.
fn valued(items: &[Item]) -> Vec<(&str, Option<f64>)> {
    items.iter().map(|i| (i.metric.as_str(), i.value)).collect()
}

fn only(items: &[Item]) -> &Item {
    assert_eq!(items.len(), 1, "{items:#?}");
    &items[0]
}

#[test]
fn a_plain_yearly_target() {
    let got = run("深入推进大孵化器建设。全年新增孵化器8家。", PartKind::Plan);
    let t = only(&got.targets);
    assert_eq!(
        (t.metric.as_str(), t.op, t.value, t.unit.as_str()),
        ("新增孵化器", Op::Ge, Some(8.0), "家")
    );
    assert_eq!(t.quote, "全年新增孵化器8家");
}

#[test]
fn comparison_words_set_the_op() {
    let got = run(
        "专利申请量超5000件,高新技术企业总数超过520家,覆盖率达85%以上。",
        PartKind::Plan,
    );
    let ops: Vec<_> = got
        .targets
        .iter()
        .map(|t| (t.metric.as_str(), t.op))
        .collect();
    assert_eq!(
        ops,
        [
            ("专利申请量", Op::Gt),
            ("高新技术企业总数", Op::Gt),
            ("覆盖率", Op::Ge)
        ]
    );
}

#[test]
fn two_figures_in_one_clause_are_two_targets() {
    let got = run("引进内资 3 亿元、外资 5000 万美元。", PartKind::Plan);
    let units: Vec<_> = got.targets.iter().map(|t| t.unit.as_str()).collect();
    assert_eq!(units, ["亿元", "万美元"]);
    assert!(got.targets[1].metric.contains("外资"));
}

#[test]
fn baselines_and_history_are_not_targets() {
    let got = run("依托4家国家级科技企业孵化器,目前全区共有院士专家工作站18家。过去五年,进出口总额连续两年超过4万亿元。", PartKind::Plan);
    assert!(got.targets.is_empty(), "{:#?}", got.targets);
}

#[test]
fn dates_and_slogans_are_not_targets() {
    let got = run("2015年3月10日印发。围绕企业集聚、企业培育、生态营造三个板块,落实国发〔2014〕62号,推进“四个一”。", PartKind::Plan);
    assert!(got.targets.is_empty(), "{:#?}", got.targets);
}

#[test]
fn a_change_borrows_its_subject() {
    let got = run(
        "全区软件和信息服务业实现销售额214.9亿元,同比增长 13.96%。",
        PartKind::Summary,
    );
    assert_eq!(got.actuals.len(), 2);
    assert_eq!(got.actuals[1].metric, "软件和信息服务业销售额同比增长");
    assert_eq!(got.actuals[1].value, Some(13.96));
}

#[test]
fn a_counted_noun_after_the_measure_word_joins_the_metric() {
    let got = run("新引进45家企业。", PartKind::Summary);
    assert_eq!(only(&got.actuals).metric, "新引进企业");
}

#[test]
fn a_flattened_table_gives_targets_and_actuals_by_row() {
    let text = "表1:主要指标完成情况\n序号\n指标名称\n属性\n完成情况\n年度目标\n绝对值\n同比增长\n1\n地区生产总值\n预期性\n16013.40亿元\n1.1%\n增长6%左右\n2\n新认定高新技术企业数\n1916家\n1600家以上\n";
    let got = run(text, PartKind::Summary);
    let t: Vec<_> = got
        .targets
        .iter()
        .map(|t| (t.metric.as_str(), t.value, t.row))
        .collect();
    assert_eq!(
        t,
        [
            ("地区生产总值增长", Some(6.0), Some(0)),
            ("新认定高新技术企业数", Some(1600.0), Some(1))
        ]
    );
    let a: Vec<_> = got
        .actuals
        .iter()
        .map(|a| (a.metric.as_str(), a.value))
        .collect();
    assert_eq!(
        a,
        [
            ("地区生产总值", Some(16013.4)),
            ("地区生产总值增长", Some(1.1)),
            ("新认定高新技术企业数", Some(1916.0))
        ]
    );
}

#[test]
fn an_attribute_belongs_to_the_thing_counted_before_it() {
    let got = run("认定技术合同230份,成交金额7.6亿元。", PartKind::Summary);
    assert_eq!(got.actuals[1].metric, "技术合同成交金额");
}

#[test]
fn list_markers_stay_out_of_quotes_and_metrics() {
    let got = run(
        "（1）新增高新技术企业50家。\n①全年新增孵化器8家。\n2、完成技术合同登记300项。",
        PartKind::Plan,
    );
    let read = quoted(&got.targets);
    assert_eq!(
        read,
        [
            ("新增高新技术企业50家", "新增高新技术企业"),
            ("全年新增孵化器8家", "新增孵化器"),
            ("完成技术合同登记300项", "技术合同登记")
        ]
    );
}

#[test]
fn a_chinese_numeral_closing_a_promise_is_a_target() {
    let got = run(
        "新增高新技术企业二十家。打造三大板块，实现四个一。",
        PartKind::Plan,
    );
    let t = only(&got.targets);
    assert_eq!(
        (t.metric.as_str(), t.value),
        ("新增高新技术企业", Some(20.0))
    );
}

#[test]
fn a_metric_naming_a_holding_is_not_a_baseline() {
    let got = run(
        "全区拥有高新技术企业500家。每万人口发明专利拥有量达到50件。",
        PartKind::Plan,
    );
    let t = only(&got.targets);
    assert_eq!(t.metric, "每万人口发明专利拥有量");
}

#[test]
fn concentrations_keep_their_rate_unit() {
    let got = run("PM2.5平均浓度控制在35微克/立方米以内。", PartKind::Plan);
    let t = only(&got.targets);
    assert_eq!(
        (t.op, t.value, t.unit.as_str()),
        (Op::Le, Some(35.0), "微克/立方米")
    );
}

#[test]
fn figures_given_respectively_take_their_own_subjects() {
    let got = run(
        "全年新增高新技术企业、科技小巨人企业分别为63家、12家。专利申请量和授权量分别达到5230件和2100件。",
        PartKind::Summary,
    );
    let read: Vec<_> = got
        .actuals
        .iter()
        .map(|a| (a.quote.as_str(), a.metric.as_str(), a.value))
        .collect();
    assert_eq!(
        read,
        [
            (
                "全年新增高新技术企业、科技小巨人企业分别为63家",
                "新增高新技术企业",
                Some(63.0)
            ),
            ("12家", "新增科技小巨人企业", Some(12.0)),
            (
                "专利申请量和授权量分别达到5230件",
                "专利申请量",
                Some(5230.0)
            ),
            ("2100件", "专利授权量", Some(2100.0)),
        ]
    );
}

#[test]
fn a_stretch_figure_keeps_the_metric_just_named() {
    let got = run("全年GDP增长7.5%左右，力争8%。", PartKind::Plan);
    let read: Vec<_> = got
        .targets
        .iter()
        .map(|t| (t.metric.as_str(), t.op, t.value))
        .collect();
    assert_eq!(
        read,
        [
            ("GDP增长", Op::Approx, Some(7.5)),
            ("GDP增长", Op::Ge, Some(8.0))
        ]
    );
}

#[test]
fn a_like_figure_of_a_broader_thing_is_no_restatement() {
    let got = run(
        "新增区科技小巨人(培育)企业10家。首次开展评审工作,10家企业列为试点企业。",
        PartKind::Summary,
    );
    let metrics: Vec<_> = got.actuals.iter().map(|a| a.metric.as_str()).collect();
    assert_eq!(metrics, ["新增区科技小巨人(培育)企业", "企业列为试点企业"]);
}

#[test]
fn the_session_s_attendance_is_no_result() {
    let got = run(
        "各国驻华使节以及近2900名代表出席开幕式。全年新增就业1100万人。",
        PartKind::Summary,
    );
    let t = only(&got.actuals);
    assert_eq!(t.value, Some(1100.0));
}

#[test]
fn a_sentence_wrapped_across_lines_keeps_its_metric() {
    let text = "全年新增孵化器8家，专利申请量超5000件，新增高新技术企业\n20-25家，技术合同成交额达到15亿元。\n一、保障措施\n加强组织领导。";
    let got = run(text, PartKind::Plan);
    let read = quoted(&got.targets);
    assert_eq!(
        read,
        [
            ("全年新增孵化器8家", "新增孵化器"),
            ("专利申请量超5000件", "专利申请量"),
            ("20-25家", "新增高新技术企业"),
            ("技术合同成交额达到15亿元", "技术合同成交额"),
        ]
    );
}

#[test]
fn short_lines_and_headings_break_hard() {
    let wrapped = "全年新增孵化器8家，专利申请量超5000件，新增\n高新技术企业";
    assert!(phrase::is_soft_break(wrapped, wrapped.find('\n').unwrap()));
    for text in [
        "一、主要目标\n全年新增孵化器8家",
        "全年新增孵化器8家，专利申请量超5000件，新增\n二、保障措施",
        "全年新增孵化器8家，专利申请量超5000件，新增\n\n高新技术企业",
        "全年新增孵化器8家，专利申请量超5000件。\n高新技术企业",
        "一、聚焦以张江嘉定园为核心的创新载体建设\n新增孵化器8家",
    ] {
        assert!(
            !phrase::is_soft_break(text, text.find('\n').unwrap()),
            "{text}"
        );
    }
}

#[test]
fn a_summary_s_ratios_to_plan_and_restated_targets_are_no_results() {
    let got = run(
        "技术合同登记成交额达到186.5亿元，完成年度目标的124%。吸引参赛项目526个，比上年增加86个。PCT国际专利申请量仅为180件，未达到200件的年度目标。",
        PartKind::Summary,
    );
    let read = valued(&got.actuals);
    assert_eq!(
        read,
        [
            ("技术合同登记成交额", Some(186.5)),
            ("吸引参赛项目", Some(526.0)),
            ("吸引参赛项目比上年增加", Some(86.0)),
            ("PCT国际专利申请量", Some(180.0)),
        ]
    );
}

#[test]
fn a_list_of_bulleted_items_ending_in_semicolons_is_body() {
    let text = "2025年工作要点\n——新增高新技术企业50家；\n●专利申请量超5000件；\n· 新增孵化器8家。";
    let got = run(text, PartKind::Plan);
    assert_eq!(
        quoted(&got.targets),
        [
            ("新增高新技术企业50家", "新增高新技术企业"),
            ("专利申请量超5000件", "专利申请量"),
            ("新增孵化器8家", "新增孵化器"),
        ]
    );
}

#[test]
fn a_change_in_brackets_takes_the_subject_before_it() {
    let got = run(
        "实现规上工业产值1200亿元（同比增长8.5%），完成固定资产投资300亿元（增长12%）。",
        PartKind::Summary,
    );
    assert_eq!(
        quoted(&got.actuals),
        [
            ("实现规上工业产值1200亿元", "规上工业产值"),
            ("同比增长8.5%", "规上工业产值同比增长"),
            ("完成固定资产投资300亿元", "固定资产投资"),
            ("增长12%", "固定资产投资增长"),
        ]
    );
}

#[test]
fn a_verb_alone_counts_the_thing_just_named() {
    let got = run(
        "全年高新技术企业达到363家，其中新认定50家、复审通过13家。新开工保障性住房1200套，基本建成800套。",
        PartKind::Summary,
    );
    assert_eq!(
        valued(&got.actuals),
        [
            ("高新技术企业", Some(363.0)),
            ("新认定高新技术企业", Some(50.0)),
            ("复审通过高新技术企业", Some(13.0)),
            ("新开工保障性住房", Some(1200.0)),
            ("建成保障性住房", Some(800.0)),
        ]
    );
}

#[test]
fn an_outcome_after_a_restated_target_is_a_result() {
    let got = run(
        "年初确定的目标是新增高新技术企业50家，实际新增63家。明年的目标是新增70家。",
        PartKind::Summary,
    );
    assert_eq!(valued(&got.actuals), [("新增高新技术企业", Some(63.0))]);
}

#[test]
fn a_label_before_a_colon_names_the_figure_after_it() {
    let got = run(
        "地区生产总值：增长6%左右。\n高新技术企业：新增50家。",
        PartKind::Plan,
    );
    assert_eq!(
        valued(&got.targets),
        [
            ("地区生产总值增长", Some(6.0)),
            ("新增高新技术企业", Some(50.0))
        ]
    );
}

#[test]
fn the_thing_counted_after_the_number_names_the_figure() {
    // Number first, with what the clause says of the things counted.
    let got = run(
        "全年有36个街道（镇）开展垃圾分类示范创建。完成12万平方米老旧小区综合整治。",
        PartKind::Summary,
    );
    assert_eq!(
        valued(&got.actuals),
        [
            ("街道（镇）开展垃圾分类示范创建", Some(36.0)),
            ("老旧小区综合整治", Some(12.0)),
        ]
    );
    // Examples before 等 give way to the thing they exemplify.
    let got = run(
        "推动养老、托育、助餐等8类社区服务设施建设。",
        PartKind::Plan,
    );
    assert_eq!(only(&got.targets).metric, "社区服务设施建设");
    // A year inside the phrase is read through; a figure said of a thing (的) takes it.
    let got = run(
        "8家企业列入2024年市级专精特新企业。建成惠及2.6万人的社区卫生服务站。",
        PartKind::Summary,
    );
    assert_eq!(
        valued(&got.actuals),
        [
            ("企业列入市级专精特新企业", Some(8.0)),
            ("建成惠及社区卫生服务站", Some(2.6)),
        ]
    );
    // A metric before the number keeps its own words.
    let got = run("新增孵化器8家，服务企业300家。", PartKind::Plan);
    assert_eq!(
        valued(&got.targets),
        [("新增孵化器", Some(8.0)), ("服务企业", Some(300.0))]
    );
}

#[test]
fn a_level_moved_from_one_figure_to_another_keeps_its_subject() {
    // Any short verb before 到 moves a level; the first figure is where it started.
    let got = run("市级重点实验室从12家跃升到31家。", PartKind::Summary);
    assert_eq!(valued(&got.actuals), [("市级重点实验室", Some(31.0))]);
    // The subject stands in the clause before the starting point.
    let got = run(
        "全区研发经费投入，从2019年的45亿元增加到2023年的82亿元。",
        PartKind::Summary,
    );
    assert_eq!(only(&got.actuals).metric, "研发经费");
}

#[test]
fn respectively_refers_to_the_figures_just_given() {
    let got = run(
        "全区职工平均工资9800元，农民人均收入4100元，扣除物价因素，分别实际增长6.1%和7.3%。",
        PartKind::Summary,
    );
    let metrics: Vec<_> = got.actuals.iter().map(|a| a.metric.as_str()).collect();
    assert_eq!(
        metrics,
        [
            "职工平均工资",
            "农民人均收入",
            "职工平均工资实际增长",
            "农民人均收入实际增长"
        ]
    );
    // 分别 opening its clause takes the list of the clause before.
    let got = run(
        "职工平均工资和农民人均收入，分别增长6.1%和7.3%。",
        PartKind::Summary,
    );
    let metrics: Vec<_> = got.actuals.iter().map(|a| a.metric.as_str()).collect();
    assert_eq!(metrics, ["职工平均工资增长", "农民人均收入增长"]);
}

#[test]
fn a_traditional_script_metric_is_named_in_simplified_script() {
    let got = run(
        "今年全市社會消費品零售總額(é)增長6%左右，城鎮新增就業（jiù yè）12萬人。",
        PartKind::Plan,
    );
    let metrics: Vec<_> = got.targets.iter().map(|t| t.metric.as_str()).collect();
    assert_eq!(metrics, ["社会消费品零售总额增长", "城镇新增就业"]);
    // The quote stays as the page wrote it.
    assert!(got.targets[0].quote.contains("總額(é)增長"));
}
