//! Linking as a reader links: a plan and the next year's review, written for the test
//! in the way complete reports say things, each pair holding one class of link.

use plantrack::analyse::{analyse, Analysis};
use plantrack::{judge, link};

fn read(text: &str) -> Analysis {
    analyse(plantrack::read::read_bytes(text.as_bytes()))
}

/// Each target's quote with its verdict and the quote of its actual.
fn judged(plan: &str, review: &str) -> Vec<(String, &'static str, Option<String>)> {
    let (p, r) = (read(plan), read(review));
    link::match_all(&p.targets, &r.actuals)
        .iter()
        .map(|l| {
            let t = &p.targets[l.target];
            let a = l.actual.map(|i| &r.actuals[i]);
            let v = judge::compute(&link::to_target(t, a, "review")).verdict;
            (t.quote.clone(), v.as_str(), a.map(|x| x.quote.clone()))
        })
        .collect()
}

fn verdict_of<'a>(
    links: &'a [(String, &'static str, Option<String>)],
    quote_part: &str,
) -> &'a (String, &'static str, Option<String>) {
    links
        .iter()
        .find(|(q, _, _)| q.contains(quote_part))
        .unwrap_or_else(|| panic!("no target quoting {quote_part}: {links:?}"))
}

const PLAN_HEAD: &str = "# source: https://example.org/a | 2031年某省政府工作报告\n\
    一、2030年工作回顾\n过去一年，全省经济运行总体平稳。\n二、2031年主要目标和任务\n";
const REVIEW_HEAD: &str = "# source: https://example.org/b | 2032年某省政府工作报告\n\
    一、2031年工作回顾\n";
const REVIEW_TAIL: &str = "\n二、2032年主要目标和任务\n今年要继续努力。\n";

fn pair(plan_body: &str, review_body: &str) -> Vec<(String, &'static str, Option<String>)> {
    judged(
        &format!("{PLAN_HEAD}{plan_body}\n"),
        &format!("{REVIEW_HEAD}{review_body}{REVIEW_TAIL}"),
    )
}

#[test]
fn a_result_said_with_verbs_alone_takes_the_subject_named_before() {
    let links = pair(
        "单位地区生产总值能耗降低3%左右。",
        "单位地区生产总值能耗由前两年分别上升1.1%、0.4%，转为下降3.4%。",
    );
    let (_, v, a) = verdict_of(&links, "能耗降低3%");
    assert_eq!((*v, a.as_deref()), ("met", Some("转为下降3.4%")));
}

#[test]
fn a_change_against_last_year_is_a_target_and_measures_only_a_change() {
    let links = pair(
        "省级财政用于农业的支出达到420亿元，比上年增加35亿元。",
        "省级财政用于农业的支出431亿元，比上年增加46亿元。",
    );
    let (_, v, a) = verdict_of(&links, "比上年增加35亿元");
    assert_eq!((*v, a.as_deref()), ("met", Some("比上年增加46亿元")));
    let (_, v, a) = verdict_of(&links, "420亿元");
    assert_eq!(*v, "met");
    assert!(a.as_deref().is_some_and(|q| q.contains("431亿元")), "{a:?}");
}

#[test]
fn a_programme_fund_is_not_measured_by_a_total_ten_times_larger() {
    let links = pair(
        "省级财政拟投入42亿元，支持中小企业技术改造。",
        "全省财政支出8260亿元。",
    );
    let (_, v, a) = verdict_of(&links, "42亿元");
    assert_eq!((*v, a.as_deref()), ("unmeasured", None));
}

#[test]
fn a_sentence_of_intent_in_a_review_reports_nothing() {
    let review = read(&format!(
        "{REVIEW_HEAD}全年完成投资510亿元。省级财政拟安排专项资金30亿元，用于明年的水利建设。{REVIEW_TAIL}"
    ));
    let quotes: Vec<&str> = review.actuals.iter().map(|a| a.quote.as_str()).collect();
    assert!(quotes.iter().any(|q| q.contains("510亿元")), "{quotes:?}");
    assert!(!quotes.iter().any(|q| q.contains("30亿元")), "{quotes:?}");
}

#[test]
fn a_level_a_five_year_review_reaches_judges_its_last_year() {
    let plan = format!("{PLAN_HEAD}新型农村合作医疗试点范围扩大到全国80%以上的县。\n");
    let review = "# source: https://example.org/c | 2032年某省政府工作报告\n\
        一、过去五年工作回顾\n\
        五年来，城镇新增就业累计520万人，新型农村合作医疗制度不断完善，已扩大到全国86%的县。\n\
        二、2032年主要目标和任务\n今年要继续努力。\n";
    let r = read(review);
    let share = r
        .actuals
        .iter()
        .find(|a| a.quote.contains("86%"))
        .expect("the share is read");
    assert_eq!(share.period, Some((2031, 2031)), "{share:?}");
    let total = r
        .actuals
        .iter()
        .find(|a| a.quote.contains("520万人"))
        .expect("the total is read");
    assert_eq!(total.period, Some((2027, 2031)), "{total:?}");
    let links = judged(&plan, review);
    let (_, v, _) = verdict_of(&links, "80%以上");
    assert_eq!(*v, "met", "{links:?}");
}

