//! Document metadata: title, kind, years, issuer, number and date.

use super::dates;
use super::heading::Heading;
use super::issuer;
use super::lines::Line;
use super::parts::{four_digit_years, period_year, type_of, years_in, Division};
use super::session;
use super::vote;
use super::{DocMeta, PartKind};
use crate::model::DocKind;
use crate::read::Document;
use regex::Regex;
use std::sync::LazyLock;

static DOC_NUMBER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\p{Han}{1,8}[〔\[［【(（]\s*\d{4}\s*[〕\]］】)）]\s*第?\s*\d{1,4}\s*号")
        .expect("doc number")
});

static NOTICE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"关于(?:印发|转发|发布)《(.+)》的通知").expect("notice pattern"));

/// How far into a document its opening reaches: a news item says what it reports on
/// in its first lines.
const OPENING_BYTES: usize = 1500;

/// How many lines at the top of a document can hold its title.
const HEADER_LINES: usize = 40;

pub fn read(
    doc: &Document,
    lines: &[Line],
    headings: &[Option<Heading>],
    divs: &[Division],
) -> DocMeta {
    let first_heading = headings
        .iter()
        .position(Option::is_some)
        .unwrap_or(lines.len());
    let header = &lines[..first_heading.min(HEADER_LINES)];
    let header_end = lines.get(first_heading).map_or(doc.text.len(), |l| l.start);
    let title = title(doc, header);
    let body = vote::vote(lines);
    let kind = kind(&title, divs, &body);
    let date = date(lines, header);
    // The years outside the text, best first: the document's date, the page's title,
    // its address. An editor's note in brackets may name any year it discusses: it can
    // date a part no text dates, but not say which years are past.
    let date_year = date.as_deref().and_then(|d| d[..4].parse().ok());
    // What the opening says of itself: the congress session that heard the report, and
    // the years a news item says it reviewed and planned.
    let opening = &doc.text[..floor_char_boundary(&doc.text, OPENING_BYTES)];
    let session_year = session::session_year(opening);
    let stated = |part: PartKind| match part {
        PartKind::Plan => session::planned_year(opening),
        PartKind::Summary => session::reviewed_year(opening),
    };
    let source_title = doc.source_title.as_deref();
    let url_year = || doc.source_url.as_deref().and_then(first_year);
    let reference_year = date_year
        .or(session_year)
        .or_else(|| source_title.and_then(first_year))
        .or_else(url_year);
    let dated = date_year
        .or(session_year)
        .or_else(|| {
            source_title
                .filter(|t| !t.trim_start().starts_with('['))
                .and_then(first_year)
        })
        .or_else(url_year);
    let year_of = |part: PartKind| -> Option<i32> {
        title_year(&title, part)
            .or_else(|| {
                divs.iter()
                    .find(|d| d.kind == Some(part))
                    .and_then(|d| d.year)
            })
            .or_else(|| title_single_year(&title, part))
            .or_else(|| stated(part))
            .or_else(|| body.year(part))
            .or_else(|| match part {
                PartKind::Plan => reference_year,
                PartKind::Summary => reference_year.map(|y| y - 1),
            })
    };
    let plan_year = (kind != DocKind::Summary)
        .then(|| year_of(PartKind::Plan))
        .flatten();
    let summary_year = (kind != DocKind::Plan)
        .then(|| year_of(PartKind::Summary))
        .flatten();
    // The year the document speaks from: its 今年. A report or plan of a year speaks
    // from that year, a summary of a year from the year after.
    let (summary_titled, plan_titled) = type_of(&title);
    let titled = |part| title_year(&title, part).or_else(|| title_single_year(&title, part));
    let now = if summary_titled && !plan_titled {
        titled(PartKind::Summary).map(|y| y + 1)
    } else {
        titled(PartKind::Plan)
    }
    .or(dated);
    DocMeta {
        kind,
        now,
        issuer: issuer::find(header, lines, &title),
        title,
        plan_year,
        summary_year,
        doc_number: DOC_NUMBER
            .find(&doc.text[..header_end])
            .map(|m| m.as_str().split_whitespace().collect()),
        date,
    }
}

fn first_year(text: &str) -> Option<i32> {
    four_digit_years(text).next().map(|(_, _, year)| year)
}

/// The document's own title: the source title when it is one (not an editor's
/// note in brackets), else the header line naming a plan or report.
fn title(doc: &Document, header: &[Line]) -> String {
    if let Some(t) = doc.source_title.as_deref() {
        let t = t.split(" [").next().unwrap_or(t).trim();
        if !t.is_empty() && !t.starts_with('[') {
            return t.to_string();
        }
    }
    for line in header {
        if let Some(c) = NOTICE.captures(line.text) {
            return c[1].to_string();
        }
    }
    header
        .iter()
        .map(|l| l.text)
        .find(|t| {
            let (s, p) = type_of(t);
            (s || p || t.contains("报告"))
                && t.chars().count() <= 40
                && !t.contains(['：', ':', '；', ';', '，', ',', '。'])
        })
        .unwrap_or_default()
        .to_string()
}

