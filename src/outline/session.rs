//! Years a text states for itself without writing them as dates: the session of the
//! National People's Congress (or of the CPPCC, whose terms run alongside) that heard a
//! report, and a news item's own account of what the report did ("回顾了2016年工作，对
//! 2017年工作作了部署"). A reader dates a news item on the 政府工作报告 by these when
//! neither the page nor the text gives a year.

use crate::quantity::numeral;
use regex::Regex;
use std::sync::LazyLock;

/// "十四届全国人大一次会议", "第十四届全国人民代表大会第一次会议", "十四届全国政协二次会议".
static SESSION: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"第?([一二三四五六七八九十\d]{1,3})届全国(?:人大|人民代表大会|政协|人民政治协商会议)(?:全国委员会)?第?([一二三四五六七八九十\d]{1,2})次(?:全体)?会议",
    )
    .expect("session pattern")
});

/// What a news item says the report did with a year: looked back on it, or set out its
/// work. The verbs are those of the report's own two halves.
static REVIEWED: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"回顾(?:了|总结了)?(\d{4})年").expect("review pattern"));
static PLANNED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"对(\d{4})年(?:政府)?工作(?:作|做)(?:出)?了?(?:总体)?部署").expect("plan pattern")
});

/// The fifth congress (1978) began the five-year terms that every later one kept.
const FIRST_REGULAR_TERM: (i32, i32) = (5, 1978);

fn number(s: &str) -> Option<i32> {
    let n = numeral::parse(s, 0).filter(|n| n.end == s.len())?;
    (n.value.fract() == 0.0).then_some(n.value as i32)
}

/// The year of the first congress session the text names: a report heard at a
/// session is that year's plan and the year before's review.
pub fn session_year(text: &str) -> Option<i32> {
    let (first_term, first_year) = FIRST_REGULAR_TERM;
    SESSION.captures_iter(text).find_map(|c| {
        let term = number(&c[1])?;
        let session = number(&c[2])?;
        (term >= first_term && (1..=5).contains(&session))
            .then(|| first_year + 5 * (term - first_term) + session - 1)
    })
}

/// The year the text says the report reviewed.
pub fn reviewed_year(text: &str) -> Option<i32> {
    REVIEWED.captures(text).and_then(|c| c[1].parse().ok())
}

/// The year the text says the report set out the work of.
pub fn planned_year(text: &str) -> Option<i32> {
    PLANNED.captures(text).and_then(|c| c[1].parse().ok())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sessions_date_their_reports() {
        assert_eq!(
            session_year("在十四届全国人大一次会议上所作的《政府工作报告》"),
            Some(2023)
        );
        assert_eq!(
            session_year("第十三届全国人民代表大会第三次会议"),
            Some(2020)
        );
        assert_eq!(
            session_year("十二届全国人大五次会议3月5日上午9时开幕"),
            Some(2017)
        );
        assert_eq!(
            session_year("全国政协十四届二次会议"),
            None,
            "the order a reader reads"
        );
        assert_eq!(session_year("十四届全国政协二次会议"), Some(2024));
        assert_eq!(
            session_year("十届全国人大常委会第十次会议"),
            None,
            "a standing committee sits often"
        );
        assert_eq!(
            session_year("市十六届人大一次会议"),
            None,
            "provincial terms keep their own count"
        );
    }

    #[test]
    fn an_item_says_what_the_report_did() {
        let t = "报告回顾了2016年政府工作，对2017年工作作了总体部署";
        assert_eq!(reviewed_year(t), Some(2016));
        assert_eq!(planned_year(t), Some(2017));
        assert_eq!(reviewed_year("回顾过去五年"), None);
    }
}
