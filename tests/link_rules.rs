//! One test per linking rule, on sentences of the kind the corpus holds.

use plantrack::extract::Item;
use plantrack::judge;
use plantrack::link::{self, Link};
use plantrack::model::{Op, Verdict};

fn item(section: &str, quote: &str, metric: &str, value: f64, unit: &str) -> Item {
    Item {
        section: section.into(),
        quote: quote.into(),
        metric: metric.into(),
        value: Some(value),
        unit: unit.into(),
        ..Item::default()
    }
}

fn target(quote: &str, metric: &str, op: Op, value: f64, unit: &str) -> Item {
    Item {
        op,
        ..item("", quote, metric, value, unit)
    }
}

fn only(targets: &[Item], actuals: &[Item]) -> Link {
    let links = link::match_all(targets, actuals);
    assert_eq!(links.len(), targets.len());
    links[0].clone()
}

fn verdict(t: &Item, a: &[Item]) -> Verdict {
    let l = only(std::slice::from_ref(t), a);
    judge::compute(&link::to_target(t, l.actual.map(|j| &a[j]), "summary")).verdict
}

#[test]
fn same_metric_same_unit_links_with_a_reason() {
    let t = target("全年新增孵化器8家", "新增孵化器", Op::Ge, 8.0, "家");
    let a = item("", "新增孵化器10家", "新增孵化器", 10.0, "家");
    let l = only(&[t], &[a]);
    assert_eq!(l.actual, Some(0));
    assert!(l.score > 0.99);
    assert_eq!(l.reason, "same metric 新增孵化器, same unit 家");
}

#[test]
fn units_compare_after_scales_fold() {
    let t = target(
        "技术合同成交额达到1亿元",
        "技术合同成交额",
        Op::Ge,
        1.0,
        "亿元",
    );
    let a = item(
        "",
        "技术合同成交金额12000万元",
        "技术合同成交金额",
        12000.0,
        "万元",
    );
    assert_eq!(verdict(&t, &[a]), Verdict::Met);
}

#[test]
fn unit_clash_is_no_link() {
    let t = target("新增孵化器8家", "新增孵化器", Op::Ge, 8.0, "家");
    let a = item("", "新增孵化器增长10%", "新增孵化器", 10.0, "%");
    let l = only(&[t], &[a]);
    assert_eq!(l.actual, None);
    assert_eq!(l.reason, "unit clash: 家 vs %");
}

#[test]
fn percent_is_not_percentage_points() {
    let t = target(
        "城镇化率提高1个百分点",
        "城镇化率提高",
        Op::Ge,
        1.0,
        "个百分点",
    );
    let a = item("", "城镇化率达到60%", "城镇化率", 60.0, "%");
    assert_eq!(only(&[t], &[a]).actual, None);
}

#[test]
fn a_cumulative_total_does_not_measure_a_yearly_increment() {
    let t = target("全年新增孵化器8家", "新增孵化器", Op::Ge, 8.0, "家");
    let a = item("", "累计孵化器32家", "累计孵化器", 32.0, "家");
    let l = only(&[t], &[a]);
    assert_eq!(l.actual, None);
    assert_eq!(l.reason, "scope mismatch: 新增 vs 累计");
}

#[test]
fn a_level_does_not_measure_a_growth_rate() {
    let t = target("国内生产总值增长6%", "国内生产总值增长", Op::Ge, 6.0, "%");
    let level = item(
        "",
        "国内生产总值达到126万亿元",
        "国内生产总值",
        126.0,
        "万亿元",
    );
    assert_eq!(
        only(std::slice::from_ref(&t), std::slice::from_ref(&level)).actual,
        None
    );
    let growth = item(
        "",
        "国内生产总值达到126万亿元,增长5.2%",
        "国内生产总值",
        5.2,
        "%",
    );
    assert_eq!(only(&[t], &[level, growth]).actual, Some(1));
}

#[test]
fn a_share_does_not_measure_a_growth_rate() {
    let t = target(
        "全社会研发经费支出相当于上海地区生产总值的4.3%左右",
        "研发经费支出占生产总值比例",
        Op::Approx,
        4.3,
        "%",
    );
    let a = item(
        "",
        "全市生产总值达到4.72万亿元,增长5%",
        "全市生产总值增长率",
        5.0,
        "%",
    );
    let l = only(&[t], &[a]);
    assert_eq!(l.actual, None);
    assert!(l.reason.starts_with("figure mismatch"), "{}", l.reason);
}