fn kind(title: &str, divs: &[Division], body: &vote::Vote) -> DocKind {
    let has = |k| divs.iter().any(|d| d.kind == Some(k));
    let (summary, plan) = type_of(title);
    if (summary && plan) || (has(PartKind::Summary) && has(PartKind::Plan)) {
        DocKind::Combined
    } else if summary {
        DocKind::Summary
    } else if plan || has(PartKind::Plan) {
        DocKind::Plan
    } else if has(PartKind::Summary) {
        DocKind::Summary
    } else if body.leans_plan() {
        DocKind::Plan
    } else {
        DocKind::Summary
    }
}

/// The year the title gives a part: each year in the title heads the words up to the next.
fn title_year(title: &str, part: PartKind) -> Option<i32> {
    let years = years_in(title);
    if years.is_empty() {
        let (summary, plan) = type_of(title);
        let wanted = match part {
            PartKind::Plan => plan,
            PartKind::Summary => summary,
        };
        return period_year(title).filter(|_| wanted);
    }
    years.iter().enumerate().find_map(|(i, &(at, year))| {
        let end = years.get(i + 1).map_or(title.len(), |&(next, _)| next);
        let (summary, plan) = type_of(&title[at..end]);
        let matches = match part {
            PartKind::Plan => plan && !summary,
            PartKind::Summary => summary && !plan,
        };
        matches.then_some(year)
    })
}

/// The year a title names for both parts ("2024年上半年工作总结和下半年工作计划", "2024年度
/// 工作报告"): the plan's is the next when said so ("2016年工作总结和明年工作要点"), and a
/// government's report of a year reviews the year before.
fn title_single_year(title: &str, part: PartKind) -> Option<i32> {
    let (_, year) = *years_in(title).first()?;
    let (summary, plan) = type_of(title);
    let report = title.contains("报告");
    if !(summary || plan || report) {
        return None;
    }
    let next = NEXT_YEAR_WORDS.iter().any(|w| title.contains(w));
    Some(match part {
        PartKind::Plan if next => year + 1,
        PartKind::Summary if is_government_report(title) => year - 1,
        _ => year,
    })
}

/// A 政府工作报告 of a year reviews the last and sets the targets of its own.
fn is_government_report(title: &str) -> bool {
    title.contains("政府工作报告")
}

/// Words naming the year after the one a title gives.
const NEXT_YEAR_WORDS: &[&str] = &["明年", "来年", "下一年", "下年度"];

/// The signing date, else a labelled date, else the first date of the header.
fn date(lines: &[Line], header: &[Line]) -> Option<String> {
    lines
        .windows(2)
        .find(|w| issuer::org_name(w[0].text).is_some())
        .and_then(|w| dates::date_line(w[1].text))
        .or_else(|| lines.iter().find_map(|l| dates::labelled_date(l.text)))
        .or_else(|| {
            header
                .iter()
                .find_map(|l| dates::find_date(l.text))
                .map(|(_, d)| d)
        })
}

fn floor_char_boundary(s: &str, at: usize) -> usize {
    let mut at = at.min(s.len());
    while !s.is_char_boundary(at) {
        at -= 1;
    }
    at
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn title_years() {
        let t = "青浦区科委、科协2016年工作总结和2017年工作要点";
        assert_eq!(title_year(t, PartKind::Summary), Some(2016));
        assert_eq!(title_year(t, PartKind::Plan), Some(2017));
        let t = "关于浦东新区2022年国民经济和社会发展计划执行情况与2023年国民经济和社会发展计划草案的报告";
        assert_eq!(title_year(t, PartKind::Summary), Some(2022));
        assert_eq!(title_year(t, PartKind::Plan), Some(2023));
        assert_eq!(
            title_year("杨浦区电子政务“十三五”发展规划", PartKind::Plan),
            Some(2020)
        );
        assert_eq!(
            title_year("2014年嘉定区科技和信息化工作要点", PartKind::Plan),
            Some(2014)
        );
        let t = "2016年工作总结和明年工作要点";
        assert_eq!(title_single_year(t, PartKind::Summary), Some(2016));
        assert_eq!(title_single_year(t, PartKind::Plan), Some(2017));
        assert_eq!(
            title_single_year("区科委2024年度工作报告", PartKind::Summary),
            Some(2024)
        );
        let t = "2024年浙江省政府工作报告";
        assert_eq!(title_single_year(t, PartKind::Summary), Some(2023));
        assert_eq!(title_single_year(t, PartKind::Plan), Some(2024));
        assert_eq!(
            title_single_year("中国2024年经济增长预期目标设定为5%左右", PartKind::Plan),
            None
        );
    }

    #[test]
    fn years_outside_text() {
        assert_eq!(first_year("repost of the 2016 report"), Some(2016));
        assert_eq!(first_year("id 120160"), None);
    }
}
