//! Texts that switch between review and plan without a heading saying so, and tables
//! of target beside result: read by what each passage says, judged row by row.

use plantrack::analyse::{analyse, Analysis};
use plantrack::model::DocKind;
use plantrack::outline::PartKind;
use plantrack::{judge, link};
use std::path::PathBuf;

fn read(name: &str) -> Analysis {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/mixed")
        .join(name);
    analyse(plantrack::read::read_bytes(&std::fs::read(path).unwrap()))
}

fn part_of(a: &Analysis, needle: &str) -> Option<(PartKind, Option<i32>)> {
    let at = a.doc.text.find(needle).expect("needle in text");
    a.outline.part_at(at).map(|p| (p.kind, p.year))
}

/// Verdicts of a document judged against itself, by target quote.
fn self_judged(a: &Analysis) -> Vec<(String, &'static str, Option<String>)> {
    link::match_all(&a.targets, &a.actuals)
        .iter()
        .map(|l| {
            let t = &a.targets[l.target];
            let act = l.actual.map(|i| &a.actuals[i]);
            let v = judge::compute(&link::to_target(t, act, "self"))
                .verdict
                .as_str();
            (t.quote.clone(), v, act.map(|x| x.quote.clone()))
        })
        .collect()
}

#[test]
fn a_news_item_reviews_then_commits() {
    let a = read("guangdong-2024-plan.txt");
    assert_eq!(
        part_of(&a, "2023年广东地区生产总值达到13.57万亿元"),
        Some((PartKind::Summary, Some(2023)))
    );
    // The list a colon opens keeps the role of its intro, item by item.
    assert_eq!(
        part_of(&a, "粮食产量1270万吨"),
        Some((PartKind::Plan, Some(2024)))
    );
    // An unheaded news item is what most of its figures are: here a plan of 2024.
    assert_eq!(a.outline.meta.kind, DocKind::Plan);
    assert_eq!(a.outline.meta.plan_year, Some(2024));
    assert_eq!(a.targets.len(), 10, "{:?}", a.targets);
}

#[test]
fn traditional_characters_read_alike() {
    let a = read("shenzhen-2022-plan.txt");
    let quotes: Vec<&str> = a.targets.iter().map(|t| t.quote.as_str()).collect();
    assert!(
        quotes.iter().any(|q| q.contains("GDP增長6%左右")),
        "{quotes:?}"
    );
    assert_eq!(
        part_of(&a, "2021年深圳全市地區生產總值3.07萬億元"),
        Some((PartKind::Summary, Some(2021)))
    );
    // The history of the city's growth (1980年…) is background, not a target.
    assert!(!quotes.iter().any(|q| q.contains("2.7億元")), "{quotes:?}");
}

#[test]
fn an_estimate_of_the_year_past_is_a_result() {
    let a = read("beijing-2019-summary.txt");
    assert!(a.targets.is_empty(), "{:?}", a.targets);
    assert!(a.actuals.iter().any(|i| i.quote.contains("6.2%左右")));
    assert_eq!(a.outline.meta.kind, DocKind::Summary);
    assert_eq!(a.outline.meta.summary_year, Some(2019));
}

#[test]
fn a_table_one_cell_per_line_is_judged_row_by_row() {
    let a = read("xuhui-2020-combined.txt");
    let v = self_judged(&a);
    // Each row is quoted from its name to its cell: 地区生产总值 / 增长6%左右 / 增长2.5%左右.
    let gdp = v.iter().find(|(q, ..)| q.ends_with("增长6%左右")).unwrap();
    assert!(gdp.0.starts_with("地区生产总值"), "{gdp:?}");
    assert_eq!(gdp.1, "missed");
    assert!(
        gdp.2
            .as_deref()
            .is_some_and(|a| a.ends_with("增长2.5%左右")),
        "{gdp:?}"
    );
    let industry = v.iter().find(|(q, ..)| q.contains("550亿元以上")).unwrap();
    assert_eq!(industry.1, "met", "{industry:?}");
}

#[test]
fn half_a_year_never_judges_a_year() {
    let a = read("jiading-2021-combined.txt");
    assert!(!a.actuals.is_empty());
    assert!(a.actuals.iter().all(|i| i.part_year), "{:?}", a.actuals);
    for (q, v, _) in self_judged(&a) {
        assert_eq!(v, "unmeasured", "{q}");
    }
}

/// A repost that lost its line breaks: the speaker's greeting, then the review and the
/// plan headings inline in one paragraph. Written for this test.
#[test]
fn a_repost_without_line_breaks_is_read_by_its_inline_headings() {
    let text = "# source: https://example.org/news | 区长作政府工作报告\n\n\
        各位代表：现在，我代表区人民政府向大会报告工作，请予审议。一、2022年工作回顾 过去一年，\
        全区增加值完成1234.5亿元，可比下降2.1%。新增市级专精特新企业56家，完成城市更新改造\
        项目12个。二、2023年主要目标 全区增加值增长5.5%左右，新增市级专精特新企业60家以上。\n";
    let a = analyse(plantrack::read::read_bytes(text.as_bytes()));
    let titles: Vec<&str> = a
        .outline
        .sections
        .iter()
        .map(|s| s.title.as_str())
        .collect();
    assert_eq!(titles, ["2022年工作回顾", "2023年主要目标"]);
    // The speaker is not the issuer.
    assert!(
        !a.outline.meta.issuer.contains("我代表"),
        "{:?}",
        a.outline.meta.issuer
    );
    let read = |items: &[plantrack::extract::Item]| -> Vec<(String, Option<f64>)> {
        items.iter().map(|i| (i.metric.clone(), i.value)).collect()
    };
    assert_eq!(
        read(&a.actuals),
        [
            ("增加值".to_string(), Some(1234.5)),
            ("增加值可比下降".to_string(), Some(2.1)),
            ("新增市级专精特新企业".to_string(), Some(56.0)),
            ("城市更新改造项目".to_string(), Some(12.0)),
        ]
    );
    assert_eq!(
        read(&a.targets),
        [
            ("增加值增长".to_string(), Some(5.5)),
            ("新增市级专精特新企业".to_string(), Some(60.0)),
        ]
    );
    assert_eq!(
        part_of(&a, "可比下降"),
        Some((PartKind::Summary, Some(2022)))
    );
    assert_eq!(part_of(&a, "增长5.5%"), Some((PartKind::Plan, Some(2023))));
    // The year's results never judge the next year's targets.
    assert!(self_judged(&a).iter().all(|(_, v, _)| *v == "unmeasured"));
}
