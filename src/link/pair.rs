//! Pairing a plan with the summary that reports on its year: same issuer (however
//! abbreviated: 上海市嘉定区科学技术委员会 = 嘉定区科委), and a summary year equal to
//! the plan year. Pure: the caller supplies what it knows of each document.

use super::chinese::simplify;
use super::synonyms::PLACES;
use crate::model::DocKind;
use crate::outline::DocMeta;

/// What pairing needs to know of a document.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct DocInfo {
    pub issuer: String,
    pub kind: DocKind,
    pub plan_year: Option<i32>,
    pub summary_year: Option<i32>,
}

impl From<&DocMeta> for DocInfo {
    fn from(m: &DocMeta) -> Self {
        DocInfo {
            issuer: m.issuer.clone(),
            kind: m.kind,
            plan_year: m.plan_year,
            summary_year: m.summary_year,
        }
    }
}

/// Short forms of government bodies, each with its full name; a short form is only
/// read at the end of a name (政府办公室 is not 政府办 + 公室).
pub const ABBREVIATIONS: &[(&str, &str)] = &[
    ("科委", "科学技术委员会"),
    ("科技委", "科学技术委员会"),
    ("科技局", "科学技术局"),
    ("经委", "经济委员会"),
    ("经信委", "经济和信息化委员会"),
    ("发改委", "发展和改革委员会"),
    ("教委", "教育委员会"),
    ("商委", "商务委员会"),
    ("建委", "建设和管理委员会"),
    ("卫计委", "卫生和计划生育委员会"),
    ("人社局", "人力资源和社会保障局"),
    ("府办", "政府办公室"),
    ("政府办", "政府办公室"),
];

/// An issuer name folded to a comparable form: simplified characters, no spaces or
/// punctuation, short forms spelt out, 人民政府 as 政府.
pub fn normalize_issuer(issuer: &str) -> String {
    let mut s: String = simplify(issuer)
        .chars()
        .filter(|c| !c.is_whitespace() && !c.is_ascii_punctuation())
        .collect();
    s = s.replace("人民政府", "政府");
    if let Some((short, long)) = ABBREVIATIONS
        .iter()
        .filter(|(short, _)| s.ends_with(short))
        .max_by_key(|(short, _)| short.len())
    {
        s = format!("{}{long}", &s[..s.len() - short.len()]);
    }
    s
}

/// Whether two issuer names name one body. One may drop the enclosing province or
/// city (上海市嘉定区… vs 嘉定区…), but what remains must still name a place.
pub fn same_issuer(a: &str, b: &str) -> bool {
    let (a, b) = (normalize_issuer(a), normalize_issuer(b));
    if a.is_empty() || b.is_empty() {
        return false;
    }
    if a == b {
        return true;
    }
    let (short, long) = if a.len() <= b.len() {
        (&a, &b)
    } else {
        (&b, &a)
    };
    long.ends_with(short.as_str()) && names_a_place(short) && {
        // What the longer name adds in front must be a whole enclosing place.
        let prefix = &long[..long.len() - short.len()];
        prefix.ends_with(['省', '市', '区', '县']) || PLACES.contains(&prefix)
    }
}

/// A name that starts with a place of its own (嘉定区…, 浦东新区…), not a bare body name.
fn names_a_place(s: &str) -> bool {
    s.chars()
        .take(6)
        .skip(1)
        .any(|c| matches!(c, '省' | '市' | '区' | '县'))
}

/// Among `candidates`, the summary that reports on `plan`'s plan year from the same
/// issuer: a standalone summary first, else the summary half of a combined document.
pub fn find_summary(plan: &DocInfo, candidates: &[DocInfo]) -> Option<usize> {
    let year = plan.plan_year?;
    best(candidates, |c| {
        let reports = matches!(c.kind, DocKind::Summary | DocKind::Combined)
            && c.summary_year == Some(year)
            && same_issuer(&plan.issuer, &c.issuer);
        reports.then(|| rank(&plan.issuer, c, DocKind::Summary))
    })
}

/// Among `candidates`, the plan whose year `summary` reports on, from the same issuer.
pub fn find_plan(summary: &DocInfo, candidates: &[DocInfo]) -> Option<usize> {
    let year = summary.summary_year?;
    best(candidates, |c| {
        let planned = matches!(c.kind, DocKind::Plan | DocKind::Combined)
            && c.plan_year == Some(year)
            && same_issuer(&summary.issuer, &c.issuer);
        planned.then(|| rank(&summary.issuer, c, DocKind::Plan))
    })
}

/// Higher is better: the exact issuer name, then the standalone kind.
fn rank(issuer: &str, c: &DocInfo, standalone: DocKind) -> u8 {
    let exact = normalize_issuer(issuer) == normalize_issuer(&c.issuer);
    2 * u8::from(exact) + u8::from(c.kind == standalone)
}

fn best(candidates: &[DocInfo], score: impl Fn(&DocInfo) -> Option<u8>) -> Option<usize> {
    candidates
        .iter()
        .enumerate()
        .filter_map(|(i, c)| score(c).map(|s| (s, i)))
        // max_by_key keeps the last maximum; reverse so the first listed wins a tie
        .rev()
        .max_by_key(|(s, _)| *s)
        .map(|(_, i)| i)
}