#[test]
fn synonyms_link() {
    let cases = [
        ("专利申请量", "件", "申请专利", "件"),
        ("新认定高新技术企业", "家", "新培育高新技术企业", "家"),
        ("国内生产总值增长", "%", "GDP增长", "%"),
        ("地区生产总值增长", "%", "经济增长", "%"),
        ("居民消费价格涨幅", "%", "居民消费价格上涨", "%"),
        ("居民消费价格涨幅", "%", "CPI上涨", "%"),
    ];
    for (tm, tu, am, au) in cases {
        let t = target(tm, tm, Op::Ge, 1.0, tu);
        let a = item("", am, am, 2.0, au);
        assert_eq!(only(&[t], &[a]).actual, Some(0), "{tm} ~ {am}");
    }
}

#[test]
fn traditional_characters_link_and_keep_their_direction() {
    let t = target(
        "居民消費價格漲幅3%左右",
        "居民消費價格漲幅",
        Op::Approx,
        3.0,
        "%",
    );
    let a = item("", "居民消费价格上涨2.9%", "居民消费价格涨幅", 2.9, "%");
    assert_eq!(verdict(&t, &[a]), Verdict::Met);
    let high = item("", "居民消费价格上涨3.5%", "居民消费价格涨幅", 3.5, "%");
    assert_eq!(verdict(&t, &[high]), Verdict::Missed);
}

#[test]
fn the_nearer_section_breaks_a_tie() {
    let t = Item {
        section: "三.(一)".into(),
        ..target("新增孵化器8家", "新增孵化器", Op::Ge, 8.0, "家")
    };
    let far = item("一.2", "新增孵化器10家", "新增孵化器", 10.0, "家");
    let near = item("三.(一)", "新增孵化器6家", "新增孵化器", 6.0, "家");
    assert_eq!(
        only(std::slice::from_ref(&t), &[far.clone(), near.clone()]).actual,
        Some(1)
    );
    assert_eq!(only(&[t], &[near, far]).actual, Some(0));
}

#[test]
fn below_the_threshold_nothing_links() {
    let t = target("专利授权量2000件", "专利授权量", Op::Ge, 2000.0, "件");
    let a = item("", "专利申请量5312件", "专利申请量", 5312.0, "件");
    let l = only(&[t], &[a]);
    assert_eq!(l.actual, None);
    assert_eq!(l.reason, "not reported");
}

#[test]
fn rival_qualifiers_are_different_metrics() {
    let t = target("城镇登记失业率4.5%以内", "城镇登记失业率", Op::Le, 4.5, "%");
    let a = item("", "城镇调查失业率平均为5.1%", "城镇调查失业率", 5.1, "%");
    assert_eq!(only(&[t], &[a]).actual, None);
}

#[test]
fn the_whole_beats_a_part() {
    let whole = target("生产总值达到3万亿元", "地区生产总值", Op::Ge, 3.0, "万亿元");
    let part = item(
        "",
        "广州经济总量突破3万亿元",
        "广州地区生产总值",
        3.0,
        "万亿元",
    );
    let all = item(
        "",
        "地区生产总值达到13.57万亿元",
        "地区生产总值",
        13.57,
        "万亿元",
    );
    assert_eq!(only(&[whole], &[part, all]).actual, Some(1));
}

#[test]
fn an_actual_goes_to_the_target_it_measures_best() {
    let invention = target(
        "发明专利申请量1000件",
        "发明专利申请量",
        Op::Ge,
        1000.0,
        "件",
    );
    let all = target("专利申请量超5000件", "专利申请量", Op::Gt, 5000.0, "件");
    let a = item("", "专利申请量5312件", "专利申请量", 5312.0, "件");
    let alone = only(std::slice::from_ref(&invention), std::slice::from_ref(&a));
    assert_eq!(
        alone.actual,
        Some(0),
        "without a rival the general figure links"
    );
    let links = link::match_all(&[invention, all], &[a]);
    assert_eq!(links[0].actual, None);
    assert!(
        links[0].reason.contains("专利申请量超5000件"),
        "{}",
        links[0].reason
    );
    assert_eq!(links[1].actual, Some(0));
}