#[test]
fn words_in_another_order_link() {
    let links = pair("再解决800万人安全饮水问题。", "解决了850万人饮水安全问题。");
    let (_, v, _) = verdict_of(&links, "800万");
    assert_eq!(*v, "met", "{links:?}");
}

#[test]
fn a_ratio_lowered_to_a_level_is_measured_by_the_level_reached() {
    let links = pair(
        "赤字率下降到2.5%左右。",
        "财政赤字占地区生产总值的比重从2029年的3.1%降到去年的2.4%左右。",
    );
    let (_, v, a) = verdict_of(&links, "2.5%");
    assert_eq!(*v, "met", "{links:?}");
    assert!(a.as_deref().is_some_and(|q| q.contains("2.4%")), "{a:?}");
}

#[test]
fn next_years_figure_in_a_plan_is_not_judged_by_this_years_result() {
    let p = read(&format!(
        "{PLAN_HEAD}今年省级财政安排助学资金40亿元，明年将安排60亿元。\n"
    ));
    let next = p
        .targets
        .iter()
        .find(|t| t.quote.contains("60亿元"))
        .expect("the figure is read");
    assert_eq!(next.period, Some((2032, 2032)), "{next:?}");
    let links = pair(
        "今年省级财政安排助学资金40亿元，明年将安排60亿元。",
        "省级财政助学资金达到45亿元。",
    );
    assert_eq!(verdict_of(&links, "60亿元").1, "unmeasured", "{links:?}");
    assert_eq!(verdict_of(&links, "40亿元").1, "met", "{links:?}");
}

#[test]
fn a_five_year_total_under_a_heading_naming_the_period_never_measures_one_year() {
    let plan = format!("{PLAN_HEAD}城镇新增就业90万人。\n");
    let review = "# source: https://example.org/d | 2032年某省政府工作报告\n\
        一、2031年工作回顾\n全年城镇新增就业人口97万人。\n\
        二、2032年工作的总体部署\n今年要继续努力。\n\
        三、关于“十六五”规划纲要\n\
        （一）“十五五”期间经济社会发展主要情况\n城镇新增就业420万人。\n\
        （二）“十六五”时期的主要目标\n城镇新增就业450万人。\n";
    let r = read(review);
    let total = r
        .actuals
        .iter()
        .find(|a| a.quote.contains("420万人"))
        .expect("the total is read");
    assert_eq!(total.period, Some((2026, 2030)), "{total:?}");
    let links = judged(&plan, review);
    let (_, v, a) = verdict_of(&links, "90万人");
    assert_eq!(
        (*v, a.as_deref()),
        ("met", Some("全年城镇新增就业人口97万人"))
    );
}

#[test]
fn the_thing_a_task_verb_acts_on_is_what_the_next_clause_measures() {
    let links = pair(
        "继续提高城乡居民基础养老金，人均每年增长8%左右。稳步推进长期护理保险试点，试点范围扩大到30%的市。",
        "城乡居民基础养老金又人均提高8.5%。长期护理保险试点范围扩大到全省35%的市。",
    );
    let (_, v, a) = verdict_of(&links, "人均每年增长8%");
    assert_eq!(
        (*v, a.as_deref()),
        ("met", Some("城乡居民基础养老金又人均提高8.5%"))
    );
    let (_, v, a) = verdict_of(&links, "扩大到30%");
    assert_eq!(*v, "met", "{links:?}");
    assert!(a.as_deref().is_some_and(|q| q.contains("35%")), "{links:?}");
}

#[test]
fn an_amount_about_the_size_promised_links_a_loosely_worded_fund() {
    // 科技投入 planned, 用于科技 spent: the wording differs, the amounts agree.
    let links = pair(
        "省级财政安排科技投入86亿元。",
        "省级财政用于科技91亿元，省级财政支出共计2400亿元。",
    );
    let (_, v, a) = verdict_of(&links, "86亿元");
    assert_eq!(
        (*v, a.as_deref()),
        ("met", Some("省级财政用于科技91亿元")),
        "{links:?}"
    );
    // Far from the promise, the same loose wording measures nothing.
    let links = pair("省级财政安排科技投入86亿元。", "省级财政用于科技410亿元。");
    assert_eq!(verdict_of(&links, "86亿元").1, "unmeasured", "{links:?}");
}

