//! The outline's structure: heading styles, path ids, lead-phrase goals, the
//! split of a combined file, review parts inside a plan, section spans.

use plantrack::model::DocKind;
use plantrack::outline::{outline, Outline, PartKind};
use plantrack::read::read_bytes;
use std::path::Path;

fn of(text: &str) -> Outline {
    outline(&read_bytes(text.as_bytes()))
}

fn seed(name: &str) -> (String, Outline) {
    let bytes = std::fs::read(
        Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("tests/fixtures/seeds")
            .join(name),
    )
    .expect("seed");
    let doc = read_bytes(&bytes);
    let o = outline(&doc);
    (doc.text, o)
}

fn ids(o: &Outline) -> Vec<(&str, &str)> {
    o.sections
        .iter()
        .map(|s| (s.id.as_str(), s.title.as_str()))
        .collect()
}

#[test]
fn three_levels_of_numbering() {
    let o = of("2020年工作要点\n一、总体要求\n（一）加强建设。正文\n1.推进项目。正文\n2、完善机制\n3．落实责任\n(二)强化服务\n二、保障措施\n1. 组织保障\n");
    assert_eq!(
        ids(&o),
        [
            ("一", "总体要求"),
            ("一.(一)", "加强建设"),
            ("一.(一).1", "推进项目"),
            ("一.(一).2", "完善机制"),
            ("一.(一).3", "落实责任"),
            ("一.(二)", "强化服务"),
            ("二", "保障措施"),
            ("二.1", "组织保障"),
        ]
    );
    let depths: Vec<_> = o.sections.iter().map(|s| s.depth).collect();
    assert_eq!(depths, [1, 2, 3, 3, 3, 2, 1, 3]);
}

#[test]
fn part_headings_head_the_tree_and_divide_a_combined_file() {
    let o = of("区科委2016年工作总结和2017年工作要点\n第一部分 2016年工作总结\n一、成效显著\n新增企业63家。\n第二部分 2017年工作要点\n一、推进创新\n（一）培育企业\n新增企业50家。\n");
    assert_eq!(
        ids(&o),
        [
            ("第一部分", "2016年工作总结"),
            ("第一部分.一", "成效显著"),
            ("第二部分", "2017年工作要点"),
            ("第二部分.一", "推进创新"),
            ("第二部分.一.(一)", "培育企业"),
        ]
    );
    let kinds: Vec<_> = o.parts.iter().map(|p| (p.kind, p.year)).collect();
    assert_eq!(
        kinds,
        [
            (PartKind::Summary, Some(2016)),
            (PartKind::Plan, Some(2017))
        ]
    );
}

#[test]
fn table_captions_and_dates_are_not_headings() {
    let o = of("一、发展现状\n1-1  10个标准机房清单\n5.12全国防灾减灾日活动\n2017.02.13\n");
    assert_eq!(ids(&o), [("一", "发展现状")]);
}

#[test]
fn heading_cut_across_lines_is_joined() {
    let o = of("一、落实《上海市科技创新\n\n“十三五”规划》的任务\n正文。\n");
    assert_eq!(
        ids(&o),
        [("一", "落实《上海市科技创新“十三五”规划》的任务")]
    );
}

#[test]
fn section_spans_nest() {
    let text = "一、甲\n(一)乙\n正文一\n(二)丙\n正文二\n二、丁\n正文三\n";
    let o = of(text);
    let span = |id: &str| {
        let s = o.sections.iter().find(|s| s.id == id).unwrap();
        &text[s.start..s.end]
    };
    assert_eq!(span("一"), "一、甲\n(一)乙\n正文一\n(二)丙\n正文二\n");
    assert_eq!(span("一.(一)"), "(一)乙\n正文一\n");
    assert_eq!(span("二"), "二、丁\n正文三\n");
    let at = text.find("正文二").unwrap();
    assert_eq!(o.section_at(at).map(|s| s.id.as_str()), Some("一.(二)"));
}

#[test]
fn lead_phrases_are_goals_where_no_sub_level_is_numbered() {
    let (_, o) = seed("001_b9eb083d6560eb72.txt");
    let got = ids(&o);
    assert_eq!(got[0], ("一", "聚焦以张江嘉定园为核心的创新载体建设"));
    assert_eq!(got[1], ("一.1", "打造张江嘉定园创新高地"));
    assert_eq!(got[3], ("一.3", "深入推进大孵化器建设"));
    assert_eq!(got[4], ("二", "聚焦产学研用深入合作"));
    assert_eq!(got[5], ("二.1", "深化科研院所与企业合作模式"));
    // The preamble before 一 holds no goal.
    assert_eq!(o.sections.iter().filter(|s| s.depth == 1).count(), 7);
}

#[test]
fn lead_alone_on_its_line_counts_but_a_cut_tail_does_not() {
    let (_, o) = seed("003_ed320ace82496732.txt");
    let got = ids(&o);
    assert_eq!(
        got[1],
        ("一.1", "主动对接上海建设具有全球影响力的科技创新中心工作")
    );
    assert_eq!(got[2], ("一.2", "完善科技创新体制机制"));
    assert!(got.iter().all(|(_, t)| !t.starts_with("进区域融入")));
    assert_eq!(
        got.iter().filter(|(id, _)| id.starts_with("二.")).count(),
        3
    );
}

