use super::*;

fn read(text: &str, plan_year: Option<i32>, summary_year: Option<i32>) -> Grid {
    let mut grids = find_grids(text, plan_year, summary_year);
    assert_eq!(grids.len(), 1, "one grid in {text}");
    grids.remove(0)
}

fn show(items: &[Item]) -> Vec<(String, Op, Option<f64>, String)> {
    items
        .iter()
        .map(|i| (i.metric.clone(), i.op, i.value, i.unit.clone()))
        .collect()
}

const TABBED: &str = "附表：主要指标完成情况\n指标名称\t单位\t2024年计划\t2024年完成\t2025年计划\n地区生产总值增长\t%\t6\t6.5\t5.5左右\n一般公共预算收入\t亿元\t120\t125.3\t130\n城镇登记失业率\t%\t4.5\t4.1\t4.5\n说明：数据为快报数。\n";

#[test]
fn a_tabbed_grid_gives_the_document_s_own_years() {
    let g = read(TABBED, Some(2025), Some(2024));
    assert_eq!(
        show(&g.targets),
        [
            ("地区生产总值增长".into(), Op::Approx, Some(5.5), "%".into()),
            (
                "一般公共预算收入".into(),
                Op::Ge,
                Some(130.0),
                "亿元".into()
            ),
            ("城镇登记失业率".into(), Op::Le, Some(4.5), "%".into()),
        ]
    );
    assert_eq!(
        show(&g.actuals),
        [
            ("地区生产总值增长".into(), Op::Ge, Some(6.5), "%".into()),
            (
                "一般公共预算收入".into(),
                Op::Ge,
                Some(125.3),
                "亿元".into()
            ),
            ("城镇登记失业率".into(), Op::Ge, Some(4.1), "%".into()),
        ]
    );
    // Quotes run from the row's name to the cell, exact substrings holding the figure.
    assert_eq!(
        g.targets[1].quote,
        "一般公共预算收入\t亿元\t120\t125.3\t130"
    );
    assert!(TABBED[g.start..g.end].ends_with("4.1\t4.5"));
}

#[test]
fn a_summary_s_grid_of_one_year_gives_targets_beside_results() {
    let text = "| 指标 | 年度目标 | 完成情况 | 比上年增长 |\n| 新增高新技术企业（家） | 50 | 63 | 12% |\n| 专利申请量（件） | 5000以上 | 5230 | — |\n";
    let g = read(text, None, Some(2024));
    assert_eq!(
        show(&g.targets),
        [
            ("新增高新技术企业".into(), Op::Ge, Some(50.0), "家".into()),
            ("专利申请量".into(), Op::Ge, Some(5000.0), "件".into()),
        ]
    );
    assert_eq!(
        show(&g.actuals),
        [
            ("新增高新技术企业".into(), Op::Ge, Some(63.0), "家".into()),
            ("新增高新技术企业".into(), Op::Ge, Some(12.0), "%".into()),
            ("专利申请量".into(), Op::Ge, Some(5230.0), "件".into()),
        ]
    );
}

#[test]
fn gaps_of_blanks_split_cells_but_prose_is_no_grid() {
    let text = "指标名称    单位    目标\n技术合同成交额    亿元    18\n";
    let g = read(text, None, None);
    assert_eq!(
        show(&g.targets),
        [("技术合同成交额".into(), Op::Ge, Some(18.0), "亿元".into())]
    );
    assert!(find_grids("全年目标：新增企业 50 家，完成 120 亿元。\n", None, None).is_empty());
    assert!(find_grids("指标\t说明\t备注\n甲\t乙\t丙\n", None, None).is_empty());
}