#[test]
fn a_programmes_reach_takes_the_programme_named_in_the_sentence_before() {
    // The plan names the programme, then its reach in a sentence of its own; the review
    // says the reach with another word (覆盖 for 试点范围).
    let links = pair(
        "一是积极推行新型农村社会养老保险制度。试点范围扩大到全国40%的县。",
        "新型农村社会养老保险试点覆盖45%的县。",
    );
    let (_, v, a) = verdict_of(&links, "40%");
    assert_eq!(
        (*v, a.as_deref()),
        ("met", Some("新型农村社会养老保险试点覆盖45%"))
    );
}

#[test]
fn from_one_figure_to_another_only_the_second_is_promised_or_reached() {
    let plan = read(&format!(
        "{PLAN_HEAD}财政补助标准由每人每年120元提高到200元。\n"
    ));
    let figures: Vec<_> = plan
        .targets
        .iter()
        .map(|t| (t.metric.as_str(), t.value))
        .collect();
    assert_eq!(figures, [("财政补助标准", Some(200.0))]);
    let links = pair(
        "财政补助标准由每人每年120元提高到200元。",
        "各级财政对城镇居民医保的补助标准由每人每年120元提高到200元。",
    );
    let (_, v, a) = verdict_of(&links, "200元");
    assert_eq!(*v, "met", "{links:?}");
    assert!(
        a.as_deref().is_some_and(|q| q.ends_with("提高到200元")),
        "{links:?}"
    );
}

#[test]
fn a_list_lead_lends_its_shared_noun_to_each_figure() {
    let links = pair(
        "把小学、初中学生人均公用经费分别提高到300元和500元。",
        "小学、初中学生人均公用经费分别提高到300元和500元。",
    );
    for (figure, metric_end) in [
        ("300元", "小学学生人均公用经费"),
        ("500元", "初中学生人均公用经费"),
    ] {
        let (_, v, a) = verdict_of(&links, figure);
        assert_eq!(*v, "met", "{figure}: {links:?}");
        assert!(
            a.as_deref().is_some_and(|q| q.contains(figure)),
            "{links:?}"
        );
        let plan = read(&format!(
            "{PLAN_HEAD}把小学、初中学生人均公用经费分别提高到300元和500元。\n"
        ));
        assert!(
            plan.targets
                .iter()
                .any(|t| t.metric.starts_with(metric_end)),
            "{:?}",
            plan.targets
        );
    }
}

#[test]
fn a_sentence_turning_to_this_year_ends_a_look_back() {
    // In the plan part, a paragraph that opens on last year's result returns to the
    // plan where a sentence opens with 今年: its figure is a target, not a result.
    let plan = read(&format!(
        "{PLAN_HEAD}去年居民消费价格涨幅回落到2.6%，这是一个重要成果。今年通货膨胀压力仍然较大。把居民消费价格涨幅控制在3.5%左右，是作出的选择。\n"
    ));
    let quotes = |items: &[plantrack::extract::Item]| -> Vec<String> {
        items.iter().map(|i| i.quote.clone()).collect()
    };
    assert!(
        quotes(&plan.targets).iter().any(|q| q.contains("3.5%")),
        "{:?}",
        plan.targets
    );
    assert!(!quotes(&plan.actuals).iter().any(|q| q.contains("3.5%")));
    assert!(
        quotes(&plan.actuals).iter().any(|q| q.contains("2.6%")),
        "{:?}",
        plan.actuals
    );
}

#[test]
fn a_fund_named_only_by_who_pays_is_known_by_its_paragraph() {
    // Both reviews' funds are said "中央财政…资金"; the plan's paragraph is about jobs,
    // and so is one of the review's, whatever the fund's own words.
    let links = pair(
        "千方百计促进就业。实施更加积极的就业政策，中央财政拟投入420亿元资金。\n\
         四是积极支持企业加快技术改造。中央财政拟安排200亿元专项资金，主要用贴息方式支持企业技术改造。",
        "着力扩大居民消费。中央财政投入资金450亿元，补贴家电下乡。\n\
         实施更加积极的就业政策。中央财政安排就业专项资金426亿元。\n\
         鼓励企业加快技术改造，安排200亿元技改专项资金支持技改项目。",
    );
    let (_, v, a) = verdict_of(&links, "420亿元");
    assert_eq!(
        (*v, a.as_deref()),
        ("met", Some("中央财政安排就业专项资金426亿元")),
        "{links:?}"
    );
    let (_, v, a) = verdict_of(&links, "200亿元");
    assert_eq!(*v, "met", "{links:?}");
    assert!(
        a.as_deref().is_some_and(|q| q.contains("技改专项资金")),
        "{links:?}"
    );
}

#[test]
fn a_growth_of_a_fund_takes_the_fund_not_its_payer() {
    let links = pair(
        "中央财政拟投入社会保障资金2930亿元，比上年预计数增加439亿元，增长17.6%。",
        "中央财政安排社会保障资金2906亿元，比上年增长16.6%。",
    );
    let (_, v, a) = verdict_of(&links, "增长17.6%");
    assert_eq!(
        (*v, a.as_deref()),
        ("missed", Some("比上年增长16.6%")),
        "{links:?}"
    );
}