#[test]
fn bullets_and_key_projects_are_not_goals_under_numbered_levels() {
    let (_, o) = seed("004_ee19efebb1265056.txt");
    assert!(o
        .sections
        .iter()
        .all(|s| !s.title.starts_with("网上政务大厅")));
    assert!(o.sections.iter().all(|s| !s.title.starts_with("——")));
    assert!(ids(&o).contains(&("四.(一).3", "完善社区事务受理系统建设")));
}

#[test]
fn combined_file_is_split_and_ids_restart() {
    let (text, o) = seed("000_a7cfadb3ed5937df.txt");
    assert_eq!(o.meta.kind, DocKind::Combined);
    let parts: Vec<_> = o.parts.iter().map(|p| (p.kind, p.year)).collect();
    assert_eq!(
        parts,
        [
            (PartKind::Summary, Some(2016)),
            (PartKind::Plan, Some(2017))
        ]
    );
    assert!(text[o.parts[1].start..].starts_with("2017年工作要点"));
    assert_eq!(o.parts[0].end, o.parts[1].start);
    let tops: Vec<_> = o
        .sections
        .iter()
        .filter(|s| s.id == "一")
        .map(|s| s.part)
        .collect();
    assert_eq!(tops, [0, 1]);
    // Items numbered 1…16 straight through the plan keep their number.
    assert!(ids(&o).contains(&("二.4", "大力推进双创融合")));
    assert!(ids(&o).contains(&("五.16", "努力提升政府网站服务能级")));
    // Part headings are not sections.
    assert!(o.sections.iter().all(|s| !s.title.contains("工作要点")));
}

#[test]
fn review_inside_a_five_year_plan_is_a_summary_part() {
    let (text, o) = seed("004_ee19efebb1265056.txt");
    assert_eq!(
        (o.meta.plan_year, o.meta.summary_year),
        (Some(2020), Some(2015))
    );
    let review = o
        .parts
        .iter()
        .find(|p| p.kind == PartKind::Summary)
        .unwrap();
    assert_eq!(review.year, Some(2015));
    assert!(text[review.start..].starts_with("(一)“十二五”发展"));
    assert!(text[review.end..].starts_with("(二)“十三五”发展形势"));
    let plan_at = text.find("到2020年").unwrap();
    assert_eq!(o.part_at(plan_at).map(|p| p.kind), Some(PartKind::Plan));
}

#[test]
fn numbered_part_heading_is_a_section_and_a_part() {
    let o = of("一、2022年计划执行情况\n完成产值100亿元。\n二、2023年计划草案\n(一)主要目标\n增长5%左右。\n");
    assert_eq!(o.meta.kind, DocKind::Combined);
    assert_eq!(
        (o.meta.summary_year, o.meta.plan_year),
        (Some(2022), Some(2023))
    );
    assert_eq!(
        o.parts.iter().map(|p| p.kind).collect::<Vec<_>>(),
        [PartKind::Summary, PartKind::Plan]
    );
    assert_eq!(
        ids(&o),
        [
            ("一", "2022年计划执行情况"),
            ("二", "2023年计划草案"),
            ("二.(一)", "主要目标")
        ]
    );
}

#[test]
fn header_metadata() {
    let (_, o) = seed("001_b9eb083d6560eb72.txt");
    assert_eq!(o.meta.doc_number.as_deref(), Some("嘉科[2014]1号"));
    assert_eq!(o.meta.date.as_deref(), Some("2014-01-27"));
    assert_eq!(o.meta.title, "2014年上海市嘉定区科技与信息化工作要点");
    let (_, o) = seed("000_a7cfadb3ed5937df.txt");
    assert_eq!(o.meta.doc_number.as_deref(), Some("青科委〔2017〕11号"));
    assert_eq!(o.meta.date.as_deref(), Some("2017-02-13"));
    // A law cited in the body is not the document's number.
    let (_, o) = seed("003_ed320ace82496732.txt");
    assert_eq!(o.meta.doc_number.as_deref(), Some("普科委〔2015〕3号"));
}

#[test]
fn a_government_work_report_reviews_last_year_and_plans_its_own() {
    let o = of("2024年浙江省政府工作报告\n——2024年1月23日在浙江省第十四届人民代表大会第二次会议上\n浙江省省长 王浩\n一、2023年工作回顾\n过去一年，全省地区生产总值增长6%。\n二、2024年工作总体要求和主要预期目标\n今年的主要预期目标是：地区生产总值增长5.5%左右。\n");
    assert_eq!(o.meta.kind, DocKind::Combined);
    assert_eq!(o.meta.issuer, "浙江省人民政府");
    assert_eq!(
        (o.meta.summary_year, o.meta.plan_year),
        (Some(2023), Some(2024))
    );
    let kinds: Vec<_> = o.parts.iter().map(|p| p.kind).collect();
    assert!(
        kinds.ends_with(&[PartKind::Summary, PartKind::Plan]),
        "{kinds:?}"
    );
}