#[test]
fn a_sub_category_does_not_measure_the_whole() {
    let t = target("新增企业200家", "新增企业", Op::Ge, 200.0, "家");
    let a = item("", "新增高新技术企业63家", "新增高新技术企业", 63.0, "家");
    let l = only(&[t], &[a]);
    assert_eq!(l.actual, None);
    assert_eq!(
        l.reason,
        "scope mismatch: sub-category 高新技术企业 of 企业"
    );
    let t = target("地区生产总值3万亿元", "地区生产总值", Op::Ge, 3.0, "万亿元");
    let a = item("", "广州经济总量突破3万亿元", "广州经济总量", 3.0, "万亿元");
    assert_eq!(only(&[t], &[a]).actual, None);
}

#[test]
fn a_decline_counts_as_negative_growth() {
    let t = Item {
        min: Some(8.0),
        max: Some(10.0),
        value: None,
        ..target(
            "商品销售总额增长8-10%",
            "商品销售总额增长",
            Op::Range,
            0.0,
            "%",
        )
    };
    let a = item("", "商品销售总额下降4.1%", "商品销售总额", 4.1, "%");
    let l = only(std::slice::from_ref(&t), std::slice::from_ref(&a));
    assert_eq!(l.actual, Some(0));
    let judged = link::to_target(&t, Some(&a), "summary");
    assert_eq!(judged.actual.as_ref().map(|x| x.value), Some(-4.1));
    assert_eq!(judge::compute(&judged).verdict, Verdict::Missed);
}

#[test]
fn a_goal_without_a_number_says_so() {
    let t = Item {
        value: None,
        ..target("稳定增长", "外贸进出口总额增长", Op::Ge, 0.0, "")
    };
    let a = item("", "外贸进出口总额增长3.2%", "外贸进出口总额增长", 3.2, "%");
    let l = only(&[t], &[a]);
    assert_eq!(l.actual, None);
    assert_eq!(l.reason, "no number in the goal");
}

#[test]
fn linked_target_keeps_score_and_reason() {
    let t = target("新增孵化器8家", "新增孵化器", Op::Ge, 8.0, "家");
    let a = item("", "新增孵化器10家", "新增孵化器", 10.0, "家");
    let l = only(std::slice::from_ref(&t), std::slice::from_ref(&a));
    let judged = link::linked_target(&t, Some(&a), &l, "summary");
    let actual = judged.actual.expect("linked");
    assert_eq!(actual.reason.as_deref(), Some(l.reason.as_str()));
    assert_eq!(actual.score, Some(l.score));
}

#[test]
fn a_verb_of_gaining_reports_the_same_additions() {
    let t = target(
        "新增高新技术企业50家",
        "新增高新技术企业",
        Op::Ge,
        50.0,
        "家",
    );
    let recognised = item(
        "",
        "全年认定高新技术企业63家",
        "认定高新技术企业",
        63.0,
        "家",
    );
    assert_eq!(verdict(&t, &[recognised]), Verdict::Met);
    // A qualifier that is not a verb still makes a sub-category.
    let part = item(
        "",
        "新增科技型高新技术企业63家",
        "新增科技型高新技术企业",
        63.0,
        "家",
    );
    assert_eq!(verdict(&t, &[part]), Verdict::Unmeasured);
}

#[test]
fn people_count_in_any_of_their_measure_words() {
    let t = target("引进高层次人才50名", "引进高层次人才", Op::Ge, 50.0, "名");
    let a = item("", "引进高层次人才45人", "引进高层次人才", 45.0, "人");
    assert_eq!(verdict(&t, &[a]), Verdict::Missed);
}

#[test]
fn a_result_said_as_beyond_the_promise_meets_it() {
    let t = target("税收收入突破100亿元", "税收收入", Op::Gt, 100.0, "亿元");
    let a = Item {
        more: true,
        ..item("", "税收收入突破100亿元", "税收收入", 100.0, "亿元")
    };
    assert_eq!(verdict(&t, &[a]), Verdict::Met);
}

#[test]
fn verbs_of_doing_and_registration_wording_do_not_part_a_metric() {
    let t = target(
        "发放科技创新券不少于1亿元",
        "发放科技创新券",
        Op::Ge,
        1.0,
        "亿元",
    );
    let a = item("", "共发放创新券1.2亿元", "发放创新券", 1.2, "亿元");
    assert_eq!(verdict(&t, &[a]), Verdict::Met);
    let t = target(
        "技术合同成交额达到200亿元",
        "技术合同成交额",
        Op::Ge,
        200.0,
        "亿元",
    );
    let a = item(
        "",
        "技术合同登记成交额达到186.5亿元",
        "技术合同登记成交额",
        186.5,
        "亿元",
    );
    assert_eq!(verdict(&t, &[a]), Verdict::Missed);
}
