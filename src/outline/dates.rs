//! Dates as the pages write them: 2014-01-27, 2014年1月27日, 2017.02.13, 2017/04/28.

use regex::Regex;
use std::sync::LazyLock;

static DATE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"((?:19|20)\d{2})\s*(?:年|-|\.|/)\s*(\d{1,2})\s*(?:月|-|\.|/)\s*(\d{1,2})")
        .expect("date pattern")
});

/// Labels that say a date is the page's or document's own.
const DATE_LABELS: &[&str] = &[
    "发文日期",
    "发布日期",
    "发布时间",
    "成文日期",
    "时间",
    "日期",
];

/// The first date in `text`, as YYYY-MM-DD, with its byte offset.
pub fn find_date(text: &str) -> Option<(usize, String)> {
    DATE.captures_iter(text).find_map(|c| {
        let y: u32 = c[1].parse().ok()?;
        let m: u32 = c[2].parse().ok()?;
        let d: u32 = c[3].parse().ok()?;
        // 2014年1月27 is cut short but still a date; 1-31 days, 1-12 months.
        ((1..=12).contains(&m) && (1..=31).contains(&d)).then(|| {
            (
                c.get(0).map_or(0, |g| g.start()),
                format!("{y:04}-{m:02}-{d:02}"),
            )
        })
    })
}

/// A line that is a date and nothing much else (a signature date, 2015年3月10日印发).
pub fn date_line(line: &str) -> Option<String> {
    let (at, date) = find_date(line)?;
    (at == 0 && line.chars().count() <= 16).then_some(date)
}

/// A date introduced by a label (发文日期: 2014-01-27, 时间:2021-03-05).
pub fn labelled_date(line: &str) -> Option<String> {
    let label = DATE_LABELS.iter().find(|l| line.starts_with(*l))?;
    let (at, date) = find_date(&line[label.len()..])?;
    (at <= 4).then_some(date)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn date_forms() {
        assert_eq!(
            date_line("2015年3月10日印发").as_deref(),
            Some("2015-03-10")
        );
        assert_eq!(date_line("2017.02.13").as_deref(), Some("2017-02-13"));
        assert_eq!(date_line("2014年1月27").as_deref(), Some("2014-01-27"));
        assert_eq!(date_line("2017424"), None);
        assert_eq!(
            labelled_date("时间:2021-03-05 14:13:07").as_deref(),
            Some("2021-03-05")
        );
    }
}
