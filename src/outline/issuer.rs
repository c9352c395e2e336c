//! Who issued a document: the signing body (a name line followed by a date),
//! else the first name line of the header, else the government whose head
//! delivered the report (国务院总理 -> 国务院, 广东省省长 -> 广东省人民政府).

use super::dates;
use super::lines::Line;
use super::words::ORG_SUFFIXES;
use crate::vocab::chinese::is_han;
use regex::Regex;
use std::sync::LazyLock;

/// The head of a government ("浙江省省长"), which names it best.
static REGION_HEAD: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(\p{Han}{2,4}?(?:省|市|自治区|新区|区|县))(?:省长|市长|区长|县长|主席)")
        .expect("region pattern")
});

/// The congress or government a report is delivered to or by ("在浙江省第十四届人民代表大会").
static REGION_BODY: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?:^|[^\p{Han}]|在)(\p{Han}{2,4}?(?:省|市|自治区|新区|区|县))(?:第?[一二三四五六七八九十]+届人(?:民代表)?大|人民政府)")
        .expect("region body pattern")
});

static TITLE_REGION: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"关于(\p{Han}{2,5}?(?:省|市|自治区|新区|区|县))(?:\d{4}|[一二三四五六七八九十]{2})")
        .expect("title region")
});

/// A title that opens with its issuer: "普陀区科委2014年工作总结", "青浦区科委、科协2016年…".
static TITLE_ISSUER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(\p{Han}{2,12}?(?:委员会|科委|经委|发改委|委|局|办公室|人民政府|政府|办))(?:、\p{Han}{1,6})?(?:\d{4}|[〇一二三四五六七八九零]{4})年")
        .expect("title issuer")
});

/// A title that opens with a place and then the year: "徐汇区2024年就业工作要点".
static TITLE_PLACE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"^(\p{Han}{2,6}?(?:省|市|自治区|新区|区|县))(?:\d{4}|[〇一二三四五六七八九零]{4})年",
    )
    .expect("title place")
});

/// A line that is the name of a body and nothing else.
pub fn org_name(line: &str) -> Option<&str> {
    let name = line.strip_suffix("文件").unwrap_or(line);
    let n = name.chars().count();
    let plain = !name.contains(|c: char| !is_han(c));
    (plain && (4..=25).contains(&n) && ORG_SUFFIXES.iter().any(|s| name.ends_with(s)))
        .then_some(name)
}

/// The national government's report is delivered by the premier on its behalf.
const NATIONAL: &[&str] = &["国务院总理", "國務院總理", "代表国务院", "代表國務院"];

pub fn find(header: &[Line], all: &[Line], title: &str) -> String {
    // The signature: a name followed by a date.
    for w in all.windows(2) {
        if let (Some(name), Some(_)) = (org_name(w[0].text), dates::date_line(w[1].text)) {
            if !w[0].text.ends_with("文件") {
                return name.to_string();
            }
        }
    }
    if let Some(name) = header
        .iter()
        .filter(|l| !l.text.ends_with("文件"))
        .find_map(|l| org_name(l.text))
    {
        return name.to_string();
    }
    if let Some(name) = header.iter().find_map(|l| org_name(l.text)) {
        return name.to_string();
    }
    if let Some(c) = TITLE_ISSUER.captures(title.trim()) {
        // "区科委" alone names no district; only a name with its place is an issuer.
        if c[1].chars().count() >= 4 {
            return c[1].to_string();
        }
    }
    // A government's own report, or one laid before its congress (关于…的报告), names
    // the government, not the place alone.
    let of_government = title.contains("政府") || title.starts_with("关于");
    if let Some(c) = TITLE_PLACE
        .captures(title.trim())
        .filter(|_| !of_government)
    {
        return c[1].to_string();
    }
    government(all, title).unwrap_or_default()
}

/// The government a 政府工作报告 speaks for.
fn government(all: &[Line], title: &str) -> Option<String> {
    if let Some(c) = TITLE_REGION.captures(title) {
        return Some(format!("{}人民政府", &c[1]));
    }
    for line in all {
        if NATIONAL.iter().any(|w| line.text.contains(w)) {
            return Some("国务院".to_string());
        }
        if let Some(c) = REGION_HEAD.captures(line.text) {
            return Some(format!("{}人民政府", &c[1]));
        }
    }
    all.iter()
        .find_map(|l| {
            // "我代表区人民政府": the speaker, not a place.
            REGION_BODY
                .captures_iter(l.text)
                .find(|c| !c[1].contains("代表") && !c[1].contains('我'))
        })
        .map(|c| format!("{}人民政府", &c[1]))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn org_lines() {
        assert_eq!(
            org_name("青浦区科学技术委员会"),
            Some("青浦区科学技术委员会")
        );
        assert_eq!(
            org_name("上海市嘉定区科学技术委员会文件"),
            Some("上海市嘉定区科学技术委员会")
        );
        assert_eq!(org_name("机关各部门、各事业单位："), None);
        assert_eq!(org_name("2017年工作要点"), None);
    }

    #[test]
    fn issuers_named_in_titles() {
        let find_in = |title: &str| find(&[], &[], title);
        assert_eq!(find_in("普陀区科委2014年工作总结"), "普陀区科委");
        assert_eq!(
            find_in("青浦区科委、科协2016年工作总结和2017年工作要点"),
            "青浦区科委"
        );
        assert_eq!(find_in("区科委2023年工作要点"), "", "no place, no issuer");
        assert_eq!(find_in("徐汇区2024年就业工作要点"), "徐汇区");
        assert_eq!(find_in("本区2024年工作要点"), "", "no name, no issuer");
    }
}
